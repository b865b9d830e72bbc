#include "cmdb/CmdbTreePanel.h"

#include "ui/EmptyState.h"
#include "ui/Panel.h"

#include <QEvent>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::cmdb {

CmdbTreePanel::CmdbTreePanel(ui::PanelContext &context, QWidget *parent)
    : QWidget(parent), m_empty(new ui::EmptyState(this))
{
    Q_UNUSED(context)
    setFocusPolicy(Qt::StrongFocus); // Alt+number lands here
    m_empty->setIcon(QIcon(u":/icons/cmdb.png"_s));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_empty);
    retranslate();
}

void CmdbTreePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void CmdbTreePanel::retranslate()
{
    m_empty->setTitle(tr("The CMDB tree arrives in a later release"));
    m_empty->setExplanation(tr("Here you will browse each department's business systems, cloud hosts, physical hosts, "
                               "volumes and networks, kept in step with the cloud platform."));
}

} // namespace govops::cmdb
