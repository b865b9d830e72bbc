#pragma once

#include "core/Result.h"

#include <QDateTime>
#include <QFuture>
#include <QObject>
#include <QThreadPool>
#include <QUrl>

namespace govops::notify {

// Where mail goes. The password never comes from settings or the command line: the caller reads it from the
// keyring (storage::SecretStore) or GOVOPS_SMTP_PASSWORD.
struct SmtpSettings
{
    QUrl url;     // smtps://host:465 (TLS from the start) or smtp://host:587 (STARTTLS, required)
    QString from; // the sender's address
    QString user; // empty: no login
    QString password;
    QString caFile; // empty: the system's CA store
};

struct MailMessage
{
    QString to;
    QString subject;   // UTF-8, encoded per RFC 2047
    QString body;      // text/plain; charset=UTF-8
    QDateTime date;    // the Date header (from core::Clock)
    QString messageId; // e.g. "escalation-delivery-42@govops": lets a mailbox drop a repeated delivery
};

// The keyring key under which the SMTP password of a server is kept: "smtp:user@host:port".
QString smtpKeyringKey(const SmtpSettings &settings);

// The message as it goes over the wire (headers and base64 body, CRLF line ends).
QByteArray formatMail(const SmtpSettings &settings, const MailMessage &message);

// Sends mail over SMTP with libcurl. curl blocks, so it runs on the sender's own threads, never on the caller's;
// the future finishes there. A plain smtp:// URL must offer STARTTLS unless the server is on loopback (a local
// relay); certificates are verified. Errors name the server and what failed.
class SmtpSender : public QObject
{
    Q_OBJECT
public:
    explicit SmtpSender(SmtpSettings settings, QObject *parent = nullptr);
    ~SmtpSender() override; // waits for the mails being sent

    const SmtpSettings &settings() const { return m_settings; }
    QFuture<core::Status> send(const MailMessage &message);

private:
    core::Status sendNow(const MailMessage &message) const;

    SmtpSettings m_settings;
    QThreadPool m_pool;
};

} // namespace govops::notify
