// sla_panel_tick: one 1 Hz tick of the SLA timers panel's real model (sla::SlaClockModel) holding ≥ 20,000
// running clocks, with a table view showing about 40 rows: every row's Countdown reread (state changes noticed),
// then one dataChanged for the live columns of the visible rows, handled by the view. Target: ≤ 2 ms of
// GUI-thread time.
//   sla_panel_tick        p95 of 1,000 ticks: model.tick() and the view's dataChanged handling
//   sla_panel_tick_paint  p95 of 200 ticks with the repaint of the visible rows that follows (offscreen raster);
//                         the budget is one 60 Hz frame
// "value" is thread CPU time (robust on a shared machine); "wall_p95" gives wall time.
// Usage: bench_sla_panel_tick [running-clocks]

#include "BenchReport.h"
#include "SlaBenchData.h"
#include "core/Clock.h"
#include "sla/ClockBoard.h"
#include "sla/SlaClockModel.h"
#include "storage/TicketFacts.h"

#include <QApplication>
#include <QHeaderView>
#include <QTableView>

using namespace govops;
using namespace govops::bench;
using namespace Qt::StringLiterals;

namespace {

QList<storage::TicketWithFacts> withRecords(const QList<core::TicketFacts> &facts)
{
    QList<storage::TicketWithFacts> out;
    out.reserve(facts.size());
    for (const core::TicketFacts &f : facts) {
        storage::TicketWithFacts t;
        t.facts = f;
        t.ticket.id = f.id;
        t.ticket.number = u"GO-%1"_s.arg(f.id, 8, 10, QChar(u'0'));
        t.ticket.title = u"业务系统访问缓慢"_s;
        t.ticket.grade = int(f.grade) + 1;
        t.ticket.departmentId = 1 + f.id % 30;
        t.ticket.departmentName = u"省人力资源和社会保障厅"_s;
        out.append(std::move(t));
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int wanted = argc > 1 ? QByteArray(argv[1]).toInt() : 20000;
    const QDateTime now = benchNow();
    core::ManualClock clock(now);

    sla::ClockBoard board;
    board.rows = sla::clockRowsOf(withRecords(deskTickets(wanted)), defaultBook(), now);
    int running = 0;
    for (const sla::ClockRow &r : std::as_const(board.rows))
        running += r.countdown.running ? 1 : 0;

    sla::SlaClockModel model(nullptr, &clock, {});
    model.setBoard(board);
    QTableView view;
    view.setModel(&model);
    view.verticalHeader()->hide();
    view.resize(900, 40 * view.verticalHeader()->defaultSectionSize() + view.horizontalHeader()->sizeHint().height());
    view.show();
    QCoreApplication::processEvents();
    const int top = view.rowAt(0);
    const int bottom = view.rowAt(view.viewport()->height() - 1);
    model.setLiveRows(top, bottom);
    const int visible = bottom - top + 1;

    int stateChanges = 0;
    QObject::connect(&model, &sla::SlaClockModel::clockStatesChanged,
                     [&](const QList<sla::ClockStateChange> &c) { stateChanges += int(c.size()); });

    std::vector<double> ticks, walls;
    for (int i = 0; i < 1000; ++i) {
        clock.advance(1);
        const Timing t = timeMs([&] { model.tick(); });
        ticks.push_back(t.cpu);
        walls.push_back(t.wall);
        QCoreApplication::processEvents(); // the repaint, outside the timed part
    }
    std::vector<double> paints, paintWalls;
    for (int i = 0; i < 200; ++i) {
        clock.advance(1);
        const Timing t = timeMs([&] {
            model.tick();
            view.viewport()->repaint();
        });
        paints.push_back(t.cpu);
        paintWalls.push_back(t.wall);
    }
    const Stats s = stats(ticks);
    const Stats w = stats(walls);
    const Stats p = stats(paints);
    const Stats pw = stats(paintWalls);
    report({{u"name"_s, u"sla_panel_tick"_s}, {u"value"_s, s.p95}, {u"unit"_s, u"ms"_s}, {u"target"_s, 2},
            {u"n"_s, running}, {u"stat"_s, u"p95 thread cpu"_s}, {u"median"_s, s.median}, {u"wall_p95"_s, w.p95},
            {u"rows"_s, model.rowCount()}, {u"visible_rows"_s, visible}, {u"state_changes"_s, stateChanges}});
    report({{u"name"_s, u"sla_panel_tick_paint"_s}, {u"value"_s, p.p95}, {u"unit"_s, u"ms"_s}, {u"target"_s, 16},
            {u"n"_s, running}, {u"stat"_s, u"p95 thread cpu"_s}, {u"median"_s, p.median}, {u"wall_p95"_s, pw.p95},
            {u"visible_rows"_s, visible}});
    return s.p95 <= 2.0 ? 0 : 1;
}
