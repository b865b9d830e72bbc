#pragma once

#include "ConnectionProfile.h"
#include "storage/Database.h"
#include "ui/Session.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;

namespace govops::ui {
class StatusBanner;
}

namespace govops::app {

class PasswordStore;

// Signs a person in: pick a connection profile (add, edit, remove them here), give the login name and, for a
// server, the password; the database opens on its worker thread while the dialog shows progress, then the
// result. Profiles live in the settings; a password only in the keyring, and only when "remember" is ticked.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    LoginDialog(QSettings &settings, PasswordStore &passwords, const QString &preferredProfile = {},
                QWidget *parent = nullptr);
    ~LoginDialog() override;

    // After exec() == Accepted: the open database (Ready or ReadOnly), the profile, and who signed in.
    std::unique_ptr<storage::Database> takeDatabase();
    ConnectionProfile profile() const;
    ui::Session session() const { return m_session; }
    // What went wrong with the keyring while signing in, for the main window to show; empty if nothing did.
    QString keyringProblem() const { return m_keyringProblem; }

    bool isConnecting() const { return m_database != nullptr; }

public slots:
    void signIn();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void reloadProfiles(const QString &select);
    void profileChosen();
    void addProfile();
    void editProfile();
    void removeProfile();
    void keyringUnavailable(const QString &message);
    void databaseStateChanged(storage::Database::State state, const QString &message);
    void connected(bool readOnly);
    void rememberPasswordAndAccept();
    void failed(const QString &message);
    void setConnecting(bool connecting);
    const ConnectionProfile *current() const;

    ProfileStore m_store;
    PasswordStore &m_passwords;
    QList<ConnectionProfile> m_profiles;
    std::unique_ptr<storage::Database> m_database; // while connecting, and after success until taken
    ui::Session m_session;
    QString m_keyringProblem;
    bool m_keyringAvailable = true;

    ui::StatusBanner *m_keyringBanner;
    QLabel *m_profileLabel;
    QComboBox *m_profileBox;
    QPushButton *m_add;
    QPushButton *m_edit;
    QPushButton *m_remove;
    QLabel *m_where;
    QLabel *m_loginLabel;
    QLineEdit *m_login;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    ui::StatusBanner *m_status;
    QPushButton *m_signIn;
    QPushButton *m_cancel;
};

} // namespace govops::app
