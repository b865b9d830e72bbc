#pragma once

class QWidget;

namespace govops::app {

// Moves a top-level window (the main window, a floating dock) back onto a screen when too little of it is on
// any current one, e.g. a layout saved with a second monitor that is now unplugged. Returns true if it moved.
bool keepOnScreen(QWidget *window);

} // namespace govops::app
