#include "core/PostIncident.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace {
// The translation context of this file's messages. It lives outside the govops namespaces so that lupdate finds it
// from every function (it misreads `core::Status f()` as a function in a namespace `core`).
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(govops::core::PostIncident)
};
} // namespace

namespace govops::core {

namespace {

QString label(PostIncidentPart p)
{
    switch (p) {
    case PostIncidentPart::Time:
        return Text::tr("time (when it began and when service was restored)");
    case PostIncidentPart::Cause:
        return Text::tr("cause");
    case PostIncidentPart::Outcome:
        return Text::tr("result");
    case PostIncidentPart::Prevention:
        return Text::tr("preventive measures");
    }
    return {};
}

} // namespace

QString toStorage(PostIncidentPart p)
{
    switch (p) {
    case PostIncidentPart::Time:
        return u"time"_s;
    case PostIncidentPart::Cause:
        return u"cause"_s;
    case PostIncidentPart::Outcome:
        return u"result"_s;
    case PostIncidentPart::Prevention:
        return u"prevention"_s;
    }
    return {};
}

QList<PostIncidentPart> missingParts(const PostIncidentAnalysis &a)
{
    QList<PostIncidentPart> out;
    if (!a.startedAt.isValid() || !a.restoredAt.isValid() || a.restoredAt < a.startedAt)
        out.append(PostIncidentPart::Time);
    if (a.cause.trimmed().isEmpty())
        out.append(PostIncidentPart::Cause);
    if (a.result.trimmed().isEmpty())
        out.append(PostIncidentPart::Outcome);
    if (a.prevention.trimmed().isEmpty())
        out.append(PostIncidentPart::Prevention);
    return out;
}

bool isPostIncidentRequired(TicketKind kind, Grade grade, const QList<Grade> &requiredGrades)
{
    return kind == TicketKind::Fault && requiredGrades.contains(grade);
}

Status checkPostIncident(TicketKind kind, Grade grade, const PostIncidentAnalysis &a,
                         const QList<Grade> &requiredGrades)
{
    if (!isPostIncidentRequired(kind, grade, requiredGrades))
        return Done{};
    const QList<PostIncidentPart> missing = missingParts(a);
    if (missing.isEmpty())
        return Done{};
    QStringList labels;
    QStringList keys;
    for (PostIncidentPart p : missing) {
        labels.append(label(p));
        keys.append(toStorage(p));
    }
    return Error{Error::Code::Invalid,
                 Text::tr("A grade %1 fault cannot be closed without its post-incident analysis. Missing: %2.")
                     .arg(toStorage(grade), labels.join(u"; ")),
                 keys.join(u',')};
}

Status checkClose(const TicketFacts &ticket, const PostIncidentAnalysis &a, const SlaPolicy &policy)
{
    const Status legal = checkTransition(ticket.status, TicketStatus::Closed);
    if (!legal)
        return legal;
    return checkPostIncident(ticket.kind, ticket.grade, a, policy.postIncidentGrades());
}

} // namespace govops::core
