#include "storage/SlaPolicyRepository.h"

#include "storage/AuditRepository.h"
#include "storage/CalendarRepository.h"
#include "storage/Sql.h"

#include <QCoreApplication>
#include <QTimeZone>

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

// Lists are stored as comma-separated storage strings; '' is the empty list.
QStringList listFromDb(const QVariant &v)
{
    const QString s = v.toString();
    return s.isEmpty() ? QStringList{} : s.split(u',');
}

QString toDbList(const QStringList &items)
{
    return items.join(u',');
}

template <typename T>
QVariant toDbOptional(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant(QMetaType::fromType<T>());
}

core::Error unknownValue(int version, const QString &column, const QString &value)
{
    return core::Error{core::Error::Code::Invalid,
                       Text::tr("Version %1 of the SLA policy holds a value this program does not know: “%2”.")
                           .arg(version)
                           .arg(value),
                       u"%1=%2"_s.arg(column, value)};
}

template <typename T>
core::Result<T> parseOne(QStringView value, std::optional<T> (*fromStorage)(QStringView), int version,
                         const QString &column)
{
    if (auto v = fromStorage(value))
        return *v;
    return unknownValue(version, column, value.toString());
}

template <typename T>
core::Result<QList<T>> parseList(const QStringList &values, std::optional<T> (*fromStorage)(QStringView), int version,
                                 const QString &column)
{
    QList<T> list;
    list.reserve(values.size());
    for (const QString &s : values) {
        auto v = parseOne(s, fromStorage, version, column);
        if (!v)
            return v.error();
        list.append(v.value());
    }
    return list;
}

template <typename T>
const core::Error *errorOf(const core::Result<T> &r)
{
    return r ? nullptr : &r.error();
}

core::Result<core::ClockRule> toClockRule(const SlaRule &r, int version)
{
    core::ClockRule rule;
    auto clock = parseOne(r.clock, core::clockKindFromStorage, version, u"sla_rule.clock"_s);
    if (!clock)
        return clock.error();
    rule.clock = clock.value();
    if (!r.grade.isEmpty()) {
        auto grade = parseOne(r.grade, core::gradeFromStorage, version, u"sla_rule.grade"_s);
        if (!grade)
            return grade.error();
        rule.grade = grade.value();
    }
    auto kinds = parseList(r.ticketKinds, core::ticketKindFromStorage, version, u"sla_rule.ticket_kinds"_s);
    if (!kinds)
        return kinds.error();
    rule.ticketKinds = kinds.value();
    auto unit = parseOne(r.unit, core::durationUnitFromStorage, version, u"sla_rule.unit"_s);
    if (!unit)
        return unit.error();
    rule.unit = unit.value();
    rule.amount = r.amount;
    rule.warningShare = r.warningShare;
    rule.warningAfterSeconds = r.warningAfterSeconds;
    rule.pausable = r.pausable;
    return rule;
}

core::Result<core::EscalationRule> toEscalationRule(const SlaEscalationRule &e, int version)
{
    core::EscalationRule rule;
    auto step = parseOne(e.step, core::escalationStepFromStorage, version, u"sla_escalation_rule.step"_s);
    if (!step)
        return step.error();
    rule.step = step.value();
    auto trigger = parseOne(e.trigger, core::stepTriggerFromStorage, version, u"sla_escalation_rule.step_trigger"_s);
    if (!trigger)
        return trigger.error();
    rule.trigger = trigger.value();
    rule.share = e.share.value_or(0.0);
    rule.recipients.owner = e.owner;
    auto roles = parseList(e.roles, core::roleFromStorage, version, u"sla_escalation_rule.roles"_s);
    auto extraGrades = parseList(e.extraGrades, core::gradeFromStorage, version, u"sla_escalation_rule.extra_grades"_s);
    auto extraRoles = parseList(e.extraRoles, core::roleFromStorage, version, u"sla_escalation_rule.extra_roles"_s);
    auto kinds = parseList(e.ticketKinds, core::ticketKindFromStorage, version, u"sla_escalation_rule.ticket_kinds"_s);
    auto grades = parseList(e.grades, core::gradeFromStorage, version, u"sla_escalation_rule.grades"_s);
    auto clocks = parseList(e.clocks, core::clockKindFromStorage, version, u"sla_escalation_rule.clocks"_s);
    for (const core::Error *error : {errorOf(roles), errorOf(extraGrades), errorOf(extraRoles), errorOf(kinds),
                                     errorOf(grades), errorOf(clocks)}) {
        if (error)
            return *error;
    }
    rule.recipients.roles = roles.value();
    rule.extraGrades = extraGrades.value();
    rule.extraRoles = extraRoles.value();
    rule.ticketKinds = kinds.value();
    rule.grades = grades.value();
    rule.clocks = clocks.value();
    return rule;
}

core::Status validate(const SlaPolicyRecord &p)
{
    if (auto s = checkText(Text::tr("The policy name"), p.name, limits::name, true); !s)
        return s;
    if (auto s = checkText(Text::tr("The policy description"), p.description, 2000); !s)
        return s;
    if (auto policy = SlaPolicyRepository::toPolicy(p); !policy)
        return policy.error();
    return core::Done{};
}

} // namespace

core::Result<core::SlaPolicy> SlaPolicyRepository::toPolicy(const SlaPolicyRecord &record)
{
    core::SlaPolicy::Data d;
    d.version = record.version;
    d.active = record.active;
    d.name = record.name;
    const QTimeZone zone(record.timeZone.toUtf8());
    if (!zone.isValid())
        return unknownValue(record.version, u"sla_policy.time_zone"_s, record.timeZone);
    d.hours = core::WorkingHours{record.opening, record.closeOfBusiness, zone};
    for (const SlaRule &r : record.rules) {
        auto rule = toClockRule(r, record.version);
        if (!rule)
            return rule.error();
        d.clocks.append(rule.value());
    }
    for (const SlaEscalationRule &e : record.escalations) {
        auto rule = toEscalationRule(e, record.version);
        if (!rule)
            return rule.error();
        d.escalation.append(rule.value());
    }
    auto grades =
        parseList(record.postIncidentGrades, core::gradeFromStorage, record.version, u"sla_policy.post_incident_grades"_s);
    if (!grades)
        return grades.error();
    d.postIncidentGrades = grades.value();
    return core::SlaPolicy::create(std::move(d));
}

core::Result<SlaPolicyRecord> SlaPolicyRepository::load(const QString &where, const QVariantList &values)
{
    auto q = exec(m_db,
                  u"SELECT version, name, description, state, active, time_zone, opening, close_of_business,"
                  " post_incident_grades, created_at, activated_at FROM sla_policy WHERE "_s +
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
    p.active = r.value(4).toBool();
    p.timeZone = r.value(5).toString();
    p.opening = QTime::fromString(r.value(6).toString(), u"HH:mm"_s);
    p.closeOfBusiness = QTime::fromString(r.value(7).toString(), u"HH:mm"_s);
    p.postIncidentGrades = listFromDb(r.value(8));
    p.createdAt = dateTimeFromDb(r.value(9));
    p.activatedAt = dateTimeFromDb(r.value(10));
    q.value().finish();

    auto rules = exec(m_db,
                      u"SELECT clock, grade, ticket_kinds, unit, amount, warning_share, warning_after_seconds, pausable"
                      " FROM sla_rule WHERE policy_version = ? ORDER BY id"_s,
                      {p.version}, Text::tr("Could not read the SLA rules"));
    if (!rules)
        return rules.error();
    while (rules.value().next()) {
        const QSqlQuery &r2 = rules.value();
        SlaRule rule;
        rule.clock = r2.value(0).toString();
        rule.grade = r2.value(1).toString();
        rule.ticketKinds = listFromDb(r2.value(2));
        rule.unit = r2.value(3).toString();
        rule.amount = r2.value(4).toLongLong();
        rule.warningShare = r2.value(5).toDouble();
        if (!r2.value(6).isNull())
            rule.warningAfterSeconds = r2.value(6).toLongLong();
        rule.pausable = r2.value(7).toBool();
        p.rules.append(rule);
    }
    auto steps = exec(m_db,
                      u"SELECT step, step_trigger, share, notify_owner, roles, extra_grades, extra_roles, ticket_kinds,"
                      " grades, clocks FROM sla_escalation_rule WHERE policy_version = ? ORDER BY id"_s,
                      {p.version}, Text::tr("Could not read the escalation steps"));
    if (!steps)
        return steps.error();
    while (steps.value().next()) {
        const QSqlQuery &r3 = steps.value();
        SlaEscalationRule e;
        e.step = r3.value(0).toString();
        e.trigger = r3.value(1).toString();
        if (!r3.value(2).isNull())
            e.share = r3.value(2).toDouble();
        e.owner = r3.value(3).toBool();
        e.roles = listFromDb(r3.value(4));
        e.extraGrades = listFromDb(r3.value(5));
        e.extraRoles = listFromDb(r3.value(6));
        e.ticketKinds = listFromDb(r3.value(7));
        e.grades = listFromDb(r3.value(8));
        e.clocks = listFromDb(r3.value(9));
        p.escalations.append(e);
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

core::Result<core::PolicyBook> SlaPolicyRepository::policyBook()
{
    auto days = CalendarRepository(m_db).coreDays();
    if (!days)
        return days.error();
    auto numbers = versions();
    if (!numbers)
        return numbers.error();
    core::PolicyBook book;
    for (int v : numbers.value()) {
        auto record = version(v);
        if (!record)
            return record.error();
        auto policy = toPolicy(record.value());
        if (!policy)
            return policy.error();
        auto entry = core::makePolicyEntry(std::move(policy).value(), days.value());
        if (!entry)
            return entry.error();
        book.insert(std::move(entry).value());
    }
    return book;
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
                      u"INSERT INTO sla_policy (version, name, description, state, active, time_zone, opening,"
                      " close_of_business, post_incident_grades, created_by, created_at, activated_at)"
                      " VALUES (?, ?, ?, 'active', ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                      {next, policy.name, policy.description, policy.active, policy.timeZone,
                       policy.opening.toString(u"HH:mm"_s), policy.closeOfBusiness.toString(u"HH:mm"_s),
                       toDbList(policy.postIncidentGrades), toDb(actorId), toDb(now, backend), toDb(now, backend)},
                      what);
        !q)
        return q.error();
    for (const SlaRule &r : policy.rules) {
        if (auto q = exec(m_db,
                          u"INSERT INTO sla_rule (policy_version, clock, grade, ticket_kinds, unit, amount,"
                          " warning_share, warning_after_seconds, pausable) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {next, r.clock, r.grade.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(r.grade),
                           toDbList(r.ticketKinds), r.unit, r.amount, r.warningShare,
                           toDbOptional(r.warningAfterSeconds), r.pausable},
                          what);
            !q)
            return q.error();
    }
    for (const SlaEscalationRule &e : policy.escalations) {
        if (auto q = exec(m_db,
                          u"INSERT INTO sla_escalation_rule (policy_version, step, step_trigger, share, notify_owner,"
                          " roles, extra_grades, extra_roles, ticket_kinds, grades, clocks)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                          {next, e.step, e.trigger, toDbOptional(e.share), e.owner, toDbList(e.roles),
                           toDbList(e.extraGrades), toDbList(e.extraRoles), toDbList(e.ticketKinds),
                           toDbList(e.grades), toDbList(e.clocks)},
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
