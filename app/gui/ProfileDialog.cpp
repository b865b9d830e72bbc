#include "ProfileDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace govops::app {

namespace {

// A line edit with a "Browse…" button that picks a file.
QWidget *withBrowse(QLineEdit *edit, const QString &caption, const QString &filter, bool save)
{
    auto *box = new QWidget;
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *browse = new QPushButton(ProfileDialog::tr("Browse…"), box);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    QObject::connect(browse, &QPushButton::clicked, edit, [edit, caption, filter, save] {
        const QString file = save ? QFileDialog::getSaveFileName(edit, caption, edit->text(), filter, nullptr,
                                                                 QFileDialog::DontConfirmOverwrite)
                                  : QFileDialog::getOpenFileName(edit, caption, edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    return box;
}

} // namespace

ProfileDialog::ProfileDialog(const ConnectionProfile &profile, QStringList takenNames, QWidget *parent)
    : QDialog(parent), m_takenNames(std::move(takenNames)), m_name(new QLineEdit(profile.name)), m_kind(new QComboBox),
      m_pages(new QStackedWidget), m_sqlitePath(new QLineEdit(profile.sqlitePath)), m_host(new QLineEdit(profile.host)),
      m_port(new QSpinBox), m_database(new QLineEdit(profile.database)), m_user(new QLineEdit(profile.user)),
      m_sslMode(new QComboBox), m_caFile(new QLineEdit(profile.caFile)), m_login(new QLineEdit(profile.login)),
      m_problem(new QLabel)
{
    setWindowTitle(profile.name.isEmpty() ? tr("New Connection Profile") : tr("Edit Connection Profile"));

    m_kind->addItem(tr("PostgreSQL server"), int(storage::Backend::Postgres));
    m_kind->addItem(tr("Embedded database (SQLite file)"), int(storage::Backend::Sqlite));
    m_kind->setCurrentIndex(m_kind->findData(int(profile.kind)));

    auto *sqlitePage = new QWidget;
    auto *sqliteForm = new QFormLayout(sqlitePage);
    sqliteForm->setContentsMargins(0, 0, 0, 0);
    sqliteForm->addRow(tr("Database file:"), withBrowse(m_sqlitePath, tr("Database File"),
                                                        tr("SQLite databases (*.db *.sqlite);;All files (*)"), true));

    auto *postgresPage = new QWidget;
    auto *postgresForm = new QFormLayout(postgresPage);
    postgresForm->setContentsMargins(0, 0, 0, 0);
    m_port->setRange(1, 65535);
    m_port->setValue(profile.port);
    m_host->setPlaceholderText(tr("db.example.gov.cn"));
    m_user->setPlaceholderText(tr("database role, e.g. govops"));
    for (const QString &mode : sslModes())
        m_sslMode->addItem(mode, mode);
    m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(profile.sslMode)));
    m_sslMode->setToolTip(tr("verify-full checks the server's certificate and name: use it across any network "
                             "you do not control."));
    m_caFile->setPlaceholderText(tr("default: ~/.postgresql/root.crt"));
    postgresForm->addRow(tr("Host:"), m_host);
    postgresForm->addRow(tr("Port:"), m_port);
    postgresForm->addRow(tr("Database:"), m_database);
    postgresForm->addRow(tr("Database user:"), m_user);
    postgresForm->addRow(tr("TLS mode:"), m_sslMode);
    postgresForm->addRow(tr("CA certificate:"), withBrowse(m_caFile, tr("CA Certificate"),
                                                           tr("Certificates (*.pem *.crt);;All files (*)"), false));

    m_pages->addWidget(postgresPage);
    m_pages->addWidget(sqlitePage);
    m_pages->setCurrentIndex(m_kind->currentIndex());
    connect(m_kind, &QComboBox::currentIndexChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_login->setToolTip(tr("Your own login name in the console, as your staff record has it."));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b3261e;"_s);
    m_problem->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ProfileDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("Profile name:"), m_name);
    form->addRow(tr("Kind:"), m_kind);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_pages);
    auto *loginForm = new QFormLayout;
    loginForm->addRow(tr("Your login name:"), m_login);
    layout->addLayout(loginForm);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

ConnectionProfile ProfileDialog::profile() const
{
    ConnectionProfile p;
    p.name = m_name->text().trimmed();
    p.kind = storage::Backend(m_kind->currentData().toInt());
    p.sqlitePath = m_sqlitePath->text().trimmed();
    p.host = m_host->text().trimmed();
    p.port = m_port->value();
    p.database = m_database->text().trimmed();
    p.user = m_user->text().trimmed();
    p.sslMode = m_sslMode->currentData().toString();
    p.caFile = m_caFile->text().trimmed();
    p.login = m_login->text().trimmed();
    return p;
}

QString ProfileDialog::problem() const
{
    const ConnectionProfile p = profile();
    if (p.name.isEmpty())
        return tr("Give the profile a name.");
    if (m_takenNames.contains(p.name))
        return tr("A profile named \"%1\" exists already.").arg(p.name);
    if (p.kind == storage::Backend::Sqlite && p.sqlitePath.isEmpty())
        return tr("Choose the database file.");
    if (p.kind == storage::Backend::Postgres && (p.host.isEmpty() || p.database.isEmpty()))
        return tr("Enter the server's host name and the database name.");
    return {};
}

void ProfileDialog::accept()
{
    const QString why = problem();
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    if (why.isEmpty())
        QDialog::accept();
}

} // namespace govops::app
