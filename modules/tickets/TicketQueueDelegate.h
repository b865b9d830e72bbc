#pragma once

#include <QStyledItemDelegate>

namespace govops::tickets {

// Paints the queue's two coloured cells: the grade as a badge (I red … IV grey) and the countdown in the
// colour of its state (warning amber, breached red and bold). Everything else is the style's own painting.
class TicketQueueDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    static QColor gradeColor(int grade);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace govops::tickets
