// govops-admin visits generate and export visits, end to end on an embedded database: the files are read back
// the way other programs read them (libical's parser, the XLSX zip's sheet XML, CSV by RFC 4180).
#include "storage/Connection.h"
#include "storage/DatabaseUrl.h"
#include "storage/Sql.h"
#include "storage/VisitRepository.h"

#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <libical/ical.h>

using namespace Qt::StringLiterals;
using namespace govops;

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run admin(const QStringList &arguments)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"GOVOPS_DB"_s);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(GOVOPS_ADMIN), arguments);
    if (!p.waitForFinished(120000))
        qFatal("govops-admin %s did not finish", qPrintable(arguments.join(u' ')));
    Run r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QByteArray unzip(const QString &zip, const QString &member)
{
    QProcess p;
    p.start(u"unzip"_s, {u"-p"_s, zip, member});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("unzip -p %s %s failed", qPrintable(zip), qPrintable(member));
    return p.readAllStandardOutput();
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

const QTimeZone beijing("Asia/Shanghai");
const QString summaryWithEverything = u"业务恢复, 客户说 \"很好\"\n下周再联系"_s;

void collectStart(icalcomponent *, icaltime_span *span, void *data)
{
    static_cast<QSet<qint64> *>(data)->insert(qint64(span->start));
}

} // namespace

#define QVERIFY_RUN(run, code)                                                                                         \
    QVERIFY2((run).exitCode == (code),                                                                                 \
             qPrintable(u"exit %1\nstdout: %2\nstderr: %3"_s.arg((run).exitCode).arg((run).out, (run).err)))

class TestAdminVisits : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_db;
    qint64 m_vip = 0;
    qint64 m_other = 0;

    QString file(const QString &name) const { return m_dir.filePath(name); }

private slots:
    // A VIP customer since 2024 (five cloud hosts) and its fault handled on 20 January 2025.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_db = u"sqlite://"_s + file(u"visits.db"_s);
        QVERIFY_RUN(admin({u"migrate"_s, u"--db"_s, m_db}), 0);

        { // the world's own connection, closed before the tool runs again
            const auto url = storage::DatabaseUrl::parse(m_db);
            auto opened = storage::openConnection(url.value(), {}, u"world"_s);
            QVERIFY(opened);
            QSqlDatabase db = opened.value();
            const auto insert = [&](const QString &sql, const QVariantList &values) {
                auto q = storage::exec(db, sql + u" RETURNING id"_s, values, u"world"_s);
                if (!q || !q.value().next())
                    qFatal("%s: %s", qPrintable(sql), q ? "no id" : qPrintable(q.error().detail));
                return q.value().value(0).toLongLong();
            };
            const auto time = [](QDate d, QTime t) {
                return storage::toDb(QDateTime(d, t, beijing), storage::Backend::Sqlite);
            };
            const qint64 manager = insert(
                u"INSERT INTO staff (login, display_name, role) VALUES ('vipmgr01', '杨勇', 'vip_manager')"_s, {});
            m_vip = insert(u"INSERT INTO departments (name, short_name, account_manager_id, created_at)"
                           " VALUES ('省财政厅', '财政厅', ?, ?)"_s,
                           {manager, time(QDate(2024, 6, 1), QTime(9, 0))});
            m_other = insert(u"INSERT INTO departments (name, short_name) VALUES ('省教育厅', '教育厅')"_s, {});
            for (int i = 1; i <= 5; ++i)
                insert(
                    u"INSERT INTO configuration_items (department_id, kind, name, created_at) VALUES (?, 'vm', ?, ?)"_s,
                    {m_vip, u"czt-vm-%1"_s.arg(i), time(QDate(2024, 6, 1), QTime(9, 0))});
            const QVariant created = time(QDate(2025, 1, 20), QTime(9, 0));
            const qint64 ticket = insert(
                u"INSERT INTO tickets (number, kind, grade, channel, status, title, department_id, sla_policy_version,"
                " created_at, updated_at, deadline_at, resolved_at)"
                " VALUES ('GO-00000001', 'fault', 2, 'phone', 'resolved', '数据库连接超时', ?, 1, ?, ?, ?, ?)"_s,
                {m_vip, created, created, created, time(QDate(2025, 1, 20), QTime(15, 0))});

            const Run first = admin({u"visits"_s, u"generate"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s,
                                     u"2025-12-31"_s, u"--db"_s, m_db});
            QVERIFY_RUN(first, 0);
            // 12 monthly calls, 4 quarterly visits on site, 1 after the fault.
            QVERIFY2(first.out.contains(u"17 owed; 17 added, 0 moved, 0 cancelled"_s), qPrintable(first.out));

            // The fault's visit is logged, with a summary that needs every kind of CSV quoting.
            storage::VisitRepository visits(db);
            const auto v = visits.byPlanKey(u"after_fault/t%1"_s.arg(ticket));
            QVERIFY(v);
            storage::VisitLog log{v.value().id, v.value().version, u"陈刚"_s, summaryWithEverything, 5, {}, {}, {}};
            QVERIFY(visits.logVisit(log, manager, QDateTime(QDate(2025, 1, 21), QTime(10, 0), beijing)));
        }
        storage::closeConnection(u"world"_s);
    }

    void generatingAgainChangesNothing()
    {
        const Run again = admin(
            {u"visits"_s, u"generate"_s, u"--from"_s, u"2025-01-01"_s, u"--to"_s, u"2025-12-31"_s, u"--db"_s, m_db});
        QVERIFY_RUN(again, 0);
        QVERIFY2(again.out.contains(u"17 owed; 0 added, 0 moved, 0 cancelled"_s), qPrintable(again.out));
    }

    void icalendarParsesBackWithRecurringVipVisits()
    {
        const QString path = file(u"visits.ics"_s);
        QVERIFY_RUN(admin({u"export"_s, u"visits"_s, u"--format"_s, u"ics"_s, u"--out"_s, path, u"--db"_s, m_db}), 0);
        const QByteArray text = readAll(path);
        QVERIFY(text.contains("\r\n"));
        icalcomponent *calendar = icalparser_parse_string(text.constData());
        QVERIFY(calendar);
        QCOMPARE(icalcomponent_isa(calendar), ICAL_VCALENDAR_COMPONENT);

        QHash<QString, icalcomponent *> events;
        for (icalcomponent *e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT); e;
             e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT))
            events.insert(QString::fromUtf8(icalcomponent_get_uid(e)), e);
        // One event per VIP series instead of one per month, and the fault's.
        QCOMPARE(events.size(), 3);
        const QString callUid = u"vip_call/d%1@govops"_s.arg(m_vip);
        const QString onSiteUid = u"vip_onsite/d%1@govops"_s.arg(m_vip);
        QVERIFY(events.contains(callUid));
        QVERIFY(events.contains(onSiteUid));
        QVERIFY(std::any_of(events.keyBegin(), events.keyEnd(),
                            [](const QString &uid) { return uid.startsWith(u"after_fault/t"_s); }));

        icalproperty *rrule = icalcomponent_get_first_property(events.value(callUid), ICAL_RRULE_PROPERTY);
        QVERIFY(rrule);
        QCOMPARE(icalproperty_get_rrule(rrule).freq, ICAL_MONTHLY_RECURRENCE);
        QCOMPARE(int(icalproperty_get_rrule(rrule).interval), 1);
        rrule = icalcomponent_get_first_property(events.value(onSiteUid), ICAL_RRULE_PROPERTY);
        QVERIFY(rrule);
        QCOMPARE(icalproperty_get_rrule(rrule).freq, ICAL_MONTHLY_RECURRENCE);
        QCOMPARE(int(icalproperty_get_rrule(rrule).interval), 3);
        QVERIFY(QString::fromUtf8(icalcomponent_get_summary(events.value(callUid))).contains(u"省财政厅"_s));

        // Expanded as a calendar program does (RRULE, EXDATE, RDATE), the series are exactly the planned visits:
        // the last working day of each month, half an hour before close of business. January 2025 ends in the
        // Spring Festival, so its call is on Monday the 27th, not Friday the 31st.
        const auto expand = [](icalcomponent *e) {
            QSet<qint64> starts;
            icalcomponent_foreach_recurrence(
                e,
                icaltime_from_timet_with_zone(QDateTime(QDate(2024, 12, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(), 0,
                                              icaltimezone_get_utc_timezone()),
                icaltime_from_timet_with_zone(QDateTime(QDate(2026, 2, 1), QTime(0, 0), Qt::UTC).toSecsSinceEpoch(), 0,
                                              icaltimezone_get_utc_timezone()),
                collectStart, &starts);
            return starts;
        };
        const auto start = [](QDate d) { return QDateTime(d, QTime(17, 0), beijing).toSecsSinceEpoch(); };
        const QSet<qint64> calls = expand(events.value(callUid));
        QCOMPARE(calls.size(), 12);
        QVERIFY(calls.contains(start(QDate(2025, 1, 27))));
        QVERIFY(!calls.contains(start(QDate(2025, 1, 31))));
        QVERIFY(calls.contains(start(QDate(2025, 2, 28))));
        QVERIFY(calls.contains(start(QDate(2025, 12, 31))));
        const QSet<qint64> onSite = expand(events.value(onSiteUid));
        QCOMPARE(onSite, (QSet<qint64>{start(QDate(2025, 3, 31)), start(QDate(2025, 6, 30)), start(QDate(2025, 9, 30)),
                                       start(QDate(2025, 12, 31))}));
        icalcomponent_free(calendar);
    }

    void xlsxIsAZipWithTheRows()
    {
        const QString path = file(u"visits.xlsx"_s);
        QVERIFY_RUN(admin({u"export"_s, u"visits"_s, u"--format"_s, u"xlsx"_s, u"--out"_s, path, u"--db"_s, m_db}), 0);
        QVERIFY(readAll(path).startsWith("PK\x03\x04"));
        const QString sheet = QString::fromUtf8(unzip(path, u"xl/worksheets/sheet1.xml"_s));
        QCOMPARE(sheet.count(u"<row "_s), 18); // the header and 17 visits
        QVERIFY(sheet.contains(u"<pane "_s));  // the header row stays in view
        QVERIFY(sheet.contains(u"<autoFilter "_s));
        const QString strings = QString::fromUtf8(unzip(path, u"xl/sharedStrings.xml"_s));
        QVERIFY(strings.contains(u"省财政厅"_s));
        QVERIFY(strings.contains(u"Due"_s) || strings.contains(u"到期"_s));
        const QString styles = QString::fromUtf8(unzip(path, u"xl/styles.xml"_s));
        QVERIFY(styles.contains(u"<b/>"_s));
        QVERIFY(styles.contains(u"yyyy-mm-dd hh:mm"_s));
    }

    void csvQuotesByRfc4180()
    {
        const QString path = file(u"faults.csv"_s);
        QVERIFY_RUN(admin({u"export"_s, u"visits"_s, u"--format"_s, u"csv"_s, u"--kind"_s, u"after_fault"_s, u"--out"_s,
                           path, u"--db"_s, m_db}),
                    0);
        const QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QString text = QString::fromUtf8(bytes.mid(3));
        QVERIFY(text.endsWith(u"\r\n"_s));
        QVERIFY2(text.contains(u",\"业务恢复, 客户说 \"\"很好\"\"\n下周再联系\","_s), qPrintable(text));
        // The header and one record (whose quoted field holds a line break of its own).
        QCOMPARE(text.count(u"\r\n"_s), 2);
        QVERIFY(text.contains(u"2025-01-21 10:00"_s)); // logged at, in Beijing time
        QVERIFY(text.contains(u"GO-00000001"_s));
    }

    void exportFilters_data()
    {
        QTest::addColumn<QStringList>("filters");
        QTest::addColumn<int>("records");
        QTest::newRow("all") << QStringList{} << 17;
        QTest::newRow("december") << QStringList{u"--from"_s, u"2025-12-01"_s, u"--to"_s, u"2025-12-31"_s} << 2;
        QTest::newRow("vip") << QStringList{u"--kind"_s, u"vip"_s} << 16;
        QTest::newRow("other department") << QStringList{u"--department"_s, u"other"_s} << 0;
    }
    void exportFilters()
    {
        QFETCH(QStringList, filters);
        QFETCH(int, records);
        filters.replaceInStrings(u"other"_s, QString::number(m_other));
        const QString path = file(u"filtered.csv"_s);
        QVERIFY_RUN(
            admin(QStringList{u"export"_s, u"visits"_s, u"--format"_s, u"csv"_s, u"--out"_s, path, u"--db"_s, m_db} +
                  filters),
            0);
        // Records end in CRLF; the line break inside the logged summary is a bare LF.
        const QString text = QString::fromUtf8(readAll(path));
        const int lines = int(text.count(u"\r\n"_s)) - 1;
        QCOMPARE(lines, records);
    }

    void exportUsageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("says");
        QTest::newRow("no format") << QStringList{u"--out"_s, u"x.ics"_s} << u"--format"_s;
        QTest::newRow("bad format") << QStringList{u"--format"_s, u"pdf"_s, u"--out"_s, u"x"_s} << u"--format"_s;
        QTest::newRow("no file") << QStringList{u"--format"_s, u"ics"_s} << u"--out"_s;
        QTest::newRow("bad kind") << QStringList{u"--format"_s, u"csv"_s, u"--out"_s, u"x"_s, u"--kind"_s, u"x"_s}
                                  << u"--kind"_s;
        QTest::newRow("bad day") << QStringList{u"--format"_s, u"csv"_s,    u"--out"_s,
                                                u"x"_s,        u"--from"_s, u"2025-13-01"_s}
                                 << u"--from"_s;
        QTest::newRow("backwards") << QStringList{u"--format"_s, u"csv"_s,        u"--out"_s, u"x"_s,
                                                  u"--from"_s,   u"2025-02-01"_s, u"--to"_s,  u"2025-01-01"_s}
                                   << u"--to"_s;
    }
    void exportUsageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, says);
        const Run r = admin(QStringList{u"export"_s, u"visits"_s, u"--db"_s, m_db} + arguments);
        QVERIFY_RUN(r, 2);
        QVERIFY2(r.err.contains(says), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestAdminVisits)
#include "test_admin_visits.moc"
