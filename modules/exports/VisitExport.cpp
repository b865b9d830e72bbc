#include "exports/VisitExport.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QSaveFile>
#include <QSet>

#include <array>
#include <libical/ical.h>
#include <memory>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::exports::VisitExport)
};
} // namespace

namespace govops::exports {

namespace {

using storage::VisitRecord;

// The columns of the XLSX and CSV exports, in order; widths in Excel's character units.
enum class Col : quint8 {
    Due,
    Kind,
    Mode,
    Department,
    System,
    Ticket,
    Assignee,
    Owner,
    State,
    DoneAt,
    Reached,
    Satisfaction,
    Summary,
    FollowUp,
    Key
};
struct ColumnSpec
{
    const char *title;
    double width;
};
constexpr std::array<ColumnSpec, 15> columns{{
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Due"), 17},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Kind"), 16},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Mode"), 8},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Department"), 28},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Business system"), 24},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Ticket"), 13},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Assignee"), 10},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Made by"), 12},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "State"), 8},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Logged at"), 17},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Reached"), 10},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Satisfaction"), 8},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Summary"), 40},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Follow-up"), 30},
    {QT_TRANSLATE_NOOP("govops::exports::VisitExport", "Plan key"), 26},
}};

QString kindName(const QString &kind)
{
    if (kind == u"after_service"_s)
        return Text::tr("After a service operation");
    if (kind == u"after_fault"_s)
        return Text::tr("After a fault");
    if (kind == u"new_customer"_s)
        return Text::tr("New customer");
    return Text::tr("VIP customer");
}

QString modeName(const QString &mode)
{
    return mode == u"on_site"_s ? Text::tr("On site") : Text::tr("Call");
}

QString stateName(const QString &state)
{
    if (state == u"done"_s)
        return Text::tr("Done");
    if (state == u"missed"_s)
        return Text::tr("Missed");
    if (state == u"cancelled"_s)
        return Text::tr("Cancelled");
    return Text::tr("Planned");
}

// One cell: a QDateTime (UTC), an int, or text.
QVariant cell(const VisitRecord &v, Col c)
{
    switch (c) {
    case Col::Due:
        return v.dueAt;
    case Col::Kind:
        return kindName(v.kind);
    case Col::Mode:
        return modeName(v.mode);
    case Col::Department:
        return v.departmentName;
    case Col::System:
        return v.businessSystemName;
    case Col::Ticket:
        return v.ticketNumber;
    case Col::Assignee:
        return v.assigneeName;
    case Col::Owner:
        return v.owner == u"account_manager"_s ? Text::tr("Account manager") : Text::tr("Service desk");
    case Col::State:
        return stateName(v.state);
    case Col::DoneAt:
        return v.doneAt;
    case Col::Reached:
        return v.reached;
    case Col::Satisfaction:
        return v.satisfaction ? QVariant(*v.satisfaction) : QVariant();
    case Col::Summary:
        return v.summary;
    case Col::FollowUp:
        return v.followUp;
    case Col::Key:
        return v.planKey;
    }
    return {};
}

// ---- iCalendar

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

constexpr qint64 eventSeconds = 30 * 60; // a visit is shown in the half hour before it is due

icaltimetype utc(const QDateTime &t)
{
    return icaltime_from_timet_with_zone(time_t(t.toSecsSinceEpoch()), 0, icaltimezone_get_utc_timezone());
}

QString subjectName(const VisitRecord &v)
{
    return v.businessSystemName.isEmpty() ? v.departmentName : v.departmentName + u" / "_s + v.businessSystemName;
}

QString description(const VisitRecord &v)
{
    QStringList lines{Text::tr("Customer: %1").arg(subjectName(v))};
    if (!v.ticketNumber.isEmpty())
        lines.append(Text::tr("Ticket: %1").arg(v.ticketNumber));
    if (!v.assigneeName.isEmpty())
        lines.append(Text::tr("Assignee: %1").arg(v.assigneeName));
    lines.append(Text::tr("State: %1").arg(stateName(v.state)));
    return lines.join(u'\n');
}

icalcomponent *newEvent(const QString &uid, const QDateTime &due, const QString &summary, const QString &text,
                        const icaltimetype &stamp)
{
    icalcomponent *e = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(e, icalproperty_new_uid(uid.toUtf8().constData()));
    icalcomponent_add_property(e, icalproperty_new_dtstamp(stamp));
    icalcomponent_add_property(e, icalproperty_new_dtstart(utc(due.addSecs(-eventSeconds))));
    icalcomponent_add_property(e, icalproperty_new_dtend(utc(due)));
    icalcomponent_add_property(e, icalproperty_new_summary(summary.toUtf8().constData()));
    icalcomponent_add_property(e, icalproperty_new_description(text.toUtf8().constData()));
    icalcomponent_add_property(e, icalproperty_new_categories(Text::tr("Return visit").toUtf8().constData()));
    return e;
}

QString eventSummary(const VisitRecord &v)
{
    return Text::tr("Return visit (%1, %2): %3").arg(kindName(v.kind), modeName(v.mode), subjectName(v));
}

// The VIP visits still planned of one subject and mode, as one recurring event. The rule gives the last weekday
// of the month; where the business calendar moves a due day, EXDATE drops the rule's day and RDATE adds the
// planned one, so that the calendar shows exactly the planned visits.
core::Result<icalcomponent *> seriesEvent(const QString &seriesKey, QList<VisitRecord> visits,
                                          const icaltimetype &stamp)
{
    std::sort(visits.begin(), visits.end(), [](const auto &a, const auto &b) { return a.dueAt < b.dueAt; });
    const VisitRecord &first = visits.first();
    const bool onSite = first.mode == u"on_site"_s;
    const QString summary = onSite ? Text::tr("Quarterly VIP visit on site: %1").arg(subjectName(first))
                                   : Text::tr("Monthly VIP call: %1").arg(subjectName(first));
    QString text = Text::tr("Customer: %1").arg(subjectName(first));
    if (!first.assigneeName.isEmpty())
        text += u'\n' + Text::tr("Assignee: %1").arg(first.assigneeName);
    icalcomponent *e = newEvent(seriesKey + u"@govops"_s, first.dueAt, summary, text, stamp);

    const QDateTime lastStart = visits.last().dueAt.addSecs(-eventSeconds).toUTC();
    const QString rule = u"FREQ=MONTHLY;%1BYDAY=MO,TU,WE,TH,FR;BYSETPOS=-1;UNTIL=%2"_s.arg(
        onSite ? u"INTERVAL=3;"_s : QString(), lastStart.toString(u"yyyyMMdd'T'HHmmss'Z'"));
    const icalrecurrencetype recurrence = icalrecurrencetype_from_string(rule.toLatin1().constData());
    if (recurrence.freq == ICAL_NO_RECURRENCE) {
        icalcomponent_free(e);
        return core::Error{core::Error::Code::Internal, Text::tr("Could not build the recurring VIP visits."), rule};
    }
    icalcomponent_add_property(e, icalproperty_new_rrule(recurrence));

    QSet<qint64> planned;
    for (const VisitRecord &v : std::as_const(visits))
        planned.insert(v.dueAt.toSecsSinceEpoch() - eventSeconds);
    QSet<qint64> generated;
    if (icalrecur_iterator *it = icalrecur_iterator_new(recurrence, utc(first.dueAt.addSecs(-eventSeconds)))) {
        for (icaltimetype t = icalrecur_iterator_next(it); !icaltime_is_null_time(t) && generated.size() < 1000;
             t = icalrecur_iterator_next(it))
            generated.insert(qint64(icaltime_as_timet_with_zone(t, icaltimezone_get_utc_timezone())));
        icalrecur_iterator_free(it);
    }
    QList<qint64> dropped(generated.begin(), generated.end());
    std::sort(dropped.begin(), dropped.end());
    for (qint64 t : std::as_const(dropped)) {
        if (!planned.contains(t))
            icalcomponent_add_property(e, icalproperty_new_exdate(utc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC))));
    }
    for (const VisitRecord &v : std::as_const(visits)) {
        const qint64 t = v.dueAt.toSecsSinceEpoch() - eventSeconds;
        if (generated.contains(t))
            continue;
        icaldatetimeperiodtype added{};
        added.time = utc(QDateTime::fromSecsSinceEpoch(t, Qt::UTC));
        added.period = icalperiodtype_null_period();
        icalcomponent_add_property(e, icalproperty_new_rdate(added));
    }
    return e;
}

// "vip_call/d5/2026-11" -> "vip_call/d5": the subject and mode of a recurring VIP visit.
QString seriesKeyOf(const VisitRecord &v)
{
    if (v.kind != u"vip"_s || v.state != u"planned"_s || v.planKey.isEmpty())
        return {};
    return v.planKey.section(u'/', 0, -2);
}

QString csvField(const QString &text)
{
    if (!text.contains(u',') && !text.contains(u'"') && !text.contains(u'\n') && !text.contains(u'\r'))
        return text;
    QString quoted = text;
    quoted.replace(u"\""_s, u"\"\""_s);
    return u'"' + quoted + u'"';
}

} // namespace

std::optional<VisitFormat> visitFormatFromName(QStringView name)
{
    if (name == u"ics")
        return VisitFormat::ICalendar;
    if (name == u"xlsx")
        return VisitFormat::Xlsx;
    if (name == u"csv")
        return VisitFormat::Csv;
    return std::nullopt;
}

core::Result<QByteArray> VisitExport::icalendar(const QList<VisitRecord> &visits, const QDateTime &stamp) const
{
    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//GovOps//GovOps Console//ZH"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalproperty *name = icalproperty_new_x(Text::tr("Return visits").toUtf8().constData());
    icalproperty_set_x_name(name, "X-WR-CALNAME");
    icalcomponent_add_property(calendar.get(), name);

    const icaltimetype dtstamp = utc(stamp);
    QMap<QString, QList<VisitRecord>> series; // ordered: the same visits give the same file
    for (const VisitRecord &v : visits) {
        if (v.state == u"cancelled"_s)
            continue;
        if (const QString key = seriesKeyOf(v); !key.isEmpty()) {
            series[key].append(v);
            continue;
        }
        const QString uid = (v.planKey.isEmpty() ? u"visit/%1"_s.arg(v.id) : v.planKey) + u"@govops"_s;
        icalcomponent_add_component(calendar.get(), newEvent(uid, v.dueAt, eventSummary(v), description(v), dtstamp));
    }
    for (auto it = series.cbegin(); it != series.cend(); ++it) {
        auto event = seriesEvent(it.key(), it.value(), dtstamp);
        if (!event)
            return event.error();
        icalcomponent_add_component(calendar.get(), event.value());
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return core::Error{core::Error::Code::Internal, Text::tr("Could not write the calendar."),
                           QString::fromLatin1(icalerror_strerror(icalerrno))};
    QByteArray out(text);
    icalmemory_free_buffer(text);
    return out;
}

QByteArray VisitExport::csv(const QList<VisitRecord> &visits) const
{
    QStringList lines;
    QStringList header;
    for (const ColumnSpec &c : columns)
        header.append(csvField(Text::tr(c.title)));
    lines.append(header.join(u','));
    for (const VisitRecord &v : visits) {
        QStringList fields;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const QVariant value = cell(v, Col(c));
            if (value.typeId() == QMetaType::QDateTime)
                fields.append(value.toDateTime().isValid()
                                  ? value.toDateTime().toTimeZone(m_zone).toString(u"yyyy-MM-dd HH:mm")
                                  : QString());
            else
                fields.append(csvField(value.toString()));
        }
        lines.append(fields.join(u','));
    }
    return QByteArray("\xEF\xBB\xBF") + (lines.join(u"\r\n"_s) + u"\r\n"_s).toUtf8();
}

core::Status VisitExport::writeXlsx(const QList<VisitRecord> &visits, const QString &path) const
{
    const QString what = Text::tr("Could not write the workbook %1").arg(path);
    lxw_workbook *book = workbook_new(QFile::encodeName(path).constData());
    if (!book)
        return core::Error{core::Error::Code::Internal, what};
    lxw_worksheet *sheet = workbook_add_worksheet(book, Text::tr("Return visits").left(31).toUtf8().constData());
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "yyyy-mm-dd hh:mm");
    for (std::size_t c = 0; c < columns.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), Text::tr(columns[c].title).toUtf8().constData(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), columns[c].width, nullptr);
    }
    lxw_row_t row = 1;
    for (const VisitRecord &v : visits) {
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const QVariant value = cell(v, Col(c));
            const auto col = lxw_col_t(c);
            if (value.typeId() == QMetaType::QDateTime) {
                const QDateTime local = value.toDateTime().toTimeZone(m_zone);
                if (!local.isValid())
                    continue;
                lxw_datetime when{local.date().year(), local.date().month(),  local.date().day(),
                                  local.time().hour(), local.time().minute(), double(local.time().second())};
                worksheet_write_datetime(sheet, row, col, &when, date);
            } else if (value.typeId() == QMetaType::Int) {
                worksheet_write_number(sheet, row, col, value.toInt(), nullptr);
            } else if (const QString s = value.toString(); !s.isEmpty()) {
                worksheet_write_string(sheet, row, col, s.toUtf8().constData(), nullptr);
            }
        }
        ++row;
    }
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, row - 1, lxw_col_t(columns.size() - 1));
    const lxw_error error = workbook_close(book);
    if (error != LXW_NO_ERROR)
        return core::Error{core::Error::Code::Internal, what, QString::fromLatin1(lxw_strerror(error))};
    return core::Done{};
}

core::Status VisitExport::write(VisitFormat format, const QList<VisitRecord> &visits, const QString &path,
                                const QDateTime &stamp) const
{
    if (format == VisitFormat::Xlsx)
        return writeXlsx(visits, path);
    QByteArray bytes;
    if (format == VisitFormat::Csv) {
        bytes = csv(visits);
    } else {
        auto text = icalendar(visits, stamp);
        if (!text)
            return text.error();
        bytes = text.value();
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return core::Error{core::Error::Code::Internal,
                           Text::tr("Could not write %1: %2").arg(path, file.errorString())};
    return core::Done{};
}

} // namespace govops::exports
