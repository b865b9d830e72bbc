#include "notify/WebhookSender.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPromise>

#include <memory>

using namespace Qt::StringLiterals;

namespace govops::notify {

WebhookSender::WebhookSender(QObject *parent) : QObject(parent), m_network(new QNetworkAccessManager(this)) {}

QFuture<core::Status> WebhookSender::post(const QUrl &url, const QString &content)
{
    auto promise = std::make_shared<QPromise<core::Status>>();
    promise->start();
    QFuture<core::Status> future = promise->future();
    // The robot's URL carries its access token: only scheme and host go into messages.
    const QString robot = url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery);

    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json; charset=utf-8"_s);
    request.setTransferTimeout(30000);
    const QJsonObject body{{u"msgtype"_s, u"text"_s}, {u"text"_s, QJsonObject{{u"content"_s, content}}}};
    QNetworkReply *reply = m_network->post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, promise, robot] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QByteArray answer = reply->readAll();
        const auto fail = [&](const QString &what, const QString &detail) {
            promise->addResult(
                core::Status(core::Error{core::Error::Code::Unavailable,
                                         tr("Could not post to the chat robot at %1: %2.").arg(robot, what), detail}));
            promise->finish();
        };
        if (reply->error() != QNetworkReply::NoError && status == 0)
            return fail(reply->errorString(), u"network error %1"_s.arg(int(reply->error())));
        if (status < 200 || status > 299)
            return fail(tr("the robot answered with HTTP status %1").arg(status),
                        u"HTTP %1: %2"_s.arg(status).arg(QString::fromUtf8(answer.left(500))));
        const QJsonObject json = QJsonDocument::fromJson(answer).object();
        if (json.contains(u"errcode"_s) && json.value(u"errcode"_s).toInt() != 0)
            return fail(tr("the robot refused the message (%1)").arg(json.value(u"errmsg"_s).toString()),
                        u"errcode %1"_s.arg(json.value(u"errcode"_s).toInt()));
        promise->addResult(core::Status(core::Done{}));
        promise->finish();
    });
    return future;
}

} // namespace govops::notify
