#include "core/BusinessCalendar.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::core::BusinessCalendar)
};
} // namespace

namespace govops::core {

namespace {

bool isWeekend(QDate d)
{
    const int dow = d.dayOfWeek();
    return dow == Qt::Saturday || dow == Qt::Sunday;
}

// Splits one CSV line into fields; double quotes may enclose a field, "" is a quote inside one.
// Returns std::nullopt on an unterminated quote or text after a closing quote.
std::optional<QStringList> splitCsvLine(QStringView line)
{
    QStringList fields;
    QString field;
    bool quoted = false;
    bool afterQuote = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        const QChar c = line[i];
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < line.size() && line[i + 1] == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                    afterQuote = true;
                }
            } else {
                field.append(c);
            }
        } else if (c == u',') {
            fields.append(field);
            field.clear();
            afterQuote = false;
        } else if (c == u'"' && field.trimmed().isEmpty() && !afterQuote) {
            field.clear();
            quoted = true;
        } else if (afterQuote) {
            if (!c.isSpace())
                return std::nullopt;
        } else {
            field.append(c);
        }
    }
    if (quoted)
        return std::nullopt;
    fields.append(field);
    return fields;
}

constexpr int kMaxReportedProblems = 50;

} // namespace

QString toStorage(DayKind k)
{
    return k == DayKind::Holiday ? u"holiday"_s : u"workday"_s;
}

std::optional<DayKind> dayKindFromStorage(QStringView s)
{
    if (s == u"holiday")
        return DayKind::Holiday;
    if (s == u"workday")
        return DayKind::Workday;
    return std::nullopt;
}

Result<QList<CalendarDay>> parseCalendarCsv(QStringView text)
{
    if (text.startsWith(QChar(0xFEFF)))
        text = text.mid(1);

    QList<CalendarDay> days;
    QStringList problems;
    QHash<QDate, int> lineOfDate;
    bool headerSeen = false;
    int lineNo = 0;
    int extraProblems = 0;
    auto problem = [&](int line, const QString &what) {
        if (problems.size() < kMaxReportedProblems)
            problems.append(Text::tr("line %1: %2").arg(line).arg(what));
        else
            ++extraProblems;
    };

    qsizetype pos = 0;
    while (pos <= text.size()) {
        qsizetype end = text.indexOf(u'\n', pos);
        if (end < 0)
            end = text.size();
        QStringView line = text.mid(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (line.endsWith(u'\r'))
            line.chop(1);
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#')) {
            if (end == text.size())
                break;
            continue;
        }
        const auto fields = splitCsvLine(line);
        if (!fields) {
            problem(lineNo, Text::tr("a quoted field is not closed properly"));
        } else if (!headerSeen) {
            headerSeen = true;
            QStringList names;
            for (const QString &f : *fields)
                names.append(f.trimmed().toLower());
            if (names != QStringList{u"date"_s, u"kind"_s, u"name"_s})
                problem(lineNo,
                        Text::tr("expected the header \"date,kind,name\", found \"%1\"").arg(trimmed.toString()));
        } else if (fields->size() != 3) {
            problem(lineNo, Text::tr("expected 3 fields (date,kind,name), found %1").arg(fields->size()));
        } else {
            const QString dateText = fields->at(0).trimmed();
            const QString kindText = fields->at(1).trimmed();
            const QString name = fields->at(2).trimmed();
            const QDate date = dateText.size() == 10 ? QDate::fromString(dateText, Qt::ISODate) : QDate();
            const auto kind = dayKindFromStorage(kindText);
            bool good = true;
            if (!date.isValid()) {
                problem(lineNo, Text::tr("\"%1\" is not a date in the form YYYY-MM-DD").arg(dateText));
                good = false;
            }
            if (!kind) {
                problem(lineNo, Text::tr("the kind must be \"holiday\" or \"workday\", not \"%1\"").arg(kindText));
                good = false;
            }
            if (name.isEmpty()) {
                problem(lineNo, Text::tr("the name is empty"));
                good = false;
            }
            if (date.isValid() && kind == DayKind::Workday && !isWeekend(date)) {
                problem(lineNo, Text::tr("%1 is a %2; a make-up workday must be a Saturday or Sunday")
                                    .arg(date.toString(Qt::ISODate), QLocale::c().dayName(date.dayOfWeek())));
                good = false;
            }
            if (date.isValid()) {
                const auto seen = lineOfDate.constFind(date);
                if (seen != lineOfDate.constEnd()) {
                    problem(
                        lineNo,
                        Text::tr("%1 is listed twice (first on line %2)").arg(date.toString(Qt::ISODate)).arg(*seen));
                    good = false;
                } else {
                    lineOfDate.insert(date, lineNo);
                }
            }
            if (good)
                days.append(CalendarDay{date, *kind, name});
        }
        if (end == text.size())
            break;
    }
    if (!headerSeen)
        problem(std::max(lineNo, 1), Text::tr("no header \"date,kind,name\" and no data"));
    if (extraProblems > 0)
        problems.append(Text::tr("… and %1 more problems").arg(extraProblems));
    if (!problems.isEmpty()) {
        const QString all = problems.join(u'\n');
        return Error{Error::Code::Malformed, all, all};
    }
    return days;
}

Error BusinessCalendar::missingYearError(int year)
{
    return Error{Error::Code::NotFound,
                 Text::tr("The business calendar has no data for %1: load the public holidays of %1 "
                          "(the State Council notice) before working days in %1 can be counted.")
                     .arg(year),
                 u"calendar_year_missing:%1"_s.arg(year)};
}

Result<BusinessCalendar> BusinessCalendar::create(const QList<CalendarDay> &days, const WorkingHours &hours)
{
    QStringList problems;
    if (!hours.opening.isValid() || !hours.closeOfBusiness.isValid() || hours.opening >= hours.closeOfBusiness)
        problems.append(Text::tr("The working day must open before its close of business (opening %1, close %2).")
                            .arg(hours.opening.toString(u"HH:mm"), hours.closeOfBusiness.toString(u"HH:mm")));
    if (!hours.zone.isValid())
        problems.append(Text::tr("The working hours need a valid time zone."));

    QList<CalendarDay> sorted = days;
    std::sort(sorted.begin(), sorted.end(), [](const CalendarDay &a, const CalendarDay &b) { return a.date < b.date; });
    QSet<int> yearSet;
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const CalendarDay &d = sorted[i];
        if (!d.date.isValid()) {
            problems.append(Text::tr("A calendar row has no valid date."));
            continue;
        }
        if (i > 0 && sorted[i - 1].date == d.date)
            problems.append(Text::tr("%1 is listed twice.").arg(d.date.toString(Qt::ISODate)));
        if (d.kind == DayKind::Workday && !isWeekend(d.date))
            problems.append(Text::tr("%1 is a %2; a make-up workday must be a Saturday or Sunday.")
                                .arg(d.date.toString(Qt::ISODate), QLocale::c().dayName(d.date.dayOfWeek())));
        yearSet.insert(d.date.year());
    }
    QList<int> years(yearSet.cbegin(), yearSet.cend());
    std::sort(years.begin(), years.end());
    for (qsizetype i = 1; i < years.size(); ++i) {
        for (int y = years[i - 1] + 1; y < years[i]; ++y)
            problems.append(Text::tr("The calendar has %1 and %2 but no data for %3: load %3 as well.")
                                .arg(years[i - 1])
                                .arg(years[i])
                                .arg(y));
    }
    if (!problems.isEmpty()) {
        const QString all = problems.join(u'\n');
        return Error{Error::Code::Invalid, all, all};
    }

    BusinessCalendar cal;
    cal.m_hours = hours;
    cal.m_entries = sorted;
    if (years.isEmpty())
        return cal;
    cal.m_firstYear = years.first();
    cal.m_lastYear = years.last();
    cal.m_firstDate = QDate(cal.m_firstYear, 1, 1);
    const QDate endDate(cal.m_lastYear + 1, 1, 1);
    const auto n = std::size_t(cal.m_firstDate.daysTo(endDate));
    cal.m_dayStart.resize(n + 1);
    cal.m_open.resize(n);
    cal.m_close.resize(n);
    cal.m_cumBefore.resize(n + 1);
    cal.m_working.resize(n);

    QHash<QDate, DayKind> kinds;
    for (const CalendarDay &d : sorted)
        kinds.insert(d.date, d.kind);

    qint64 cum = 0;
    for (std::size_t i = 0; i <= n; ++i) {
        const QDate date = cal.m_firstDate.addDays(qint64(i));
        cal.m_dayStart[i] = QDateTime(date, QTime(0, 0), hours.zone).toSecsSinceEpoch();
        cal.m_cumBefore[i] = cum;
        if (i == n)
            break;
        cal.m_open[i] = QDateTime(date, hours.opening, hours.zone).toSecsSinceEpoch();
        cal.m_close[i] = QDateTime(date, hours.closeOfBusiness, hours.zone).toSecsSinceEpoch();
        const auto kind = kinds.constFind(date);
        bool working = !isWeekend(date);
        if (kind != kinds.constEnd())
            working = *kind == DayKind::Workday;
        cal.m_working[i] = working ? 1 : 0;
        if (working)
            cum += cal.m_close[i] - cal.m_open[i];
    }
    return cal;
}

QList<int> BusinessCalendar::years() const
{
    QList<int> out;
    if (m_firstYear == 0)
        return out;
    for (int y = m_firstYear; y <= m_lastYear; ++y)
        out.append(y);
    return out;
}

std::optional<CalendarDay> BusinessCalendar::entry(QDate date) const
{
    const auto it = std::lower_bound(m_entries.cbegin(), m_entries.cend(), date,
                                     [](const CalendarDay &d, QDate x) { return d.date < x; });
    if (it != m_entries.cend() && it->date == date)
        return *it;
    return std::nullopt;
}

int BusinessCalendar::dayIndex(qint64 t) const
{
    if (m_dayStart.empty() || t < m_dayStart.front())
        return -1;
    const auto it = std::upper_bound(m_dayStart.cbegin(), m_dayStart.cend(), t);
    return int(it - m_dayStart.cbegin()) - 1; // == dayCount() when t is past the last day
}

int BusinessCalendar::yearOfInstant(qint64 t) const
{
    const QTimeZone zone = m_hours.zone.isValid() ? m_hours.zone : QTimeZone::utc();
    return QDateTime::fromSecsSinceEpoch(t, zone).date().year();
}

bool BusinessCalendar::workingClock(qint64 t, qint64 *w, int *missingYear) const
{
    const int d = dayIndex(t);
    if (d < 0 || d >= dayCount()) {
        *missingYear = yearOfInstant(t);
        return false;
    }
    const auto i = std::size_t(d);
    qint64 value = m_cumBefore[i];
    if (m_working[i])
        value += std::clamp(t, m_open[i], m_close[i]) - m_open[i];
    *w = value;
    return true;
}

bool BusinessCalendar::instantAtWorkingClock(qint64 w, qint64 *t, int *missingYear) const
{
    if (m_cumBefore.empty()) {
        *missingYear = 0; // unreachable through the public API: workingClock() fails first
        return false;
    }
    if (w < 0) {
        *missingYear = m_firstYear - 1;
        return false;
    }
    if (w == 0) {
        // Only reachable for w == W(start of calendar): the first opening.
        for (int d = 0; d < dayCount(); ++d) {
            if (m_working[std::size_t(d)]) {
                *t = m_open[std::size_t(d)];
                return true;
            }
        }
    }
    // Smallest day d with cumBefore[d + 1] >= w.
    const auto first = m_cumBefore.cbegin() + 1;
    const auto it = std::lower_bound(first, m_cumBefore.cend(), w);
    if (it == m_cumBefore.cend()) {
        *missingYear = m_lastYear + 1;
        return false;
    }
    const auto d = std::size_t(it - first);
    *t = m_open[d] + (w - m_cumBefore[d]);
    return true;
}

bool BusinessCalendar::dueByWorkingDays(qint64 approvedAt, int days, qint64 *due, int *missingYear) const
{
    int d = dayIndex(approvedAt);
    if (d < 0 || d >= dayCount()) {
        *missingYear = yearOfInstant(approvedAt);
        return false;
    }
    // The effective approval day: this day if approved before its close of business on a working
    // day, otherwise the next working day.
    const bool countsToday = m_working[std::size_t(d)] && approvedAt < m_close[std::size_t(d)];
    int remaining = std::max(days, 0) + (countsToday ? 0 : 1);
    while (true) {
        if (remaining == 0 && m_working[std::size_t(d)])
            break;
        ++d;
        if (d >= dayCount()) {
            *missingYear = m_lastYear + 1;
            return false;
        }
        if (m_working[std::size_t(d)])
            --remaining;
        if (remaining == 0)
            break;
    }
    *due = m_close[std::size_t(d)];
    return true;
}

Result<bool> BusinessCalendar::isWorkingDay(QDate date) const
{
    if (!covers(date.year()))
        return missingYearError(date.year());
    return m_working[std::size_t(m_firstDate.daysTo(date))] != 0;
}

Result<bool> BusinessCalendar::isWithinWorkingHours(const QDateTime &t) const
{
    const qint64 s = t.toSecsSinceEpoch();
    const int d = dayIndex(s);
    if (d < 0 || d >= dayCount())
        return missingYearError(yearOfInstant(s));
    const auto i = std::size_t(d);
    return m_working[i] && s >= m_open[i] && s < m_close[i];
}

Result<QDateTime> BusinessCalendar::nextWorkingInstant(const QDateTime &t) const
{
    const qint64 s = t.toSecsSinceEpoch();
    int d = dayIndex(s);
    if (d < 0 || d >= dayCount())
        return missingYearError(yearOfInstant(s));
    auto i = std::size_t(d);
    if (m_working[i] && s >= m_open[i] && s < m_close[i])
        return t;
    if (m_working[i] && s < m_open[i])
        return QDateTime::fromSecsSinceEpoch(m_open[i], t.timeZone());
    for (++d; d < dayCount(); ++d) {
        i = std::size_t(d);
        if (m_working[i])
            return QDateTime::fromSecsSinceEpoch(m_open[i], t.timeZone());
    }
    return missingYearError(m_lastYear + 1);
}

Result<qint64> BusinessCalendar::workingSecondsBetween(const QDateTime &from, const QDateTime &to) const
{
    qint64 a = 0;
    qint64 b = 0;
    int missing = 0;
    if (!workingClock(from.toSecsSinceEpoch(), &a, &missing) || !workingClock(to.toSecsSinceEpoch(), &b, &missing))
        return missingYearError(missing);
    return b - a;
}

Result<QDateTime> BusinessCalendar::addWorkingSeconds(const QDateTime &from, qint64 seconds) const
{
    qint64 w = 0;
    int missing = 0;
    if (!workingClock(from.toSecsSinceEpoch(), &w, &missing))
        return missingYearError(missing);
    if (seconds == 0)
        return from;
    qint64 t = 0;
    if (!instantAtWorkingClock(w + seconds, &t, &missing))
        return missingYearError(missing);
    return QDateTime::fromSecsSinceEpoch(t, from.timeZone());
}

Result<QDateTime> BusinessCalendar::addWorkingDays(const QDateTime &approvedAt, int days) const
{
    qint64 due = 0;
    int missing = 0;
    if (!dueByWorkingDays(approvedAt.toSecsSinceEpoch(), days, &due, &missing))
        return missingYearError(missing);
    return QDateTime::fromSecsSinceEpoch(due, approvedAt.timeZone());
}

} // namespace govops::core
