#pragma once

#include "tickets/QueueView.h"

#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace govops::tickets {

// The queue's filter row: status, grade, department, owner (anyone / mine / unassigned), "breaching soon" and a
// free text (number, title, reporter) that waits ~300 ms after the last key before it asks the database.
class TicketFilterBar : public QWidget
{
    Q_OBJECT
public:
    static constexpr int TextDelayMs = 300;

    explicit TicketFilterBar(QWidget *parent = nullptr);

    void setDepartments(const QList<std::pair<qint64, QString>> &departments); // id, name; keeps the choice
    // Shows a view's filter without emitting changed().
    void setView(const QueueView &view);
    QueueView view() const; // the filter parts; sort as last set by setView
    void focusText();

signals:
    void changed(); // at once for the choices, TextDelayMs after the last key for the text

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillStatuses();

    QComboBox *m_status;
    QComboBox *m_grade;
    QComboBox *m_department;
    QComboBox *m_owner;
    QCheckBox *m_soon;
    QLineEdit *m_text;
    QTimer m_textDelay;
    QueueView m_view;               // what setView gave, for the parts this bar does not show
    qint64 m_pendingDepartment = 0; // chosen before the departments arrived
    bool m_silent = false;
};

} // namespace govops::tickets
