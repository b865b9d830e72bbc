#pragma once

#include "core/Result.h"

#include <QFuture>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace govops::notify {

// Posts a text message to a chat robot: {"msgtype":"text","text":{"content":"…"}}, the body WeChat Work (企业微信)
// and DingTalk (钉钉) group robots take. Asynchronous (QNetworkAccessManager); the future finishes on this
// object's thread. A status outside 2xx, or a JSON answer whose errcode is not 0, is a failure.
class WebhookSender : public QObject
{
    Q_OBJECT
public:
    explicit WebhookSender(QObject *parent = nullptr);

    QFuture<core::Status> post(const QUrl &url, const QString &content);

private:
    QNetworkAccessManager *m_network;
};

} // namespace govops::notify
