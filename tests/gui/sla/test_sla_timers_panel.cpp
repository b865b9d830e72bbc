#include "SlaDesk.h"
#include "sla/EscalationWatch.h"
#include "sla/HandoverDialog.h"
#include "sla/SlaClockModel.h"
#include "sla/SlaTimersPanel.h"
#include "storage/HandoverRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketFacts.h"
#include "ui/EmptyState.h"
#include "ui/Panel.h"
#include "ui/Selection.h"

#include <QAction>
#include <QComboBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops;
using govops::sla::SlaClockModel;
using govops::sla::SlaTimersPanel;

namespace {

// The login of somebody who owns open (not resolved) tickets in the demo.
QString ownerOfOpenTickets(test::SlaDesk &desk)
{
    return desk.run<QString>([](QSqlDatabase &db) {
        const auto tickets = storage::TicketFactsQuery(db).unclosed().value();
        for (const auto &t : tickets) {
            if (t.ticket.ownerId && t.ticket.status != u"resolved"_s)
                return storage::StaffRepository(db).get(*t.ticket.ownerId).value().login;
        }
        return QString();
    });
}

struct Console
{
    Console(test::SlaDesk &desk, const QString &login)
    {
        context.database = desk.database.get();
        context.clock = &desk.clock;
        context.selection = &selection;
        context.session.login = login;
        context.session.role = core::Role::Agent;
    }
    ui::Selection selection;
    ui::PanelContext context;
};

bool settled(SlaTimersPanel &panel)
{
    // The first load and the first escalation pass both end on the database thread, in order.
    QSignalSpy pass(panel.watch(), &sla::EscalationWatch::passFinished);
    return pass.wait(60000) && QTest::qWaitFor([&] { return !panel.model()->reloadPending(); }, 60000);
}

} // namespace

class TestSlaTimersPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase() { m_template = test::SlaDesk::seedTemplate(m_dir); }

    void tickRepaintsOnlyTheRowsTheTableShows()
    {
        test::SlaDesk desk(m_template);
        Console console(desk, u"agent01"_s);
        SlaTimersPanel panel(console.context);
        panel.resize(800, 400);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        QVERIFY(settled(panel));
        SlaClockModel *model = panel.model();
        QTableView *table = panel.table();
        QVERIFY(table->isVisible());
        QVERIFY(model->rowCount() > 40);

        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        desk.clock.advance(1);
        model->tick();
        QCOMPARE(changed.size(), 1);
        const int top = table->rowAt(0);
        const int bottom = table->rowAt(table->viewport()->height() - 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), top);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), bottom);
        QVERIFY(bottom < model->rowCount() - 1);

        table->scrollToBottom();
        changed.clear();
        model->tick();
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(1).value<QModelIndex>().row(), model->rowCount() - 1);
        QVERIFY(changed.at(0).at(0).value<QModelIndex>().row() > top);
    }

    void mineWithoutTicketsShowsTheEmptyState()
    {
        test::SlaDesk desk(m_template);
        Console console(desk, u"lead01"_s); // leadership owns no tickets
        SlaTimersPanel panel(console.context);
        panel.show();
        QVERIFY(settled(panel));
        auto *empty = panel.findChild<ui::EmptyState *>();
        QVERIFY(empty);
        QVERIFY(!empty->isVisible());
        auto *filter = panel.findChild<QComboBox *>();
        filter->setCurrentIndex(1);
        QVERIFY(panel.model()->mineOnly());
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->title().isEmpty());
        filter->setCurrentIndex(0);
        QVERIFY(!empty->isVisible());
    }

    void selectingAClockSharesTheTicketAndOffersAcknowledge()
    {
        test::SlaDesk desk(m_template);
        Console console(desk, u"sup01"_s);
        SlaTimersPanel panel(console.context);
        panel.show();
        QVERIFY(settled(panel));
        SlaClockModel *model = panel.model();
        int row = -1;
        for (int r = 0; r < model->rowCount() && row < 0; ++r) {
            if (!model->row(r).unacknowledged.isEmpty())
                row = r;
        }
        QVERIFY2(row >= 0, "the demo has escalations nobody acknowledged");
        QVERIFY(!panel.acknowledgeAction()->isEnabled());
        panel.table()->selectRow(row);
        QCOMPARE(console.selection.ticketIds(), QList<qint64>{model->row(row).ticketId});
        QVERIFY(panel.acknowledgeAction()->isEnabled());
        const qint64 ticket = model->row(row).ticketId;
        const core::ClockKind clock = model->row(row).clock;

        QSignalSpy acknowledged(panel.watch(), &sla::EscalationWatch::acknowledged);
        QSignalSpy failed(panel.watch(), &sla::EscalationWatch::failed);
        QSignalSpy loaded(model, &SlaClockModel::loaded);
        panel.acknowledgeAction()->trigger();
        QVERIFY(QTest::qWaitFor([&] { return !acknowledged.isEmpty() || !failed.isEmpty(); }, 60000));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.isEmpty() ? QString() : failed.first().first().toString()));
        QVERIFY(loaded.wait(60000));
        bool found = false;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->row(r).ticketId == ticket && model->row(r).clock == clock) {
                QVERIFY(model->row(r).acknowledged());
                QCOMPARE(model->data(model->index(r, SlaClockModel::Acknowledged)).toString(), u"Yes"_s);
                found = true;
            }
        }
        QVERIFY(found);
    }

    void shiftHandoverFromThePanel()
    {
        test::SlaDesk desk(m_template);
        Console console(desk, ownerOfOpenTickets(desk));
        SlaTimersPanel panel(console.context);
        panel.show();
        QVERIFY(settled(panel));
        QCOMPARE(panel.handoverAction()->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H));
        QVERIFY(panel.handoverAction()->isEnabled());
        panel.handoverAction()->trigger();
        auto *dialog = panel.findChild<sla::HandoverDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->isReady(), 30000);
        QTableWidget *tickets = dialog->ticketTable();
        QVERIFY(tickets->rowCount() > 0);
        for (int r = 0; r < tickets->rowCount(); ++r)
            QVERIFY(!tickets->item(r, sla::HandoverDialog::Ticket)->text().isEmpty());
        tickets->item(0, sla::HandoverDialog::Note)->setText(u"客户下午回电"_s);
        const qint64 first = tickets->item(0, sla::HandoverDialog::Include)->data(Qt::UserRole).toLongLong();
        dialog->incomingBox()->setCurrentIndex(0);
        dialog->noteEdit()->setPlainText(u"交接完毕"_s);

        QSignalSpy handed(dialog, &sla::HandoverDialog::handedOver);
        const int count = tickets->rowCount();
        dialog->accept();
        QVERIFY(handed.wait(20000));
        const auto recorded = desk.run<QList<storage::HandoverRecord>>(
            [](QSqlDatabase &db) { return storage::HandoverRepository(db).recent(1).value(); });
        QCOMPARE(recorded.size(), 1);
        QCOMPARE(recorded.first().note, u"交接完毕"_s);
        QCOMPARE(recorded.first().tickets.size(), count);
        bool noted = false;
        for (const auto &t : recorded.first().tickets)
            noted = noted || (t.ticketId == first && t.note == u"客户下午回电"_s);
        QVERIFY(noted);
    }

private:
    QTemporaryDir m_dir;
    QString m_template;
};

QTEST_MAIN(TestSlaTimersPanel)
#include "test_sla_timers_panel.moc"
