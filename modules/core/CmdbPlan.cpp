#include "core/CmdbPlan.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace govops::core {

namespace {

QString keyOf(const QString &kind, const QString &externalId)
{
    return kind + u'\x1f' + externalId;
}

QString keyOf(const CmdbRelation &r)
{
    return r.kind + u'\x1f' + keyOf(r.fromKind, r.fromExternalId) + u'\x1f' + keyOf(r.toKind, r.toExternalId);
}

} // namespace

bool CmdbItem::sameContent(const CmdbItem &other) const
{
    return name == other.name && state == other.state && projectId == other.projectId
        && businessSystem == other.businessSystem && attributes == other.attributes;
}

bool CmdbPlan::isEmpty() const
{
    return linkDepartments.isEmpty() && addBusinessSystems.isEmpty() && add.isEmpty() && update.isEmpty()
        && retire.isEmpty() && addRelations.isEmpty() && removeRelations.isEmpty();
}

CmdbPlan planCmdbSync(const CmdbDesired &desired, const CmdbState &current)
{
    CmdbPlan plan;

    const QSet<QString> linked(current.linkedProjectIds.cbegin(), current.linkedProjectIds.cend());
    QSet<QString> departmentsPlanned;
    for (const auto &d : desired.departments) {
        if (!linked.contains(d.projectId) && !departmentsPlanned.contains(d.projectId)) {
            departmentsPlanned.insert(d.projectId);
            plan.linkDepartments.append(d);
        }
    }

    QSet<QString> systems;
    for (const auto &s : current.businessSystems)
        systems.insert(keyOf(s.projectId, s.name));
    for (const auto &s : desired.businessSystems) {
        const QString key = keyOf(s.projectId, s.name);
        if (!systems.contains(key)) {
            systems.insert(key);
            plan.addBusinessSystems.append(s);
        }
    }

    QHash<QString, const CmdbItem *> held;
    for (const auto &item : current.items)
        held.insert(keyOf(item.kind, item.externalId), &item);
    QSet<QString> handKept;
    for (const auto &item : current.manual)
        handKept.insert(keyOf(item.kind, item.externalId));
    QSet<QString> wanted;
    for (const auto &item : desired.items) {
        const QString key = keyOf(item.kind, item.externalId);
        if (wanted.contains(key) || handKept.contains(key))
            continue;   // listed twice (paging under change: the first one counts), or kept by hand
        wanted.insert(key);
        const auto found = held.constFind(key);
        if (found == held.cend())
            plan.add.append(item);
        else if (!item.sameContent(**found))
            plan.update.append(item);
    }
    for (const auto &item : current.items) {
        if (item.state != u"retired"_s && !wanted.contains(keyOf(item.kind, item.externalId))) {
            CmdbItem retired = item;
            retired.state = u"retired"_s;
            plan.retire.append(retired);
        }
    }

    QSet<QString> relationsWanted;
    for (const auto &r : desired.relations) {
        const QString key = keyOf(r);
        if (relationsWanted.contains(key) || !wanted.contains(keyOf(r.fromKind, r.fromExternalId))
            || !wanted.contains(keyOf(r.toKind, r.toExternalId)))
            continue;
        relationsWanted.insert(key);
    }
    QSet<QString> relationsHeld;
    for (const auto &r : current.relations) {
        const QString key = keyOf(r);
        relationsHeld.insert(key);
        if (!relationsWanted.contains(key))
            plan.removeRelations.append(r);
    }
    QSet<QString> relationsPlanned;
    for (const auto &r : desired.relations) {
        const QString key = keyOf(r);
        if (relationsWanted.contains(key) && !relationsHeld.contains(key) && !relationsPlanned.contains(key)) {
            relationsPlanned.insert(key);
            plan.addRelations.append(r);
        }
    }
    return plan;
}

} // namespace govops::core
