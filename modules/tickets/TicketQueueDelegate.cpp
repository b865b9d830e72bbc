#include "tickets/TicketQueueDelegate.h"

#include "tickets/DeadlineState.h"
#include "tickets/TicketQueueModel.h"

#include <QApplication>
#include <QPainter>

namespace govops::tickets {

QColor TicketQueueDelegate::gradeColor(int grade)
{
    switch (grade) {
    case 1:
        return QColor(0xc6, 0x28, 0x28);
    case 2:
        return QColor(0xef, 0x6c, 0x00);
    case 3:
        return QColor(0x15, 0x65, 0xc0);
    default:
        return QColor(0x75, 0x75, 0x75);
    }
}

void TicketQueueDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != TicketQueueModel::Deadline)
        return;
    switch (DeadlineState(index.data(TicketQueueModel::DeadlineStateRole).toInt())) {
    case DeadlineState::Warning:
        option->palette.setColor(QPalette::Text, QColor(0xb2, 0x6a, 0x00));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xe0, 0x82));
        break;
    case DeadlineState::Breached:
        option->palette.setColor(QPalette::Text, QColor(0xc6, 0x28, 0x28));
        option->palette.setColor(QPalette::HighlightedText, QColor(0xff, 0xcd, 0xd2));
        option->font.setBold(true);
        break;
    case DeadlineState::None:
    case DeadlineState::Ok:
        break;
    }
}

void TicketQueueDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    if (index.column() != TicketQueueModel::Grade) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    // The cell's background (selection, hover) from the style, then the badge on top.
    QStyleOptionViewItem cell = option;
    initStyleOption(&cell, index);
    const QString text = cell.text;
    cell.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &cell, painter, widget);

    const QFontMetrics metrics(cell.font);
    const int width = metrics.horizontalAdvance(QStringLiteral("IV")) + metrics.height();
    const int height = metrics.height() + 2;
    QRect badge(0, 0, width, std::min(height, option.rect.height() - 2));
    badge.moveCenter(option.rect.center());
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(Qt::NoPen);
    painter->setBrush(gradeColor(index.data(TicketQueueModel::GradeRole).toInt()));
    painter->drawRoundedRect(badge, badge.height() / 2.0, badge.height() / 2.0);
    painter->setPen(Qt::white);
    QFont font = cell.font;
    font.setBold(true);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, text);
    painter->restore();
}

} // namespace govops::tickets
