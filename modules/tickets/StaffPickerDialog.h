#pragma once

#include "storage/Records.h"
#include "tickets/ActionDialog.h"

class QListWidget;

namespace govops::tickets {

// Chooses the person a ticket goes to: assigning it (dispatch), or handing it over with a note for the
// next owner (required: the hand-over is where continuity is won or lost).
class StaffPickerDialog : public ActionDialog
{
    Q_OBJECT
public:
    enum class Mode { Assign, HandOver };

    // staff: the people to choose from (already without the inactive and the current owner)
    StaffPickerDialog(Mode mode, const QString &ticketNumber, const QList<storage::StaffRecord> &staff,
                      QWidget *parent = nullptr);

    qint64 staffId() const; // 0: nobody chosen
    QString staffName() const;
    QString note() const; // HandOver only
    void choose(qint64 staffId);

    QLineEdit *filterEdit() const { return m_filter; }
    QListWidget *list() const { return m_list; }
    QPlainTextEdit *noteEdit() const { return m_note; }

protected:
    QString problem(QWidget **field) const override;
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &fields) override;

private:
    void applyFilter(const QString &text);

    Mode m_mode;
    QLineEdit *m_filter;
    QListWidget *m_list;
    QPlainTextEdit *m_note = nullptr;
};

} // namespace govops::tickets
