#include "ui/PanelRegistry.h"

#include "ui/Logging.h"

namespace govops::ui {

bool PanelRegistry::add(PanelDescriptor panel)
{
    if (panel.id.isEmpty() || !panel.title || !panel.factory) {
        qCWarning(lcUi) << "Panel refused: it needs an id, a title and a factory:" << panel.id;
        return false;
    }
    if (find(panel.id)) {
        qCWarning(lcUi) << "Panel refused: id already registered:" << panel.id;
        return false;
    }
    m_panels.append(std::move(panel));
    return true;
}

const PanelDescriptor *PanelRegistry::find(const QString &id) const
{
    for (const PanelDescriptor &p : m_panels) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

} // namespace govops::ui
