#include "cmdb/Panels.h"

#include "cmdb/CmdbTreePanel.h"
#include "ui/PanelRegistry.h"

using namespace Qt::StringLiterals;

namespace govops::cmdb {

void registerPanels(ui::PanelRegistry &registry)
{
    registry.add({
        .id = u"cmdb.tree"_s,
        .title = [] { return CmdbTreePanel::tr("CMDB Tree"); },
        .icon = QIcon(u":/icons/cmdb.png"_s),
        .placement = {.side = ui::DockPlacement::Side::Left, .extent = 300},
        .factory = [](ui::PanelContext &context) -> QWidget * { return new CmdbTreePanel(context); },
    });
}

} // namespace govops::cmdb
