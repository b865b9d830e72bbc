#include "tickets/QueueView.h"

#include "tickets/DeadlineState.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace govops::tickets {

using Sort = storage::TicketPageRequest::Sort;

namespace {

const QList<std::pair<Sort, QString>> &sortNames()
{
    static const QList<std::pair<Sort, QString>> names{{Sort::Deadline, u"deadline"_s},
                                                       {Sort::Created, u"created"_s},
                                                       {Sort::Grade, u"grade"_s},
                                                       {Sort::Status, u"status"_s},
                                                       {Sort::Number, u"number"_s}};
    return names;
}

const QStringList &ownerNames()
{
    static const QStringList names{u"anyone"_s, u"mine"_s, u"unassigned"_s};
    return names;
}

} // namespace

storage::TicketFilter QueueView::openTickets()
{
    storage::TicketFilter f;
    f.openOnly = true;
    return f;
}

storage::TicketFilter QueueView::toFilter(const QDateTime &now, qint64 me) const
{
    storage::TicketFilter f = filter;
    f.ownerId.reset();
    f.unassignedOnly = false;
    f.deadlineBefore.reset();
    switch (owner) {
    case Owner::Anyone:
        break;
    case Owner::Mine:
        f.ownerId = me;
        break;
    case Owner::Unassigned:
        f.unassignedOnly = true;
        break;
    }
    if (breachingSoon)
        f.deadlineBefore = now.addSecs(WarningSeconds);
    return f;
}

bool QueueView::isDefault() const
{
    return owner == Owner::Anyone && !breachingSoon && filter.statuses.isEmpty() && !filter.departmentId &&
           !filter.grade && filter.grades.isEmpty() && filter.departmentIds.isEmpty() && filter.text.isEmpty();
}

QJsonObject QueueView::toJson() const
{
    storage::TicketFilter f = filter;
    f.ownerId.reset();
    f.unassignedOnly = false;
    f.deadlineBefore.reset();
    QString sortName;
    for (const auto &[s, name] : sortNames()) {
        if (s == sort)
            sortName = name;
    }
    return {{u"filter"_s, storage::toJson(f)},
            {u"owner"_s, ownerNames().at(int(owner))},
            {u"breachingSoon"_s, breachingSoon},
            {u"sort"_s, sortName},
            {u"descending"_s, descending}};
}

QueueView QueueView::fromJson(const QJsonObject &o)
{
    QueueView v;
    v.filter = storage::ticketFilterFromJson(o.value(u"filter"_s).toObject());
    v.owner = Owner(std::max<qsizetype>(0, ownerNames().indexOf(o.value(u"owner"_s).toString())));
    v.breachingSoon = o.value(u"breachingSoon"_s).toBool();
    const QString sortName = o.value(u"sort"_s).toString();
    for (const auto &[s, name] : sortNames()) {
        if (name == sortName)
            v.sort = s;
    }
    v.descending = o.value(u"descending"_s).toBool();
    return v;
}

QueueView QueueView::fromDefinition(const QString &definition)
{
    return fromJson(QJsonDocument::fromJson(definition.toUtf8()).object());
}

QString QueueView::toDefinition() const
{
    return QString::fromUtf8(QJsonDocument(toJson()).toJson(QJsonDocument::Compact));
}

} // namespace govops::tickets
