#include "ui/StatusBanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace govops::ui {

StatusBanner::StatusBanner(QWidget *parent)
    : QFrame(parent), m_icon(new QLabel(this)), m_text(new QLabel(this)), m_busy(new QProgressBar(this)),
      m_action(new QPushButton(this))
{
    setObjectName(u"statusBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(120);
    m_busy->hide();
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &StatusBanner::actionTriggered);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_busy);
    layout->addWidget(m_action);
    hide();
}

void StatusBanner::showMessage(Level level, const QString &text, const QString &actionText)
{
    m_level = level;
    struct Look
    {
        QStyle::StandardPixmap icon;
        QLatin1StringView background;
        QLatin1StringView border;
    };
    const Look look = level == Level::Error     ? Look{QStyle::SP_MessageBoxCritical, "#fdecea"_L1, "#d93025"_L1}
                      : level == Level::Warning ? Look{QStyle::SP_MessageBoxWarning, "#fff4d6"_L1, "#e3a008"_L1}
                                                : Look{QStyle::SP_MessageBoxInformation, "#e8f1fd"_L1, "#1f6feb"_L1};
    setStyleSheet(u"QFrame#statusBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"
                  u" QFrame#statusBanner QLabel { color: #1f2328; }"_s.arg(look.background, look.border));
    const int extent = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(extent, extent));
    m_text->setText(text);
    m_action->setText(actionText);
    m_action->setVisible(!actionText.isEmpty());
    setAccessibleName(text);
    show();
}

void StatusBanner::setBusy(bool busy)
{
    m_busy->setVisible(busy);
}

void StatusBanner::clear()
{
    setBusy(false);
    m_text->clear();
    hide();
}

QString StatusBanner::text() const
{
    return m_text->text();
}

bool StatusBanner::isBusy() const
{
    return !m_busy->isHidden();
}

} // namespace govops::ui
