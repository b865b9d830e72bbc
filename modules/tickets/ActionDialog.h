#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QJsonObject>
#include <QList>
#include <QTimer>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace govops::ui {
class Drafts;
class StatusBanner;
}

namespace govops::tickets {

// The frame of every ticket dialog. The OK button does not close it: it checks the input (length limits
// first, then the form's own problem()), and when that passes emits submitted(); whoever runs the write then
// calls succeeded() or fail(). So a refused input, a conflict or a lost database leaves the dialog open with
// everything typed in it, and OK tries again. With drafts, what is typed is also kept on disk (a second
// after the last edit, and when the dialog closes) until the write succeeds.
class ActionDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ActionDialog(QWidget *parent = nullptr);
    ~ActionDialog() override;

    // Keeps a draft under `key`, and restores the one already there (saying so).
    void keepDrafts(ui::Drafts *drafts, const QString &key);
    const QString &draftKey() const { return m_draftKey; }

    // The write went through: removes the draft and closes the dialog.
    void succeeded();
    // The person gave the change up (a conflict): removes the draft and closes the dialog.
    void discard();
    // The write failed: says why (Unavailable: that the text is kept and OK tries again); the dialog stays.
    void fail(const core::Error &error);
    // Says why the input cannot be saved, and puts the focus on the field at fault (may be null).
    void refuse(const QString &problem, QWidget *field = nullptr);
    void setBusy(bool busy);
    bool isBusy() const { return m_busy; }

    ui::StatusBanner *banner() const { return m_banner; }
    QPushButton *okButton() const;
    // What the banner says now (empty when hidden): the message a test or a screen reader reads.
    QString bannerText() const;

    // Writes the draft now (autosave does this a second after the last edit). No-op without drafts.
    void saveDraft();

signals:
    void submitted();

protected:
    QFormLayout *form() const { return m_form; }
    void setOkText(const QString &text);
    // A text field with a length limit and a live "12 / 200" counter, added to the form under `label`.
    QLineEdit *addLine(const QString &label, int limit);
    QPlainTextEdit *addText(const QString &label, int limit);
    // Call when any field changes: restarts the autosave timer.
    void edited();

    // The form's own check, after the length limits: empty when the input may be submitted.
    virtual QString problem(QWidget **field) const;
    virtual QJsonObject draft() const { return {}; }
    virtual void restoreDraft(const QJsonObject &fields) { Q_UNUSED(fields) }

    void done(int result) override;

private:
    struct Limited
    {
        QWidget *field;
        QLabel *label;
        QLabel *counter;
        int limit;
    };
    void addLimited(const QString &label, QWidget *field, int limit);
    static int lengthOf(const QWidget *field);
    void updateCounter(const Limited &l);
    void submit();

    ui::StatusBanner *m_banner;
    QFormLayout *m_form;
    QDialogButtonBox *m_buttons;
    QList<Limited> m_limited;
    ui::Drafts *m_drafts = nullptr;
    QString m_draftKey;
    QJsonObject m_initial; // the form as opened: a draft equal to it is no draft
    QTimer m_autosave;
    bool m_busy = false;
    bool m_saved = false;
    bool m_restoring = false;
};

} // namespace govops::tickets
