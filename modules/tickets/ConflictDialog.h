#pragma once

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace govops::tickets {

// Someone saved the ticket while this person was changing it. Shows both side by side (what they asked for,
// what is stored now) and lets them apply their change to the stored version, go back and edit it (when it
// came from a form), or discard it. Nothing they typed is dropped without that choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT
public:
    enum Choice { Discard = QDialog::Rejected, Reapply = QDialog::Accepted, Edit = 2 };

    // why: the write's message (who saved meanwhile); mine / stored: already translated summaries
    ConflictDialog(const QString &why, const QString &mine, const QString &stored, bool editable,
                   QWidget *parent = nullptr);

    QString mineText() const;
    QString storedText() const;
    QPushButton *reapplyButton() const { return m_reapply; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *discardButton() const { return m_discard; }

    // Escape goes back to the form where there is one: leaving must not cost the text.
    void reject() override;

private:
    bool m_editable;
    QPlainTextEdit *m_mine;
    QPlainTextEdit *m_stored;
    QPushButton *m_reapply;
    QPushButton *m_edit;
    QPushButton *m_discard;
};

} // namespace govops::tickets
