#pragma once

#include "ui/Panel.h"

#include <QList>

namespace govops::ui {

// The panels the app composes into its main window. The app fills it by calling each panel module's
// registerPanels(PanelRegistry &); the main window creates one dock per entry, in registration order.
class PanelRegistry
{
public:
    // Refuses (and logs) a descriptor with an empty or already registered id, no title or no factory.
    bool add(PanelDescriptor panel);

    const QList<PanelDescriptor> &panels() const { return m_panels; }
    const PanelDescriptor *find(const QString &id) const;

private:
    QList<PanelDescriptor> m_panels;
};

} // namespace govops::ui
