#include "notify/SmtpSender.h"

#include <QHostAddress>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <curl/curl.h>
#include <mutex>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcSmtp, "govops.notify.smtp")

namespace govops::notify {

namespace {

// RFC 2047 encoded-words of at most 75 characters, never splitting a UTF-8 sequence.
QByteArray encodeHeader(const QString &text)
{
    bool ascii = true;
    for (QChar c : text)
        ascii = ascii && c.unicode() >= 0x20 && c.unicode() < 0x7f;
    if (ascii)
        return text.toLatin1();
    QList<QByteArray> words;
    QByteArray chunk;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray bytes = text.mid(i, n).toUtf8();
        i += n - 1;
        if (chunk.size() + bytes.size() > 45) { // 45 bytes = 60 base64 characters + 12 of "=?UTF-8?B?…?="
            words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
            chunk.clear();
        }
        chunk += bytes;
    }
    if (!chunk.isEmpty())
        words.append("=?UTF-8?B?" + chunk.toBase64() + "?=");
    return words.join("\r\n ");
}

QByteArray address(const QString &mailbox)
{
    return '<' + mailbox.trimmed().toUtf8() + '>';
}

struct Payload
{
    QByteArray data;
    qsizetype offset = 0;
};

size_t readPayload(char *buffer, size_t size, size_t count, void *user)
{
    auto *p = static_cast<Payload *>(user);
    const size_t n = std::min(size * count, size_t(p->data.size() - p->offset));
    std::memcpy(buffer, p->data.constData() + p->offset, n);
    p->offset += qsizetype(n);
    return n;
}

bool onLoopback(const QUrl &url)
{
    const QString host = url.host();
    return host == u"localhost"_s || QHostAddress(host).isLoopback();
}

QString whatFailed(CURLcode code)
{
    switch (code) {
    case CURLE_COULDNT_RESOLVE_HOST:
        return SmtpSender::tr("the server's name cannot be resolved");
    case CURLE_COULDNT_CONNECT:
        return SmtpSender::tr("no connection to the server");
    case CURLE_OPERATION_TIMEDOUT:
        return SmtpSender::tr("the server did not answer in time");
    case CURLE_LOGIN_DENIED:
        return SmtpSender::tr("the server refused the user name or password");
    case CURLE_USE_SSL_FAILED:
        return SmtpSender::tr("the server does not offer STARTTLS (use smtps:// or a server with TLS)");
    case CURLE_PEER_FAILED_VERIFICATION:
    case CURLE_SSL_CACERT_BADFILE:
        return SmtpSender::tr("the server's certificate is not trusted");
    case CURLE_SSL_CONNECT_ERROR:
        return SmtpSender::tr("the TLS handshake failed");
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        return SmtpSender::tr("the connection broke off");
    default:
        return SmtpSender::tr("the server refused the mail");
    }
}

} // namespace

QString smtpKeyringKey(const SmtpSettings &settings)
{
    return u"smtp:%1@%2:%3"_s.arg(settings.user, settings.url.host())
        .arg(settings.url.port(settings.url.scheme() == u"smtps"_s ? 465 : 587));
}

QByteArray formatMail(const SmtpSettings &settings, const MailMessage &message)
{
    QByteArray mail;
    mail += "Date: " + message.date.toString(Qt::RFC2822Date).toLatin1() + "\r\n";
    mail += "From: " + address(settings.from) + "\r\n";
    mail += "To: " + address(message.to) + "\r\n";
    if (!message.messageId.isEmpty())
        mail += "Message-ID: " + address(message.messageId) + "\r\n";
    mail += "Subject: " + encodeHeader(message.subject) + "\r\n";
    mail += "MIME-Version: 1.0\r\n";
    mail += "Content-Type: text/plain; charset=UTF-8\r\n";
    mail += "Content-Transfer-Encoding: base64\r\n\r\n";
    const QByteArray body = message.body.toUtf8().toBase64();
    for (qsizetype i = 0; i < body.size(); i += 76)
        mail += body.mid(i, 76) + "\r\n";
    return mail;
}

SmtpSender::SmtpSender(SmtpSettings settings, QObject *parent) : QObject(parent), m_settings(std::move(settings))
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
    m_pool.setMaxThreadCount(2); // a mail server takes a few connections, not a flood
}

SmtpSender::~SmtpSender()
{
    m_pool.waitForDone();
}

QFuture<core::Status> SmtpSender::send(const MailMessage &message)
{
    return QtConcurrent::run(&m_pool, [this, message] { return sendNow(message); });
}

core::Status SmtpSender::sendNow(const MailMessage &message) const
{
    const QString server = m_settings.url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    const auto failure = [&](const QString &what, const QString &detail) {
        return core::Error{core::Error::Code::Unavailable,
                           tr("Could not send the mail to %1 through %2: %3.").arg(message.to, server, what), detail};
    };
    const QString scheme = m_settings.url.scheme();
    if ((scheme != u"smtp"_s && scheme != u"smtps"_s) || m_settings.url.host().isEmpty())
        return core::Error{core::Error::Code::Invalid,
                           tr("The mail server %1 is not an smtp:// or smtps:// URL.").arg(server)};

    CURL *curl = curl_easy_init();
    if (!curl)
        return failure(tr("libcurl could not start"), u"curl_easy_init"_s);
    Payload payload{formatMail(m_settings, message)};
    char errorText[CURL_ERROR_SIZE] = {};
    curl_slist *recipients = curl_slist_append(nullptr, address(message.to).constData());
    const QByteArray url = m_settings.url.toString(QUrl::RemoveUserInfo | QUrl::RemovePath).toUtf8();
    const QByteArray from = address(m_settings.from);
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_settings.password.toUtf8();
    const QByteArray caFile = m_settings.caFile.toUtf8();

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &payload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorText);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L); // threads: no SIGALRM for timeouts
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 15L);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, 60L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 2L);
    // smtps:// is TLS from the start; on smtp:// STARTTLS is required, except to a relay on this machine.
    curl_easy_setopt(curl, CURLOPT_USE_SSL,
                     scheme == u"smtp"_s && onLoopback(m_settings.url) ? long(CURLUSESSL_TRY) : long(CURLUSESSL_ALL));
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code != CURLE_OK) {
        const QString detail = u"curl %1: %2 %3"_s.arg(int(code)).arg(QString::fromUtf8(curl_easy_strerror(code)),
                                                                      QString::fromUtf8(errorText));
        qCDebug(lcSmtp) << "mail to" << message.to << "via" << server << "failed:" << detail;
        return failure(whatFailed(code), detail);
    }
    qCDebug(lcSmtp) << "mail to" << message.to << "via" << server << "sent";
    return core::Done{};
}

} // namespace govops::notify
