#pragma once

#include "core/Result.h"
#include "storage/VisitRepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace govops::exports {

enum class VisitFormat : quint8 { ICalendar, Xlsx, Csv };
std::optional<VisitFormat> visitFormatFromName(QStringView name); // ics, xlsx, csv

// The return-visit schedule for other programs. Texts are in the language of the installed translators.
class VisitExport
{
public:
    // zone: where the dates of XLSX and CSV are given (Excel has no time zones); iCalendar times are UTC.
    explicit VisitExport(QTimeZone zone = QTimeZone("Asia/Shanghai")) : m_zone(std::move(zone)) {}

    // iCalendar (RFC 5545) for Outlook and Thunderbird: one VEVENT per visit, its UID the plan key + "@govops",
    // in the half hour before the visit is due. The VIP visits still planned of one subject (a department or
    // a business system) and mode are ONE VEVENT with an RRULE: the last weekday of every month for calls,
    // of every third month for visits on site, with EXDATE and RDATE where the business calendar moves a due
    // day (holidays, make-up working days). Cancelled visits are left out. `stamp` is the DTSTAMP.
    core::Result<QByteArray> icalendar(const QList<storage::VisitRecord> &visits, const QDateTime &stamp) const;
    // CSV (RFC 4180: CRLF, fields with a comma, quote or line break quoted, quotes doubled), UTF-8 with a byte
    // order mark so that Excel reads Chinese correctly; a header row.
    QByteArray csv(const QList<storage::VisitRecord> &visits) const;
    // An Excel workbook at `path`: a bold header row, dates as Excel dates, widths that fit.
    core::Status writeXlsx(const QList<storage::VisitRecord> &visits, const QString &path) const;

    // The one entry point for a file: writes `visits` to `path` in `format`.
    core::Status write(VisitFormat format, const QList<storage::VisitRecord> &visits, const QString &path,
                       const QDateTime &stamp) const;

private:
    QTimeZone m_zone;
};

} // namespace govops::exports
