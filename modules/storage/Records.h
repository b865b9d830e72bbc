#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// Rows as the repositories read and write them. Enumerations travel as the text codes the schema
// checks (see sql/*/0001_schema.sql), so that every layer and every SQL query speaks the same words;
// core maps them to its own types.
namespace govops::storage {

namespace codes {
// ticket kinds, channels, statuses, responsibilities, staff roles, event kinds
inline const QStringList &ticketKinds()
{
    static const QStringList v{QStringLiteral("fault"), QStringLiteral("service_request"),
                               QStringLiteral("consultation")};
    return v;
}
inline const QStringList &channels()
{
    static const QStringList v{QStringLiteral("phone"), QStringLiteral("mailbox"), QStringLiteral("portal")};
    return v;
}
inline const QStringList &ticketStatuses()  // in lifecycle order
{
    static const QStringList v{QStringLiteral("new"),         QStringLiteral("assigned"),
                               QStringLiteral("in_progress"), QStringLiteral("waiting_customer"),
                               QStringLiteral("resolved"),    QStringLiteral("closed")};
    return v;
}
inline const QStringList &responsibilities()
{
    static const QStringList v{QStringLiteral("platform"), QStringLiteral("carrier"),
                               QStringLiteral("customer_system"), QStringLiteral("third_party")};
    return v;
}
inline const QStringList &staffRoles()
{
    static const QStringList v{QStringLiteral("agent"),      QStringLiteral("technician"),
                               QStringLiteral("ops_manager"), QStringLiteral("operations_manager"),
                               QStringLiteral("vip_manager"), QStringLiteral("supervisor"),
                               QStringLiteral("leadership"),  QStringLiteral("dept_maintainer")};
    return v;
}
inline const QStringList &eventKinds()
{
    static const QStringList v{QStringLiteral("created"),      QStringLiteral("comment"),
                               QStringLiteral("status_change"), QStringLiteral("customer_update"),
                               QStringLiteral("handover"),      QStringLiteral("assignment"),
                               QStringLiteral("grade_change"),  QStringLiteral("clock_pause"),
                               QStringLiteral("clock_resume"),  QStringLiteral("escalation"),
                               QStringLiteral("analysis"),      QStringLiteral("visit"),
                               QStringLiteral("edit"),          QStringLiteral("plan")};
    return v;
}
inline const QStringList &contactRoles()
{
    static const QStringList v{QStringLiteral("main_contact"), QStringLiteral("info_centre_head"),
                               QStringLiteral("other")};
    return v;
}
} // namespace codes

// The longest text each field takes; the schema checks the same limits.
namespace limits {
constexpr int name = 100;
constexpr int shortName = 40;
constexpr int region = 60;
constexpr int login = 64;
constexpr int phone = 40;
constexpr int email = 254;
constexpr int ticketTitle = 200;
constexpr int ticketDescription = 20000;
constexpr int reporter = 100;
constexpr int reporterContact = 254;
constexpr int eventPayload = 40000;
constexpr int eventText = 10000;           // a comment, customer update, plan or note in an event's payload
constexpr int analysisText = 10000;        // each text of a post-incident analysis
constexpr int auditDetail = 40000;
} // namespace limits

struct DepartmentRecord
{
    qint64 id = 0;
    QString name;        // 省发展和改革委员会
    QString shortName;   // 省发改委
    QString region;
    bool vip = false;
    std::optional<qint64> accountManagerId;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
};

struct ContactRecord
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString role;        // codes::contactRoles()
    QString name;
    QString title;
    QString phone;
    QString email;
    int version = 0;
};

struct BusinessSystemRecord
{
    qint64 id = 0;
    qint64 departmentId = 0;
    QString name;
    QString description;
    bool vip = false;
    int version = 0;
};

struct StaffRecord
{
    qint64 id = 0;
    QString login;
    QString displayName;
    QString role;                          // codes::staffRoles()
    std::optional<qint64> departmentId;    // required for dept_maintainer
    QString phone;
    QString email;
    bool active = true;
    QDateTime createdAt;
    QDateTime updatedAt;
    int version = 0;
};

struct TicketRecord
{
    qint64 id = 0;
    QString number;                        // GO-00000042, assigned on create
    QString kind = QStringLiteral("fault");
    int grade = 4;                         // 1 (I, 紧急) … 4 (IV, 普通)
    QString channel = QStringLiteral("phone");
    QString status = QStringLiteral("new");
    QString title;
    QString description;                   // left empty in queue pages; get() reads it
    QString reporter;
    QString reporterContact;
    std::optional<qint64> ownerId;
    qint64 departmentId = 0;
    std::optional<qint64> businessSystemId;
    std::optional<qint64> ciId;
    QString responsibility;                // empty or codes::responsibilities()
    int slaPolicyVersion = 0;              // 0 on create: the active version
    std::optional<qint64> createdBy;
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime deadlineAt;                  // the next deadline that matters; the SLA engine sets it
    QDateTime respondedAt;
    QDateTime planSubmittedAt;
    QDateTime lastCustomerUpdateAt;
    QDateTime resolvedAt;
    QDateTime closedAt;
    std::optional<qint64> updatedBy;       // who saved last (null: rows written before it was recorded)
    int version = 0;
    // Read-only display fields, filled by TicketRepository::get() and page() from joins; ignored on write.
    QString departmentName;
    QString businessSystemName;
    QString ownerName;
};

struct TicketEventRecord
{
    qint64 id = 0;
    qint64 ticketId = 0;
    qint64 departmentId = 0;
    QString kind;                          // codes::eventKinds()
    std::optional<qint64> actorId;
    QDateTime at;
    QString payload = QStringLiteral("{}");  // JSON text
};

// One row of sla_rule: core::ClockRule in core's storage strings (SlaPolicyRepository converts).
struct SlaRule
{
    QString clock;                         // response, handling_plan, resolution, customer_update, allocation_vm, …
    QString grade;                         // I … IV; empty: every grade without a rule of its own
    QStringList ticketKinds;               // fault, service_request, consultation
    QString unit = QStringLiteral("wall_seconds"); // or working_days
    qint64 amount = 0;                     // seconds or working days until breach
    double warningShare = 0.75;
    std::optional<qint64> warningAfterSeconds; // instead of the share, e.g. 1200 for the customer update
    bool pausable = false;
};

// One row of sla_escalation_rule: core::EscalationRule in core's storage strings. Empty filters match all.
struct SlaEscalationRule
{
    QString step;                          // created, warning, supervisor, breach
    QString trigger;                       // at_creation, at_warning, at_share, at_breach
    std::optional<double> share;           // at_share only
    bool owner = false;                    // the ticket's owner is told
    QStringList roles;                     // these roles are told
    QStringList extraGrades;               // for these grades …
    QStringList extraRoles;                // … these roles as well
    QStringList ticketKinds;               // filter
    QStringList grades;                    // filter
    QStringList clocks;                    // filter
};

struct SlaPolicyRecord
{
    int version = 0;
    QString name;
    QString description;
    QString state;                         // draft, active (what new tickets get), superseded
    bool active = true;                    // core's flag: false stops every escalation of this version
    QString timeZone = QStringLiteral("Asia/Shanghai");
    QTime opening = QTime(8, 30);
    QTime closeOfBusiness = QTime(17, 30);
    QStringList postIncidentGrades;        // I … IV
    QDateTime createdAt;
    QDateTime activatedAt;
    QList<SlaRule> rules;
    QList<SlaEscalationRule> escalations;
};

struct CalendarDay
{
    QDate date;
    QString kind;                          // holiday (a day off) or workday (a weekend day worked, 调休)
    QString name;
};

struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    std::optional<qint64> actorId;
    QString actorLogin;
    QString action;                        // create, update, publish, import, …
    QString entity;                        // table name
    std::optional<qint64> entityId;
    std::optional<qint64> departmentId;
    QString detail = QStringLiteral("{}");   // JSON text
};

} // namespace govops::storage
