#pragma once

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace govops::ui {

// What a panel shows when it has nothing to show: an icon, a short title and a sentence that says why and what
// would fill it ("No tickets match this filter. Clear the filter to see the whole queue.").
class EmptyState : public QWidget
{
    Q_OBJECT
public:
    explicit EmptyState(QWidget *parent = nullptr);

    void setIcon(const QIcon &icon);
    void setTitle(const QString &title);
    void setExplanation(const QString &explanation);

    QString title() const;
    QString explanation() const;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    QVBoxLayout *m_column;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace govops::ui
