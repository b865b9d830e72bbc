#include "DemoStartup.h"

#include "Logging.h"
#include "SessionLookup.h"
#include "core/Clock.h"
#include "storage/DemoData.h"
#include "storage/WhenDone.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace govops::app {

namespace {
constexpr int ShowProgressAfterMs = 400; // an already filled demo database opens without a flash
} // namespace

QString DemoStartup::databasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"demo.db"_s);
}

DemoStartup::DemoStartup(storage::Database &database, const core::Clock &clock)
    : m_database(database), m_clock(clock), m_progress(new QProgressDialog)
{
    m_progress->setWindowTitle(tr("GovOps Console"));
    m_progress->setWindowIcon(QIcon(u":/icons/govops.png"_s));
    m_progress->setCancelButton(nullptr);
    m_progress->setRange(0, 0);
    m_progress->setMinimumWidth(420);
    m_progress->setMinimumDuration(ShowProgressAfterMs);
    m_progress->setLabelText(tr("Opening the demo database…"));
    m_progress->setValue(0); // starts the clock of setMinimumDuration()
}

DemoStartup::~DemoStartup()
{
    delete m_progress;
}

bool DemoStartup::run()
{
    QDir().mkpath(QFileInfo(databasePath()).absolutePath());
    QEventLoop loop;
    connect(this, &DemoStartup::finished, &loop, &QEventLoop::quit);
    connect(&m_database, &storage::Database::stateChanged, this, &DemoStartup::databaseStateChanged);
    m_database.open(storage::Database::SchemaPolicy::MigrateIfNeeded);
    if (!m_finished)
        loop.exec();
    m_database.disconnect(this);
    return m_ok;
}

void DemoStartup::databaseStateChanged(storage::Database::State state, const QString &message)
{
    switch (state) {
    case storage::Database::State::Closed:
    case storage::Database::State::Connecting:
        return;
    case storage::Database::State::Ready:
    case storage::Database::State::ReadOnly:
        if (!m_preparing)
            prepare(state == storage::Database::State::ReadOnly);
        return;
    case storage::Database::State::Unreachable:
        if (m_preparing)
            return; // the job fails as a value and says why
        qCWarning(lcApp).noquote() << "Demo database unusable:" << message;
        m_progress->hide();
        QMessageBox::critical(nullptr, tr("GovOps Console"),
                              tr("The demo database %1 cannot be opened: %2").arg(databasePath(), message));
        finish(false);
        return;
    }
}

void DemoStartup::prepare(bool readOnly)
{
    m_preparing = true;
    QElapsedTimer timer;
    timer.start();
    // Told on the worker thread what the seeding is doing; shown on this one.
    auto progress = [this](const QString &text) {
        QMetaObject::invokeMethod(
            this, [this, text] { m_progress->setLabelText(text); }, Qt::QueuedConnection);
    };
    const QDateTime now = m_clock.now();
    storage::whenDone(
        this,
        m_database.run<core::Result<ui::Session>>(
            [readOnly, now, progress](QSqlDatabase &db) -> core::Result<ui::Session> {
                if (!readOnly) {
                    storage::SeedOptions options;
                    options.now = now;
                    options.progress = progress;
                    auto seeded = storage::DemoData::seed(db, options);
                    if (!seeded)
                        return seeded.error();
                }
                return findDemoAgent(db);
            }),
        [this, readOnly, timer](const core::Result<ui::Session> &agent) {
            if (agent) {
                m_session = agent.value();
            } else {
                qCWarning(lcApp).noquote() << "Demo data not ready:" << agent.error().message << agent.error().detail;
                if (!readOnly) {
                    m_progress->hide();
                    QMessageBox::critical(nullptr, tr("GovOps Console"),
                                          tr("The demo data could not be loaded: %1").arg(agent.error().message));
                    finish(false);
                    return;
                }
                // A demo database from a newer console: look, but as nobody in particular.
                m_session = ui::Session{.login = u"demo"_s, .person = tr("Demo agent"), .role = core::Role::Agent};
            }
            qCInfo(lcApp) << "Demo database ready after" << timer.elapsed() << "ms";
            finish(true);
        });
}

void DemoStartup::finish(bool ok)
{
    m_ok = ok;
    m_finished = true;
    m_progress->hide();
    emit finished();
}

} // namespace govops::app
