#include "tickets/TicketQueuePanel.h"

#include "ui/EmptyState.h"
#include "ui/Panel.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::tickets {

TicketQueuePanel::TicketQueuePanel(ui::PanelContext &context, QWidget *parent)
    : QWidget(parent), m_empty(new ui::EmptyState(this))
{
    Q_UNUSED(context)
    setFocusPolicy(Qt::StrongFocus); // Alt+number lands here
    m_empty->setIcon(QIcon(u":/icons/tickets.png"_s));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    retranslate();
}

void TicketQueuePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketQueuePanel::retranslate()
{
    m_empty->setTitle(tr("The ticket queue arrives in a later release"));
    m_empty->setExplanation(tr("Here you will work every open ticket from the portal, the mailboxes and the hotline: "
                               "its grade, owner, department and SLA countdown, sorted and filtered on the server."));
}

} // namespace govops::tickets
