#pragma once

#include "tickets/ActionDialog.h"

class QComboBox;

namespace govops::tickets {

// One text about a ticket: an internal comment, a progress update given to the customer (with its channel),
// the handling plan, or the note that goes with a status change (the only one that may stay empty).
class NoteDialog : public ActionDialog
{
    Q_OBJECT
public:
    enum class Mode { Comment, CustomerUpdate, Plan, StatusChange };

    // ticketNumber: shown in the title; status: the new status's title (StatusChange only)
    NoteDialog(Mode mode, const QString &ticketNumber, const QString &status = {}, QWidget *parent = nullptr);

    Mode mode() const { return m_mode; }
    QString text() const;
    QString channel() const; // codes::channels(); CustomerUpdate only

    QPlainTextEdit *textEdit() const { return m_text; }
    QComboBox *channelBox() const { return m_channel; }

protected:
    QString problem(QWidget **field) const override;
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &fields) override;

private:
    Mode m_mode;
    QComboBox *m_channel = nullptr;
    QPlainTextEdit *m_text;
};

} // namespace govops::tickets
