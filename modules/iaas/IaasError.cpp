#include "iaas/IaasError.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace govops::iaas {

namespace {

struct KindInfo
{
    FailureKind kind;
    QLatin1StringView token;
    core::Error::Code code;
};

constexpr KindInfo kKinds[] = {
    {FailureKind::Configuration, "configuration"_L1, core::Error::Code::Invalid},
    {FailureKind::Network, "network"_L1, core::Error::Code::Unavailable},
    {FailureKind::Tls, "tls"_L1, core::Error::Code::Unavailable},
    {FailureKind::Timeout, "timeout"_L1, core::Error::Code::Unavailable},
    {FailureKind::Unauthorized, "unauthorized"_L1, core::Error::Code::Forbidden},
    {FailureKind::Forbidden, "forbidden"_L1, core::Error::Code::Forbidden},
    {FailureKind::NotFound, "not-found"_L1, core::Error::Code::NotFound},
    {FailureKind::HttpError, "http"_L1, core::Error::Code::Invalid},
    {FailureKind::ServerError, "server-error"_L1, core::Error::Code::Unavailable},
    {FailureKind::Malformed, "malformed"_L1, core::Error::Code::Malformed},
    {FailureKind::MissingField, "missing-field"_L1, core::Error::Code::Malformed},
    {FailureKind::TooLarge, "too-large"_L1, core::Error::Code::Malformed},
    {FailureKind::NoEndpoint, "no-endpoint"_L1, core::Error::Code::NotFound},
    {FailureKind::Canceled, "canceled"_L1, core::Error::Code::Unavailable},
};

constexpr QLatin1StringView kPrefix = "iaas/"_L1;

} // namespace

QString failureKindName(FailureKind kind)
{
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            return info.token;
    }
    return u"none"_s;
}

FailureKind failureKind(const core::Error &error)
{
    if (!error.detail.startsWith(kPrefix))
        return FailureKind::None;
    const qsizetype colon = error.detail.indexOf(u':');
    if (colon < 0)
        return FailureKind::None;
    const QStringView token = QStringView(error.detail).mid(kPrefix.size(), colon - kPrefix.size());
    for (const auto &info : kKinds) {
        if (token == info.token)
            return info.kind;
    }
    return FailureKind::None;
}

core::Error makeError(FailureKind kind, QString message, QString technical)
{
    core::Error::Code code = core::Error::Code::Internal;
    for (const auto &info : kKinds) {
        if (info.kind == kind)
            code = info.code;
    }
    return core::Error{code, std::move(message), kPrefix + failureKindName(kind) + u": "_s + technical};
}

core::Error withEndpoint(const core::Error &error, const QString &endpoint)
{
    const FailureKind kind = failureKind(error);
    QString technical = error.detail;
    if (kind != FailureKind::None)
        technical = error.detail.mid(error.detail.indexOf(u':') + 2);
    const QString message =
        QCoreApplication::translate("govops::iaas::IaasError", "%1: %2").arg(endpoint, error.message);
    if (kind == FailureKind::None)
        return core::Error{error.code, message, endpoint + u": "_s + technical};
    return makeError(kind, message, endpoint + u": "_s + technical);
}

} // namespace govops::iaas
