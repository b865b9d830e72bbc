// The ticket detail view on a seeded SQLite demo database: every clock of a demo fault with its deadline and
// live state, the history, the analysis, the CI link and the empty state.

#include "QueueTestDatabase.h"
#include "core/TicketClocks.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/TicketFacts.h"
#include "storage/TicketRepository.h"
#include "tickets/TicketDetailView.h"
#include "ui/DomainWords.h"
#include "ui/EmptyState.h"
#include "ui/Selection.h"
#include "ui/StatusBanner.h"
#include "ui/Ticker.h"

#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::tickets;

class TestTicketDetailView : public QObject
{
    Q_OBJECT

    test::QueueTestDatabase m_db;
    std::unique_ptr<core::ManualClock> m_clock;
    std::unique_ptr<ui::Selection> m_selection;
    std::unique_ptr<ui::Ticker> m_ticker;
    ui::PanelContext m_context;
    std::unique_ptr<TicketDetailView> m_view;

    // The first ticket of the demo data that matches, with its facts.
    storage::TicketWithFacts find(const std::function<bool(const storage::TicketRecord &)> &match, bool closed = false)
    {
        storage::TicketPageRequest request;
        request.limit = 1000;
        if (closed)
            request.filter.statuses = {u"closed"_s};
        auto page = m_db.run<core::Result<storage::TicketPage>>(
            [request](QSqlDatabase &db) { return storage::TicketRepository(db).page(request); });
        if (!page)
            qFatal("page: %s", qPrintable(page.error().message));
        for (const storage::TicketRecord &t : page.value().rows) {
            if (!match(t))
                continue;
            auto one = m_db.run<core::Result<storage::TicketWithFacts>>(
                [id = t.id](QSqlDatabase &db) { return storage::TicketFactsQuery(db).one(id); });
            if (!one)
                qFatal("facts: %s", qPrintable(one.error().message));
            return one.value();
        }
        qFatal("no such demo ticket");
    }

    core::TicketClocks clocksOf(const storage::TicketWithFacts &t)
    {
        auto book = m_db.run<core::Result<core::PolicyBook>>(
            [](QSqlDatabase &db) { return storage::SlaPolicyRepository(db).policyBook(); });
        if (!book)
            qFatal("policy: %s", qPrintable(book.error().message));
        return core::computeTicketClocks(t.facts, book.value(), m_clock->now());
    }

    bool show(qint64 id)
    {
        QSignalSpy loaded(m_view.get(), &TicketDetailView::loaded);
        m_view->showTicket(id);
        return loaded.size() == 1 || loaded.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_db.open(0));
        m_clock = std::make_unique<core::ManualClock>(test::QueueTestDatabase::seedTime());
        m_selection = std::make_unique<ui::Selection>();
        m_ticker = std::make_unique<ui::Ticker>();
        m_ticker->stop(); // the test ticks by hand
        m_context.database = m_db.database();
        m_context.clock = m_clock.get();
        m_context.selection = m_selection.get();
        m_context.ticker = m_ticker.get();
        m_context.session = {.login = u"agent01"_s, .person = u"agent01"_s, .role = core::Role::Agent};
    }

    void init()
    {
        m_clock->set(test::QueueTestDatabase::seedTime());
        m_view = std::make_unique<TicketDetailView>(m_context);
        m_view->resize(700, 900);
        m_view->show();
    }

    void cleanup() { m_view.reset(); }

    void emptyStateWithoutATicket()
    {
        QVERIFY(show(0));
        auto *stack = m_view->findChild<QStackedWidget *>();
        QVERIFY(qobject_cast<ui::EmptyState *>(stack->currentWidget()));
        QVERIFY(!qobject_cast<ui::EmptyState *>(stack->currentWidget())->title().isEmpty());
    }

    void everyClockOfAnOpenFaultWithItsDeadline()
    {
        const storage::TicketWithFacts fault = find([](const storage::TicketRecord &t) {
            return t.kind == u"fault" && t.status == u"in_progress" && t.grade <= 2;
        });
        const core::TicketClocks expected = clocksOf(fault);
        QVERIFY(expected.clocks.size() >= 3); // response, handling plan, resolution, customer update

        QVERIFY(show(fault.ticket.id));
        QTableWidget *table = m_view->clockTable();
        QCOMPARE(table->rowCount(), expected.clocks.size());
        for (int r = 0; r < expected.clocks.size(); ++r) {
            const core::ClockState &c = expected.clocks.at(r);
            QVERIFY2(table->item(r, 0)->text().startsWith(ui::clockTitle(c.kind)),
                     qPrintable(table->item(r, 0)->text()));
            QCOMPARE(table->item(r, 2)->text(), ui::dateTimeText(c.deadline));
            QCOMPARE(table->item(r, 1)->text().isEmpty(), false);
        }

        // The resolution clock counts down on the ticker, and turns to breached after its deadline.
        const core::ClockState *resolution = expected.find(core::ClockKind::Resolution);
        QVERIFY(resolution);
        const int row =
            int(std::distance(expected.clocks.begin(), std::find_if(expected.clocks.begin(), expected.clocks.end(),
                                                                    [](const core::ClockState &c) {
                                                                        return c.kind == core::ClockKind::Resolution;
                                                                    })));
        QVERIFY(core::isRunning(resolution->status));
        const QString before = table->item(row, 3)->text();
        m_clock->advance(61);
        emit m_ticker->tick();
        QVERIFY(table->item(row, 3)->text() != before);
        m_clock->set(resolution->deadline.addSecs(60));
        emit m_ticker->tick();
        QCOMPARE(table->item(row, 1)->text(), ui::clockStatusTitle(core::ClockStatus::Breached));
        QVERIFY(table->item(row, 3)->text().startsWith(u'-'));

        // The header says which ticket it is.
        const auto labels = m_view->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.begin(), labels.end(),
                            [&](const QLabel *l) { return l->text().contains(fault.ticket.number); }));
        QVERIFY(std::any_of(labels.begin(), labels.end(), [&](const QLabel *l) {
            return !fault.ticket.departmentName.isEmpty() && l->text().contains(fault.ticket.departmentName);
        }));
    }

    void theHistoryListsEveryEvent()
    {
        const storage::TicketWithFacts fault = find(
            [](const storage::TicketRecord &t) { return t.kind == u"fault" && t.grade <= 2 && t.status == u"closed"; },
            true);
        auto history = m_db.run<core::Result<QList<storage::TicketEventRecord>>>(
            [id = fault.ticket.id](QSqlDatabase &db) { return storage::TicketRepository(db).events(id); });
        QVERIFY(history.ok());
        QVERIFY(history.value().size() >= 3);

        QVERIFY(show(fault.ticket.id));
        QTreeWidget *timeline = m_view->timeline();
        QCOMPARE(timeline->topLevelItemCount(), history.value().size());
        for (int i = 0; i < history.value().size(); ++i) {
            const auto &e = history.value().at(i);
            QCOMPARE(timeline->topLevelItem(i)->text(2), ui::eventTitle(e.kind));
            QCOMPARE(timeline->topLevelItem(i)->text(0), ui::dateTimeText(e.at));
            QVERIFY(!timeline->topLevelItem(i)->text(1).isEmpty());
        }
        // A status change says from what to what.
        bool sawStatus = false;
        for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
            if (history.value().at(i).kind == u"status_change") {
                QVERIFY(timeline->topLevelItem(i)->text(3).contains(u"→"_s));
                sawStatus = true;
            }
        }
        QVERIFY(sawStatus);

        // A closed grade I/II fault has its analysis, shown in full.
        auto *analysis = m_view->findChild<QGroupBox *>();
        QVERIFY(analysis->isVisibleTo(m_view.get()));
        QVERIFY(analysis->findChild<QLabel *>()->text().contains(u"Cause"_s));
        // Closed: every clock is met or stopped.
        QTableWidget *table = m_view->clockTable();
        for (int r = 0; r < table->rowCount(); ++r) {
            const QString state = table->item(r, 1)->text();
            QVERIFY2(state == ui::clockStatusTitle(core::ClockStatus::Met) ||
                         state == ui::clockStatusTitle(core::ClockStatus::Stopped) || state.contains(u"late"_s),
                     qPrintable(state));
        }
    }

    void showCiSelectsTheConfigurationItem()
    {
        const storage::TicketWithFacts withCi = find([](const storage::TicketRecord &t) { return t.ciId.has_value(); });
        QVERIFY(show(withCi.ticket.id));
        QSignalSpy selected(m_selection.get(), &ui::Selection::configurationItemChanged);
        QPushButton *showCi = nullptr;
        for (QPushButton *b : m_view->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&').contains(u"Show CI"_s))
                showCi = b;
        }
        QVERIFY(showCi);
        QVERIFY(showCi->isEnabled());
        showCi->click();
        QCOMPARE(m_selection->configurationItemId(), *withCi.ticket.ciId);
        QCOMPARE(selected.size(), 1);
    }

    void aTicketThatIsNotThereSaysSo()
    {
        QVERIFY(show(987654321));
        auto *banner = m_view->findChild<ui::StatusBanner *>();
        QVERIFY(banner->isVisibleTo(m_view.get()));
        QCOMPARE(banner->level(), ui::StatusBanner::Level::Error);
        QVERIFY(!banner->text().isEmpty());
        QCOMPARE(m_view->clockTable()->rowCount(), 0);
    }
};

QTEST_MAIN(TestTicketDetailView)
#include "test_ticket_detail_view.moc"
