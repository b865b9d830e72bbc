#pragma once

#include <QString>
#include <QUrl>

#include <chrono>
#include <variant>

namespace govops::iaas {

// Keystone v3 "password" method, scoped to a project. The password lives here only in memory:
// reading it from the keyring is the caller's business, and the client never logs it.
struct PasswordCredentials
{
    QString userName;
    QString userDomainName = QStringLiteral("Default");
    QString password;
    QString projectName;                 // the scope; projectId wins when both are given
    QString projectId;
    QString projectDomainName = QStringLiteral("Default");
};

// Keystone v3 "application_credential" method. The credential carries its own project scope.
struct ApplicationCredential
{
    QString id;
    QString secret;
};

using Credentials = std::variant<PasswordCredentials, ApplicationCredential>;

enum class EndpointInterface { Public, Internal, Admin };
QString interfaceName(EndpointInterface endpointInterface);   // "public", "internal", "admin"

struct OpenStackConfig
{
    QUrl authUrl;                        // Keystone, e.g. https://keystone.example:5000/v3 ("/v3" is added when missing)
    QString region;                      // empty: the first region the catalog lists for a service
    EndpointInterface endpointInterface = EndpointInterface::Public;
    Credentials credentials;
    QString caFile;                      // PEM file with extra CAs, trusted besides the system CAs; empty: system CAs only
    std::chrono::milliseconds requestTimeout{30000};   // a request that receives nothing for this long fails
    int pageSize = 1000;                 // limit= for paged listings; 1000 is Nova's default osapi_max_limit
    // 2.53: flavors embedded in servers (2.47), hypervisors with UUID ids (2.53) and their capacity
    // figures (gone from 2.88). Empty: no header (2.1). A 406 falls back to 2.1 once.
    QString computeMicroversion = QStringLiteral("2.53");
    qint64 maxResponseBytes = 256LL * 1024 * 1024;     // a larger answer fails with FailureKind::TooLarge
    std::chrono::seconds tokenRenewMargin{300};       // renew this long before expires_at (at most half the token's life)
    int maxPages = 100000;               // a listing with more pages is reported as a paging loop
};

} // namespace govops::iaas
