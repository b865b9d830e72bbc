#include "charts/Panels.h"

#include "charts/ResourceChartsPanel.h"
#include "ui/PanelRegistry.h"

using namespace Qt::StringLiterals;

namespace govops::charts {

void registerPanels(ui::PanelRegistry &registry)
{
    registry.add({
        .id = u"charts.resources"_s,
        .title = [] { return ResourceChartsPanel::tr("Resource Charts"); },
        .icon = QIcon(u":/icons/charts.png"_s),
        .placement = {.side = ui::DockPlacement::Side::Bottom, .extent = 250},
        .factory = [](ui::PanelContext &context) -> QWidget * { return new ResourceChartsPanel(context); },
    });
}

} // namespace govops::charts
