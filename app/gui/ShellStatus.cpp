#include "ShellStatus.h"

#include <QLabel>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace govops::app {

namespace {

enum class Health { Idle, Busy, Good, Degraded, Bad };

// A coloured dot before the text: the colour says the health at a glance, the text says it in words.
QString withDot(Health health, const QString &text)
{
    const QLatin1StringView colour = health == Health::Good       ? "#1a7f37"_L1
                                     : health == Health::Busy     ? "#1f6feb"_L1
                                     : health == Health::Degraded ? "#b7791f"_L1
                                     : health == Health::Bad      ? "#d93025"_L1
                                                                  : "#8c959f"_L1;
    return u"<span style=\"color:%1\">&#9679;</span>&nbsp;%2"_s.arg(colour, text.toHtmlEscaped());
}

QLabel *permanentLabel(QStatusBar *bar, const QString &name)
{
    auto *label = new QLabel(bar);
    label->setObjectName(name);
    label->setTextFormat(Qt::RichText);
    label->setContentsMargins(6, 0, 6, 0);
    bar->addPermanentWidget(label);
    return label;
}

} // namespace

ShellStatus::ShellStatus(QStatusBar *bar)
    : QObject(bar), m_profileLabel(permanentLabel(bar, u"profileStatus"_s)),
      m_personLabel(permanentLabel(bar, u"personStatus"_s)), m_databaseLabel(permanentLabel(bar, u"databaseStatus"_s)),
      m_apiLabel(permanentLabel(bar, u"apiStatus"_s))
{
    retranslate();
}

void ShellStatus::setProfile(const QString &name)
{
    m_profile = name;
    retranslate();
}

void ShellStatus::setSession(const ui::Session &session)
{
    m_session = session;
    retranslate();
}

void ShellStatus::setDatabaseState(storage::Database::State state, const QString &message)
{
    m_database = state;
    m_databaseMessage = message;
    retranslate();
}

void ShellStatus::setApiState(ApiState state, const QString &detail)
{
    m_api = state;
    m_apiDetail = detail;
    retranslate();
}

void ShellStatus::retranslate()
{
    m_profileLabel->setText(tr("Profile: %1").arg(m_profile.isEmpty() ? tr("none") : m_profile).toHtmlEscaped());

    QString person = m_session.person.isEmpty() ? m_session.login : m_session.person;
    if (person.isEmpty())
        person = tr("Not signed in");
    if (m_session.role)
        person = tr("%1 · %2", "person · role").arg(person, ui::roleTitle(*m_session.role));
    if (!m_session.department.isEmpty())
        person = tr("%1 (%2)", "person (department)").arg(person, m_session.department);
    m_personLabel->setText(person.toHtmlEscaped());

    using State = storage::Database::State;
    struct Look
    {
        Health health;
        QString text;
    };
    const Look db = m_database == State::Ready         ? Look{Health::Good, tr("Database: ready")}
                    : m_database == State::ReadOnly    ? Look{Health::Degraded, tr("Database: read-only")}
                    : m_database == State::Connecting  ? Look{Health::Busy, tr("Database: connecting…")}
                    : m_database == State::Unreachable ? Look{Health::Bad, tr("Database: unreachable")}
                                                       : Look{Health::Idle, tr("Database: not connected")};
    m_databaseLabel->setText(withDot(db.health, db.text));
    m_databaseLabel->setToolTip(m_databaseMessage);

    const Look api = m_api == ApiState::Connected     ? Look{Health::Good, tr("Cloud API: connected")}
                     : m_api == ApiState::Simulator   ? Look{Health::Busy, tr("Cloud API: simulator")}
                     : m_api == ApiState::Unreachable ? Look{Health::Bad, tr("Cloud API: unreachable")}
                                                      : Look{Health::Idle, tr("Cloud API: not configured")};
    m_apiLabel->setText(withDot(api.health, api.text));
    m_apiLabel->setToolTip(m_apiDetail);
}

} // namespace govops::app
