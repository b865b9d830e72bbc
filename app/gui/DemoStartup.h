#pragma once

#include "storage/Database.h"
#include "ui/Session.h"

#include <QObject>

class QProgressDialog;

namespace govops::core {
class Clock;
}

namespace govops::app {

// --demo, before the main window: opens the embedded demo database (migrating it), fills it with demo data
// when it is empty — on the database's worker thread, with a progress dialog when that takes a while — and
// finds the demo service-desk agent the console signs in as.
class DemoStartup : public QObject
{
    Q_OBJECT
public:
    static QString databasePath(); // <AppDataLocation>/demo.db

    DemoStartup(storage::Database &database, const core::Clock &clock);
    ~DemoStartup() override;

    // Returns when the database is ready (or read-only). false: the console cannot start on it; the person
    // has been told why.
    bool run();
    ui::Session session() const { return m_session; }

signals:
    void finished(); // run() returns

private:
    void databaseStateChanged(storage::Database::State state, const QString &message);
    void prepare(bool readOnly);
    void finish(bool ok);

    storage::Database &m_database;
    const core::Clock &m_clock;
    QProgressDialog *m_progress;
    ui::Session m_session;
    bool m_preparing = false;
    bool m_ok = false;
    bool m_finished = false;
};

} // namespace govops::app
