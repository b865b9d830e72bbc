#pragma once

#include "storage/Records.h"
#include "storage/TicketWorkflow.h"
#include "tickets/ActionDialog.h"

#include <QHash>
#include <QList>

class QComboBox;

namespace govops::tickets {

// What a new ticket may refer to: loaded on the database thread before the dialog opens.
struct NewTicketChoices
{
    QList<storage::DepartmentRecord> departments;
    QHash<qint64, QList<storage::BusinessSystemRecord>> systems; // by department
    std::optional<qint64> fixedDepartment; // a department maintainer raises tickets for their own only
};

// Opens a ticket: kind, grade, channel, department, business system, title, description, reporter and
// contact. An empty title or department is refused with a message; limits show as live counters.
class NewTicketDialog : public ActionDialog
{
    Q_OBJECT
public:
    explicit NewTicketDialog(const NewTicketChoices &choices, QWidget *parent = nullptr);

    storage::NewTicket ticket() const;

    QComboBox *kindBox() const { return m_kind; }
    QComboBox *gradeBox() const { return m_grade; }
    QComboBox *channelBox() const { return m_channel; }
    QComboBox *departmentBox() const { return m_department; }
    QComboBox *systemBox() const { return m_system; }
    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *descriptionEdit() const { return m_description; }
    QLineEdit *reporterEdit() const { return m_reporter; }
    QLineEdit *contactEdit() const { return m_contact; }

protected:
    QString problem(QWidget **field) const override;
    QJsonObject draft() const override;
    void restoreDraft(const QJsonObject &fields) override;

private:
    void fillSystems();

    NewTicketChoices m_choices;
    QComboBox *m_kind;
    QComboBox *m_grade;
    QComboBox *m_channel;
    QComboBox *m_department;
    QComboBox *m_system;
    QLineEdit *m_title;
    QPlainTextEdit *m_description;
    QLineEdit *m_reporter;
    QLineEdit *m_contact;
};

} // namespace govops::tickets
