#include "charts/ResourceChartsPanel.h"

#include "ui/EmptyState.h"
#include "ui/Panel.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::charts {

ResourceChartsPanel::ResourceChartsPanel(ui::PanelContext &context, QWidget *parent)
    : QWidget(parent), m_empty(new ui::EmptyState(this))
{
    Q_UNUSED(context)
    setFocusPolicy(Qt::StrongFocus); // Alt+number lands here
    m_empty->setIcon(QIcon(u":/icons/charts.png"_s));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    retranslate();
}

void ResourceChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void ResourceChartsPanel::retranslate()
{
    m_empty->setTitle(tr("Resource charts arrive in a later release"));
    m_empty->setExplanation(tr("Here you will watch live CPU, memory, disk and network use of the selected hosts and "
                               "cloud hosts, and the temperature and humidity of the machine rooms."));
}

} // namespace govops::charts
