#include "tickets/NoteDialog.h"

#include "storage/Records.h"
#include "ui/DomainWords.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace govops::tickets {

NoteDialog::NoteDialog(Mode mode, const QString &ticketNumber, const QString &status, QWidget *parent)
    : ActionDialog(parent), m_mode(mode)
{
    QString label;
    switch (mode) {
    case Mode::Comment:
        setWindowTitle(tr("Comment on %1").arg(ticketNumber));
        setOkText(tr("&Add Comment"));
        label = tr("&Comment (for the team, not the customer):");
        break;
    case Mode::CustomerUpdate:
        setWindowTitle(tr("Customer Update for %1").arg(ticketNumber));
        setOkText(tr("&Record Update"));
        label = tr("&What the customer was told:");
        m_channel = new QComboBox;
        for (const QString &channel : storage::codes::channels())
            m_channel->addItem(ui::channelTitle(channel), channel);
        form()->addRow(tr("C&hannel:"), m_channel);
        connect(m_channel, &QComboBox::currentIndexChanged, this, [this] { edited(); });
        break;
    case Mode::Plan:
        setWindowTitle(tr("Handling Plan for %1").arg(ticketNumber));
        setOkText(tr("&Submit Plan"));
        label = tr("&Plan (what will be done, by whom, by when):");
        break;
    case Mode::StatusChange:
        setWindowTitle(tr("%1: Change Status to %2").arg(ticketNumber, status));
        setOkText(tr("&Change Status"));
        label = tr("&Note (optional):");
        break;
    }
    m_text = addText(label, storage::limits::eventText);
    resize(520, 360);
}

QString NoteDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

QString NoteDialog::channel() const
{
    return m_channel ? m_channel->currentData().toString() : QString();
}

QString NoteDialog::problem(QWidget **field) const
{
    if (m_mode == Mode::StatusChange || !text().isEmpty())
        return {};
    *field = m_text;
    switch (m_mode) {
    case Mode::Comment:
        return tr("Write the comment first: an empty one says nothing.");
    case Mode::CustomerUpdate:
        return tr("Write down what the customer was told.");
    case Mode::Plan:
        return tr("Describe the plan before submitting it.");
    case Mode::StatusChange:
        break;
    }
    return {};
}

QJsonObject NoteDialog::draft() const
{
    QJsonObject fields{{u"text"_s, m_text->toPlainText()}};
    if (m_channel)
        fields.insert(u"channel"_s, channel());
    return fields;
}

void NoteDialog::restoreDraft(const QJsonObject &fields)
{
    m_text->setPlainText(fields.value(u"text"_s).toString());
    if (m_channel) {
        if (const int i = m_channel->findData(fields.value(u"channel"_s).toString()); i >= 0)
            m_channel->setCurrentIndex(i);
        else
            m_channel->setCurrentIndex(0);
    }
}

} // namespace govops::tickets
