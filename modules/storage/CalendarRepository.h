#pragma once

#include "core/BusinessCalendar.h"
#include "core/Result.h"
#include "storage/Records.h"

#include <QSqlDatabase>

namespace govops::storage {

struct CalendarImport
{
    QList<int> years;   // the years replaced
    int days = 0;       // the rows written
};

// The business calendar: public holidays and make-up working days (调休), loaded per year by an operations
// manager from the CSV the State Council notice gives (date,kind,name; see resources/calendar/).
// Use on the Database worker thread, inside Database::run().
class CalendarRepository
{
public:
    explicit CalendarRepository(QSqlDatabase &db) : m_db(db) {}

    static QString defaultResource();  // :/govops/calendar/cn-public-holidays.csv (2025 and 2026)

    // Reads "date,kind,name" lines ('#' comments and the header line allowed). Refuses, naming the line,
    // a bad date, an unknown kind, a make-up working day that is not a Saturday or Sunday, a date twice.
    static core::Result<QList<CalendarDay>> parseCsv(const QString &text);

    // Replaces every year that the CSV mentions, in one transaction; other years stay.
    core::Result<CalendarImport> importCsv(const QString &text, std::optional<qint64> actorId = {});
    core::Result<CalendarImport> importFile(const QString &path, std::optional<qint64> actorId = {});
    // Loads the bundled default when the calendar is still empty (a fresh database); else does nothing.
    core::Result<CalendarImport> importDefaultIfEmpty();

    core::Result<QList<CalendarDay>> days(int year);
    core::Result<QList<CalendarDay>> days(const QDate &from, const QDate &to);  // both included
    core::Result<QList<int>> years();

    // Every row as core::CalendarDay, and the business calendar over every loaded year counted in `hours`
    // (core::makePolicyEntry builds one per policy version from the same rows).
    core::Result<QList<core::CalendarDay>> coreDays();
    core::Result<core::BusinessCalendar> calendar(const core::WorkingHours &hours);

private:
    core::Result<QList<CalendarDay>> read(const QString &where, const QVariantList &values);

    QSqlDatabase &m_db;
};

} // namespace govops::storage
