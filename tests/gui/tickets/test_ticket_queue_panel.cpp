#include "QueueTestDatabase.h"
#include "storage/ChangeFeed.h"
#include "storage/Connection.h"
#include "storage/StaffRepository.h"
#include "storage/TicketRepository.h"
#include "tickets/TicketFilterBar.h"
#include "tickets/TicketQueueModel.h"
#include "tickets/TicketQueuePanel.h"
#include "ui/EmptyState.h"
#include "ui/Selection.h"
#include "ui/StatusBanner.h"
#include "ui/Ticker.h"

#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::tickets;

class TestTicketQueuePanel : public QObject
{
    Q_OBJECT

    test::QueueTestDatabase m_db;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<ui::Selection> m_selection;
    std::unique_ptr<ui::Ticker> m_ticker;
    std::unique_ptr<storage::ChangeFeed> m_feed;
    ui::PanelContext m_context;
    std::unique_ptr<TicketQueuePanel> m_panel;

    bool firstPage()
    {
        return QTest::qWaitFor([&] { return !m_panel->model()->isLoading() && m_panel->model()->rowCount() > 0; },
                               30000);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"GovOpsTest"_s);
        QCoreApplication::setApplicationName(u"test_ticket_queue_panel"_s);
        QVERIFY(m_db.open(300));
        auto agents = m_db.run<core::Result<QList<storage::StaffRecord>>>(
            [](QSqlDatabase &db) { return storage::StaffRepository(db).list(u"agent"_s); });
        QVERIFY(agents && !agents.value().isEmpty());
        m_context.session.login = agents.value().first().login;
        m_context.session.person = agents.value().first().displayName;
    }

    void init()
    {
        m_clock = std::make_unique<core::ManualClock>(test::QueueTestDatabase::seedTime());
        m_selection = std::make_unique<ui::Selection>();
        m_ticker = std::make_unique<ui::Ticker>();
        m_ticker->stop(); // the test ticks by hand
        m_feed = std::make_unique<storage::ChangeFeed>(m_db.database());
        m_feed->start();
        m_context.database = m_db.database();
        m_context.clock = m_clock.get();
        m_context.selection = m_selection.get();
        m_context.ticker = m_ticker.get();
        m_context.changes = m_feed.get();
        QSettings().clear(); // each test starts from the default view
        m_panel = std::make_unique<TicketQueuePanel>(m_context);
        m_panel->resize(1200, 700);
        m_panel->show();
        m_panel->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
        QVERIFY(firstPage());
    }

    void cleanup()
    {
        // The panel's jobs finish before the database they ran on is reused by the next test.
        m_db.run<int>([](QSqlDatabase &) { return 0; });
        QCoreApplication::processEvents();
        m_db.run<int>([](QSqlDatabase &) { return 0; });
        m_panel.reset();
        m_feed.reset();
    }

    void typingATextFilterNarrowsTheRows()
    {
        TicketQueueModel *model = m_panel->model();
        const int before = model->rowCount();
        const QString number = model->ticket(0).number;
        auto *text = m_panel->findChild<QLineEdit *>(u"textFilter"_s);
        QVERIFY(text);
        QSignalSpy loaded(model, &TicketQueueModel::loaded);
        QTest::keyClick(m_panel.get(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(text->hasFocus());
        QTest::keyClicks(text, number);
        QVERIFY(loaded.wait(30000));
        QVERIFY(model->rowCount() < before);
        bool found = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const storage::TicketRecord &t = model->ticket(row);
            QVERIFY2(t.number.startsWith(number) || t.title.contains(number) || t.reporter.contains(number),
                     qPrintable(t.number));
            found = found || t.number == number;
        }
        QVERIFY(found);

        QTest::keyClicks(text, u"no such ticket"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_panel->isShowingEmptyState(), 30000);
        QCOMPARE(m_panel->emptyState()->title(), u"No tickets match this filter"_s);
    }

    // The database going away mid-shift: a clear banner, the rows already loaded stay on screen, and when the
    // database is back the banner goes and the queue reloads.
    void anUnreachableDatabaseShowsABannerAndKeepsTheRows()
    {
        TicketQueueModel *model = m_panel->model();
        const int rows = model->rowCount();
        storage::Database *db = m_db.database();
        emit db->stateChanged(storage::Database::State::Unreachable, u"connection refused"_s);
        QVERIFY(m_panel->banner()->isVisible());
        QCOMPARE(m_panel->banner()->level(), ui::StatusBanner::Level::Error);
        QVERIFY2(m_panel->banner()->text().contains(u"connection refused"_s), qPrintable(m_panel->banner()->text()));
        QCOMPARE(model->rowCount(), rows);

        QSignalSpy loaded(model, &TicketQueueModel::loaded);
        emit db->stateChanged(storage::Database::State::Ready, QString());
        QVERIFY(!m_panel->banner()->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!loaded.isEmpty(), 30000);
        QCOMPARE(model->rowCount(), rows);
    }

    void selectingRowsSharesTheSelection()
    {
        QTableView *table = m_panel->table();
        QSignalSpy tickets(m_selection.get(), &ui::Selection::ticketsChanged);
        m_panel->nextTicket();
        table->setFocus();
        QTRY_VERIFY(table->hasFocus());
        QCOMPARE(m_selection->ticketIds(), QList<qint64>{m_panel->model()->ticket(0).id});
        QCOMPARE(m_selection->departmentId(), m_panel->model()->ticket(0).departmentId);
        QTest::keyClick(table, Qt::Key_J);
        QCOMPARE(m_panel->currentTicketId(), m_panel->model()->ticket(1).id);
        QTest::keyClick(table, Qt::Key_K);
        QCOMPARE(m_panel->currentTicketId(), m_panel->model()->ticket(0).id);
        QCOMPARE(tickets.size(), 3);
    }

    void aChangeByAnotherConsoleShowsUp()
    {
        TicketQueueModel *model = m_panel->model();
        const int row = 2;
        storage::TicketRecord t = model->ticket(row);
        // Another console: its own connection to the same file, not this panel's Database.
        {
            auto other = storage::openConnection(storage::DatabaseUrl::sqlite(m_db.path()), {}, u"other-console"_s);
            QVERIFY(other);
            QSqlDatabase db = other.value();
            t.title = u"Changed by another console"_s;
            auto saved = storage::TicketRepository(db).update(t, {}, std::nullopt, m_clock->now());
            QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message + u' ' + saved.error().detail));
        }
        storage::closeConnection(u"other-console"_s);
        QTRY_COMPARE_WITH_TIMEOUT(model->index(row, TicketQueueModel::Title).data().toString(),
                                  u"Changed by another console"_s, 30000);
    }

    void tickRepaintsTheVisibleCountdowns()
    {
        QSignalSpy changed(m_panel->model(), &QAbstractItemModel::dataChanged);
        emit m_ticker->tick();
        QCOMPARE(changed.size(), 1);
        const auto topLeft = changed.at(0).at(0).value<QModelIndex>();
        const auto bottomRight = changed.at(0).at(1).value<QModelIndex>();
        QCOMPARE(topLeft.row(), 0);
        QCOMPARE(topLeft.column(), int(TicketQueueModel::Deadline));
        QCOMPARE(bottomRight.column(), int(TicketQueueModel::Age));
        // Only the rows on screen, not the whole loaded page.
        QVERIFY(bottomRight.row() < TicketQueueModel::PageSize - 1);
        QCOMPARE(bottomRight.row(), m_panel->table()->rowAt(m_panel->table()->viewport()->height() - 1));
    }

    void remembersTheFilterPerPerson()
    {
        auto *text = m_panel->findChild<QLineEdit *>(u"textFilter"_s);
        text->setText(u"GO-"_s);
        QSignalSpy loaded(m_panel->model(), &TicketQueueModel::loaded);
        QVERIFY(loaded.wait(30000));
        m_db.run<int>([](QSqlDatabase &) { return 0; });
        m_panel.reset();
        m_panel = std::make_unique<TicketQueuePanel>(m_context);
        QCOMPARE(m_panel->filterBar()->view().filter.text, u"GO-"_s);
        QCOMPARE(m_panel->model()->filter().text, u"GO-"_s);
        text = m_panel->findChild<QLineEdit *>(u"textFilter"_s);
        text->clear(); // the next test starts from the whole queue
        QVERIFY(QSignalSpy(m_panel->model(), &TicketQueueModel::loaded).wait(30000));
    }
};

QTEST_MAIN(TestTicketQueuePanel)
#include "test_ticket_queue_panel.moc"
