#include "tickets/TicketActions.h"

#include "core/Clock.h"
#include "core/Domain.h"
#include "core/PostIncident.h"
#include "core/SlaPolicy.h"
#include "storage/Database.h"
#include "storage/DepartmentRepository.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TicketWorkflow.h"
#include "storage/WhenDone.h"
#include "tickets/ConflictDialog.h"
#include "tickets/NewTicketDialog.h"
#include "tickets/NoteDialog.h"
#include "tickets/PostIncidentDialog.h"
#include "tickets/ResolveDialog.h"
#include "tickets/StaffPickerDialog.h"
#include "ui/DomainWords.h"
#include "ui/Logging.h"

#include <QAction>
#include <QEvent>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace govops::tickets {

namespace {

using core::Role;

// Who works tickets at the desk (the table in the header).
constexpr std::initializer_list<Role> kDesk{Role::Agent, Role::Technician, Role::OpsManager, Role::OperationsManager,
                                            Role::Supervisor};
constexpr std::initializer_list<Role> kDispatch{Role::Agent, Role::OpsManager, Role::Supervisor};

// What is stored now, for the conflict dialog: its summary and the version to apply a change to.
struct Stored
{
    QString text;
    int version = 0;
};

struct Setup
{
    std::shared_ptr<const core::PolicyBook> book;
    qint64 actorId = 0;
};

// The ticket as stored now, for the right side of the conflict dialog. Runs on the database thread.
QString describeTicket(const storage::TicketRecord &t)
{
    return TicketActions::tr("Status: %1\nGrade: %2\nOwner: %3\nTitle: %4\nLast saved: %5")
        .arg(ui::statusTitle(t.status), ui::gradeTitle(t.grade),
             t.ownerName.isEmpty() ? TicketActions::tr("nobody") : t.ownerName, t.title, ui::dateTimeText(t.updatedAt));
}

QString describeAnalysis(const storage::PostIncidentRecord &a)
{
    return TicketActions::tr("Fault began: %1\nService restored: %2\nCause: %3\nResult: %4\nPrevention: %5")
        .arg(ui::dateTimeText(a.occurredAt), ui::dateTimeText(a.recoveredAt), a.cause, a.result, a.preventiveMeasures);
}

QString describeAnalysisChange(const storage::PostIncidentRecord &a)
{
    return TicketActions::tr("Save the post-incident analysis:\n") + describeAnalysis(a);
}

} // namespace

TicketActions::TicketActions(ui::PanelContext &context, QWidget *dialogParent)
    : QObject(dialogParent), m_context(context), m_parent(dialogParent), m_statusMenu(new QMenu(dialogParent))
{
    const auto ctrlShift = [](Qt::Key key) { return QKeySequence(Qt::CTRL | Qt::SHIFT | key); };
    add(u"ticket.new"_s, QKeySequence(Qt::CTRL | Qt::Key_N), &TicketActions::newTicket);
    add(u"ticket.claim"_s, ctrlShift(Qt::Key_C), &TicketActions::claim);
    add(u"ticket.assign"_s, ctrlShift(Qt::Key_A), &TicketActions::assign);
    add(u"ticket.handOver"_s, ctrlShift(Qt::Key_H), &TicketActions::handOver);
    add(u"ticket.comment"_s, ctrlShift(Qt::Key_M), &TicketActions::comment);
    add(u"ticket.customerUpdate"_s, ctrlShift(Qt::Key_U), &TicketActions::customerUpdate);
    add(u"ticket.plan"_s, ctrlShift(Qt::Key_P), &TicketActions::submitPlan);
    add(u"ticket.status"_s, ctrlShift(Qt::Key_S), &TicketActions::showStatusMenu)->setMenu(m_statusMenu);
    add(u"ticket.grade"_s, ctrlShift(Qt::Key_G), &TicketActions::changeGrade);
    add(u"ticket.resolve"_s, ctrlShift(Qt::Key_R), &TicketActions::resolve);
    add(u"ticket.close"_s, ctrlShift(Qt::Key_L), &TicketActions::close);
    add(u"ticket.analysis"_s, ctrlShift(Qt::Key_I), &TicketActions::editAnalysis);
    retranslate();
    dialogParent->installEventFilter(this);

    if (m_context.database) {
        connect(m_context.database, &storage::Database::stateChanged, this, [this] {
            load();
            updateEnabled();
        });
        load();
    }
    updateEnabled();
}

TicketActions::~TicketActions() = default;

QAction *TicketActions::add(const QString &objectName, const QKeySequence &shortcut, void (TicketActions::*slot)())
{
    auto *a = new QAction(this);
    a->setObjectName(objectName);
    a->setShortcut(shortcut);
    a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(a, &QAction::triggered, this, slot);
    m_actions.append(a);
    return a;
}

QList<QAction *> TicketActions::actions() const
{
    return m_actions;
}

QAction *TicketActions::action(const QString &objectName) const
{
    for (QAction *a : m_actions) {
        if (a->objectName() == objectName)
            return a;
    }
    return nullptr;
}

bool TicketActions::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_parent && event->type() == QEvent::LanguageChange) {
        retranslate();
        updateEnabled(); // the status submenu holds translated names too
    }
    return QObject::eventFilter(watched, event);
}

void TicketActions::retranslate()
{
    const QStringList texts{tr("&New Ticket…"),  tr("C&laim"),         tr("&Assign…"),
                            tr("&Hand Over…"),   tr("&Comment…"),      tr("Customer &Update…"),
                            tr("Submit &Plan…"), tr("Change &Status"), tr("Change &Grade…"),
                            tr("&Resolve…"),     tr("Cl&ose"),         tr("Post-incident &Analysis…")};
    const QStringList tips{tr("Open a ticket for a call, an e-mail or a portal request"),
                           tr("Take the ticket: you become its one owner"),
                           tr("Dispatch the ticket to a colleague"),
                           tr("Give the ticket to the next owner, with a note"),
                           tr("An internal note for the team"),
                           tr("Record the progress you reported to the customer (restarts the update clock)"),
                           tr("Submit the handling plan"),
                           tr("Move the ticket to another status"),
                           tr("Raise or lower the grade, with the reason"),
                           tr("Record the ticket as resolved, with whose side the cause was on"),
                           tr("Close the ticket for good"),
                           tr("Time, cause, result and prevention of the fault")};
    for (int i = 0; i < m_actions.size(); ++i) {
        m_actions.at(i)->setText(texts.at(i));
        m_actions.at(i)->setToolTip(
            u"%1 (%2)"_s.arg(tips.at(i), m_actions.at(i)->shortcut().toString(QKeySequence::NativeText)));
        m_actions.at(i)->setStatusTip(tips.at(i));
    }
}

void TicketActions::load()
{
    using State = storage::Database::State;
    storage::Database *db = m_context.database;
    if (m_book || m_loading || !db || (db->state() != State::Ready && db->state() != State::ReadOnly))
        return;
    m_loading = true;
    const QString login = m_context.session.login;
    storage::whenDone(this, db->run<core::Result<Setup>>([login](QSqlDatabase &c) -> core::Result<Setup> {
        auto me = storage::StaffRepository(c).byLogin(login);
        if (!me)
            return me.error();
        auto book = storage::SlaPolicyRepository(c).policyBook();
        if (!book)
            return book.error();
        return Setup{std::make_shared<const core::PolicyBook>(std::move(book).value()), me.value().id};
    }),
                      [this](const core::Result<Setup> &setup) {
                          m_loading = false;
                          if (!setup) {
                              qCWarning(ui::lcUi) << "ticket actions not ready:" << setup.error().detail;
                              emit message(tr("The ticket actions are not available: %1").arg(setup.error().message));
                              return;
                          }
                          m_book = setup.value().book;
                          m_actorId = setup.value().actorId;
                          updateEnabled();
                          emit readyChanged(true);
                      });
}

void TicketActions::setCurrent(const storage::TicketRecord &ticket)
{
    m_current = ticket;
    updateEnabled();
}

bool TicketActions::can(std::initializer_list<core::Role> roles) const
{
    const auto role = m_context.session.role;
    return role && std::find(roles.begin(), roles.end(), *role) != roles.end();
}

bool TicketActions::analysisRequired(const storage::TicketRecord &t) const
{
    const auto kind = core::ticketKindFromStorage(t.kind);
    const auto grade = core::gradeFromStorage(ui::gradeTitle(t.grade));
    const core::PolicyEntry *entry = m_book ? m_book->find(t.slaPolicyVersion) : nullptr;
    return kind && grade && entry && core::isPostIncidentRequired(*kind, *grade, entry->policy.postIncidentGrades());
}

void TicketActions::updateEnabled()
{
    const bool writable = m_context.database && m_context.database->isWritable() && m_book;
    const storage::TicketRecord &t = m_current;
    const auto status = core::ticketStatusFromStorage(t.status);
    const bool has = writable && t.id != 0 && status.has_value();
    const bool open = has && *status != core::TicketStatus::Closed;
    const bool working = has && !core::isWorkDone(*status);
    const bool mine = t.ownerId && *t.ownerId == m_actorId;
    const auto role = m_context.session.role;
    const auto legal = [&](core::TicketStatus to) { return has && core::isLegalTransition(*status, to); };

    m_statusMenu->clear();
    if (has) {
        for (const core::TicketStatus next : core::legalNextStatuses(*status)) {
            if (next == core::TicketStatus::Resolved || next == core::TicketStatus::Closed)
                continue;
            const QString code = core::toStorage(next);
            m_statusMenu->addAction(ui::statusTitle(code), this, [this, code] { changeStatus(code); });
        }
    }

    const auto set = [this](const QString &name, bool enabled) { action(name)->setEnabled(enabled); };
    set(u"ticket.new"_s, writable && role && *role != core::Role::Leadership);
    set(u"ticket.claim"_s, working && !t.ownerId && can(kDesk));
    set(u"ticket.assign"_s, working && can(kDispatch));
    set(u"ticket.handOver"_s, open && t.ownerId && (mine || can({core::Role::Supervisor})));
    set(u"ticket.comment"_s, has && role);
    set(u"ticket.customerUpdate"_s, open && (can(kDesk) || can({core::Role::VipManager})));
    set(u"ticket.plan"_s, working && can(kDesk));
    set(u"ticket.status"_s, !m_statusMenu->isEmpty() && can(kDesk));
    set(u"ticket.grade"_s, open && can(kDispatch));
    set(u"ticket.resolve"_s, legal(core::TicketStatus::Resolved) && can(kDesk));
    set(u"ticket.close"_s, legal(core::TicketStatus::Closed) && can({core::Role::Agent, core::Role::Supervisor}));
    set(u"ticket.analysis"_s, open && can(kDesk) && analysisRequired(t));
}

template <typename D> D *TicketActions::openDialog(D *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

// --- the actions --------------------------------------------------------------------------------------------

void TicketActions::newTicket()
{
    std::optional<qint64> fixed;
    if (m_context.session.role == core::Role::DeptMaintainer)
        fixed = m_context.session.departmentId;
    storage::whenDone(this,
                      m_context.database->run<core::Result<NewTicketChoices>>(
                          [fixed](QSqlDatabase &c) -> core::Result<NewTicketChoices> {
                              storage::DepartmentRepository departments(c);
                              auto list = departments.list();
                              if (!list)
                                  return list.error();
                              NewTicketChoices choices{
                                  .departments = list.value(), .systems = {}, .fixedDepartment = fixed};
                              for (const storage::DepartmentRecord &d : std::as_const(choices.departments)) {
                                  if (fixed && *fixed != d.id)
                                      continue;
                                  auto systems = departments.businessSystems(d.id);
                                  if (!systems)
                                      return systems.error();
                                  choices.systems.insert(d.id, systems.value());
                              }
                              return choices;
                          }),
                      [this](const core::Result<NewTicketChoices> &choices) {
                          if (!choices) {
                              tell(tr("New Ticket"), choices.error(), [this] { newTicket(); });
                              return;
                          }
                          auto *dialog = openDialog(new NewTicketDialog(choices.value(), m_parent));
                          dialog->keepDrafts(&m_drafts, ui::Drafts::key(u"new-ticket"_s));
                          connect(dialog, &ActionDialog::submitted, this, [this, dialog] {
                              const storage::NewTicket t = dialog->ticket();
                              run({.ticketId = 0,
                                   .done = {},
                                   .mine = tr("Open a new ticket: %1").arg(t.title),
                                   .version = nullptr,
                                   .analysisVersion = false,
                                   .claim = false,
                                   .closing = false,
                                   .apply = [t](QSqlDatabase &, storage::TicketWorkflow &wf, int,
                                                const QDateTime &now) { return wf.create(t, now); },
                                   .dialog = dialog});
                          });
                      });
}

void TicketActions::claim()
{
    const storage::TicketRecord t = m_current;
    run({.ticketId = t.id,
         .done = tr("%1 is yours now.").arg(t.number),
         .mine = tr("Claim %1").arg(t.number),
         .version = nullptr,
         .analysisVersion = false,
         .claim = true,
         .closing = false,
         .apply = [id = t.id](QSqlDatabase &, storage::TicketWorkflow &wf, int,
                              const QDateTime &now) { return wf.claim(id, now); },
         .dialog = nullptr});
}

void TicketActions::pickStaff(bool handOver)
{
    const storage::TicketRecord t = m_current;
    storage::whenDone(
        this, m_context.database->run<core::Result<QList<storage::StaffRecord>>>([](QSqlDatabase &c) {
            return storage::StaffRepository(c).list();
        }),
        [this, t, handOver](const core::Result<QList<storage::StaffRecord>> &staff) {
            if (!staff) {
                tell(handOver ? tr("Hand Over") : tr("Assign"), staff.error(),
                     [this, handOver] { pickStaff(handOver); });
                return;
            }
            QList<storage::StaffRecord> candidates;
            for (const storage::StaffRecord &s : staff.value()) {
                const auto role = core::roleFromStorage(s.role);
                const bool works = role && std::find(kDesk.begin(), kDesk.end(), *role) != kDesk.end();
                if (s.active && works && s.id != t.ownerId.value_or(0))
                    candidates.append(s);
            }
            const auto mode = handOver ? StaffPickerDialog::Mode::HandOver : StaffPickerDialog::Mode::Assign;
            auto *dialog = openDialog(new StaffPickerDialog(mode, t.number, candidates, m_parent));
            if (handOver)
                dialog->keepDrafts(&m_drafts, ui::Drafts::key(u"handover"_s, t.id));
            auto version = std::make_shared<int>(t.version);
            connect(dialog, &ActionDialog::submitted, this, [this, dialog, t, version, handOver] {
                const qint64 to = dialog->staffId();
                const QString name = dialog->staffName();
                const QString note = dialog->note();
                Write w{.ticketId = t.id,
                        .done = {},
                        .mine = {},
                        .version = version,
                        .analysisVersion = false,
                        .claim = false,
                        .closing = false,
                        .apply = {},
                        .dialog = dialog};
                if (handOver) {
                    w.done = tr("%1 handed over to %2.").arg(t.number, name);
                    w.mine = tr("Hand over to %1 with the note:\n%2").arg(name, note);
                    w.apply = [id = t.id, to, note](QSqlDatabase &, storage::TicketWorkflow &wf, int v,
                                                    const QDateTime &now) { return wf.handOver(id, v, to, note, now); };
                } else {
                    w.done = tr("%1 assigned to %2.").arg(t.number, name);
                    w.mine = tr("Assign to %1").arg(name);
                    w.apply = [id = t.id, to](QSqlDatabase &, storage::TicketWorkflow &wf, int v,
                                              const QDateTime &now) { return wf.assign(id, v, to, now); };
                }
                run(w);
            });
        });
}

void TicketActions::assign()
{
    pickStaff(false);
}

void TicketActions::handOver()
{
    pickStaff(true);
}

void TicketActions::note(int mode, const QString &status)
{
    using Mode = NoteDialog::Mode;
    const auto m = Mode(mode);
    const storage::TicketRecord t = m_current;
    auto *dialog = openDialog(new NoteDialog(m, t.number, ui::statusTitle(status), m_parent));
    if (m == Mode::Comment)
        dialog->keepDrafts(&m_drafts, ui::Drafts::key(u"comment"_s, t.id));
    else if (m == Mode::CustomerUpdate)
        dialog->keepDrafts(&m_drafts, ui::Drafts::key(u"customer-update"_s, t.id));
    else if (m == Mode::Plan)
        dialog->keepDrafts(&m_drafts, ui::Drafts::key(u"plan"_s, t.id));
    // Comments and customer updates append to the history and change no field: no version to check.
    auto version = m == Mode::Comment || m == Mode::CustomerUpdate ? nullptr : std::make_shared<int>(t.version);
    connect(dialog, &ActionDialog::submitted, this, [this, dialog, t, version, m, status] {
        const QString text = dialog->text();
        Write w{.ticketId = t.id,
                .done = {},
                .mine = {},
                .version = version,
                .analysisVersion = false,
                .claim = false,
                .closing = false,
                .apply = {},
                .dialog = dialog};
        const qint64 id = t.id;
        switch (m) {
        case Mode::Comment:
            w.done = tr("Comment added to %1.").arg(t.number);
            w.mine = tr("Comment:\n%1").arg(text);
            w.apply = [id, text](QSqlDatabase &, storage::TicketWorkflow &wf, int, const QDateTime &now) {
                return wf.comment(id, text, now);
            };
            break;
        case Mode::CustomerUpdate: {
            const QString channel = dialog->channel();
            w.done = tr("Customer update recorded on %1.").arg(t.number);
            w.mine = tr("Customer update (%1):\n%2").arg(ui::channelTitle(channel), text);
            w.apply = [id, channel, text](QSqlDatabase &, storage::TicketWorkflow &wf, int, const QDateTime &now) {
                return wf.customerUpdate(id, channel, text, now);
            };
            break;
        }
        case Mode::Plan:
            w.done = tr("Handling plan of %1 submitted.").arg(t.number);
            w.mine = tr("Handling plan:\n%1").arg(text);
            w.apply = [id, text](QSqlDatabase &, storage::TicketWorkflow &wf, int v, const QDateTime &now) {
                return wf.submitPlan(id, v, text, now);
            };
            break;
        case Mode::StatusChange:
            w.done = tr("%1 is now %2.").arg(t.number, ui::statusTitle(status));
            w.mine = tr("Change the status to %1. Note:\n%2").arg(ui::statusTitle(status), text);
            w.apply = [id, status, text](QSqlDatabase &, storage::TicketWorkflow &wf, int v, const QDateTime &now) {
                return wf.changeStatus(id, v, status, text, now);
            };
            break;
        }
        run(w);
    });
}

void TicketActions::comment()
{
    note(int(NoteDialog::Mode::Comment));
}

void TicketActions::customerUpdate()
{
    note(int(NoteDialog::Mode::CustomerUpdate));
}

void TicketActions::submitPlan()
{
    note(int(NoteDialog::Mode::Plan));
}

void TicketActions::showStatusMenu()
{
    if (!m_statusMenu->isEmpty())
        m_statusMenu->popup(m_parent->mapToGlobal(m_parent->rect().center()));
}

void TicketActions::changeStatus(const QString &status)
{
    note(int(NoteDialog::Mode::StatusChange), status);
}

void TicketActions::changeGrade()
{
    const storage::TicketRecord t = m_current;
    auto *dialog = openDialog(new GradeDialog(t.number, t.grade, m_parent));
    auto version = std::make_shared<int>(t.version);
    connect(dialog, &ActionDialog::submitted, this, [this, dialog, t, version] {
        const int grade = dialog->grade();
        const QString reason = dialog->reason();
        run({.ticketId = t.id,
             .done = tr("%1 is now grade %2.").arg(t.number, ui::gradeTitle(grade)),
             .mine = tr("Change the grade to %1. Reason:\n%2").arg(ui::gradeTitle(grade), reason),
             .version = version,
             .analysisVersion = false,
             .claim = false,
             .closing = false,
             .apply = [id = t.id, grade,
                       reason](QSqlDatabase &, storage::TicketWorkflow &wf, int v,
                               const QDateTime &now) { return wf.changeGrade(id, v, grade, reason, now); },
             .dialog = dialog});
    });
}

void TicketActions::resolve()
{
    const storage::TicketRecord t = m_current;
    auto *dialog = openDialog(new ResolveDialog(t.number, t.kind == u"fault", m_parent));
    dialog->keepDrafts(&m_drafts, ui::Drafts::key(u"resolve"_s, t.id));
    auto version = std::make_shared<int>(t.version);
    connect(dialog, &ActionDialog::submitted, this, [this, dialog, t, version] {
        const QString responsibility = dialog->responsibility();
        const QString note = dialog->note();
        run({.ticketId = t.id,
             .done = tr("%1 resolved.").arg(t.number),
             .mine = tr("Resolve (responsibility: %1). What was done:\n%2")
                         .arg(responsibility.isEmpty() ? tr("not applicable") : ui::responsibilityTitle(responsibility),
                              note),
             .version = version,
             .analysisVersion = false,
             .claim = false,
             .closing = false,
             .apply = [id = t.id, responsibility,
                       note](QSqlDatabase &, storage::TicketWorkflow &wf, int v,
                             const QDateTime &now) { return wf.resolve(id, v, responsibility, note, now); },
             .dialog = dialog});
    });
}

void TicketActions::close()
{
    const storage::TicketRecord t = m_current;
    auto *ask = new QMessageBox(QMessageBox::Question, tr("Close %1").arg(t.number),
                                tr("Close %1 for good? A closed ticket cannot be reopened.").arg(t.number),
                                QMessageBox::Cancel, m_parent);
    ask->setObjectName(u"confirmClose"_s);
    QPushButton *yes = ask->addButton(tr("&Close Ticket"), QMessageBox::AcceptRole);
    ask->setDefaultButton(yes);
    ask->setAttribute(Qt::WA_DeleteOnClose);
    connect(yes, &QPushButton::clicked, this, [this, t] {
        run({.ticketId = t.id,
             .done = tr("%1 closed.").arg(t.number),
             .mine = tr("Close %1").arg(t.number),
             .version = std::make_shared<int>(t.version),
             .analysisVersion = false,
             .claim = false,
             .closing = true,
             .apply = [id = t.id](QSqlDatabase &, storage::TicketWorkflow &wf, int v,
                                  const QDateTime &now) { return wf.close(id, v, now); },
             .dialog = nullptr});
    });
    ask->open();
}

void TicketActions::editAnalysis()
{
    const storage::TicketRecord t = m_current;
    const auto book = m_book;
    const qint64 actor = m_actorId;
    storage::whenDone(this,
                      m_context.database->run<core::Result<std::optional<storage::PostIncidentRecord>>>(
                          [book, actor, id = t.id](QSqlDatabase &c) {
                              return storage::TicketWorkflow(c, *book, actor).analysis(id);
                          }),
                      [this, t](const core::Result<std::optional<storage::PostIncidentRecord>> &stored) {
                          if (!stored) {
                              tell(tr("Post-incident Analysis"), stored.error(), [this] { editAnalysis(); });
                              return;
                          }
                          storage::PostIncidentRecord base;
                          if (stored.value()) {
                              base = *stored.value();
                          } else {
                              base.ticketId = t.id;
                              base.occurredAt = t.createdAt;
                              base.recoveredAt = t.resolvedAt.isValid() ? t.resolvedAt : m_context.clock->now();
                          }
                          auto *dialog = openDialog(new PostIncidentDialog(t.number, base, m_parent));
                          dialog->keepDrafts(&m_drafts, ui::Drafts::key(u"analysis"_s, t.id));
                          auto version = std::make_shared<int>(base.version);
                          connect(dialog, &ActionDialog::submitted, this, [this, dialog, t, version] {
                              const storage::PostIncidentRecord record = dialog->record();
                              run({.ticketId = t.id,
                                   .done = tr("Post-incident analysis of %1 saved.").arg(t.number),
                                   .mine = describeAnalysisChange(record),
                                   .version = version,
                                   .analysisVersion = true,
                                   .claim = false,
                                   .closing = false,
                                   .apply = [record](QSqlDatabase &c, storage::TicketWorkflow &wf, int v,
                                                     const QDateTime &now) -> core::Result<storage::TicketRecord> {
                                       storage::PostIncidentRecord r = record;
                                       r.version = v;
                                       if (auto saved = wf.saveAnalysis(r, now); !saved)
                                           return saved.error();
                                       return storage::TicketRepository(c).get(r.ticketId);
                                   },
                                   .dialog = dialog});
                          });
                      });
}

// --- running a write ----------------------------------------------------------------------------------------

void TicketActions::run(Write w)
{
    if (!m_book || !m_context.database)
        return;
    if (w.dialog)
        w.dialog->setBusy(true);
    const QDateTime now = m_context.clock->now();
    const auto book = m_book;
    const qint64 actor = m_actorId;
    const int version = w.version ? *w.version : 0;
    const auto apply = w.apply;
    storage::whenDone(this,
                      m_context.database->run<core::Result<storage::TicketRecord>>(
                          [book, actor, version, now, apply](QSqlDatabase &c) {
                              storage::TicketWorkflow workflow(c, *book, actor);
                              return apply(c, workflow, version, now);
                          }),
                      [this, w](const core::Result<storage::TicketRecord> &result) { finish(w, result); });
}

void TicketActions::finish(Write w, const core::Result<storage::TicketRecord> &result)
{
    if (result) {
        const storage::TicketRecord &t = result.value();
        if (w.dialog)
            w.dialog->succeeded();
        if (m_current.id == t.id)
            setCurrent(t);
        emit message(w.ticketId == 0 ? tr("Ticket %1 opened.").arg(t.number) : w.done);
        emit ticketChanged(t.id);
        return;
    }
    const core::Error &error = result.error();
    qCInfo(ui::lcUi) << "ticket write refused:" << int(error.code) << error.detail;
    if (error.code == core::Error::Code::Conflict && w.claim) {
        // Exactly one owner: the message names the one who was faster.
        tell(tr("Already Claimed"), error);
        emit ticketChanged(w.ticketId);
        return;
    }
    if (error.code == core::Error::Code::Conflict && w.version) {
        conflict(w, error);
        return;
    }
    if (w.dialog) {
        w.dialog->fail(error);
        emit message(error.message);
        return;
    }
    if (error.code == core::Error::Code::Unavailable) {
        tell(tr("Not Saved"), error, [this, w] { run(w); });
    } else if (w.closing && error.code == core::Error::Code::Invalid && action(u"ticket.analysis"_s)->isEnabled()) {
        tell(
            tr("Not Closed"), error, [this] { editAnalysis(); }, tr("Write the &Analysis…"));
    } else {
        tell(tr("Not Saved"), error);
    }
}

void TicketActions::conflict(Write w, const core::Error &error)
{
    const auto book = m_book;
    const qint64 actor = m_actorId;
    const qint64 id = w.ticketId;
    const bool analysis = w.analysisVersion;
    storage::whenDone(
        this,
        m_context.database->run<core::Result<Stored>>(
            [book, actor, id, analysis](QSqlDatabase &c) -> core::Result<Stored> {
                if (analysis) {
                    auto a = storage::TicketWorkflow(c, *book, actor).analysis(id);
                    if (!a)
                        return a.error();
                    if (!a.value())
                        return Stored{TicketActions::tr("No analysis is stored."), 0};
                    return Stored{describeAnalysis(*a.value()), a.value()->version};
                }
                auto t = storage::TicketRepository(c).get(id);
                if (!t)
                    return t.error();
                return Stored{describeTicket(t.value()), t.value().version};
            }),
        [this, w, error](const core::Result<Stored> &stored) {
            if (!stored) {
                if (w.dialog)
                    w.dialog->fail(stored.error());
                else
                    tell(tr("Not Saved"), stored.error());
                return;
            }
            QWidget *parent = w.dialog ? static_cast<QWidget *>(w.dialog.data()) : m_parent;
            auto *dialog = new ConflictDialog(error.message, w.mine, stored.value().text, w.dialog != nullptr, parent);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            connect(dialog, &QDialog::finished, this, [this, w, version = stored.value().version](int choice) {
                *w.version = version; // whatever comes next starts from what is stored now
                if (choice == ConflictDialog::Reapply) {
                    run(w);
                    return;
                }
                if (choice == ConflictDialog::Edit) {
                    if (w.dialog) {
                        w.dialog->setBusy(false);
                        w.dialog->refuse(tr("Not saved yet: someone else saved first. Your text is still here; "
                                            "OK now saves it over the version stored now."));
                    }
                } else {
                    if (w.dialog)
                        w.dialog->discard();
                    emit message(tr("Your change was discarded; the ticket shows what is stored."));
                }
                emit ticketChanged(w.ticketId);
            });
            dialog->open();
        });
}

void TicketActions::tell(const QString &title, const core::Error &error, std::function<void()> then,
                         const QString &thenText)
{
    emit message(error.message);
    auto *box =
        new QMessageBox(error.code == core::Error::Code::Conflict ? QMessageBox::Information : QMessageBox::Warning,
                        title, error.message, QMessageBox::Close, m_parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    if (then) {
        QPushButton *button = box->addButton(thenText.isEmpty() ? tr("&Try Again") : thenText, QMessageBox::AcceptRole);
        box->setDefaultButton(button);
        connect(button, &QPushButton::clicked, this, std::move(then));
    }
    box->open();
}

} // namespace govops::tickets
