#pragma once

namespace govops::ui {
class PanelRegistry;
}

namespace govops::cmdb {

// Hands this module's panels to the shell.
void registerPanels(ui::PanelRegistry &registry);

} // namespace govops::cmdb
