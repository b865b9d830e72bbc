#pragma once

// The CMDB sync's plan: what the IaaS platform says the configuration items are (CmdbDesired),
// what the CMDB holds from earlier syncs (CmdbState), and the changes that turn one into the
// other (CmdbPlan). Pure values and one pure function: no SQL, no network. Hand-kept items
// (source 'manual') never appear here, so a plan cannot touch them.

#include <QJsonObject>
#include <QList>
#include <QString>

namespace govops::core {

// A configuration item as the sync sees it. (kind, externalId) identifies it.
struct CmdbItem
{
    QString kind;           // vm | host | volume | network
    QString externalId;     // the id in the IaaS platform (a host's hypervisor hostname)
    QString name;
    QString state;          // provisioning | active | stopped | error | retired
    QString projectId;      // the department's IaaS project; empty for the platform's own items
    QString businessSystem; // from the server's metadata; empty when none
    QJsonObject attributes;

    // Whether what a sync writes differs (identity aside).
    bool sameContent(const CmdbItem &other) const;
};

struct CmdbRelation
{
    QString kind;           // runs_on | attached_to | connected_to
    QString fromKind;
    QString fromExternalId;
    QString toKind;
    QString toExternalId;

    friend bool operator==(const CmdbRelation &, const CmdbRelation &) = default;
};

// An IaaS project that stands for a department (tagged "govops-department").
struct CmdbDepartment
{
    QString projectId;
    QString name;

    friend bool operator==(const CmdbDepartment &, const CmdbDepartment &) = default;
};

struct CmdbBusinessSystem
{
    QString projectId;
    QString name;

    friend bool operator==(const CmdbBusinessSystem &, const CmdbBusinessSystem &) = default;
};

// What the platform says, complete: anything synced earlier and missing here is retired.
struct CmdbDesired
{
    QList<CmdbItem> items;
    QList<CmdbRelation> relations;
    QList<CmdbDepartment> departments;
    QList<CmdbBusinessSystem> businessSystems;
};

// What the CMDB holds from earlier syncs (synced items incl. retired ones, synced relations,
// departments linked to a project, business systems of those departments).
struct CmdbState
{
    QList<CmdbItem> items;
    QList<CmdbRelation> relations;
    QStringList linkedProjectIds;
    QList<CmdbBusinessSystem> businessSystems;
    // Hand-kept items that carry an external id (only kind and externalId matter): the platform's
    // item of that identity is left to the hand-kept one, never added next to it.
    QList<CmdbItem> manual;
};

struct CmdbPlan
{
    QList<CmdbDepartment> linkDepartments;          // projects not yet linked to a department
    QList<CmdbBusinessSystem> addBusinessSystems;
    QList<CmdbItem> add;
    QList<CmdbItem> update;                         // the new content of changed or reappearing items
    QList<CmdbItem> retire;                         // gone from the platform: kept, marked retired
    QList<CmdbRelation> addRelations;
    QList<CmdbRelation> removeRelations;

    bool isEmpty() const;
};

// The changes from `current` to `desired`. Applying them and planning again yields an empty plan.
// Relations whose ends are not both in `desired` are left out (never point at a retired item).
CmdbPlan planCmdbSync(const CmdbDesired &desired, const CmdbState &current);

} // namespace govops::core
