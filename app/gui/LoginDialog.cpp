#include "LoginDialog.h"

#include "Logging.h"
#include "PasswordStore.h"
#include "ProfileDialog.h"
#include "SessionLookup.h"
#include "storage/WhenDone.h"
#include "ui/StatusBanner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::app {

namespace {

QString describe(const ConnectionProfile &p)
{
    if (p.kind == storage::Backend::Sqlite)
        return LoginDialog::tr("Embedded database %1").arg(QDir::toNativeSeparators(p.sqlitePath));
    return LoginDialog::tr("PostgreSQL %1@%2:%3/%4, TLS %5")
        .arg(p.user.isEmpty() ? LoginDialog::tr("(default user)") : p.user, p.host)
        .arg(p.port)
        .arg(p.database, p.sslMode);
}

} // namespace

LoginDialog::LoginDialog(QSettings &settings, PasswordStore &passwords, const QString &preferredProfile,
                         QWidget *parent)
    : QDialog(parent), m_store(settings), m_passwords(passwords), m_keyringBanner(new ui::StatusBanner),
      m_profileLabel(new QLabel), m_profileBox(new QComboBox), m_add(new QPushButton), m_edit(new QPushButton),
      m_remove(new QPushButton), m_where(new QLabel), m_loginLabel(new QLabel), m_login(new QLineEdit),
      m_passwordLabel(new QLabel), m_password(new QLineEdit), m_remember(new QCheckBox), m_status(new ui::StatusBanner),
      m_signIn(new QPushButton), m_cancel(new QPushButton)
{
    setWindowIcon(QIcon(u":/icons/govops.png"_s));
    m_profileBox->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_profileLabel->setBuddy(m_profileBox);
    m_where->setWordWrap(true);
    m_where->setForegroundRole(QPalette::PlaceholderText);
    m_loginLabel->setBuddy(m_login);
    m_passwordLabel->setBuddy(m_password);
    m_password->setEchoMode(QLineEdit::Password);
    m_signIn->setDefault(true);

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileBox, 1);
    profileRow->addWidget(m_add);
    profileRow->addWidget(m_edit);
    profileRow->addWidget(m_remove);
    auto *form = new QFormLayout;
    form->addRow(m_profileLabel, profileRow);
    form->addRow(QString(), m_where);
    form->addRow(m_loginLabel, m_login);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(QString(), m_remember);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    buttons->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_keyringBanner);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    setMinimumWidth(560);

    connect(m_profileBox, &QComboBox::currentIndexChanged, this, &LoginDialog::profileChosen);
    connect(m_add, &QPushButton::clicked, this, &LoginDialog::addProfile);
    connect(m_edit, &QPushButton::clicked, this, &LoginDialog::editProfile);
    connect(m_remove, &QPushButton::clicked, this, &LoginDialog::removeProfile);
    connect(m_signIn, &QPushButton::clicked, this, &LoginDialog::signIn);
    connect(m_cancel, &QPushButton::clicked, this, &LoginDialog::reject);

    retranslate();
    reloadProfiles(preferredProfile.isEmpty() ? m_store.lastUsed() : preferredProfile);
}

LoginDialog::~LoginDialog() = default;

std::unique_ptr<storage::Database> LoginDialog::takeDatabase()
{
    if (m_database)
        m_database->disconnect(this);
    return std::move(m_database);
}

ConnectionProfile LoginDialog::profile() const
{
    const ConnectionProfile *p = current();
    return p ? *p : ConnectionProfile{};
}

const ConnectionProfile *LoginDialog::current() const
{
    const int i = m_profileBox->currentIndex();
    return i >= 0 && i < m_profiles.size() ? &m_profiles.at(i) : nullptr;
}

void LoginDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

void LoginDialog::retranslate()
{
    setWindowTitle(tr("Sign In to GovOps Console"));
    m_profileLabel->setText(tr("&Connection:"));
    m_add->setText(tr("Add…"));
    m_edit->setText(tr("Edit…"));
    m_remove->setText(tr("Remove"));
    m_loginLabel->setText(tr("&Login name:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_remember->setText(tr("&Remember the password in the system keyring"));
    m_signIn->setText(tr("&Sign In"));
    m_cancel->setText(tr("Cancel"));
    if (const ConnectionProfile *p = current())
        m_where->setText(describe(*p));
}

void LoginDialog::reloadProfiles(const QString &select)
{
    m_profiles = m_store.load();
    const QSignalBlocker blocker(m_profileBox);
    m_profileBox->clear();
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        m_profileBox->addItem(p.name);
    m_profileBox->setCurrentIndex(std::max(0, int(m_profileBox->findText(select))));
    profileChosen();
}

void LoginDialog::profileChosen()
{
    const ConnectionProfile *p = current();
    m_edit->setEnabled(p);
    m_remove->setEnabled(p);
    m_signIn->setEnabled(p);
    m_status->clear();
    m_password->clear();
    m_remember->setChecked(false);
    if (!p) {
        m_where->setText(tr("No connection profile yet: add one to say where the database is."));
        m_login->clear();
        return;
    }
    m_where->setText(describe(*p));
    m_login->setText(p->login);
    const bool server = p->kind == storage::Backend::Postgres;
    m_password->setEnabled(server);
    m_passwordLabel->setEnabled(server);
    m_remember->setEnabled(server && m_keyringAvailable);
    if (!server || !m_keyringAvailable)
        return;
    storage::whenDone(this, m_passwords.read(p->url().keyringKey()),
                      [this, name = p->name](const core::Result<QString> &result) {
                          const ConnectionProfile *now = current();
                          if (!now || now->name != name || isConnecting())
                              return; // another profile was chosen meanwhile
                          if (result) {
                              m_password->setText(result.value());
                              m_remember->setChecked(true);
                          } else if (result.error().code != core::Error::Code::NotFound) {
                              keyringUnavailable(result.error().message);
                          }
                      });
}

void LoginDialog::keyringUnavailable(const QString &message)
{
    m_keyringAvailable = false;
    m_remember->setChecked(false);
    m_remember->setEnabled(false);
    m_keyringBanner->showMessage(ui::StatusBanner::Level::Warning, message);
}

void LoginDialog::addProfile()
{
    QStringList names;
    for (const ConnectionProfile &p : std::as_const(m_profiles))
        names.append(p.name);
    ConnectionProfile fresh;
    fresh.login = m_login->text().trimmed();
    ProfileDialog dialog(fresh, names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles.append(dialog.profile());
    m_store.save(m_profiles);
    reloadProfiles(dialog.profile().name);
}

void LoginDialog::editProfile()
{
    const int i = m_profileBox->currentIndex();
    if (i < 0)
        return;
    QStringList names;
    for (int j = 0; j < m_profiles.size(); ++j) {
        if (j != i)
            names.append(m_profiles.at(j).name);
    }
    ProfileDialog dialog(m_profiles.at(i), names, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_profiles[i] = dialog.profile();
    m_store.save(m_profiles);
    reloadProfiles(dialog.profile().name);
}

void LoginDialog::removeProfile()
{
    const ConnectionProfile *p = current();
    if (!p)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Remove Profile"),
        tr("Remove the connection profile \"%1\"? A password remembered for it stays in the keyring while "
           "another profile uses the same server and user; otherwise it is removed too.")
            .arg(p->name));
    if (answer != QMessageBox::Yes)
        return;
    const ConnectionProfile removed = *p;
    m_profiles.removeAt(m_profileBox->currentIndex());
    m_store.save(m_profiles);
    const QString key = removed.url().keyringKey();
    const bool shared = std::any_of(m_profiles.cbegin(), m_profiles.cend(),
                                    [&key](const ConnectionProfile &q) { return q.url().keyringKey() == key; });
    if (!key.isEmpty() && !shared && m_keyringAvailable)
        m_passwords.remove(key); // a failure here leaves an unused entry behind; the store logs it
    reloadProfiles({});
}

void LoginDialog::signIn()
{
    const ConnectionProfile *p = current();
    if (!p || m_database)
        return;
    const QString login = m_login->text().trimmed();
    if (login.isEmpty()) {
        m_status->showMessage(ui::StatusBanner::Level::Error, tr("Enter your login name."));
        m_login->setFocus();
        return;
    }
    if (login != p->login) {
        m_profiles[m_profileBox->currentIndex()].login = login;
        m_store.save(m_profiles);
        p = current();
    }
    m_store.setLastUsed(p->name);

    const bool server = p->kind == storage::Backend::Postgres;
    qCInfo(lcLogin).noquote() << "Signing in as" << login << "to" << p->url().toString();
    m_database = std::make_unique<storage::Database>(p->url());
    if (server && !m_password->text().isEmpty())
        m_database->setPassword(m_password->text());
    connect(m_database.get(), &storage::Database::stateChanged, this, &LoginDialog::databaseStateChanged);
    setConnecting(true);
    m_status->showMessage(ui::StatusBanner::Level::Info, tr("Connecting to %1 …").arg(describe(*p)));
    m_status->setBusy(true);
    // The console migrates its own embedded file; a server's schema belongs to `govops-admin migrate`.
    m_database->open(server ? storage::Database::SchemaPolicy::RequireCurrent
                            : storage::Database::SchemaPolicy::MigrateIfNeeded);
}

void LoginDialog::databaseStateChanged(storage::Database::State state, const QString &message)
{
    switch (state) {
    case storage::Database::State::Closed:
    case storage::Database::State::Connecting:
        return;
    case storage::Database::State::Ready:
    case storage::Database::State::ReadOnly:
        m_database->disconnect(this);
        connected(state == storage::Database::State::ReadOnly);
        return;
    case storage::Database::State::Unreachable:
        failed(message);
        return;
    }
}

void LoginDialog::connected(bool readOnly)
{
    m_status->showMessage(ui::StatusBanner::Level::Info, tr("Connected. Looking up your staff record…"));
    m_status->setBusy(true);
    const QString login = m_login->text().trimmed();
    storage::whenDone(
        this, m_database->run<core::Result<ui::Session>>([login](QSqlDatabase &db) { return findSession(db, login); }),
        [this, readOnly, login](const core::Result<ui::Session> &found) {
            if (found) {
                m_session = found.value();
            } else if (readOnly && found.error().code != core::Error::Code::NotFound &&
                       found.error().code != core::Error::Code::Forbidden) {
                // A schema this console does not understand: sign in read-only, knowing only the login name.
                qCWarning(lcLogin).noquote() << "Staff lookup failed on a read-only database:" << found.error().detail;
                m_session = ui::Session{.login = login, .person = login};
            } else {
                failed(found.error().message);
                return;
            }
            qCInfo(lcLogin).noquote() << "Signed in as" << login << (readOnly ? "(read-only)" : "");
            rememberPasswordAndAccept();
        });
}

void LoginDialog::failed(const QString &message)
{
    qCInfo(lcLogin).noquote() << "Sign-in failed:" << message;
    m_database->disconnect(this);
    m_database.release()->deleteLater(); // it may be emitting the signal that brought us here
    setConnecting(false);
    m_status->showMessage(ui::StatusBanner::Level::Error, tr("Could not sign in: %1").arg(message));
}

// The password is remembered (or forgotten) only once it has proved right. The dialog closes when the keyring
// has answered; a keyring failure travels on to the main window.
void LoginDialog::rememberPasswordAndAccept()
{
    const ConnectionProfile *p = current();
    const QString key = p->url().keyringKey();
    if (p->kind != storage::Backend::Postgres || !m_keyringAvailable || key.isEmpty()) {
        accept();
        return;
    }
    QFuture<core::Status> done = m_remember->isChecked() && !m_password->text().isEmpty()
                                     ? m_passwords.write(key, m_password->text())
                                     : m_passwords.remove(key);
    storage::whenDone(this, done, [this](const core::Status &status) {
        if (!status)
            m_keyringProblem = status.error().message;
        accept();
    });
}

void LoginDialog::setConnecting(bool connecting)
{
    for (QWidget *w :
         {static_cast<QWidget *>(m_profileBox), static_cast<QWidget *>(m_add), static_cast<QWidget *>(m_edit),
          static_cast<QWidget *>(m_remove), static_cast<QWidget *>(m_login), static_cast<QWidget *>(m_signIn)})
        w->setEnabled(!connecting);
    const bool server = current() && current()->kind == storage::Backend::Postgres;
    m_password->setEnabled(!connecting && server);
    m_remember->setEnabled(!connecting && server && m_keyringAvailable);
    m_status->setBusy(connecting);
}

} // namespace govops::app
