#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLoggingCategory>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace govops::app {

namespace {
Q_LOGGING_CATEGORY(lcI18n, "govops.app.i18n", QtInfoMsg)
}

QString requestedLanguage(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &arg = arguments.at(i);
        if (arg.startsWith("--lang="_L1))
            return arg.mid(7);
        if (arg == "--lang"_L1 && i + 1 < arguments.size())
            return arguments.at(i + 1);
    }
    return {};
}

QString chooseLanguage(const QString &requested, const QLocale &system)
{
    if (requested == "zh_CN"_L1 || requested == "en"_L1)
        return requested;
    return system.language() == QLocale::Chinese ? u"zh_CN"_s : u"en"_s;
}

void installTranslators(QCoreApplication &app, const QString &language)
{
    const QLocale locale(language);
    QLocale::setDefault(locale);
    const struct
    {
        QString name;
        QString folder;
    } catalogues[] = {
        {u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)},
        {u"govops"_s, u":/i18n"_s},
    };
    for (const auto &catalogue : catalogues) {
        auto *translator = new QTranslator(&app);
        if (translator->load(locale, catalogue.name, u"_"_s, catalogue.folder)) {
            QCoreApplication::installTranslator(translator);
        } else {
            qCInfo(lcI18n) << "No" << catalogue.name << "translation for" << language << "in" << catalogue.folder;
            delete translator;
        }
    }
}

} // namespace govops::app
