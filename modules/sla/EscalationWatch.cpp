#include "sla/EscalationWatch.h"

#include "core/Clock.h"
#include "core/Domain.h"
#include "sla/ClockBoard.h"
#include "sla/SlaClockModel.h"
#include "storage/Database.h"
#include "storage/EscalationPass.h"
#include "storage/EscalationRepository.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketRepository.h"
#include "storage/WhenDone.h"
#include "ui/DomainWords.h"

#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace govops::sla {

namespace {

Q_LOGGING_CATEGORY(lcWatch, "govops.sla.watch")

// Enough for a pass's worth of steps; since() pages at this size too.
constexpr qsizetype kSincePage = 500;

QString keyOf(qint64 ticketId, const QString &clock, int cycle, const QString &step)
{
    return u"%1/%2#%3/%4"_s.arg(ticketId).arg(clock).arg(cycle).arg(step);
}

struct PassOutcome
{
    qint64 staffId = 0;
    qint64 lastSeen = 0;
    QList<storage::EscalationRecord> concerning; // not acknowledged by the person
    QHash<qint64, QString> numbers;              // ticket id → number
    QString passError;                           // the pass failed (e.g. a read-only session); reading went on
};

core::Result<PassOutcome> runPassJob(QSqlDatabase &db, const QString &login, qint64 lastSeen, const QDateTime &now)
{
    PassOutcome out;
    QString role;
    if (auto staff = storage::StaffRepository(db).byLogin(login)) {
        out.staffId = staff.value().id;
        role = staff.value().role;
    } else if (staff.error().code != core::Error::Code::NotFound) {
        return staff.error();
    }

    auto book = storage::SlaPolicyRepository(db).policyBook();
    if (!book)
        return book.error();
    const core::EscalationEngine engine(book.value());
    if (auto pass = storage::runEscalationPass(db, engine, now); !pass)
        out.passError = pass.error().message + u" | "_s + pass.error().detail;

    storage::EscalationRepository escalations(db);
    out.lastSeen = std::max<qint64>(lastSeen, 0);
    for (;;) {
        auto page = escalations.since(out.lastSeen);
        if (!page)
            return page.error();
        for (const storage::EscalationRecord &e : page.value()) {
            out.lastSeen = std::max(out.lastSeen, e.id);
            const bool mine = (out.staffId != 0 && e.notifiedStaffIds.contains(out.staffId)) ||
                              (!role.isEmpty() && e.notifiedRoles.contains(role));
            if (mine)
                out.concerning.append(e);
        }
        if (page.value().size() < kSincePage)
            break;
    }
    if (out.concerning.isEmpty() || out.staffId == 0)
        return out;

    QList<qint64> ids;
    for (const storage::EscalationRecord &e : std::as_const(out.concerning))
        ids.append(e.id);
    auto acked = escalations.acknowledged(out.staffId, ids);
    if (!acked)
        return acked.error();
    out.concerning.removeIf([&](const storage::EscalationRecord &e) { return acked.value().contains(e.id); });
    storage::TicketRepository tickets(db);
    for (const storage::EscalationRecord &e : std::as_const(out.concerning)) {
        if (out.numbers.contains(e.ticketId))
            continue;
        auto t = tickets.get(e.ticketId);
        out.numbers.insert(e.ticketId, t ? t.value().number : QString::number(e.ticketId));
    }
    return out;
}

} // namespace

EscalationWatch::EscalationWatch(storage::Database *database, const core::Clock *clock, QString login,
                                 Notifier *notifier, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock), m_login(std::move(login)), m_notifier(notifier)
{
    m_timer.setInterval(PassInterval);
    connect(&m_timer, &QTimer::timeout, this, &EscalationWatch::runPass);
}

void EscalationWatch::start()
{
    m_timer.start();
    runPass();
}

void EscalationWatch::runPass()
{
    if (m_running) // a slow pass is not stacked with the next one
        return;
    m_running = true;
    const QString login = m_login;
    const qint64 lastSeen = m_lastSeen;
    const QDateTime now = m_clock->now();
    storage::whenDone(this, m_database->run<core::Result<PassOutcome>>([login, lastSeen, now](QSqlDatabase &db) {
        return runPassJob(db, login, lastSeen, now);
    }),
                      [this](const core::Result<PassOutcome> &outcome) {
                          m_running = false;
                          if (!outcome) {
                              qCWarning(lcWatch)
                                  << "escalation pass:" << outcome.error().message << outcome.error().detail;
                              emit failed(outcome.error().message);
                              emit passFinished();
                              return;
                          }
                          const PassOutcome &o = outcome.value();
                          if (!o.passError.isEmpty())
                              qCWarning(lcWatch) << "escalation pass:" << o.passError;
                          const bool baseline = m_lastSeen < 0;
                          m_staffId = o.staffId;
                          m_lastSeen = o.lastSeen;
                          for (const storage::EscalationRecord &e : o.concerning) {
                              Notice n;
                              n.key = keyOf(e.ticketId, e.clock, e.cycle, e.step);
                              n.ticketId = e.ticketId;
                              n.escalationIds = {e.id};
                              n.breach = e.step == u"breach"_s;
                              const QString number = o.numbers.value(e.ticketId);
                              n.title = tr("%1: %2").arg(number, SlaClockModel::stepTitle(e.step));
                              const auto clock = core::clockKindFromStorage(e.clock);
                              n.text = clock
                                           ? tr("Ticket %1, %2 clock: %3.")
                                                 .arg(number, ui::clockTitle(*clock), SlaClockModel::stepTitle(e.step))
                                           : tr("Ticket %1 was reported at once on creation.").arg(number);
                              tell(n, !baseline);
                          }
                          emit passFinished();
                      });
}

void EscalationWatch::clockReached(const ClockRow &row, bool breached)
{
    if (m_staffId == 0 || row.ownerId != m_staffId)
        return;
    Notice n;
    n.key = keyOf(row.ticketId, core::toStorage(row.clock), row.cycle, breached ? u"breach"_s : u"warning"_s);
    n.ticketId = row.ticketId;
    n.breach = breached;
    n.title = breached ? tr("%1: deadline passed").arg(row.number) : tr("%1: deadline near").arg(row.number);
    n.text =
        breached
            ? tr("The %1 clock of ticket %2 has breached its deadline.").arg(ui::clockTitle(row.clock), row.number)
            : tr("The %1 clock of ticket %2 has reached its warning point.").arg(ui::clockTitle(row.clock), row.number);
    tell(n, true);
}

void EscalationWatch::tell(Notice notice, bool notify)
{
    for (Notice &p : m_pending) {
        if (p.key == notice.key) { // told already: the recorded step joins the notice
            for (const qint64 id : std::as_const(notice.escalationIds)) {
                if (!p.escalationIds.contains(id))
                    p.escalationIds.append(id);
            }
            return;
        }
    }
    if (m_told.contains(notice.key)) // told and acknowledged since
        return;
    m_told.insert(notice.key);
    m_pending.append(notice);
    if (notify && m_notifier)
        m_notifier->notify(notice);
    emit pendingChanged();
}

void EscalationWatch::acknowledge(const QList<qint64> &escalationIds)
{
    if (escalationIds.isEmpty())
        return;
    if (m_staffId == 0) {
        // No pass has told us who is signed in yet (the database may be down): say so rather than drop the click.
        emit failed(tr("Cannot acknowledge yet: your staff record has not been read from the database."));
        return;
    }
    const qint64 staffId = m_staffId;
    const QDateTime now = m_clock->now();
    storage::whenDone(this,
                      m_database->run<core::Status>([escalationIds, staffId, now](QSqlDatabase &db) -> core::Status {
                          storage::EscalationRepository escalations(db);
                          for (const qint64 id : escalationIds) {
                              if (auto s = escalations.acknowledge(id, staffId, now); !s)
                                  return s;
                          }
                          return core::Done{};
                      }),
                      [this, escalationIds](const core::Status &status) {
                          if (!status) {
                              emit failed(status.error().message);
                              return;
                          }
                          const auto before = m_pending.size();
                          m_pending.removeIf([&](const Notice &n) {
                              return std::any_of(n.escalationIds.cbegin(), n.escalationIds.cend(),
                                                 [&](qint64 id) { return escalationIds.contains(id); });
                          });
                          if (m_pending.size() != before)
                              emit pendingChanged();
                          emit acknowledged();
                      });
}

} // namespace govops::sla
