#pragma once

#include "tickets/ActionDialog.h"

class QComboBox;

namespace govops::tickets {

// Resolves a ticket: whose side the cause was on (required for faults: availability excludes what was not
// the provider's) and what was done.
class ResolveDialog : public ActionDialog
{
    Q_OBJECT
public:
    ResolveDialog(const QString &ticketNumber, bool fault, QWidget *parent = nullptr);

    QString responsibility() const; // codes::responsibilities(), or empty
    QString note() const;

    QComboBox *responsibilityBox() const { return m_responsibility; }
    QPlainTextEdit *noteEdit() const { return m_note; }

protected:
    QString problem(QWidget **field) const override;
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &fields) override;

private:
    bool m_fault;
    QComboBox *m_responsibility;
    QPlainTextEdit *m_note;
};

// Changes a ticket's grade, with the reason (the clocks are recomputed from the same elapsed time).
class GradeDialog : public ActionDialog
{
    Q_OBJECT
public:
    GradeDialog(const QString &ticketNumber, int currentGrade, QWidget *parent = nullptr);

    int grade() const;
    QString reason() const;

    QComboBox *gradeBox() const { return m_grade; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }

protected:
    QString problem(QWidget **field) const override;

private:
    int m_current;
    QComboBox *m_grade;
    QPlainTextEdit *m_reason;
};

} // namespace govops::tickets
