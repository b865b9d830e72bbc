#pragma once

#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

class QSystemTrayIcon;

namespace govops::sla {

// Something the person should know at once: an escalation step that concerns them, or one of their clocks
// reaching its warning point or its deadline.
struct Notice
{
    QString key; // "ticket/clock#cycle/step": a person is told once per key
    qint64 ticketId = 0;
    QList<qint64> escalationIds; // the recorded steps acknowledging this notice acknowledges (may be empty)
    bool breach = false;
    QString title; // translated
    QString text;  // translated
};

// Tells the person. An interface so that tests can count what would have been shown.
class Notifier
{
public:
    virtual ~Notifier() = default;
    virtual void notify(const Notice &notice) = 0;
};

// A desktop notification through the system tray when the desktop has one, otherwise a notice in the panel
// (inPanel), and a beep either way.
class DesktopNotifier : public QObject, public Notifier
{
    Q_OBJECT
public:
    explicit DesktopNotifier(QObject *parent = nullptr);

    void notify(const Notice &notice) override;

signals:
    void inPanel(const govops::sla::Notice &notice);

private:
    QSystemTrayIcon *m_tray = nullptr; // created at the first notice, when a tray exists
};

} // namespace govops::sla

Q_DECLARE_METATYPE(govops::sla::Notice)
