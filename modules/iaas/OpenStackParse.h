#pragma once

// Pure functions between the wire and the value structs: no network, no QObject, no globals
// beyond constant tables, safe on any thread. They are unit-tested with the documented shapes and
// fed mutated input; the client only adds the endpoint to their errors (withEndpoint()).
//
// Leniency: a field that may be absent or null in real deployments becomes empty/nullopt, and a
// field of an unexpected type is treated as absent. Identity is strict: an item without an id, or
// a response without its collection, fails the whole call (FailureKind::MissingField), because a
// listing with silently dropped items would make a sync retire resources that still exist.

#include "core/Result.h"
#include "iaas/IaasTypes.h"
#include "iaas/OpenStackConfig.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonValue>

namespace govops::iaas {

// Parses a body as JSON; FailureKind::Malformed names the parser's complaint and byte offset.
core::Result<QJsonDocument> parseJson(const QByteArray &body);

// ISO 8601 as OpenStack writes it: "2017-02-14T19:24:42Z", "2019-11-09T13:21:08.000000Z",
// "2018-11-28T06:25:15.288987" (Cinder: no zone, read as UTC), "+08:00" offsets. Invalid -> null.
QDateTime parseTimestamp(const QString &text);

// The JSON body of POST /v3/auth/tokens for these credentials. Holds the secret: never log it.
QByteArray authRequestBody(const Credentials &credentials);

// Token response: {"token": {expires_at, issued_at, user, project, roles, catalog}}.
core::Result<AuthToken> parseToken(const QJsonDocument &doc, const QByteArray &subjectToken);

// The first endpoint of a service whose type is one of serviceTypes (in that order of
// preference), in region (empty = any) and on the interface. FailureKind::NoEndpoint otherwise,
// listing what the catalog does have for that type.
core::Result<QUrl> findEndpoint(const QList<CatalogService> &catalog, const QStringList &serviceTypes,
                                const QString &region, const QString &interfaceName);

// Collections. Each reads "<name>" and "<name>_links" (rel "next": the marker of the next page).
core::Result<Page<Server>> parseServers(const QJsonDocument &doc);
core::Result<Page<Flavor>> parseFlavors(const QJsonDocument &doc);
core::Result<Page<Hypervisor>> parseHypervisors(const QJsonDocument &doc);
core::Result<Page<Volume>> parseVolumes(const QJsonDocument &doc);
core::Result<Page<Network>> parseNetworks(const QJsonDocument &doc);
core::Result<Page<SecurityGroup>> parseSecurityGroups(const QJsonDocument &doc);
core::Result<Page<Project>> parseProjects(const QJsonDocument &doc);   // Keystone: "links": {"next": url|null}

// The marker of the next page from a "<name>_links" array: the "marker" query item of the
// rel="next" href, else fallbackId when a next link exists without one; empty when none.
QString nextMarkerFromLinks(const QJsonValue &links, const QString &fallbackId);

// The human part of an OpenStack error body ({"itemNotFound": {"message": …}},
// {"error": {"message": …}}, {"NeutronError": {"message": …}}), else a short excerpt of the body.
QString errorMessageFromBody(const QByteArray &body);

// Fills flavorName, vcpus, ramMb and diskGb of servers that only carry a flavorId (before 2.47).
void resolveFlavors(QList<Server> &servers, const QList<Flavor> &flavors);

} // namespace govops::iaas
