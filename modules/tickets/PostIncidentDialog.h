#pragma once

#include "storage/TicketWorkflow.h"
#include "tickets/ActionDialog.h"

class QDateTimeEdit;

namespace govops::tickets {

// The post-incident analysis of a fault (时间清、原因清、结果清 and preventive measures): when it began and
// when service was restored, the cause, the result and the prevention. What is still missing
// (core::missingParts) shows as the person types; an incomplete analysis is refused with that list.
class PostIncidentDialog : public ActionDialog
{
    Q_OBJECT
public:
    // stored: the analysis as stored (version 0: none yet; its times are the form's first values)
    PostIncidentDialog(const QString &ticketNumber, const storage::PostIncidentRecord &stored,
                       QWidget *parent = nullptr);

    storage::PostIncidentRecord record() const; // with the stored version it was edited from
    QString missingText() const;

    QDateTimeEdit *startedEdit() const { return m_started; }
    QDateTimeEdit *restoredEdit() const { return m_restored; }
    QPlainTextEdit *causeEdit() const { return m_cause; }
    QPlainTextEdit *resultEdit() const { return m_result; }
    QPlainTextEdit *preventionEdit() const { return m_prevention; }

protected:
    QString problem(QWidget **field) const override;
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &fields) override;

private:
    void updateMissing();

    storage::PostIncidentRecord m_base;
    QDateTimeEdit *m_started;
    QDateTimeEdit *m_restored;
    QPlainTextEdit *m_cause;
    QPlainTextEdit *m_result;
    QPlainTextEdit *m_prevention;
    QLabel *m_missing;
};

} // namespace govops::tickets
