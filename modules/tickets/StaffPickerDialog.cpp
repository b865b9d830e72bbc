#include "tickets/StaffPickerDialog.h"

#include "ui/Session.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace govops::tickets {

namespace {
constexpr int StaffIdRole = Qt::UserRole;
constexpr int NameRole = Qt::UserRole + 1;
} // namespace

StaffPickerDialog::StaffPickerDialog(Mode mode, const QString &ticketNumber, const QList<storage::StaffRecord> &staff,
                                     QWidget *parent)
    : ActionDialog(parent), m_mode(mode), m_filter(new QLineEdit), m_list(new QListWidget)
{
    if (mode == Mode::Assign) {
        setWindowTitle(tr("Assign %1").arg(ticketNumber));
        setOkText(tr("&Assign"));
    } else {
        setWindowTitle(tr("Hand Over %1").arg(ticketNumber));
        setOkText(tr("&Hand Over"));
    }
    m_filter->setPlaceholderText(tr("Type part of a name or role"));
    m_filter->setClearButtonEnabled(true);
    for (const storage::StaffRecord &s : staff) {
        const auto role = core::roleFromStorage(s.role);
        auto *item =
            new QListWidgetItem(role ? tr("%1 (%2)").arg(s.displayName, ui::roleTitle(*role)) : s.displayName, m_list);
        item->setData(StaffIdRole, s.id);
        item->setData(NameRole, s.displayName);
    }
    form()->addRow(tr("&Find:"), m_filter);
    form()->addRow(mode == Mode::Assign ? tr("&Assign to:") : tr("&Hand over to:"), m_list);
    if (mode == Mode::HandOver)
        m_note = addText(tr("&Note for the next owner:"), storage::limits::eventText);
    connect(m_filter, &QLineEdit::textChanged, this, &StaffPickerDialog::applyFilter);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] { edited(); });
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] { okButton()->click(); });
    resize(460, 480);
}

void StaffPickerDialog::applyFilter(const QString &text)
{
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *item = m_list->item(i);
        item->setHidden(!item->text().contains(text.trimmed(), Qt::CaseInsensitive));
    }
}

qint64 StaffPickerDialog::staffId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item && !item->isHidden() ? item->data(StaffIdRole).toLongLong() : 0;
}

QString StaffPickerDialog::staffName() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(NameRole).toString() : QString();
}

QString StaffPickerDialog::note() const
{
    return m_note ? m_note->toPlainText().trimmed() : QString();
}

void StaffPickerDialog::choose(qint64 staffId)
{
    for (int i = 0; i < m_list->count(); ++i) {
        if (m_list->item(i)->data(StaffIdRole).toLongLong() == staffId)
            m_list->setCurrentRow(i);
    }
}

QString StaffPickerDialog::problem(QWidget **field) const
{
    if (staffId() == 0) {
        *field = m_list;
        return tr("Choose the person the ticket goes to.");
    }
    if (m_mode == Mode::HandOver && note().isEmpty()) {
        *field = m_note;
        return tr("Write a note for the next owner: what was done, what is pending, whom the customer expects.");
    }
    return {};
}

QJsonObject StaffPickerDialog::draft() const
{
    return {{u"staff"_s, staffId()}, {u"note"_s, m_note ? m_note->toPlainText() : QString()}};
}

void StaffPickerDialog::restoreDraft(const QJsonObject &fields)
{
    m_list->setCurrentRow(-1);
    choose(fields.value(u"staff"_s).toInteger());
    if (m_note)
        m_note->setPlainText(fields.value(u"note"_s).toString());
}

} // namespace govops::tickets
