#include "tickets/Panels.h"

#include "tickets/TicketQueuePanel.h"
#include "ui/PanelRegistry.h"

using namespace Qt::StringLiterals;

namespace govops::tickets {

void registerPanels(ui::PanelRegistry &registry)
{
    registry.add({
        .id = u"tickets.queue"_s,
        .title = [] { return TicketQueuePanel::tr("Ticket Queue"); },
        .icon = QIcon(u":/icons/tickets.png"_s),
        .placement = {.side = ui::DockPlacement::Side::Centre, .extent = 820},
        .factory = [](ui::PanelContext &context) -> QWidget * { return new TicketQueuePanel(context); },
    });
}

} // namespace govops::tickets
