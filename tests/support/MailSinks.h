#pragma once

// Loopback sinks that stand in for a mail server and a chat robot in tests: they record what arrives and
// can be told to fail the next N messages.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUrl>

class QHttpServer;
class QTcpServer;
class QTcpSocket;

namespace govops::test {

struct SinkMail
{
    QString from;
    QStringList to;
    QByteArray data;                              // headers and body as received (dot-unstuffed)
    QString header(const QByteArray &name) const; // raw header value, unfolded
    QString subject() const;                      // RFC 2047 decoded
    QString body() const;                         // base64 decoded, UTF-8
};

// Enough SMTP for libcurl: 220, EHLO/HELO (no STARTTLS), AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT.
class SmtpSink : public QObject
{
    Q_OBJECT
public:
    explicit SmtpSink(QObject *parent = nullptr);
    QUrl url() const; // smtp://127.0.0.1:PORT
    const QList<SinkMail> &mails() const { return m_mails; }
    void failNext(int count) { m_failNext = count; } // answer 451 at the end of DATA
    int refused() const { return m_refused; }
    const QStringList &logins() const { return m_logins; } // "user:password" of each AUTH PLAIN

signals:
    void received();

private:
    struct Session
    {
        QByteArray buffer;
        bool inData = false;
        bool inAuth = false; // AUTH PLAIN sent without the initial response: the next line is the credentials
        SinkMail mail;
    };
    void onReadable(QTcpSocket *socket);

    QTcpServer *m_server;
    QHash<QTcpSocket *, Session> m_sessions;
    QList<SinkMail> m_mails;
    QStringList m_logins;
    int m_failNext = 0;
    int m_refused = 0;
};

// A chat robot: POST /robot/send answers {"errcode":0}; a failure is HTTP 500.
class HttpSink : public QObject
{
    Q_OBJECT
public:
    explicit HttpSink(QObject *parent = nullptr);
    ~HttpSink() override;
    QUrl url() const; // http://127.0.0.1:PORT/robot/send?key=test
    const QList<QByteArray> &bodies() const { return m_bodies; }
    void failNext(int count) { m_failNext = count; }
    void answerErrcode(int errcode) { m_errcode = errcode; } // HTTP 200 with this errcode, as a robot refuses
    int refused() const { return m_refused; }

signals:
    void received();

private:
    QHttpServer *m_server;
    int m_errcode = 0;
    quint16 m_port = 0;
    QList<QByteArray> m_bodies;
    int m_failNext = 0;
    int m_refused = 0;
};

} // namespace govops::test
