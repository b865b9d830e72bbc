#include "visits/VisitSchedulePanel.h"

#include "ui/EmptyState.h"
#include "ui/Panel.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::visits {

VisitSchedulePanel::VisitSchedulePanel(ui::PanelContext &context, QWidget *parent)
    : QWidget(parent), m_empty(new ui::EmptyState(this))
{
    Q_UNUSED(context)
    setFocusPolicy(Qt::StrongFocus); // Alt+number lands here
    m_empty->setIcon(QIcon(u":/icons/visits.png"_s));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    retranslate();
}

void VisitSchedulePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void VisitSchedulePanel::retranslate()
{
    m_empty->setTitle(tr("The return-visit schedule arrives in a later release"));
    m_empty->setExplanation(tr("Here you will see the return visits that are due: after service operations and faults, "
                               "on days 3, 8 and 15 for new customers, and monthly and quarterly for VIP customers."));
}

} // namespace govops::visits
