#pragma once

#include "ui/Session.h"

#include <QIcon>
#include <QSize>
#include <QString>

#include <functional>

class QWidget;

namespace govops::core {
class Clock;
}
namespace govops::iaas {
class OpenStackClient;
}
namespace govops::metrics {
class PrometheusClient;
}
namespace govops::storage {
class ChangeFeed;
class Database;
}

namespace govops::ui {

class Selection;
class Ticker;

// What the shell hands every panel it creates: the shared services, by pointer, owned by the app and
// alive as long as the main window. A panel talks to another panel only through the Selection.
struct PanelContext
{
    storage::Database *database = nullptr;
    const core::Clock *clock = nullptr;
    Selection *selection = nullptr;
    Ticker *ticker = nullptr; // the one 1 Hz tick every countdown repaints on
    Session session = {};
    storage::ChangeFeed *changes = nullptr; // what any console changed in the database; may be null in tests
    iaas::OpenStackClient *cloud = nullptr;        // the cloud's API (CMDB sync); null: no cloud configured
    metrics::PrometheusClient *metrics = nullptr;  // the metrics source (charts); null: none configured
};

// Where a panel sits in the default layout (and after View > Reset Layout). The window has no central widget:
// the panels share it all, in columns from left to right, with the bottom row under the centre and right columns.
//   Left     a column at the left edge, full height (trees, navigation);
//   Centre   the main column (the work list);
//   Right    a column at the right edge;
//   Bottom   a row under the centre and right columns (charts).
// Panels of one side sit side by side in the order they were registered.
struct DockPlacement
{
    enum class Side { Left, Centre, Right, Bottom };
    Side side = Side::Centre;
    QString tabifyWith = {}; // id of a panel to share a tab group with; empty: a place of its own
    int extent = 0;          // preferred width (Left, Centre, Right) or height (Bottom); 0: no preference
};

// One panel as a module describes it to the shell. The shell knows nothing else about it.
struct PanelDescriptor
{
    QString id = {};                     // stable: the dock's objectName, the key of the saved layout
    std::function<QString()> title = {}; // translated; called again when the language changes
    QIcon icon = {};
    DockPlacement placement = {};
    std::function<QWidget *(PanelContext &context)> factory = {}; // the shell takes ownership of the widget
};

} // namespace govops::ui
