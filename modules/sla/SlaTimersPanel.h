#pragma once

#include <QWidget>

class QAction;
class QComboBox;
class QStackedWidget;
class QTableView;

namespace govops::ui {
class EmptyState;
class StatusBanner;
struct PanelContext;
} // namespace govops::ui

namespace govops::sla {

class DesktopNotifier;
class EscalationWatch;
class SlaClockModel;

// The SLA timers: every running or paused clock the person may see, most urgent first, counting down on the
// app's ticker (ok, warning in amber, breached in red, paused in grey), with the escalation each has reached.
// "Mine / all" filters on the owner; Acknowledge marks the selected clocks' escalation steps as seen by this
// person. The panel also runs the console's escalation pass (EscalationWatch) and tells the person of the steps
// and deadlines that concern them. "Shift handover…" opens the handover of the person's open tickets.
class SlaTimersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SlaTimersPanel(ui::PanelContext &context, QWidget *parent = nullptr);

    SlaClockModel *model() const { return m_model; }
    EscalationWatch *watch() const { return m_watch; }
    QTableView *table() const { return m_table; }
    QAction *acknowledgeAction() const { return m_acknowledge; }
    QAction *handoverAction() const { return m_handover; }

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void updateLiveRows();
    void updateEmptyState();
    void updateActions();
    void updateNotices();
    void acknowledgeSelected();
    void openHandover();

    ui::PanelContext &m_context;
    SlaClockModel *m_model;
    DesktopNotifier *m_notifier;
    EscalationWatch *m_watch = nullptr;
    ui::StatusBanner *m_banner;
    ui::StatusBanner *m_notices;
    QComboBox *m_filter;
    QStackedWidget *m_stack;
    QTableView *m_table;
    ui::EmptyState *m_empty;
    QAction *m_acknowledge;
    QAction *m_handover;
    bool m_loadedOnce = false;
};

} // namespace govops::sla
