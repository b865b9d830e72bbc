#include "sla/HandoverDialog.h"

#include "core/Clock.h"
#include "core/TicketClocks.h"
#include "sla/SlaClockModel.h"
#include "storage/Database.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketFacts.h"
#include "storage/WhenDone.h"
#include "ui/DomainWords.h"
#include "ui/Panel.h"
#include "ui/StatusBanner.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace govops::sla {

namespace {

HandoverItem itemOf(const storage::TicketWithFacts &t, const core::PolicyBook &book, const QDateTime &now)
{
    HandoverItem item;
    item.ticketId = t.ticket.id;
    item.number = t.ticket.number;
    item.title = t.ticket.title;
    item.grade = t.ticket.grade;
    item.status = t.ticket.status;
    item.ownerId = t.ticket.ownerId;
    item.ownerName = t.ticket.ownerName;
    item.lastCustomerUpdateAt = t.ticket.lastCustomerUpdateAt;
    const core::TicketClocks clocks = core::computeTicketClocks(t.facts, book, now);
    if (const core::ClockState *next = clocks.next()) {
        item.nextClock = next->kind;
        item.nextDeadline = next->deadline;
        item.nextState = next->status;
    }
    return item;
}

void byDeadline(QList<HandoverItem> &items)
{
    std::stable_sort(items.begin(), items.end(), [](const HandoverItem &a, const HandoverItem &b) {
        if (a.nextDeadline.isValid() != b.nextDeadline.isValid())
            return a.nextDeadline.isValid();
        return a.nextDeadline < b.nextDeadline;
    });
}

} // namespace

core::Result<HandoverCandidates> loadHandoverCandidates(QSqlDatabase &db, const QString &login, const QDateTime &now)
{
    HandoverCandidates out;
    auto staff = storage::StaffRepository(db).list();
    if (!staff)
        return staff.error();
    for (const storage::StaffRecord &s : staff.value()) {
        if (s.login == login)
            out.staffId = s.id;
    }
    for (const storage::StaffRecord &s : staff.value()) {
        if (s.active && s.id != out.staffId && !s.departmentId)
            out.incoming.append(s);
    }
    auto shift = storage::HandoverRepository(db).shiftAt(now);
    if (!shift)
        return shift.error();
    out.shift = shift.value();
    auto tickets = storage::TicketFactsQuery(db).unclosed();
    if (!tickets)
        return tickets.error();
    auto book = storage::SlaPolicyRepository(db).policyBook();
    if (!book)
        return book.error();
    for (const storage::TicketWithFacts &t : tickets.value()) {
        if (!t.ticket.ownerId || t.ticket.status == u"resolved"_s)
            continue;
        const bool mine = *t.ticket.ownerId == out.staffId;
        const bool ofShift = mine || (out.shift && out.shift->memberIds.contains(*t.ticket.ownerId));
        if (!ofShift)
            continue;
        const HandoverItem item = itemOf(t, book.value(), now);
        if (mine)
            out.mine.append(item);
        out.shiftTickets.append(item);
    }
    byDeadline(out.mine);
    byDeadline(out.shiftTickets);
    return out;
}

HandoverDialog::HandoverDialog(ui::PanelContext &context, QWidget *parent)
    : QDialog(parent), m_context(context), m_banner(new ui::StatusBanner(this)), m_header(new QLabel(this)),
      m_scope(new QComboBox(this)), m_tickets(new QTableWidget(this)), m_incoming(new QComboBox(this)),
      m_note(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Shift handover"));
    m_header->setWordWrap(true);
    m_header->setText(tr("Loading your open tickets…"));
    m_scope->addItem(tr("My open tickets"));
    m_scope->addItem(tr("Open tickets of my whole shift"));
    m_tickets->setColumnCount(ColumnCount);
    m_tickets->setHorizontalHeaderLabels({tr("Hand over"), tr("Ticket"), tr("Title"), tr("Grade"), tr("Owner"),
                                          tr("Next deadline"), tr("State"), tr("Last customer update"),
                                          tr("Note for the next shift")});
    m_tickets->verticalHeader()->hide();
    m_tickets->horizontalHeader()->setStretchLastSection(true);
    m_tickets->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tickets->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_note->setPlaceholderText(tr("What the next shift should know about the desk as a whole"));
    m_note->setTabChangesFocus(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Hand over"));

    auto *form = new QFormLayout;
    form->addRow(tr("Hand over:"), m_scope);
    form->addRow(tr("Taken over by:"), m_incoming);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_header);
    layout->addLayout(form);
    layout->addWidget(m_tickets, 1);
    layout->addWidget(new QLabel(tr("Note:"), this));
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);
    resize(900, 560);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &HandoverDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &HandoverDialog::reject);
    connect(m_scope, &QComboBox::currentIndexChanged, this, &HandoverDialog::fillTickets);
    connect(m_incoming, &QComboBox::currentIndexChanged, this, &HandoverDialog::updateButtons);
    connect(m_tickets, &QTableWidget::itemChanged, this, &HandoverDialog::updateButtons);
    updateButtons();
    load();
}

void HandoverDialog::load()
{
    if (!m_context.database)
        return;
    const QString login = m_context.session.login;
    const QDateTime now = m_context.clock->now();
    storage::whenDone(
        this, m_context.database->run<core::Result<HandoverCandidates>>([login, now](QSqlDatabase &db) {
            return loadHandoverCandidates(db, login, now);
        }),
        [this](const core::Result<HandoverCandidates> &result) {
            if (!result) {
                m_banner->showMessage(ui::StatusBanner::Level::Error, result.error().message);
                emit failed(result.error().message);
                return;
            }
            m_candidates = result.value();
            for (const storage::StaffRecord &s : std::as_const(m_candidates.incoming))
                m_incoming->addItem(s.displayName, s.id);
            m_incoming->setCurrentIndex(-1);
            const QString shift =
                m_candidates.shift
                    ? tr("Shift %1, %2 – %3")
                          .arg(m_candidates.shift->name,
                               QLocale().toString(m_candidates.shift->startsAt.toLocalTime(), QLocale::ShortFormat),
                               QLocale().toString(m_candidates.shift->endsAt.toLocalTime(), QLocale::ShortFormat))
                    : tr("No shift is planned for now: the handover opens one for the current period.");
            m_header->setText(shift);
            m_ready = true;
            fillTickets();
            emit loaded();
        });
}

void HandoverDialog::fillTickets()
{
    const QList<HandoverItem> &items = m_scope->currentIndex() == 1 ? m_candidates.shiftTickets : m_candidates.mine;
    const QSignalBlocker blocker(m_tickets);
    m_tickets->setRowCount(0);
    m_tickets->setRowCount(int(items.size()));
    for (int r = 0; r < items.size(); ++r) {
        const HandoverItem &item = items.at(r);
        auto fixed = [&](int column, const QString &text) {
            auto *cell = new QTableWidgetItem(text);
            cell->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            m_tickets->setItem(r, column, cell);
            return cell;
        };
        QTableWidgetItem *include = fixed(Include, QString());
        include->setFlags(include->flags() | Qt::ItemIsUserCheckable);
        include->setCheckState(Qt::Checked);
        include->setData(Qt::UserRole, item.ticketId);
        fixed(Ticket, item.number);
        fixed(Title, item.title);
        fixed(Grade, ui::gradeTitle(item.grade));
        fixed(Owner, item.ownerName);
        fixed(NextDeadline, item.nextClock ? tr("%1: %2").arg(ui::clockTitle(*item.nextClock),
                                                              QLocale().toString(item.nextDeadline.toLocalTime(),
                                                                                 QLocale::ShortFormat))
                                           : QString());
        QTableWidgetItem *state = fixed(State, item.nextClock ? ui::clockStatusTitle(item.nextState) : QString());
        if (const QColor c = SlaClockModel::stateColour(item.nextState); c.isValid() && item.nextClock)
            state->setForeground(c);
        fixed(LastUpdate, item.lastCustomerUpdateAt.isValid()
                              ? QLocale().toString(item.lastCustomerUpdateAt.toLocalTime(), QLocale::ShortFormat)
                              : tr("none yet"));
        m_tickets->setItem(r, Note, new QTableWidgetItem(QString()));
    }
    m_tickets->resizeColumnsToContents();
    updateButtons();
}

void HandoverDialog::updateButtons()
{
    bool any = false;
    for (int r = 0; r < m_tickets->rowCount(); ++r)
        any = any || m_tickets->item(r, Include)->checkState() == Qt::Checked;
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(m_ready && !m_saving && any && m_candidates.staffId != 0 && m_incoming->currentIndex() >= 0);
}

void HandoverDialog::accept()
{
    if (!m_buttons->button(QDialogButtonBox::Ok)->isEnabled())
        return;
    storage::NewHandover handover;
    handover.fromStaffId = m_candidates.staffId;
    handover.toStaffId = m_incoming->currentData().toLongLong();
    handover.note = m_note->toPlainText();
    for (int r = 0; r < m_tickets->rowCount(); ++r) {
        if (m_tickets->item(r, Include)->checkState() != Qt::Checked)
            continue;
        handover.tickets.append(
            {m_tickets->item(r, Include)->data(Qt::UserRole).toLongLong(), m_tickets->item(r, Note)->text()});
    }
    const QString to = m_incoming->currentText();
    const QDateTime now = m_context.clock->now();
    m_saving = true;
    updateButtons();
    storage::whenDone(
        this, m_context.database->run<core::Result<storage::HandoverRecord>>([handover, now](QSqlDatabase &db) {
            return storage::HandoverRepository(db).record(handover, now);
        }),
        [this, to](const core::Result<storage::HandoverRecord> &result) {
            m_saving = false;
            if (!result) {
                m_banner->showMessage(ui::StatusBanner::Level::Error, result.error().message);
                updateButtons();
                emit failed(result.error().message);
                return;
            }
            emit handedOver(tr("Handed %n ticket(s) over to %1.", nullptr, int(result.value().tickets.size())).arg(to));
            QDialog::accept();
        });
}

} // namespace govops::sla
