#include "ScreenFit.h"

#include "Logging.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

namespace govops::app {

namespace {
// Enough of the window to grab and drag it back: its top edge, where the title bar is.
constexpr int MinVisibleWidth = 120;
constexpr int MinVisibleHeight = 24;
} // namespace

bool keepOnScreen(QWidget *window)
{
    const QRect frame = window->frameGeometry();
    const QRect grip(frame.topLeft(), QSize(frame.width(), std::min(frame.height(), 48)));
    const QList<QScreen *> screens = QGuiApplication::screens();
    for (const QScreen *screen : screens) {
        const QRect seen = screen->availableGeometry().intersected(grip);
        if (seen.width() >= std::min(MinVisibleWidth, frame.width()) &&
            seen.height() >= std::min(MinVisibleHeight, frame.height()))
            return false;
    }
    const QScreen *target = QGuiApplication::primaryScreen();
    if (!target)
        return false;
    const QRect available = target->availableGeometry();
    const QSize frameExtra = frame.size() - window->geometry().size();
    const QSize size = window->geometry().size().boundedTo(available.size() - frameExtra);
    QRect placed(QPoint(), size + frameExtra);
    placed.moveCenter(available.center());
    qCInfo(lcLayout) << window->objectName() << "had its title bar off every screen at" << frame << "- moved to"
                     << placed.topLeft();
    window->resize(size);
    window->move(placed.topLeft());
    return true;
}

} // namespace govops::app
