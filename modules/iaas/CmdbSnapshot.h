#pragma once

// What the IaaS platform says, turned into the CMDB's terms for core::planCmdbSync(): one
// configuration item per server (vm), hypervisor (host), volume and network, the relations
// between them, the department projects and the business systems named in server metadata.

#include "core/CmdbPlan.h"
#include "iaas/IaasTypes.h"

namespace govops::iaas {

// One complete listing of every endpoint the sync reads. Only a complete snapshot may be
// planned against: a missing listing would retire everything it used to hold.
struct IaasSnapshot
{
    QList<Project> projects;
    QList<Server> servers;
    QList<Hypervisor> hypervisors;
    QList<Volume> volumes;
    QList<Network> networks;
};

// The tag that marks a Keystone project as a department's.
inline constexpr QStringView departmentTag = u"govops-department";
// The server metadata key that names the business system a VM belongs to.
inline constexpr QStringView businessSystemKey = u"business_system";

core::CmdbDesired cmdbFromSnapshot(const IaasSnapshot &snapshot);

// The CMDB state of an item from the platform's status words (vm, host, volume, network).
QString vmState(const Server &server);
QString hostState(const Hypervisor &hypervisor);
QString volumeState(const Volume &volume);
QString networkState(const Network &network);

} // namespace govops::iaas
