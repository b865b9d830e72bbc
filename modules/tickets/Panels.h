#pragma once

namespace govops::ui {
class PanelRegistry;
}

namespace govops::tickets {

// Hands this module's panels to the shell.
void registerPanels(ui::PanelRegistry &registry);

} // namespace govops::tickets
