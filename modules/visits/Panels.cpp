#include "visits/Panels.h"

#include "ui/PanelRegistry.h"
#include "visits/VisitSchedulePanel.h"

using namespace Qt::StringLiterals;

namespace govops::visits {

void registerPanels(ui::PanelRegistry &registry)
{
    registry.add({
        .id = u"visits.schedule"_s,
        .title = [] { return VisitSchedulePanel::tr("Return-Visit Schedule"); },
        .icon = QIcon(u":/icons/visits.png"_s),
        .placement = {.side = ui::DockPlacement::Side::Right, .tabifyWith = u"sla.timers"_s},
        .factory = [](ui::PanelContext &context) -> QWidget * { return new VisitSchedulePanel(context); },
    });
}

} // namespace govops::visits
