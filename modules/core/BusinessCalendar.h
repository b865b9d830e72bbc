#pragma once

// The business calendar: which days are working days (weekends off, public holidays off, make-up
// working weekends on) and, with the policy's working hours, how much working time lies between
// two instants. It is data, loaded each year by an operations manager; code holds no dates.
//
// A year the calendar has no data for is never guessed: every question whose answer needs such a
// year fails with an Error that names the year (see missingYearError()).

#include "core/Result.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringView>
#include <QTime>
#include <QTimeZone>

#include <optional>
#include <vector>

namespace govops::core {

enum class DayKind : quint8 {
    Holiday, // a day off (a public holiday, on any day of the week)
    Workday, // a weekend day that is a working day (调休上班)
};
QString toStorage(DayKind k); // "holiday", "workday"
std::optional<DayKind> dayKindFromStorage(QStringView s);

struct CalendarDay
{
    QDate date;
    DayKind kind = DayKind::Holiday;
    QString name;
    friend bool operator==(const CalendarDay &, const CalendarDay &) = default;
};

// The working day, in the time zone the desk works in. Policy data (defaults 08:30–17:30 Asia/Shanghai).
struct WorkingHours
{
    QTime opening;
    QTime closeOfBusiness;
    QTimeZone zone;
};

// Parses the holiday file format (header "date,kind,name"; lines starting with '#' and blank lines
// are skipped; a field may be double-quoted). On failure the Error's message lists every problem
// found, one per line, each starting "line N:".
Result<QList<CalendarDay>> parseCalendarCsv(QStringView text);

class BusinessCalendar
{
public:
    // An empty calendar: it covers no year, so every question reports a missing year.
    BusinessCalendar() = default;

    // Validates the rows (no date twice; a make-up workday must fall on a Saturday or Sunday;
    // the years must be contiguous) and the hours (opening before close of business, valid zone).
    // The calendar covers exactly the years that have at least one row.
    static Result<BusinessCalendar> create(const QList<CalendarDay> &days, const WorkingHours &hours);

    const WorkingHours &workingHours() const { return m_hours; }
    QList<int> years() const;
    bool covers(int year) const { return m_firstYear != 0 && year >= m_firstYear && year <= m_lastYear; }
    std::optional<CalendarDay> entry(QDate date) const;

    Result<bool> isWorkingDay(QDate date) const;
    // Working hours are [opening, closeOfBusiness) on a working day.
    Result<bool> isWithinWorkingHours(const QDateTime &t) const;
    // t itself when inside working hours, otherwise the next opening.
    Result<QDateTime> nextWorkingInstant(const QDateTime &t) const;
    // Working seconds in [from, to); negative when to is before from.
    Result<qint64> workingSecondsBetween(const QDateTime &from, const QDateTime &to) const;
    // The earliest instant at which `seconds` of working time have passed since `from`. The result
    // always lies inside a working day, in (opening, closeOfBusiness]: never at midnight.
    Result<QDateTime> addWorkingSeconds(const QDateTime &from, qint64 seconds) const;
    // The "N working days" rule: a request approved inside working hours of a working day is due
    // at the close of business of the Nth following working day; one approved outside working
    // hours (before opening, after close of business, on a weekend or holiday) counts from the
    // next working day, as if approved at its opening. days == 0 means close of business of the
    // (effective) approval day.
    Result<QDateTime> addWorkingDays(const QDateTime &approvedAt, int days) const;

    // The Error every query returns when it needs a year without data.
    static Error missingYearError(int year);

    // Allocation-free primitives on epoch seconds, for the SLA engine. Each returns false and sets
    // *missingYear when the answer needs a year without data.
    // W(t): working seconds from the start of the calendar to t (monotonic, constant outside hours).
    bool workingClock(qint64 epochSecs, qint64 *w, int *missingYear) const;
    // The earliest t with W(t) >= w; for w > W(start of calendar) it lies in (opening, close].
    bool instantAtWorkingClock(qint64 w, qint64 *epochSecs, int *missingYear) const;
    bool dueByWorkingDays(qint64 approvedAt, int days, qint64 *due, int *missingYear) const;

private:
    int dayIndex(qint64 epochSecs) const;      // -1 before, size() after the covered range
    int yearOfInstant(qint64 epochSecs) const; // slow: only for error messages
    int dayCount() const { return int(m_working.size()); }

    WorkingHours m_hours;
    int m_firstYear = 0;
    int m_lastYear = 0;
    QDate m_firstDate;
    QList<CalendarDay> m_entries; // sorted by date
    // Per day of the covered range; m_dayStart and m_cumBefore have one sentinel element more.
    std::vector<qint64> m_dayStart; // local midnight, epoch seconds
    std::vector<qint64> m_open;     // opening instant (valid for every day, working or not)
    std::vector<qint64> m_close;
    std::vector<qint64> m_cumBefore; // working seconds of all earlier days
    std::vector<quint8> m_working;
};

} // namespace govops::core
