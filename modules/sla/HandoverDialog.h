#pragma once

// Shift handover: the outgoing person (alone, or for their whole shift) lists the open tickets with their next
// deadline, its state and the last customer update, writes a note per ticket, picks the incoming person, and
// confirms. The handover is recorded in one transaction by storage::HandoverRepository (a handovers row, one
// handover_tickets row per ticket, each ticket's history and an audit entry); when no shift is planned for
// now, that transaction creates one for the current period of the three-shift rotation.

#include "core/Result.h"
#include "core/SlaClock.h"
#include "storage/HandoverRepository.h"
#include "storage/Records.h"

#include <QDialog>
#include <QSqlDatabase>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QTableWidget;

namespace govops::ui {
class StatusBanner;
struct PanelContext;
} // namespace govops::ui

namespace govops::sla {

struct HandoverItem
{
    qint64 ticketId = 0;
    QString number;
    QString title;
    int grade = 4;
    QString status;
    std::optional<qint64> ownerId;
    QString ownerName;
    std::optional<core::ClockKind> nextClock; // the running or paused clock due first; none: no clock runs
    QDateTime nextDeadline;
    core::ClockStatus nextState = core::ClockStatus::Ok;
    QDateTime lastCustomerUpdateAt;
};

struct HandoverCandidates
{
    qint64 staffId = 0;                        // the person signed in; 0: no staff row for the login
    std::optional<storage::ShiftRecord> shift; // the shift planned for now
    QList<storage::StaffRecord> incoming;      // who may take over: active staff of the provider, not the person
    QList<HandoverItem> mine;                  // open tickets the person owns, next deadline first
    QList<HandoverItem> shiftTickets;          // open tickets owned by anyone of the shift, next deadline first
};

// On the database thread: the open (neither resolved nor closed) tickets of the person and of their shift.
core::Result<HandoverCandidates> loadHandoverCandidates(QSqlDatabase &db, const QString &login, const QDateTime &now);

class HandoverDialog : public QDialog
{
    Q_OBJECT
public:
    HandoverDialog(ui::PanelContext &context, QWidget *parent = nullptr);

    // For tests and keyboard users alike: the parts of the form.
    QComboBox *scopeBox() const { return m_scope; }
    QComboBox *incomingBox() const { return m_incoming; }
    QTableWidget *ticketTable() const { return m_tickets; }
    QPlainTextEdit *noteEdit() const { return m_note; }
    bool isReady() const { return m_ready; }

    enum Column { Include, Ticket, Title, Grade, Owner, NextDeadline, State, LastUpdate, Note, ColumnCount };

public slots:
    void accept() override; // records the handover; the dialog closes when it is stored

signals:
    void loaded();
    void handedOver(const QString &message);
    void failed(const QString &message);

private:
    void load();
    void fillTickets();
    void updateButtons();

    ui::PanelContext &m_context;
    HandoverCandidates m_candidates;
    bool m_ready = false;
    bool m_saving = false;
    ui::StatusBanner *m_banner;
    QLabel *m_header;
    QComboBox *m_scope;
    QTableWidget *m_tickets;
    QComboBox *m_incoming;
    QPlainTextEdit *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace govops::sla
