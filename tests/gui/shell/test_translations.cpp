#include "Translations.h"

#include <QTest>

using namespace govops::app;
using namespace Qt::StringLiterals;

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
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "test_translations.moc"
