#include "Translations.h"
#include "core/BusinessCalendar.h"
#include "core/Domain.h"
#include "core/PostIncident.h"
#include "core/Ticket.h"
#include "iaas/OpenStackParse.h"
#include "storage/DatabaseUrl.h"
#include "storage/StaffRepository.h"
#include "ui/Session.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

#include <algorithm>

using namespace govops;
using namespace Qt::StringLiterals;

namespace {

// A message reads as Chinese when it has at least one CJK ideograph.
bool hasChinese(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF; });
}

struct TsMessage
{
    QString context;
    QString source;
    QString translation; // numerus forms joined by '\n'
    QString type;        // "", "unfinished", "vanished", "obsolete"
    bool numerus = false;
    int forms = 0;
};

QList<TsMessage> readTs(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("Cannot read %s", qPrintable(path));
    QList<TsMessage> messages;
    QString context;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == "name"_L1) {
            context = xml.readElementText();
        } else if (xml.name() == "message"_L1) {
            TsMessage m;
            m.context = context;
            m.numerus = xml.attributes().value("numerus"_L1) == "yes"_L1;
            while (xml.readNextStartElement()) {
                if (xml.name() == "source"_L1) {
                    m.source = xml.readElementText();
                } else if (xml.name() == "translation"_L1) {
                    m.type = xml.attributes().value("type"_L1).toString();
                    if (m.numerus) {
                        QStringList forms;
                        while (xml.readNextStartElement())
                            forms.append(xml.readElementText());
                        m.translation = forms.join(u'\n');
                        m.forms =
                            int(std::count_if(forms.cbegin(), forms.cend(), [](auto &f) { return !f.isEmpty(); }));
                    } else {
                        m.translation = xml.readElementText();
                    }
                } else {
                    xml.skipCurrentElement();
                }
            }
            messages.append(m);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return messages;
}

// The contexts QCoreApplication::translate() is really called with: every Q_DECLARE_TR_FUNCTIONS(name), every
// literal context, and govops::<module>::<Class> for each Q_OBJECT class declared inside namespace govops::<module>.
QSet<QString> contextsInCode()
{
    static const QRegularExpression declared(uR"(Q_DECLARE_TR_FUNCTIONS\(([\w:]+)\))"_s);
    static const QRegularExpression literal(u"(?:QCoreApplication::translate|QT_TRANSLATE_NOOP)\\(\\s*\"([^\"]+)\""_s);
    static const QRegularExpression qobject(uR"(class (\w+)\b[^;{]*\{\s*Q_OBJECT\b)"_s);
    static const QRegularExpression space(uR"(^namespace (govops(?:::\w+)+) \{)"_s,
                                          QRegularExpression::MultilineOption);
    QSet<QString> contexts;
    for (const QString &folder : {u"/modules"_s, u"/app"_s}) {
        QDirIterator it(QStringLiteral(GOVOPS_SOURCE_DIR) + folder, {u"*.h"_s, u"*.cpp"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                qFatal("Cannot read %s", qPrintable(file.fileName()));
            const QString code = QString::fromUtf8(file.readAll());
            for (const auto *re : {&declared, &literal}) {
                for (const auto &m : re->globalMatch(code))
                    contexts.insert(m.captured(1));
            }
            QStringList spaces;
            for (const auto &m : space.globalMatch(code))
                spaces.append(m.captured(1));
            for (const auto &m : qobject.globalMatch(code)) {
                for (const QString &ns : spaces)
                    contexts.insert(ns + u"::"_s + m.captured(1));
            }
        }
    }
    return contexts;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(uR"(%(?:\d|n|L\d)|</?\w+[^>]*>)"_s);
    QStringList found;
    for (const auto &m : re.globalMatch(text))
        found.append(m.captured());
    found.sort();
    return found;
}

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// govops-admin as a user on a system with the given locale runs it.
Run admin(const QStringList &arguments, const QString &locale)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GOVOPS_DB"_s);
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    env.insert(u"LANGUAGE"_s, locale.section(u'.', 0, 0));
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GOVOPS_ADMIN), arguments);
    if (!p.waitForFinished(60000))
        qFatal("govops-admin %s did not finish", qPrintable(arguments.join(u' ')));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT
private slots:
    void chooseLanguage_data()
    {
        QTest::addColumn<QString>("requested");
        QTest::addColumn<QString>("system");
        QTest::addColumn<QString>("expected");
        QTest::newRow("Chinese system") << QString() << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("Chinese (Taiwan) system") << QString() << u"zh_TW"_s << u"zh_CN"_s;
        QTest::newRow("English system") << QString() << u"en_GB"_s << u"en"_s;
        QTest::newRow("German system") << QString() << u"de_DE"_s << u"en"_s;
        QTest::newRow("--lang en on Chinese") << u"en"_s << u"zh_CN"_s << u"en"_s;
        QTest::newRow("--lang zh_CN on English") << u"zh_CN"_s << u"en_US"_s << u"zh_CN"_s;
    }
    void chooseLanguage()
    {
        QFETCH(QString, requested);
        QFETCH(QString, system);
        QFETCH(QString, expected);
        QCOMPARE(govops::app::chooseLanguage(requested, QLocale(system)), expected);
    }

    void requestedLanguage()
    {
        QCOMPARE(app::requestedLanguage({u"govops"_s, u"--demo"_s, u"--lang"_s, u"zh_CN"_s}), u"zh_CN"_s);
        QCOMPARE(app::requestedLanguage({u"govops"_s, u"--lang=en"_s}), u"en"_s);
        QCOMPARE(app::requestedLanguage({u"govops"_s, u"--lang"_s}), QString());
    }

    // The Chinese of messages from every module, produced through their real code paths with the embedded
    // govops_zh_CN.qm installed. A message whose tr() context differs from the one lupdate recorded stays English.
    void chineseMessages_data()
    {
        QTest::addColumn<QString>("message");
        QTest::addColumn<QStringList>("english"); // parts of the English source that must be gone

        auto url = storage::DatabaseUrl::parse(u"mysql://db.example.gov.cn/govops"_s);
        QVERIFY(!url);
        QTest::newRow("storage: bad database URL") << url.error().message << QStringList{u"is not a database URL"_s};
        url = storage::DatabaseUrl::parse(u"postgresql://govops@db.example.gov.cn:5432/govops?sslmode=sometimes"_s);
        QVERIFY(!url);
        QTest::newRow("storage: unknown sslmode") << url.error().message << QStringList{u"Unknown sslmode"_s};

        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"translations"_s);
        db.setDatabaseName(u":memory:"_s);
        QVERIFY(db.open());
        storage::StaffRecord nobody;
        nobody.role = u"agent"_s;
        const auto created = storage::StaffRepository(db).create(nobody);
        QVERIFY(!created);
        QTest::newRow("storage: repository refuses an empty login")
            << created.error().message << QStringList{u"The login"_s, u"may not be empty"_s};

        const auto csv = core::parseCalendarCsv(u"date,kind,name\n2025-02-30,holiday,Spring Festival\n");
        QVERIFY(!csv);
        QTest::newRow("core: calendar CSV") << csv.error().message << QStringList{u"line"_s, u"is not a date"_s};
        QTest::newRow("core: calendar year missing")
            << core::BusinessCalendar::missingYearError(2031).message << QStringList{u"has no data for"_s};
        const auto transition = core::checkTransition(core::TicketStatus::Closed, core::TicketStatus::InProgress);
        QVERIFY(!transition);
        QTest::newRow("core: ticket transition") << transition.error().message << QStringList{u"ticket is closed"_s};
        const auto analysis =
            core::checkPostIncident(core::TicketKind::Fault, core::Grade::I, {}, {core::Grade::I, core::Grade::II});
        QVERIFY(!analysis);
        QTest::newRow("core: post-incident analysis")
            << analysis.error().message << QStringList{u"cannot be closed"_s, u"cause"_s, u"preventive"_s};
        core::TicketFacts ticket;
        const auto applied = ticket.apply(core::TicketEvent{});
        QVERIFY(!applied);
        QTest::newRow("core: ticket event") << applied.error().message << QStringList{u"needs a time"_s};

        const auto json = iaas::parseJson(R"({"servers": [)");
        QVERIFY(!json);
        QTest::newRow("iaas: JSON cut short") << json.error().message << QStringList{u"not valid JSON"_s};
        const auto servers = iaas::parseServers(QJsonDocument::fromJson(R"({"flavors": []})"));
        QVERIFY(!servers);
        QTest::newRow("iaas: missing collection") << servers.error().message << QStringList{u"lacks"_s};
        const auto endpoint = iaas::findEndpoint({}, {u"compute"_s}, {}, u"public"_s);
        QVERIFY(!endpoint);
        QTest::newRow("iaas: no endpoint")
            << endpoint.error().message << QStringList{u"service catalog"_s, u"any region"_s};

        QTest::newRow("ui: role title") << ui::roleTitle(core::Role::Agent) << QStringList{u"agent"_s};
    }
    void chineseMessages()
    {
        QFETCH(QString, message);
        QFETCH(QStringList, english);
        QVERIFY2(hasChinese(message), qPrintable(message));
        for (const QString &part : english)
            QVERIFY2(!message.contains(part, Qt::CaseInsensitive), qPrintable(message));
    }

    // govops-admin chooses its language from the system locale, like the console.
    void adminSpeaksTheSystemLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<bool>("chinese");
        const QStringList unknown{u"explode"_s, u"--db"_s, u"sqlite:///tmp/govops-i18n.db"_s};
        QTest::newRow("usage error, Chinese system") << unknown << u"zh_CN.UTF-8"_s << 2 << true;
        QTest::newRow("no database, Chinese system") << QStringList{u"check"_s} << u"zh_CN.UTF-8"_s << 2 << true;
        QTest::newRow("help, Chinese system") << QStringList{u"--help"_s} << u"zh_CN.UTF-8"_s << 0 << true;
        QTest::newRow("usage error, English system") << unknown << u"en_US.UTF-8"_s << 2 << false;
        QTest::newRow("--lang en on a Chinese system")
            << (QStringList{u"--lang"_s, u"en"_s} + unknown) << u"zh_CN.UTF-8"_s << 2 << false;
        QTest::newRow("--lang zh_CN on an English system")
            << (QStringList{u"--lang=zh_CN"_s} + unknown) << u"en_US.UTF-8"_s << 2 << true;
    }
    void adminSpeaksTheSystemLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, locale);
        QFETCH(int, exitCode);
        QFETCH(bool, chinese);
        const Run r = admin(arguments, locale);
        const QString said = r.out + r.err;
        QVERIFY2(r.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(r.exitCode).arg(said)));
        QVERIFY2(hasChinese(said) == chinese, qPrintable(said));
    }

    // Every message of the Chinese catalogue is translated, keeps the source's placeholders and markup, and sits
    // in a context the code really uses.
    void chineseCatalogueIsComplete()
    {
        const QSet<QString> known = contextsInCode();
        QVERIFY(known.contains(u"govops::storage::DatabaseUrl"_s)); // a Q_DECLARE_TR_FUNCTIONS
        QVERIFY(known.contains(u"govops::app::MainWindow"_s));      // a Q_OBJECT
        QVERIFY(known.contains(u"govops::ui::Session"_s));          // a literal
        QVERIFY(!known.contains(u"govops::storage::StaffRepository::x"_s));
        const QList<TsMessage> messages =
            readTs(QStringLiteral(GOVOPS_SOURCE_DIR) + u"/translations/govops_zh_CN.ts"_s);
        QVERIFY(messages.size() > 100);
        static const QRegularExpression contextName(uR"(^govops::\w+::[A-Z]\w*$)"_s);
        for (const TsMessage &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(known.contains(m.context), qPrintable(u"no code uses the context of "_s + where));
            QVERIFY2(contextName.match(m.context).hasMatch(), qPrintable(u"not govops::<module>::<Name>: "_s + where));
            QVERIFY2(m.type.isEmpty(), qPrintable(u"not translated ("_s + m.type + u"): "_s + where));
            QVERIFY2(!m.translation.trimmed().isEmpty(), qPrintable(u"empty translation: "_s + where));
            if (m.numerus) {
                QVERIFY2(m.forms >= 1, qPrintable(where));
                QCOMPARE(placeholders(m.translation.section(u'\n', 0, 0)), placeholders(m.source));
            } else {
                QVERIFY2(placeholders(m.translation) == placeholders(m.source),
                         qPrintable(where + u" -> "_s + m.translation));
            }
        }
    }

    // English is the source language: its catalogue holds the plural forms only, both filled.
    void englishCatalogueHasThePlurals()
    {
        const QList<TsMessage> messages = readTs(QStringLiteral(GOVOPS_SOURCE_DIR) + u"/translations/govops_en.ts"_s);
        QVERIFY(!messages.isEmpty());
        for (const TsMessage &m : messages) {
            const QString where = m.context + u": "_s + m.source;
            QVERIFY2(m.numerus, qPrintable(u"not a plural message: "_s + where));
            QVERIFY2(m.type.isEmpty() && m.forms == 2, qPrintable(u"plural forms missing: "_s + where));
        }
        QTranslator english;
        QVERIFY(english.load(u":/i18n/govops_en.qm"_s));
        QCOMPARE(english.translate("govops::iaas::OpenStackClient", "%1: %n received", nullptr, 1),
                 u"%1: %n received"_s);
    }

    void initTestCase()
    {
        // The catalogue the console embeds, installed as it is at start-up.
        QVERIFY(QFile::exists(u":/i18n/govops_zh_CN.qm"_s));
        app::installTranslators(*QCoreApplication::instance(), u"zh_CN"_s);
    }
    void cleanupTestCase() { QSqlDatabase::removeDatabase(u"translations"_s); }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
