#include "tickets/ActionDialog.h"

#include "ui/Drafts.h"
#include "ui/Logging.h"
#include "ui/StatusBanner.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::tickets {

ActionDialog::ActionDialog(QWidget *parent)
    : QDialog(parent), m_banner(new ui::StatusBanner), m_form(new QFormLayout),
      m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    m_autosave.setSingleShot(true);
    m_autosave.setInterval(1000); // a second after the last keystroke: cheap, and a crash loses at most that
    connect(&m_autosave, &QTimer::timeout, this, &ActionDialog::saveDraft);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ActionDialog::reject);
    connect(m_banner, &ui::StatusBanner::actionTriggered, this, [this] {
        // The banner's one button, while a restored draft is shown: go back to the form as it was opened.
        if (!m_drafts)
            return;
        m_restoring = true;
        restoreDraft(m_initial);
        m_restoring = false;
        m_drafts->remove(m_draftKey);
        m_banner->clear();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(m_form, 1);
    layout->addWidget(m_buttons);
}

ActionDialog::~ActionDialog() = default;

void ActionDialog::keepDrafts(ui::Drafts *drafts, const QString &key)
{
    m_drafts = drafts;
    m_draftKey = key;
    m_initial = draft();
    if (const auto stored = drafts->load(key)) {
        m_restoring = true;
        restoreDraft(*stored);
        m_restoring = false;
        m_banner->showMessage(ui::StatusBanner::Level::Info,
                              tr("Restored what you typed here before and had not saved yet."), tr("Discard Draft"));
    }
}

void ActionDialog::saveDraft()
{
    m_autosave.stop();
    if (!m_drafts || m_saved)
        return;
    const QJsonObject fields = draft();
    if (fields == m_initial) {
        m_drafts->remove(m_draftKey);
        return;
    }
    if (const auto kept = m_drafts->save(m_draftKey, fields); !kept) {
        qCWarning(ui::lcUi) << "draft not saved:" << kept.error().detail;
        m_banner->showMessage(ui::StatusBanner::Level::Warning, kept.error().message);
    }
}

void ActionDialog::edited()
{
    if (m_drafts && !m_restoring)
        m_autosave.start();
}

void ActionDialog::succeeded()
{
    m_saved = true;
    m_autosave.stop();
    if (m_drafts)
        m_drafts->remove(m_draftKey);
    setBusy(false);
    accept();
}

void ActionDialog::discard()
{
    m_saved = true;
    m_autosave.stop();
    if (m_drafts)
        m_drafts->remove(m_draftKey);
    setBusy(false);
    reject();
}

void ActionDialog::fail(const core::Error &error)
{
    setBusy(false);
    QString text = error.message;
    if (error.code == core::Error::Code::Unavailable) {
        saveDraft();
        text += u' ' + tr("Nothing you typed is lost: it stays here (and in your drafts). Press %1 to try again.")
                           .arg(okButton()->text().remove(u'&'));
    }
    m_banner->showMessage(ui::StatusBanner::Level::Error, text);
}

void ActionDialog::refuse(const QString &problem, QWidget *field)
{
    m_banner->showMessage(ui::StatusBanner::Level::Error, problem);
    if (field)
        field->setFocus();
}

void ActionDialog::setBusy(bool busy)
{
    m_busy = busy;
    okButton()->setEnabled(!busy);
    m_banner->setBusy(busy);
    if (busy)
        m_banner->showMessage(ui::StatusBanner::Level::Info, tr("Saving …"));
}

QPushButton *ActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ActionDialog::bannerText() const
{
    return m_banner->isHidden() ? QString() : m_banner->text();
}

void ActionDialog::setOkText(const QString &text)
{
    okButton()->setText(text);
}

QLineEdit *ActionDialog::addLine(const QString &label, int limit)
{
    auto *line = new QLineEdit;
    addLimited(label, line, limit);
    connect(line, &QLineEdit::textChanged, this, [this] { edited(); });
    return line;
}

QPlainTextEdit *ActionDialog::addText(const QString &label, int limit)
{
    auto *text = new QPlainTextEdit;
    text->setTabChangesFocus(true);
    addLimited(label, text, limit);
    connect(text, &QPlainTextEdit::textChanged, this, [this] { edited(); });
    return text;
}

void ActionDialog::addLimited(const QString &label, QWidget *field, int limit)
{
    auto *title = new QLabel(label);
    title->setBuddy(field);
    auto *counter = new QLabel;
    counter->setAlignment(Qt::AlignRight);
    counter->setForegroundRole(QPalette::PlaceholderText);
    m_form->addRow(title, field);
    m_form->addRow(QString(), counter);
    m_limited.append({field, title, counter, limit});
    const Limited l = m_limited.constLast();
    updateCounter(l);
    const auto update = [this, l] { updateCounter(l); };
    if (auto *line = qobject_cast<QLineEdit *>(field))
        connect(line, &QLineEdit::textChanged, this, update);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        connect(text, &QPlainTextEdit::textChanged, this, update);
}

int ActionDialog::lengthOf(const QWidget *field)
{
    if (auto *line = qobject_cast<const QLineEdit *>(field))
        return int(line->text().size());
    if (auto *text = qobject_cast<const QPlainTextEdit *>(field))
        return int(text->toPlainText().size());
    return 0;
}

void ActionDialog::updateCounter(const Limited &l)
{
    const int length = lengthOf(l.field);
    //: A field's length and the most it takes: 12 / 200
    l.counter->setText(tr("%1 / %2").arg(length).arg(l.limit));
    l.counter->setStyleSheet(length > l.limit ? u"color: #d93025; font-weight: bold;"_s : QString());
}

QString ActionDialog::problem(QWidget **field) const
{
    Q_UNUSED(field)
    return {};
}

void ActionDialog::submit()
{
    if (m_busy)
        return;
    for (const Limited &l : std::as_const(m_limited)) {
        const int length = lengthOf(l.field);
        if (length > l.limit) {
            refuse(tr("“%1” is %2 characters long; at most %3 fit. Shorten it: nothing has been saved yet.")
                       .arg(l.label->text().remove(u'&'))
                       .arg(length)
                       .arg(l.limit),
                   l.field);
            return;
        }
    }
    QWidget *field = nullptr;
    if (const QString why = problem(&field); !why.isEmpty()) {
        refuse(why, field);
        return;
    }
    m_banner->clear();
    emit submitted();
}

void ActionDialog::done(int result)
{
    if (m_busy && result == QDialog::Rejected)
        return; // the write is under way: its answer decides
    if (result == QDialog::Rejected)
        saveDraft();
    QDialog::done(result);
}

} // namespace govops::tickets
