#include "storage/SqlScript.h"

#include <QTest>

using namespace Qt::StringLiterals;
using govops::storage::splitSqlScript;

class TestSqlScript : public QObject
{
    Q_OBJECT
private slots:
    void split_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::newRow("plain") << u"CREATE TABLE a (x int);\nINSERT INTO a VALUES (1);"_s
                               << QStringList{u"CREATE TABLE a (x int)"_s, u"INSERT INTO a VALUES (1)"_s};
        QTest::newRow("no final semicolon") << u"SELECT 1; SELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
        QTest::newRow("empty statements") << u";;  ; SELECT 1;;"_s << QStringList{u"SELECT 1"_s};
        QTest::newRow("quotes") << u"INSERT INTO a VALUES ('x;y', 'it''s; ok');SELECT 2"_s
                                << QStringList{u"INSERT INTO a VALUES ('x;y', 'it''s; ok')"_s, u"SELECT 2"_s};
        QTest::newRow("escape string") << u"SELECT E'a\\';b';SELECT 2"_s
                                       << QStringList{u"SELECT E'a\\';b'"_s, u"SELECT 2"_s};
        QTest::newRow("quoted name") << u"SELECT \"a;b\"\"c\" FROM t;SELECT 2"_s
                                     << QStringList{u"SELECT \"a;b\"\"c\" FROM t"_s, u"SELECT 2"_s};
        QTest::newRow("line comment") << u"-- a; comment\nSELECT 1; -- another;\nSELECT 2"_s
                                      << QStringList{u"SELECT 1"_s, u"SELECT 2"_s};
        QTest::newRow("block comment") << u"/* a; /* nested; */ still; */ SELECT 1;"_s << QStringList{u"SELECT 1"_s};
        QTest::newRow("comment only") << u"-- nothing here;\n/* nor; here */"_s << QStringList{};
        QTest::newRow("dollar quotes")
            << u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x;y';\nEND;\n$$;\nSELECT 1;"_s
            << QStringList{u"CREATE FUNCTION f() RETURNS trigger LANGUAGE plpgsql AS $$\nBEGIN\n  RAISE EXCEPTION 'x;y';\nEND;\n$$"_s,
                           u"SELECT 1"_s};
        QTest::newRow("tagged dollar quotes") << u"SELECT $body$ a; $$ b; $body$; SELECT 2"_s
                                              << QStringList{u"SELECT $body$ a; $$ b; $body$"_s, u"SELECT 2"_s};
        QTest::newRow("positional parameter") << u"SELECT $1; SELECT 2"_s << QStringList{u"SELECT $1"_s, u"SELECT 2"_s};
        QTest::newRow("sqlite trigger")
            << u"CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no; way');\n    UPDATE b SET x = 1;\nEND;\nSELECT 1;"_s
            << QStringList{u"CREATE TRIGGER t BEFORE UPDATE ON a\nBEGIN\n    SELECT RAISE(ABORT, 'no; way');\n    UPDATE b SET x = 1;\nEND"_s,
                           u"SELECT 1"_s};
        QTest::newRow("trigger with case")
            << u"CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; SELECT 3; END; SELECT 4"_s
            << QStringList{u"CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN SELECT CASE WHEN 1 THEN 2 END; SELECT 3; END"_s,
                           u"SELECT 4"_s};
        QTest::newRow("postgres trigger") << u"CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f();SELECT 1"_s
                                          << QStringList{u"CREATE TRIGGER t BEFORE DELETE ON a FOR EACH ROW EXECUTE FUNCTION f()"_s,
                                                         u"SELECT 1"_s};
        QTest::newRow("begin outside trigger") << u"SELECT begin_at FROM t; SELECT 2"_s
                                               << QStringList{u"SELECT begin_at FROM t"_s, u"SELECT 2"_s};
        QTest::newRow("chinese") << u"INSERT INTO d VALUES ('省公安厅；分号');SELECT 2"_s
                                 << QStringList{u"INSERT INTO d VALUES ('省公安厅；分号')"_s, u"SELECT 2"_s};
    }
    void split()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        const auto result = splitSqlScript(script);
        QVERIFY2(result.ok(), qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result.value(), statements);
    }

    void unterminated_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("says");
        QTest::newRow("string") << u"SELECT 1;\nSELECT 'oops;"_s << u"string starting on line 2"_s;
        QTest::newRow("comment") << u"/* open"_s << u"comment starting on line 1"_s;
        QTest::newRow("dollar") << u"\n\nSELECT $$ never closed"_s << u"dollar-quoted text starting on line 3"_s;
        QTest::newRow("name") << u"SELECT \"a"_s << u"quoted name"_s;
    }
    void unterminated()
    {
        QFETCH(QString, script);
        QFETCH(QString, says);
        const auto result = splitSqlScript(script);
        QVERIFY(!result.ok());
        QVERIFY2(result.error().message.contains(says), qPrintable(result.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "test_sql_script.moc"
