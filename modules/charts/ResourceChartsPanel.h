#pragma once

#include <QWidget>

namespace govops::ui {
class EmptyState;
struct PanelContext;
} // namespace govops::ui

namespace govops::charts {

// Placeholder until the panel's content arrives: says what the panel will show.
class ResourceChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit ResourceChartsPanel(ui::PanelContext &context, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ui::EmptyState *m_empty;
};

} // namespace govops::charts
