#include "storage/SlaPolicyRepository.h"

#include "storage/AuditRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::storage::SlaPolicyRepository)
};
} // namespace

namespace govops::storage {

namespace {

std::optional<int> intFromDb(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
}

QVariant toDbInt(const std::optional<int> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<int>());
}

QVariant toDbText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

core::Status validate(const SlaPolicyRecord &p)
{
    static const QStringList clocks{u"response"_s,
                                    u"handling_plan"_s,
                                    u"resolution"_s,
                                    u"customer_update_due"_s,
                                    u"customer_update_breach"_s,
                                    u"vm_allocation"_s,
                                    u"physical_allocation"_s};
    static const QStringList firesOn{u"on_create"_s, u"at_share"_s, u"on_breach"_s};
    static const QStringList notify{u"owner"_s, u"shift_supervisor"_s, u"leadership"_s, u"vip_manager"_s};
    if (auto s = checkText(Text::tr("The policy name"), p.name, limits::name, true); !s)
        return s;
    if (auto s = checkText(Text::tr("The policy description"), p.description, 2000); !s)
        return s;
    if (p.warnSharePercent < 1 || p.warnSharePercent > 99)
        return core::Error{core::Error::Code::Invalid, Text::tr("The warning share must lie between 1 % and 99 %.")};
    if (!p.businessDayEnd.isValid())
        return core::Error{core::Error::Code::Invalid, Text::tr("The close of business must be a time of day.")};
    for (const SlaRule &r : p.rules) {
        if (auto s = checkCode(Text::tr("The clock"), r.clock, clocks); !s)
            return s;
        if (auto s = checkCode(Text::tr("The ticket kind"), r.ticketKind, codes::ticketKinds(), true); !s)
            return s;
        if (r.grade && (*r.grade < 1 || *r.grade > 4))
            return core::Error{core::Error::Code::Invalid, Text::tr("A rule's grade must be I, II, III or IV.")};
        if (r.minutes.has_value() == r.workingDays.has_value() || (r.minutes && *r.minutes <= 0)
            || (r.workingDays && *r.workingDays <= 0))
            return core::Error{
                core::Error::Code::Invalid,
                Text::tr("The %1 clock needs either a positive number of minutes or of working days.").arg(r.clock)};
    }
    for (const SlaEscalationRule &e : p.escalations) {
        if (auto s = checkText(Text::tr("The escalation step"), e.step, 40, true); !s)
            return s;
        if (auto s = checkCode(Text::tr("The escalation trigger"), e.firesOn, firesOn); !s)
            return s;
        if (auto s = checkCode(Text::tr("Whom to notify"), e.notify, notify); !s)
            return s;
        if (e.sharePercent && (*e.sharePercent < 1 || *e.sharePercent > 100))
            return core::Error{core::Error::Code::Invalid,
                               Text::tr("An escalation share must lie between 1 % and 100 %.")};
    }
    return core::Done{};
}

} // namespace

core::Result<SlaPolicyRecord> SlaPolicyRepository::load(const QString &where, const QVariantList &values)
{
    auto q = exec(m_db,
                  u"SELECT version, name, description, state, time_zone, warn_share_percent, business_day_end,"
                  " created_at, activated_at FROM sla_policy WHERE "_s +
                      where,
                  values, Text::tr("Could not read the SLA policy"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return core::Error{core::Error::Code::NotFound, Text::tr("There is no such SLA policy version.")};
    SlaPolicyRecord p;
    const QSqlQuery &r = q.value();
    p.version = r.value(0).toInt();
    p.name = r.value(1).toString();
    p.description = r.value(2).toString();
    p.state = r.value(3).toString();
    p.timeZone = r.value(4).toString();
    p.warnSharePercent = r.value(5).toInt();
    p.businessDayEnd = QTime::fromString(r.value(6).toString(), u"HH:mm"_s);
    p.createdAt = dateTimeFromDb(r.value(7));
    p.activatedAt = dateTimeFromDb(r.value(8));
    q.value().finish();

    auto rules = exec(m_db,
                      u"SELECT clock, ticket_kind, grade, minutes, working_days, pausable FROM sla_rule"
                      " WHERE policy_version = ? ORDER BY clock, ticket_kind, grade, id"_s,
                      {p.version}, Text::tr("Could not read the SLA rules"));
    if (!rules)
        return rules.error();
    while (rules.value().next()) {
        const QSqlQuery &r2 = rules.value();
        p.rules.append(SlaRule{r2.value(0).toString(), r2.value(1).toString(), intFromDb(r2.value(2)),
                               intFromDb(r2.value(3)), intFromDb(r2.value(4)), r2.value(5).toBool()});
    }
    auto steps = exec(m_db,
                      u"SELECT step, fires_on, ticket_kind, grade, share_percent, notify FROM sla_escalation_rule"
                      " WHERE policy_version = ? ORDER BY id"_s,
                      {p.version}, Text::tr("Could not read the escalation steps"));
    if (!steps)
        return steps.error();
    while (steps.value().next()) {
        const QSqlQuery &r3 = steps.value();
        p.escalations.append(SlaEscalationRule{r3.value(0).toString(), r3.value(1).toString(),
                                               r3.value(2).toString(), intFromDb(r3.value(3)),
                                               intFromDb(r3.value(4)), r3.value(5).toString()});
    }
    return p;
}

core::Result<SlaPolicyRecord> SlaPolicyRepository::active()
{
    auto p = load(u"state = 'active'"_s, {});
    if (!p && p.error().code == core::Error::Code::NotFound)
        return core::Error{core::Error::Code::NotFound,
                           Text::tr("No SLA policy is active: an operations manager must publish one.")};
    return p;
}

core::Result<SlaPolicyRecord> SlaPolicyRepository::version(int version)
{
    return load(u"version = ?"_s, {version});
}

core::Result<QList<int>> SlaPolicyRepository::versions()
{
    auto q = exec(m_db, u"SELECT version FROM sla_policy ORDER BY version"_s, QVariantList{},
                  Text::tr("Could not read the SLA policy versions"));
    if (!q)
        return q.error();
    QList<int> list;
    while (q.value().next())
        list.append(q.value().value(0).toInt());
    return list;
}

core::Result<SlaPolicyRecord> SlaPolicyRepository::publish(const SlaPolicyRecord &policy, int expectedActive,
                                                           std::optional<qint64> actorId, const QDateTime &now)
{
    if (auto s = validate(policy); !s)
        return s.error();
    const Backend backend = backendOf(m_db);
    Transaction tx(m_db);
    if (auto s = tx.begin(); !s)
        return s.error();

    auto current =
        exec(m_db,
             u"SELECT coalesce(max(CASE WHEN state = 'active' THEN version END), 0), coalesce(max(version), 0)"
             " FROM sla_policy"_s,
             QVariantList{}, Text::tr("Could not read the SLA policy"));
    if (!current)
        return current.error();
    current.value().next();
    const int activeVersion = current.value().value(0).toInt();
    const int next = current.value().value(1).toInt() + 1;
    current.value().finish();
    if (activeVersion != expectedActive)
        return core::Error{core::Error::Code::Conflict,
                           Text::tr("Someone else published SLA policy version %1 meanwhile. Reload it and make your "
                                    "changes again.")
                               .arg(activeVersion)};

    const QString what = Text::tr("Could not publish the SLA policy");
    if (auto q = exec(m_db, u"UPDATE sla_policy SET state = 'superseded' WHERE state = 'active'"_s, QVariantList{},
                      what);
        !q)
        return q.error();
    if (auto q = exec(m_db,
                      u"INSERT INTO sla_policy (version, name, description, state, time_zone, warn_share_percent,"
                      " business_day_end, created_by, created_at, activated_at) VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?)"_s,
                      {next, policy.name, policy.description, policy.timeZone, policy.warnSharePercent,
                       policy.businessDayEnd.toString(u"HH:mm"_s), toDb(actorId), toDb(now, backend),
                       toDb(now, backend)},
                      what);
        !q)
        return q.error();
    for (const SlaRule &r : policy.rules) {
        if (auto q = exec(m_db,
                          u"INSERT INTO sla_rule (policy_version, clock, ticket_kind, grade, minutes, working_days,"
                          " pausable) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {next, r.clock, toDbText(r.ticketKind), toDbInt(r.grade), toDbInt(r.minutes),
                           toDbInt(r.workingDays), r.pausable},
                          what);
            !q)
            return q.error();
    }
    for (const SlaEscalationRule &e : policy.escalations) {
        if (auto q = exec(m_db,
                          u"INSERT INTO sla_escalation_rule (policy_version, step, fires_on, ticket_kind, grade,"
                          " share_percent, notify) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                          {next, e.step, e.firesOn, toDbText(e.ticketKind), toDbInt(e.grade), toDbInt(e.sharePercent),
                           e.notify},
                          what);
            !q)
            return q.error();
    }
    if (auto a = AuditRepository(m_db).record(u"publish"_s, u"sla_policy"_s, next, std::nullopt, actorId); !a)
        return a.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return version(next);
}

} // namespace govops::storage
