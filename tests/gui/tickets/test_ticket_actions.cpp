// TicketActions on a seeded SQLite demo database: claims, conflicts with another console, a database that goes
// away in the middle of a write, a new ticket, and what each role may do.

#include "QueueTestDatabase.h"
#include "core/Domain.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketRepository.h"
#include "storage/TicketWorkflow.h"
#include "tickets/ConflictDialog.h"
#include "tickets/NewTicketDialog.h"
#include "tickets/NoteDialog.h"
#include "tickets/TicketActions.h"
#include "ui/DomainWords.h"
#include "ui/Selection.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::tickets;

namespace {

// Another console on the same database file: its own storage::Database, its own connection.
class OtherConsole
{
public:
    explicit OtherConsole(const QString &path) : m_database(storage::DatabaseUrl::sqlite(path))
    {
        m_database.setHeartbeatInterval(std::chrono::milliseconds(0));
        m_database.open(storage::Database::SchemaPolicy::MigrateIfNeeded);
    }
    bool ready()
    {
        return QTest::qWaitFor([this] { return m_database.state() == storage::Database::State::Ready; }, 30000);
    }
    // Runs a workflow action as the person with this login.
    core::Result<storage::TicketRecord>
    act(const QString &login, std::function<core::Result<storage::TicketRecord>(storage::TicketWorkflow &)> action)
    {
        auto future = m_database.run<core::Result<storage::TicketRecord>>(
            [login, action](QSqlDatabase &db) -> core::Result<storage::TicketRecord> {
                auto me = storage::StaffRepository(db).byLogin(login);
                if (!me)
                    return me.error();
                auto book = storage::SlaPolicyRepository(db).policyBook();
                if (!book)
                    return book.error();
                storage::TicketWorkflow workflow(db, book.value(), me.value().id);
                return action(workflow);
            });
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
            qFatal("the other console's job did not finish");
        return future.result();
    }

private:
    storage::Database m_database;
};

template <typename T> T *waitForChild(QWidget *parent)
{
    T *found = nullptr;
    (void)QTest::qWaitFor(
        [&] {
            const auto all = parent->findChildren<T *>();
            for (T *w : all) {
                if (w->isVisible())
                    found = w;
            }
            return found != nullptr;
        },
        20000);
    return found;
}

} // namespace

class TestTicketActions : public QObject
{
    Q_OBJECT

    test::QueueTestDatabase m_db;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<ui::Selection> m_selection;
    std::unique_ptr<QWidget> m_panel;
    std::unique_ptr<TicketActions> m_actions;
    ui::PanelContext m_context;

    storage::TicketRecord ticket(qint64 id)
    {
        auto t = m_db.run<core::Result<storage::TicketRecord>>(
            [id](QSqlDatabase &db) { return storage::TicketRepository(db).get(id); });
        if (!t)
            qFatal("ticket %lld: %s", id, qPrintable(t.error().message));
        return t.value();
    }

    QList<storage::TicketEventRecord> events(qint64 id)
    {
        auto e = m_db.run<core::Result<QList<storage::TicketEventRecord>>>(
            [id](QSqlDatabase &db) { return storage::TicketRepository(db).events(id); });
        if (!e)
            qFatal("events: %s", qPrintable(e.error().message));
        return e.value();
    }

    // An unowned ticket in this status that no other test has touched.
    storage::TicketRecord untouched(const QString &status)
    {
        storage::TicketPageRequest request;
        request.filter.statuses = {status};
        request.filter.unassignedOnly = true;
        request.limit = 500;
        auto page = m_db.run<core::Result<storage::TicketPage>>(
            [request](QSqlDatabase &db) { return storage::TicketRepository(db).page(request); });
        if (!page)
            qFatal("page: %s", qPrintable(page.error().message));
        for (const storage::TicketRecord &t : page.value().rows) {
            if (!m_used.contains(t.id)) {
                m_used.insert(t.id);
                return ticket(t.id);
            }
        }
        qFatal("no untouched %s ticket left", qPrintable(status));
    }
    QSet<qint64> m_used;

    void makeActions(const QString &login, core::Role role)
    {
        m_actions.reset();
        m_panel = std::make_unique<QWidget>();
        m_panel->show();
        m_context.session = {.login = login, .person = login, .role = role};
        m_actions = std::make_unique<TicketActions>(m_context, m_panel.get());
        QTRY_VERIFY_WITH_TIMEOUT(m_actions->isReady(), 20000);
    }

    bool enabled(const QString &name) const { return m_actions->action(name)->isEnabled(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_db.open(0));
        m_clock = std::make_unique<core::ManualClock>(test::QueueTestDatabase::seedTime().addSecs(600));
        m_selection = std::make_unique<ui::Selection>();
        m_context.database = m_db.database();
        m_context.clock = m_clock.get();
        m_context.selection = m_selection.get();
    }

    void init() { makeActions(u"agent01"_s, core::Role::Agent); }

    void cleanup()
    {
        m_actions.reset();
        m_panel.reset();
        QDir(ui::Drafts::defaultDirectory()).removeRecursively();
    }

    void everyActionHasANameAShortcutAndText()
    {
        const QList<QAction *> all = m_actions->actions();
        QCOMPARE(all.size(), 12);
        QSet<QString> shortcuts;
        for (QAction *a : all) {
            QVERIFY(!a->objectName().isEmpty());
            QVERIFY(!a->text().isEmpty());
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(a->objectName()));
            shortcuts.insert(a->shortcut().toString());
        }
        QCOMPARE(shortcuts.size(), all.size()); // no two share a key
        QCOMPARE(m_actions->action(u"ticket.new"_s)->shortcut(), QKeySequence(u"Ctrl+N"_s));
    }

    void claimWritesTheAssignment()
    {
        const storage::TicketRecord t = untouched(u"new"_s);
        m_actions->setCurrent(t);
        QVERIFY(enabled(u"ticket.claim"_s));
        QSignalSpy changed(m_actions.get(), &TicketActions::ticketChanged);
        QSignalSpy said(m_actions.get(), &TicketActions::message);
        m_actions->action(u"ticket.claim"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000); // it may come while a dialog closes
        QCOMPARE(changed.at(0).at(0).toLongLong(), t.id);

        const storage::TicketRecord now = ticket(t.id);
        QCOMPARE(now.ownerId, std::optional<qint64>(m_actions->actorId()));
        QCOMPARE(m_actions->current().ownerId, now.ownerId); // the actions follow the stored version
        QVERIFY(!enabled(u"ticket.claim"_s));                // claimed: nothing left to claim
        const auto history = events(t.id);
        QVERIFY(std::any_of(history.begin(), history.end(), [&](const storage::TicketEventRecord &e) {
            return e.kind == u"assignment" && e.actorId == m_actions->actorId();
        }));
        QVERIFY(said.last().at(0).toString().contains(t.number));
    }

    void aLostClaimNamesTheWinner()
    {
        OtherConsole other(m_db.path());
        QVERIFY(other.ready());
        const storage::TicketRecord t = untouched(u"new"_s);
        m_actions->setCurrent(t); // still unowned as this console saw it
        const auto won =
            other.act(u"tech01"_s, [&](storage::TicketWorkflow &w) { return w.claim(t.id, m_clock->now()); });
        QVERIFY(won.ok());
        const QString winner = ticket(t.id).ownerName;
        QVERIFY(!winner.isEmpty());

        QSignalSpy changed(m_actions.get(), &TicketActions::ticketChanged);
        m_actions->action(u"ticket.claim"_s)->trigger();
        auto *box = waitForChild<QMessageBox>(m_panel.get());
        QVERIFY(box);
        QVERIFY2(box->text().contains(winner), qPrintable(box->text()));
        QTRY_COMPARE(changed.size(), 1); // the queue refreshes the row
        QCOMPARE(ticket(t.id).ownerName, winner);
        box->close();
    }

    void aConflictShowsBothVersionsAndReapplyingWorks()
    {
        OtherConsole other(m_db.path());
        QVERIFY(other.ready());
        const storage::TicketRecord t = untouched(u"new"_s);
        m_actions->setCurrent(t);

        // Another console raises the grade while this one is about to change the status.
        const auto raised = other.act(u"sup01"_s, [&](storage::TicketWorkflow &w) {
            return w.changeGrade(t.id, t.version, 1, u"整个业务中断"_s, m_clock->now());
        });
        QVERIFY(raised.ok());

        QAction *inProgress = nullptr;
        for (QAction *a : m_actions->statusMenu()->actions()) {
            if (a->text() == ui::statusTitle(u"in_progress"_s))
                inProgress = a;
        }
        QVERIFY(inProgress);
        inProgress->trigger();
        QPointer<NoteDialog> note = waitForChild<NoteDialog>(m_panel.get());
        QVERIFY(note);
        note->textEdit()->setPlainText(u"开始排查存储"_s);
        QSignalSpy changed(m_actions.get(), &TicketActions::ticketChanged);
        note->okButton()->click();

        auto *conflict = waitForChild<ConflictDialog>(m_panel.get());
        QVERIFY(conflict);
        QVERIFY(conflict->mineText().contains(u"开始排查存储"_s));
        QVERIFY2(conflict->storedText().contains(ui::gradeTitle(1)), qPrintable(conflict->storedText()));
        QVERIFY(note->isVisible()); // nothing typed is lost while the person decides
        QCOMPARE(note->textEdit()->toPlainText(), u"开始排查存储"_s);

        conflict->reapplyButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000);
        const storage::TicketRecord now = ticket(t.id);
        QCOMPARE(now.status, u"in_progress"_s);
        QCOMPARE(now.grade, 1);     // the other console's change stays
        QTRY_VERIFY(note.isNull()); // saved: the dialog is gone
        const auto history = events(t.id);
        QVERIFY(std::any_of(history.begin(), history.end(), [](const storage::TicketEventRecord &e) {
            return e.kind == u"status_change" && e.payload.contains(u"开始排查存储"_s);
        }));
    }

    void discardingAConflictDropsTheDraft()
    {
        OtherConsole other(m_db.path());
        QVERIFY(other.ready());
        const storage::TicketRecord t = untouched(u"new"_s);
        m_actions->setCurrent(t);
        QVERIFY(other
                    .act(u"sup01"_s,
                         [&](storage::TicketWorkflow &w) {
                             return w.changeGrade(t.id, t.version, 2, u"影响扩大"_s, m_clock->now());
                         })
                    .ok());

        m_actions->action(u"ticket.plan"_s)->trigger();
        QPointer<NoteDialog> plan = waitForChild<NoteDialog>(m_panel.get());
        QVERIFY(plan);
        plan->textEdit()->setPlainText(u"先切换备机"_s);
        plan->saveDraft();
        const QString key = ui::Drafts::key(u"plan"_s, t.id);
        QVERIFY(m_actions->drafts().contains(key));
        plan->okButton()->click();
        auto *conflict = waitForChild<ConflictDialog>(m_panel.get());
        QVERIFY(conflict);
        QSignalSpy said(m_actions.get(), &TicketActions::message);
        conflict->discardButton()->click();
        QTRY_VERIFY(plan.isNull());
        QVERIFY(!m_actions->drafts().contains(key));
        QVERIFY(!ticket(t.id).planSubmittedAt.isValid());
        QCOMPARE(said.size(), 1);
    }

    void editingAfterAConflictSavesOverTheStoredVersion()
    {
        OtherConsole other(m_db.path());
        QVERIFY(other.ready());
        const storage::TicketRecord t = untouched(u"new"_s);
        m_actions->setCurrent(t);
        QVERIFY(other
                    .act(u"sup01"_s,
                         [&](storage::TicketWorkflow &w) {
                             return w.changeGrade(t.id, t.version, 3, u"影响有限"_s, m_clock->now());
                         })
                    .ok());

        m_actions->action(u"ticket.plan"_s)->trigger();
        QPointer<NoteDialog> plan = waitForChild<NoteDialog>(m_panel.get());
        QVERIFY(plan);
        plan->textEdit()->setPlainText(u"重启应用服务器"_s);
        plan->okButton()->click();
        auto *conflict = waitForChild<ConflictDialog>(m_panel.get());
        QVERIFY(conflict);
        QVERIFY(!conflict->editButton()->isHidden());
        conflict->editButton()->click();
        QTRY_VERIFY(!plan->isBusy());
        QVERIFY(plan->isVisible());
        QVERIFY(!plan->bannerText().isEmpty()); // says it was not saved yet
        plan->textEdit()->appendPlainText(u"并通知客户"_s);
        plan->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(plan.isNull(), 20000);
        QVERIFY(ticket(t.id).planSubmittedAt.isValid());
        QCOMPARE(ticket(t.id).grade, 3);
    }

    void aLostDatabaseKeepsTheDialogAndRetryWorks()
    {
        const storage::TicketRecord t = untouched(u"new"_s);
        m_actions->setCurrent(t);
        m_actions->action(u"ticket.comment"_s)->trigger();
        QPointer<NoteDialog> comment = waitForChild<NoteDialog>(m_panel.get());
        QVERIFY(comment);
        comment->textEdit()->setPlainText(u"用户反馈仍无法登录"_s);

        m_db.database()->close();
        QTRY_COMPARE(m_db.database()->state(), storage::Database::State::Closed);
        QVERIFY(!enabled(u"ticket.new"_s)); // nothing new is started on a database that is not there
        comment->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!comment->isBusy(), 20000);
        QVERIFY(comment->isVisible());
        QVERIFY2(comment->bannerText().contains(u"cannot be reached"_s), qPrintable(comment->bannerText()));
        QCOMPARE(comment->textEdit()->toPlainText(), u"用户反馈仍无法登录"_s);
        QVERIFY(m_actions->drafts().contains(ui::Drafts::key(u"comment"_s, t.id))); // survives a crash too

        m_db.database()->open(storage::Database::SchemaPolicy::MigrateIfNeeded);
        QTRY_COMPARE_WITH_TIMEOUT(m_db.database()->state(), storage::Database::State::Ready, 20000);
        QSignalSpy changed(m_actions.get(), &TicketActions::ticketChanged);
        comment->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000); // it may come while a dialog closes
        QTRY_VERIFY(comment.isNull());
        QVERIFY(!m_actions->drafts().contains(ui::Drafts::key(u"comment"_s, t.id)));
        const auto history = events(t.id);
        QVERIFY(std::any_of(history.begin(), history.end(), [](const storage::TicketEventRecord &e) {
            return e.kind == u"comment" && e.payload.contains(u"用户反馈仍无法登录"_s);
        }));
    }

    void aNewTicketIsOpenedAndItsDraftDropped()
    {
        m_actions->action(u"ticket.new"_s)->trigger();
        QPointer<NewTicketDialog> dialog = waitForChild<NewTicketDialog>(m_panel.get());
        QVERIFY(dialog);
        dialog->departmentBox()->setCurrentIndex(2);
        dialog->descriptionEdit()->setPlainText(u"门户首页打不开"_s);
        dialog->okButton()->click(); // no title
        QVERIFY(dialog->bannerText().contains(u"title"_s));
        QVERIFY(dialog->isVisible());

        dialog->titleEdit()->setText(u"门户首页 502"_s);
        dialog->gradeBox()->setCurrentIndex(1);
        dialog->saveDraft();
        QVERIFY(m_actions->drafts().contains(ui::Drafts::key(u"new-ticket"_s)));
        QSignalSpy changed(m_actions.get(), &TicketActions::ticketChanged);
        dialog->okButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!changed.isEmpty(), 20000); // it may come while a dialog closes
        const storage::TicketRecord t = ticket(changed.at(0).at(0).toLongLong());
        QCOMPARE(t.title, u"门户首页 502"_s);
        QCOMPARE(t.grade, 2);
        QCOMPARE(t.status, u"new"_s);
        QCOMPARE(t.createdAt, m_clock->now());
        QVERIFY(!m_actions->drafts().contains(ui::Drafts::key(u"new-ticket"_s)));
    }

    void whatEachRoleMayDo()
    {
        const storage::TicketRecord t = untouched(u"new"_s);
        m_actions->setCurrent(t);
        QVERIFY(enabled(u"ticket.claim"_s));
        QVERIFY(enabled(u"ticket.assign"_s));
        QVERIFY(!enabled(u"ticket.handOver"_s)); // nobody owns it
        QVERIFY(!enabled(u"ticket.close"_s));    // new -> closed is not a legal change

        makeActions(u"lead01"_s, core::Role::Leadership);
        m_actions->setCurrent(t);
        QVERIFY(!enabled(u"ticket.new"_s));
        QVERIFY(!enabled(u"ticket.claim"_s));
        QVERIFY(enabled(u"ticket.comment"_s));

        makeActions(u"tech01"_s, core::Role::Technician);
        m_actions->setCurrent({});
        for (QAction *a : m_actions->actions()) {
            if (a->objectName() != u"ticket.new")
                QVERIFY2(!a->isEnabled(), qPrintable(a->objectName())); // no ticket, no ticket action
        }
    }
};

QTEST_MAIN(TestTicketActions)
#include "test_ticket_actions.moc"
