#pragma once

#include <QWidget>

namespace govops::ui {
class EmptyState;
struct PanelContext;
} // namespace govops::ui

namespace govops::cmdb {

// Placeholder until the panel's content arrives: says what the panel will show.
class CmdbTreePanel : public QWidget
{
    Q_OBJECT
public:
    explicit CmdbTreePanel(ui::PanelContext &context, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    ui::EmptyState *m_empty;
};

} // namespace govops::cmdb
