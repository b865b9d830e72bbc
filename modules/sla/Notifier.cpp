#include "sla/Notifier.h"

#include <QApplication>
#include <QIcon>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace govops::sla {

DesktopNotifier::DesktopNotifier(QObject *parent) : QObject(parent) {}

void DesktopNotifier::notify(const Notice &notice)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(u":/icons/sla.png"_s), this);
            m_tray->show();
        }
        m_tray->showMessage(notice.title, notice.text,
                            notice.breach ? QSystemTrayIcon::Critical : QSystemTrayIcon::Warning);
    } else {
        emit inPanel(notice);
    }
    QApplication::beep();
}

} // namespace govops::sla
