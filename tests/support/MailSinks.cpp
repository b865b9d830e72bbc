#include "MailSinks.h"

#include <QHostAddress>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace govops::test {

QString SinkMail::header(const QByteArray &name) const
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    const QList<QByteArray> lines = data.left(end).split('\n');
    QString value;
    bool inside = false;
    for (QByteArray line : lines) {
        line = line.chopped(line.endsWith('\r') ? 1 : 0);
        if (inside && (line.startsWith(' ') || line.startsWith('\t'))) {
            value += QString::fromUtf8(line.trimmed());
            continue;
        }
        if (inside)
            break;
        if (line.toLower().startsWith(name.toLower() + ':')) {
            inside = true;
            value = QString::fromUtf8(line.mid(name.size() + 1).trimmed());
        }
    }
    return value;
}

QString SinkMail::subject() const
{
    static const QRegularExpression word(u"=\\?UTF-8\\?B\\?([^?]*)\\?="_s, QRegularExpression::CaseInsensitiveOption);
    const QString raw = header("Subject");
    QByteArray bytes;
    auto it = word.globalMatch(raw);
    if (!it.hasNext())
        return raw;
    while (it.hasNext())
        bytes += QByteArray::fromBase64(it.next().captured(1).toLatin1());
    return QString::fromUtf8(bytes);
}

QString SinkMail::body() const
{
    const qsizetype start = data.indexOf("\r\n\r\n");
    return QString::fromUtf8(QByteArray::fromBase64(data.mid(start + 4)));
}

SmtpSink::SmtpSink(QObject *parent) : QObject(parent), m_server(new QTcpServer(this))
{
    if (!m_server->listen(QHostAddress::LocalHost))
        qFatal("SmtpSink cannot listen on 127.0.0.1");
    connect(m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server->nextPendingConnection()) {
            m_sessions.insert(socket, {});
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadable(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_sessions.remove(socket);
                socket->deleteLater();
            });
            socket->write("220 sink.test ESMTP\r\n");
        }
    });
}

QUrl SmtpSink::url() const
{
    return QUrl(u"smtp://127.0.0.1:%1"_s.arg(m_server->serverPort()));
}

void SmtpSink::onReadable(QTcpSocket *socket)
{
    Session &s = m_sessions[socket];
    s.buffer += socket->readAll();
    qsizetype end;
    while ((end = s.buffer.indexOf("\r\n")) >= 0) {
        const QByteArray line = s.buffer.left(end);
        s.buffer.remove(0, end + 2);
        if (s.inData) {
            if (line == ".") {
                s.inData = false;
                if (m_failNext > 0) {
                    --m_failNext;
                    ++m_refused;
                    socket->write("451 4.3.0 try again later\r\n");
                } else {
                    m_mails.append(s.mail);
                    socket->write("250 2.0.0 queued\r\n");
                    emit received();
                }
                s.mail = {};
            } else {
                s.mail.data += (line.startsWith("..") ? line.mid(1) : line) + "\r\n";
            }
            continue;
        }
        const QByteArray verb = line.left(4).toUpper();
        if (verb == "EHLO")
            socket->write("250-sink.test\r\n250-AUTH PLAIN\r\n250 8BITMIME\r\n");
        else if (verb == "HELO")
            socket->write("250 sink.test\r\n");
        else if (verb == "AUTH" || s.inAuth) {
            // AUTH PLAIN [base64 of "\0user\0password"]; without it the credentials follow a 334 challenge.
            const QByteArray credentials = s.inAuth ? line.trimmed() : line.mid(11).trimmed();
            s.inAuth = !s.inAuth && credentials.isEmpty();
            if (s.inAuth) {
                socket->write("334 \r\n");
                continue;
            }
            const QList<QByteArray> parts = QByteArray::fromBase64(credentials).split('\0');
            m_logins.append(QString::fromUtf8(parts.value(1) + ':' + parts.value(2)));
            socket->write("235 2.7.0 ok\r\n");
        } else if (verb == "MAIL") {
            s.mail = {};
            s.mail.from = QString::fromUtf8(line.mid(line.indexOf('<') + 1).chopped(1));
            socket->write("250 2.1.0 ok\r\n");
        } else if (verb == "RCPT") {
            const QByteArray to = line.mid(line.indexOf('<') + 1);
            s.mail.to.append(QString::fromUtf8(to.left(to.indexOf('>'))));
            socket->write("250 2.1.5 ok\r\n");
        } else if (verb == "DATA") {
            s.inData = true;
            socket->write("354 go ahead\r\n");
        } else if (verb == "RSET" || verb == "NOOP")
            socket->write("250 ok\r\n");
        else if (verb == "QUIT") {
            socket->write("221 bye\r\n");
            socket->disconnectFromHost();
            return;
        } else
            socket->write("502 5.5.2 not implemented\r\n");
    }
}

HttpSink::HttpSink(QObject *parent) : QObject(parent), m_server(new QHttpServer(this))
{
    m_server->route(u"/robot/send"_s, QHttpServerRequest::Method::Post, [this](const QHttpServerRequest &request) {
        if (m_failNext > 0) {
            --m_failNext;
            ++m_refused;
            return QHttpServerResponse(QByteArray("busy"), QHttpServerResponse::StatusCode::InternalServerError);
        }
        if (m_errcode != 0) {
            ++m_refused;
            return QHttpServerResponse(
                QByteArray("application/json"),
                QByteArray(R"({"errcode":)" + QByteArray::number(m_errcode) + R"(,"errmsg":"token invalid"})"));
        }
        m_bodies.append(request.body());
        emit received();
        return QHttpServerResponse(QByteArray("application/json"), QByteArray(R"({"errcode":0,"errmsg":"ok"})"));
    });
    m_port = m_server->listen(QHostAddress::LocalHost);
    if (m_port == 0)
        qFatal("HttpSink cannot listen on 127.0.0.1");
}

HttpSink::~HttpSink() = default;

QUrl HttpSink::url() const
{
    return QUrl(u"http://127.0.0.1:%1/robot/send?key=test"_s.arg(m_port));
}

} // namespace govops::test
