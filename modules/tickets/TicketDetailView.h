#pragma once

#include "core/SlaClock.h"
#include "ui/Panel.h"

#include <QList>
#include <QWidget>

#include <memory>

class QGroupBox;
class QLabel;
class QPushButton;
class QStackedWidget;
class QTableWidget;
class QTreeWidget;

namespace govops::core {
class PolicyBook;
}
namespace govops::ui {
class EmptyState;
class StatusBanner;
} // namespace govops::ui

namespace govops::tickets {

class TicketActions;

// One ticket in full: header, every SLA clock with deadline and state (live on the ui::Ticker), the history
// as a timeline, links (the CI into ui::Selection) and the post-incident analysis. Reads on the database
// thread; shows an empty state when no ticket is chosen.
class TicketDetailView : public QWidget
{
    Q_OBJECT
public:
    TicketDetailView(ui::PanelContext &context, QWidget *parent = nullptr);
    ~TicketDetailView() override;

    void showTicket(qint64 id); // 0: the empty state
    void refresh();             // reload the shown ticket (after a change-feed notice)
    qint64 ticketId() const { return m_id; }
    // The analysis form's Edit button triggers the actions' "ticket.analysis" (and follows its enabled state).
    void setActions(TicketActions *actions);

    QTableWidget *clockTable() const { return m_clocks; }
    QTreeWidget *timeline() const { return m_timeline; }

signals:
    void loaded(qint64 id); // the shown ticket is on screen (0: the empty state), or its load failed

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Loaded;
    void apply(const Loaded &loaded);
    void tick();
    void retranslate();

    ui::PanelContext m_context;
    qint64 m_id = 0;
    quint64 m_generation = 0; // answers for a ticket no longer asked for are dropped
    std::shared_ptr<const core::PolicyBook> m_book;
    QList<core::ClockState> m_clockStates;
    qint64 m_ciId = 0;

    QStackedWidget *m_stack;
    ui::EmptyState *m_empty;
    ui::StatusBanner *m_banner;
    QLabel *m_title;
    QLabel *m_facts;
    QPushButton *m_showCi;
    QTableWidget *m_clocks;
    QTreeWidget *m_timeline;
    QGroupBox *m_analysisBox;
    QLabel *m_analysis;
    QPushButton *m_editAnalysis;
};

} // namespace govops::tickets
