#include "tickets/ConflictDialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace govops::tickets {

namespace {

QPlainTextEdit *pane(const QString &text)
{
    auto *edit = new QPlainTextEdit(text);
    edit->setReadOnly(true);
    return edit;
}

} // namespace

ConflictDialog::ConflictDialog(const QString &why, const QString &mine, const QString &stored, bool editable,
                               QWidget *parent)
    : QDialog(parent), m_editable(editable), m_mine(pane(mine)), m_stored(pane(stored)),
      m_reapply(new QPushButton(tr("&Apply My Change"))), m_edit(new QPushButton(tr("&Edit My Change"))),
      m_discard(new QPushButton(tr("&Discard My Change")))
{
    setWindowTitle(tr("Someone Else Saved This Ticket"));
    auto *intro = new QLabel(
        tr("%1\nYour change was not saved. Compare, then apply it to the version stored now, or discard it.").arg(why));
    intro->setWordWrap(true);

    auto *sides = new QGridLayout;
    sides->addWidget(new QLabel(tr("Your change:")), 0, 0);
    sides->addWidget(new QLabel(tr("Stored now:")), 0, 1);
    sides->addWidget(m_mine, 1, 0);
    sides->addWidget(m_stored, 1, 1);

    auto *buttons = new QDialogButtonBox;
    buttons->addButton(m_reapply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_edit, QDialogButtonBox::ActionRole);
    buttons->addButton(m_discard, QDialogButtonBox::DestructiveRole);
    m_edit->setVisible(editable);
    m_reapply->setDefault(true);
    connect(m_reapply, &QPushButton::clicked, this, [this] { done(Reapply); });
    connect(m_edit, &QPushButton::clicked, this, [this] { done(Edit); });
    connect(m_discard, &QPushButton::clicked, this, [this] { done(Discard); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(sides, 1);
    layout->addWidget(buttons);
    resize(720, 420);
}

void ConflictDialog::reject()
{
    done(m_editable ? Edit : Discard);
}

QString ConflictDialog::mineText() const
{
    return m_mine->toPlainText();
}

QString ConflictDialog::storedText() const
{
    return m_stored->toPlainText();
}

} // namespace govops::tickets
