#include "storage/CalendarRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::CalendarRepository)
};
} // namespace

namespace govops::storage {

namespace {

core::Error lineError(int line, const QString &message)
{
    return {core::Error::Code::Invalid, Text::tr("Calendar line %1: %2").arg(line).arg(message)};
}

} // namespace

QString CalendarRepository::defaultResource()
{
    return u":/govops/calendar/cn-public-holidays.csv"_s;
}

core::Result<QList<CalendarDay>> CalendarRepository::parseCsv(const QString &text)
{
    QList<CalendarDay> days;
    QSet<QDate> seen;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const int number = i + 1;
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u',');
        if (fields.value(0).trimmed() == u"date"_s)  // the header
            continue;
        if (fields.size() < 2)
            return lineError(number, Text::tr("expected date,kind,name but found '%1'.").arg(line));
        CalendarDay day;
        day.date = QDate::fromString(fields.at(0).trimmed(), Qt::ISODate);
        day.kind = fields.at(1).trimmed();
        day.name = fields.mid(2).join(u',').trimmed();
        if (!day.date.isValid())
            return lineError(number, Text::tr("'%1' is not a date (YYYY-MM-DD).").arg(fields.at(0)));
        if (day.kind != u"holiday"_s && day.kind != u"workday"_s)
            return lineError(number, Text::tr("the kind is '%1'; it must be holiday or workday.").arg(day.kind));
        if (day.kind == u"workday"_s && day.date.dayOfWeek() < 6)
            return lineError(number, Text::tr("%1 is a weekday; a make-up working day is a Saturday or Sunday.")
                                         .arg(day.date.toString(Qt::ISODate)));
        if (day.name.size() > 100)
            return lineError(number, Text::tr("the name is longer than 100 characters."));
        if (seen.contains(day.date))
            return lineError(number, Text::tr("%1 is listed twice.").arg(day.date.toString(Qt::ISODate)));
        seen.insert(day.date);
        days.append(day);
    }
    if (days.isEmpty())
        return core::Error{core::Error::Code::Invalid, Text::tr("The calendar file lists no days.")};
    return days;
}

core::Result<CalendarImport> CalendarRepository::importCsv(const QString &text, std::optional<qint64> actorId)
{
    const auto parsed = parseCsv(text);
    if (!parsed)
        return parsed.error();
    QList<int> years;
    for (const CalendarDay &d : parsed.value()) {
        if (!years.contains(d.date.year()))
            years.append(d.date.year());
    }
    std::sort(years.begin(), years.end());

    const QString what = Text::tr("Could not load the business calendar");
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();
    for (int year : std::as_const(years)) {
        if (auto q = exec(m_db, u"DELETE FROM business_calendar WHERE year = ?"_s, {year}, what); !q)
            return q.error();
    }
    QSqlQuery insert(m_db);
    if (!insert.prepare(u"INSERT INTO business_calendar (day, year, kind, name) VALUES (?, ?, ?, ?)"_s))
        return sqlError(insert, what);
    for (const CalendarDay &d : parsed.value()) {
        insert.addBindValue(d.date);
        insert.addBindValue(d.date.year());
        insert.addBindValue(d.kind);
        insert.addBindValue(d.name);
        if (!insert.exec())
            return sqlError(insert, what);
    }
    insert.finish();
    QJsonArray yearList;
    for (int y : std::as_const(years))
        yearList.append(y);
    const QString detail = QString::fromUtf8(
        QJsonDocument(QJsonObject{{u"years"_s, yearList}, {u"days"_s, int(parsed.value().size())}})
            .toJson(QJsonDocument::Compact));
    if (auto a = AuditRepository(m_db).record(u"import"_s, u"business_calendar"_s, std::nullopt, std::nullopt,
                                              actorId, detail);
        !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return CalendarImport{years, int(parsed.value().size())};
}

core::Result<CalendarImport> CalendarRepository::importFile(const QString &path, std::optional<qint64> actorId)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{core::Error::Code::Invalid,
                           Text::tr("Cannot read the calendar file %1: %2").arg(path, file.errorString())};
    return importCsv(QString::fromUtf8(file.readAll()), actorId);
}

core::Result<CalendarImport> CalendarRepository::importDefaultIfEmpty()
{
    auto q = exec(m_db, u"SELECT count(*) FROM business_calendar"_s, QVariantList{},
                  Text::tr("Could not read the business calendar"));
    if (!q)
        return q.error();
    q.value().next();
    const bool empty = q.value().value(0).toLongLong() == 0;
    q.value().finish();
    if (!empty)
        return CalendarImport{};
    return importFile(defaultResource());
}

core::Result<QList<CalendarDay>> CalendarRepository::read(const QString &where, const QVariantList &values)
{
    auto q = exec(m_db, u"SELECT day, kind, name FROM business_calendar WHERE "_s + where + u" ORDER BY day"_s, values,
                  Text::tr("Could not read the business calendar"));
    if (!q)
        return q.error();
    QList<CalendarDay> days;
    while (q.value().next()) {
        const QVariant day = q.value().value(0);
        days.append(CalendarDay{day.metaType().id() == QMetaType::QDate
                                    ? day.toDate()
                                    : QDate::fromString(day.toString(), Qt::ISODate),
                                q.value().value(1).toString(), q.value().value(2).toString()});
    }
    return days;
}

core::Result<QList<CalendarDay>> CalendarRepository::days(int year)
{
    return read(u"year = ?"_s, {year});
}

core::Result<QList<CalendarDay>> CalendarRepository::days(const QDate &from, const QDate &to)
{
    return read(u"day >= ? AND day <= ?"_s, {from, to});
}

core::Result<QList<int>> CalendarRepository::years()
{
    auto q = exec(m_db, u"SELECT DISTINCT year FROM business_calendar ORDER BY year"_s, QVariantList{},
                  Text::tr("Could not read the business calendar"));
    if (!q)
        return q.error();
    QList<int> list;
    while (q.value().next())
        list.append(q.value().value(0).toInt());
    return list;
}

core::Result<QList<core::CalendarDay>> CalendarRepository::coreDays()
{
    auto rows = read(u"1 = 1"_s, {});
    if (!rows)
        return rows.error();
    QList<core::CalendarDay> days;
    days.reserve(rows.value().size());
    for (const CalendarDay &d : rows.value()) {
        const auto kind = core::dayKindFromStorage(d.kind);
        if (!kind) // the schema's CHECK makes this unreachable unless the schema and core disagree
            return core::Error{core::Error::Code::Malformed, Text::tr("The business calendar holds an unknown kind of day."),
                               u"business_calendar.kind=%1"_s.arg(d.kind)};
        days.append(core::CalendarDay{d.date, *kind, d.name});
    }
    return days;
}

core::Result<core::BusinessCalendar> CalendarRepository::calendar(const core::WorkingHours &hours)
{
    auto days = coreDays();
    if (!days)
        return days.error();
    return core::BusinessCalendar::create(days.value(), hours);
}

} // namespace govops::storage
