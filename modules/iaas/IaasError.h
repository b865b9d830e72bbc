#pragma once

#include "core/Result.h"

#include <QString>

namespace govops::iaas {

// What went wrong talking to the cloud, finer than core::Error::Code. Carried inside the
// core::Error itself: its detail starts with "iaas/<kind>: ", so failureKind() recovers it from
// any error the client hands out, wherever it travels.
enum class FailureKind {
    None,           // not an error of this module
    Configuration,  // bad settings: URL, credentials missing, CA file unreadable
    Network,        // refused, unreachable, connection closed before the whole answer arrived
    Tls,            // certificate not trusted, wrong host name, handshake failed
    Timeout,        // no answer within the request timeout
    Unauthorized,   // 401: credentials refused, or the token refused even after renewal
    Forbidden,      // 403: the account lacks the role (e.g. all_tenants needs admin)
    NotFound,       // 404
    HttpError,      // another 4xx, or a 3xx the client does not follow
    ServerError,    // 5xx
    Malformed,      // not JSON: parse error at an offset, truncated body
    MissingField,   // JSON, but a required field is absent or of the wrong type
    TooLarge,       // the answer exceeds the configured size limit
    NoEndpoint,     // the service catalog has no such service for the region and interface
    Canceled,       // the caller cancelled
};

QString failureKindName(FailureKind kind);      // stable token, e.g. "timeout"
FailureKind failureKind(const core::Error &error);

// Builds an error: message is for people (already translated), technical goes to the log.
core::Error makeError(FailureKind kind, QString message, QString technical);

// Prefixes an error from a pure parser with the request it came from (e.g. "GET https://…").
core::Error withEndpoint(const core::Error &error, const QString &endpoint);

} // namespace govops::iaas
