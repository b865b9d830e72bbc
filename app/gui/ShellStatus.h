#pragma once

#include "storage/Database.h"
#include "ui/Session.h"

#include <QObject>

class QLabel;
class QStatusBar;

namespace govops::app {

// The permanent labels at the right of the main window's status bar: the connection profile, who is signed
// in and as what, and the state of the database and of the cloud platform's API, each coloured by health.
class ShellStatus : public QObject
{
    Q_OBJECT
public:
    enum class ApiState { NotConfigured, Simulator, Connected, Unreachable };
    Q_ENUM(ApiState)

    explicit ShellStatus(QStatusBar *bar);

    void setProfile(const QString &name);
    void setSession(const ui::Session &session);
    void setDatabaseState(storage::Database::State state, const QString &message);
    void setApiState(ApiState state, const QString &detail = {});
    void retranslate();

private:
    QString m_profile;
    ui::Session m_session;
    storage::Database::State m_database = storage::Database::State::Closed;
    QString m_databaseMessage;
    ApiState m_api = ApiState::NotConfigured;
    QString m_apiDetail;

    QLabel *m_profileLabel;
    QLabel *m_personLabel;
    QLabel *m_databaseLabel;
    QLabel *m_apiLabel;
};

} // namespace govops::app
