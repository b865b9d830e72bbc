#include "sla/Panels.h"

#include "sla/SlaTimersPanel.h"
#include "ui/PanelRegistry.h"

using namespace Qt::StringLiterals;

namespace govops::sla {

void registerPanels(ui::PanelRegistry &registry)
{
    registry.add({
        .id = u"sla.timers"_s,
        .title = [] { return SlaTimersPanel::tr("SLA Timers"); },
        .icon = QIcon(u":/icons/sla.png"_s),
        .placement = {.side = ui::DockPlacement::Side::Right, .extent = 460},
        .factory = [](ui::PanelContext &context) -> QWidget * { return new SlaTimersPanel(context); },
    });
}

} // namespace govops::sla
