#include "storage/VisitPlanSource.h"

#include "storage/CalendarRepository.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::VisitPlanSource)
};
} // namespace

namespace govops::storage {

core::Result<core::VisitPlanInput> VisitPlanSource::input(QDate windowFrom, QDate windowTo,
                                                          const core::VisitRules &rules, const QTimeZone &zone)
{
    const Backend backend = backendOf(m_db);
    const QString what = Text::tr("Could not read what return visits are owed");
    const QDate since = windowFrom.addDays(-lookbackDays);
    const QDateTime eventsFrom = QDateTime(since, QTime(0, 0), zone).toUTC();
    const QDateTime eventsTo = QDateTime(windowTo.addDays(1), QTime(0, 0), zone).toUTC();
    const auto localDate = [&zone](const QVariant &v) { return dateTimeFromDb(v).toTimeZone(zone).date(); };

    core::VisitPlanInput in;
    in.windowFrom = windowFrom;
    in.windowTo = windowTo;

    // Departments: VIP or not, and their first resources.
    QSet<qint64> vipDepartments;
    {
        auto q = exec(m_db,
                      u"SELECT d.id, d.vip, d.created_at,"
                      " (SELECT count(*) FROM configuration_items c WHERE c.department_id = d.id AND c.kind = 'vm'"
                      "  AND c.state <> 'retired'),"
                      " (SELECT min(c.created_at) FROM configuration_items c WHERE c.department_id = d.id)"
                      " FROM departments d ORDER BY d.id"_s,
                      QVariantList{}, what);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            const qint64 id = r.value(0).toLongLong();
            if (core::isVip(r.value(3).toInt(), r.value(1).toBool(), rules)) {
                vipDepartments.insert(id);
                in.vips.append({id, std::nullopt, localDate(r.value(2))});
            }
            if (!r.value(4).isNull()) {
                const QDate first = localDate(r.value(4));
                if (first >= since && first <= windowTo)
                    in.newCustomers.append({id, first, std::nullopt});
            }
        }
    }
    // Business systems VIP in a department that is not: visits of their own.
    QSet<qint64> vipSystems;
    {
        auto q = exec(m_db,
                      u"SELECT b.id, b.department_id, b.vip, b.created_at,"
                      " (SELECT count(*) FROM configuration_items c WHERE c.business_system_id = b.id AND c.kind = 'vm'"
                      "  AND c.state <> 'retired')"
                      " FROM business_systems b ORDER BY b.id"_s,
                      QVariantList{}, what);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            if (!core::isVip(r.value(4).toInt(), r.value(2).toBool(), rules))
                continue;
            const qint64 id = r.value(0).toLongLong();
            const qint64 department = r.value(1).toLongLong();
            vipSystems.insert(id);
            if (!vipDepartments.contains(department))
                in.vips.append({department, id, localDate(r.value(3))});
        }
    }
    // Faults and service requests handled.
    {
        auto q = exec(m_db,
                      u"SELECT id, department_id, kind, business_system_id, resolved_at FROM tickets"
                      " WHERE kind IN ('fault', 'service_request') AND resolved_at >= ? AND resolved_at < ?"
                      " ORDER BY resolved_at, id"_s,
                      {toDb(eventsFrom, backend), toDb(eventsTo, backend)}, what);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery &r = q.value();
            const qint64 ticket = r.value(0).toLongLong();
            const qint64 department = r.value(1).toLongLong();
            const QDateTime resolved = dateTimeFromDb(r.value(4));
            if (r.value(2).toString() == u"service_request"_s) {
                in.services.append({ticket, department, resolved});
            } else {
                const auto system = idFromDb(r.value(3));
                const bool vip = vipDepartments.contains(department) || (system && vipSystems.contains(*system));
                in.faults.append({ticket, department, resolved, vip});
            }
        }
    }
    return in;
}

core::Result<core::BusinessCalendar> VisitPlanSource::calendar()
{
    auto policy = SlaPolicyRepository(m_db).active();
    if (!policy)
        return policy.error();
    const QTimeZone zone(policy.value().timeZone.toUtf8());
    if (!zone.isValid())
        return core::Error{
            core::Error::Code::Invalid,
            Text::tr("The active SLA policy names an unknown time zone, %1.").arg(policy.value().timeZone)};
    return CalendarRepository(m_db).calendar({policy.value().opening, policy.value().closeOfBusiness, zone});
}

core::Result<VisitPlanReport> generateVisits(QSqlDatabase &db, QDate windowFrom, QDate windowTo,
                                             const core::VisitRules &rules, std::optional<qint64> actorId,
                                             const QDateTime &now)
{
    VisitPlanSource source(db);
    auto calendar = source.calendar();
    if (!calendar)
        return calendar.error();
    auto input = source.input(windowFrom, windowTo, rules, calendar.value().workingHours().zone);
    if (!input)
        return input.error();
    return VisitRepository(db).applyPlan(input.value(), rules, calendar.value(), actorId, now);
}

} // namespace govops::storage
