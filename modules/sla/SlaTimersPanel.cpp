#include "sla/SlaTimersPanel.h"

#include "ui/EmptyState.h"
#include "ui/Panel.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::sla {

SlaTimersPanel::SlaTimersPanel(ui::PanelContext &context, QWidget *parent)
    : QWidget(parent), m_empty(new ui::EmptyState(this))
{
    Q_UNUSED(context)
    setFocusPolicy(Qt::StrongFocus); // Alt+number lands here
    m_empty->setIcon(QIcon(u":/icons/sla.png"_s));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    retranslate();
}

void SlaTimersPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void SlaTimersPanel::retranslate()
{
    m_empty->setTitle(tr("SLA timers arrive in a later release"));
    m_empty->setExplanation(tr("Here you will see the response, handling-plan and resolution clocks of open faults "
                               "count down, and which ones are about to breach and must be escalated."));
}

} // namespace govops::sla
