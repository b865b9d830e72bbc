#pragma once

#include <QFrame>

class QLabel;
class QProgressBar;
class QPushButton;

namespace govops::ui {

// A strip across the top of a window or panel that tells the person what is going on and, where there is
// something to do about it, offers one button. Hidden until a message is shown.
class StatusBanner : public QFrame
{
    Q_OBJECT
public:
    enum class Level { Info, Warning, Error };
    Q_ENUM(Level)

    explicit StatusBanner(QWidget *parent = nullptr);

    // Shows text (already translated). actionText empty: no button.
    void showMessage(Level level, const QString &text, const QString &actionText = {});
    // A busy indicator beside the text, for work whose length is unknown (connecting, seeding).
    void setBusy(bool busy);
    void clear(); // hides the banner

    Level level() const { return m_level; }
    QString text() const;
    bool isBusy() const;

signals:
    void actionTriggered();

private:
    Level m_level = Level::Info;
    QLabel *m_icon;
    QLabel *m_text;
    QProgressBar *m_busy;
    QPushButton *m_action;
};

} // namespace govops::ui
