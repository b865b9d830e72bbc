#pragma once

#include <QWidget>

namespace govops::ui {
class EmptyState;
struct PanelContext;
} // namespace govops::ui

namespace govops::sla {

// Placeholder until the panel's content arrives: says what the panel will show.
class SlaTimersPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SlaTimersPanel(ui::PanelContext &context, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ui::EmptyState *m_empty;
};

} // namespace govops::sla
