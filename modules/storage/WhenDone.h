#pragma once

#include <QFuture>
#include <QFutureWatcher>
#include <QObject>

namespace govops::storage {

// Calls done(result) on owner's thread when future finishes, unless owner is gone by then. The one way a
// QObject takes the result of a database job (or any future): use it instead of QFuture::then(context, …).
// QFuture::then(context, …) in Qt 6.4 asserts (and in release builds warns) when the context object dies while
// the job still runs, e.g. a panel closed during a query; a watcher owned by owner is simply destroyed with it.
template <typename R, typename F> void whenDone(QObject *owner, QFuture<R> future, F done)
{
    auto *watcher = new QFutureWatcher<R>(owner);
    QObject::connect(watcher, &QFutureWatcherBase::finished, owner, [watcher, done = std::move(done)]() mutable {
        watcher->deleteLater();
        done(watcher->result());
    });
    watcher->setFuture(std::move(future));
}

} // namespace govops::storage
