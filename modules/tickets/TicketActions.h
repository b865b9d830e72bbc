#pragma once

#include "core/Result.h"
#include "storage/Records.h"
#include "ui/Drafts.h"
#include "ui/Panel.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QAction;
class QKeySequence;
class QMenu;
class QSqlDatabase;
class QWidget;

namespace govops::core {
class PolicyBook;
}
namespace govops::storage {
class TicketWorkflow;
}

namespace govops::tickets {

class ActionDialog;

// The ticket actions of the desk, for the queue's toolbar, context menu and keyboard; run through
// storage::TicketWorkflow on the database thread; tell the person what happened (conflicts show both
// versions; nothing typed is lost).
//
// Keyboard and permissions (desk = agent, technician, O&M manager, operations manager, supervisor):
//   action                  objectName              shortcut       who                         when
//   New ticket…             ticket.new              Ctrl+N         all but leadership          always
//   Claim                   ticket.claim            Ctrl+Shift+C   desk                        no owner, work not done
//   Assign…                 ticket.assign           Ctrl+Shift+A   agent, O&M mgr, supervisor  work not done
//   Hand over…              ticket.handOver         Ctrl+Shift+H   the owner, supervisor       has an owner, not closed
//   Comment…                ticket.comment          Ctrl+Shift+M   everyone                    any ticket
//   Customer update…        ticket.customerUpdate   Ctrl+Shift+U   desk, VIP manager           not closed
//   Submit plan…            ticket.plan             Ctrl+Shift+P   desk                        work not done
//   Change status ▸         ticket.status           Ctrl+Shift+S   desk                        a legal next status
//   Change grade…           ticket.grade            Ctrl+Shift+G   agent, O&M mgr, supervisor  not closed
//   Resolve…                ticket.resolve          Ctrl+Shift+R   desk                        resolving is legal
//   Close                   ticket.close            Ctrl+Shift+L   agent, supervisor           closing is legal
//   Post-incident analysis… ticket.analysis         Ctrl+Shift+I   desk                        policy requires one
// "Change status" offers the legal next statuses (core::legalNextStatuses) except resolved and closed, which
// have their own actions. A department maintainer may open tickets for their own department and comment.
// Every write also needs a writable database (Database::isWritable()) and the signed-in person's staff record.
// The shortcuts are WidgetWithChildrenShortcut: they work in the widget the panel adds the actions to.
class TicketActions : public QObject
{
    Q_OBJECT
public:
    TicketActions(ui::PanelContext &context, QWidget *dialogParent);
    ~TicketActions() override;

    QList<QAction *> actions() const;                 // in the order of the table above
    QAction *action(const QString &objectName) const; // nullptr when there is none by that name
    QMenu *statusMenu() const { return m_statusMenu; }
    void setCurrent(const storage::TicketRecord &ticket); // id 0: none; enables/disables the actions
    const storage::TicketRecord &current() const { return m_current; }
    // The person's staff record and the SLA policy are loaded (the actions wait for them).
    bool isReady() const { return m_book != nullptr; }
    qint64 actorId() const { return m_actorId; }
    ui::Drafts &drafts() { return m_drafts; }

signals:
    void ticketChanged(qint64 id);     // after a successful write
    void message(const QString &text); // for the panel's status line
    void readyChanged(bool ready);

private:
    // One write as the person asked for it, kept until it succeeds or they give it up.
    struct Write
    {
        qint64 ticketId = 0;
        QString done;                 // for the status line after success
        QString mine;                 // what the person asked for, in full, for the conflict dialog
        std::shared_ptr<int> version; // the version it was made on; null: the write checks none
        bool analysisVersion = false; // the version is the post-incident analysis's, not the ticket's
        bool claim = false;           // a conflict means someone else owns the ticket
        bool closing = false;         // refused for want of an analysis: offer to write it
        std::function<core::Result<storage::TicketRecord>(QSqlDatabase &, storage::TicketWorkflow &, int,
                                                          const QDateTime &)>
            apply;
        QPointer<ActionDialog> dialog;
    };
    bool eventFilter(QObject *watched, QEvent *event) override;
    QAction *add(const QString &objectName, const QKeySequence &shortcut, void (TicketActions::*slot)());
    void retranslate();
    void load();
    void updateEnabled();
    bool can(std::initializer_list<core::Role> roles) const;
    bool analysisRequired(const storage::TicketRecord &t) const;

    void newTicket();
    void claim();
    void pickStaff(bool handOver);
    void assign();
    void handOver();
    void note(int mode, const QString &status = {}); // NoteDialog::Mode
    void comment();
    void customerUpdate();
    void submitPlan();
    void showStatusMenu();
    void changeStatus(const QString &status);
    void changeGrade();
    void resolve();
    void close();
    void editAnalysis();

    template <typename D> D *openDialog(D *dialog);
    void run(Write w);
    void finish(Write w, const core::Result<storage::TicketRecord> &result);
    void conflict(Write w, const core::Error &error);
    // A message box about a failed write; `then` (default label "Try Again") offers one way on.
    void tell(const QString &title, const core::Error &error, std::function<void()> then = {},
              const QString &thenText = {});

    ui::PanelContext m_context;
    QWidget *m_parent;
    ui::Drafts m_drafts;
    std::shared_ptr<const core::PolicyBook> m_book;
    qint64 m_actorId = 0;
    bool m_loading = false;
    storage::TicketRecord m_current;
    QList<QAction *> m_actions;
    QMenu *m_statusMenu;
};

} // namespace govops::tickets
