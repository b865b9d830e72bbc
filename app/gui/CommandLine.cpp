#include "CommandLine.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace govops::app {

Options parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "govops::app::CommandLine", "GovOps Console: operations console for a government cloud"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        u"demo"_s, QCoreApplication::translate(
                       "govops::app::CommandLine",
                       "Open the demo database (created and filled with demo data on first use) without signing in."));
    const QCommandLineOption profile(
        u"profile"_s,
        QCoreApplication::translate("govops::app::CommandLine", "Preselect the connection profile <name>."),
        QCoreApplication::translate("govops::app::CommandLine", "name"));
    const QCommandLineOption lang(
        u"lang"_s,
        QCoreApplication::translate("govops::app::CommandLine",
                                    "Language of the console: zh_CN or en (default: the system's)."),
        QCoreApplication::translate("govops::app::CommandLine", "language"));
    const QCommandLineOption resetLayout(
        u"reset-layout"_s,
        QCoreApplication::translate("govops::app::CommandLine",
                                    "Forget the saved window layout and start with the default one."));
    parser.addOptions({demo, profile, lang, resetLayout});
    parser.process(arguments); // exits on --help, --version and unknown options

    Options options;
    options.demo = parser.isSet(demo);
    options.profile = parser.value(profile);
    options.language = parser.value(lang);
    options.resetLayout = parser.isSet(resetLayout);
    if (!options.language.isEmpty() && options.language != "zh_CN"_L1 && options.language != "en"_L1) {
        const QString error =
            QCoreApplication::translate("govops::app::CommandLine", "Unknown language \"%1\": use zh_CN or en.")
                .arg(options.language);
        std::fprintf(stderr, "%s\n", qPrintable(error));
        std::exit(EXIT_FAILURE);
    }
    return options;
}

} // namespace govops::app
