#include "ui/EmptyState.h"

#include <QIcon>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace govops::ui {

namespace {
constexpr int IconExtent = 64;
constexpr int TextWidth = 420;
} // namespace

EmptyState::EmptyState(QWidget *parent)
    : QWidget(parent), m_icon(new QLabel(this)), m_title(new QLabel(this)), m_explanation(new QLabel(this))
{
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->hide();

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.25);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);

    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    // In a small panel the text scrolls instead of being squeezed over itself.
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    m_column = column;
    column->addStretch(1);
    column->addWidget(m_icon, 0, Qt::AlignHCenter);
    column->addSpacing(8);
    column->addWidget(m_title);
    column->addWidget(m_explanation); // no alignment flag: it would break the label's height-for-width
    column->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setBackgroundRole(QPalette::Base); // framed and white like the views that will replace it
    content->setAutoFillBackground(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void EmptyState::resizeEvent(QResizeEvent *event)
{
    // Keep the lines short enough to read in a wide panel.
    const int side = std::max(12, (width() - TextWidth) / 2);
    m_column->setContentsMargins(side, 12, side, 12);
    QWidget::resizeEvent(event);
}

void EmptyState::setIcon(const QIcon &icon)
{
    m_icon->setPixmap(icon.pixmap(IconExtent, IconExtent));
    m_icon->setVisible(!icon.isNull());
}

void EmptyState::setTitle(const QString &title)
{
    m_title->setText(title);
}

void EmptyState::setExplanation(const QString &explanation)
{
    m_explanation->setText(explanation);
}

QString EmptyState::title() const
{
    return m_title->text();
}

QString EmptyState::explanation() const
{
    return m_explanation->text();
}

} // namespace govops::ui
