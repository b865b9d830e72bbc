#include "tickets/ResolveDialog.h"

#include "storage/Records.h"
#include "ui/DomainWords.h"

#include <QComboBox>
#include <QFormLayout>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace govops::tickets {

ResolveDialog::ResolveDialog(const QString &ticketNumber, bool fault, QWidget *parent)
    : ActionDialog(parent), m_fault(fault), m_responsibility(new QComboBox)
{
    setWindowTitle(tr("Resolve %1").arg(ticketNumber));
    setOkText(tr("&Resolve"));
    m_responsibility->addItem(fault ? tr("Choose whose side the cause was on …") : tr("(not applicable)"), QString());
    for (const QString &r : storage::codes::responsibilities())
        m_responsibility->addItem(ui::responsibilityTitle(r), r);
    form()->addRow(tr("&Responsibility:"), m_responsibility);
    m_note = addText(tr("&What was done:"), storage::limits::eventText);
    connect(m_responsibility, &QComboBox::currentIndexChanged, this, [this] { edited(); });
    resize(520, 360);
}

QString ResolveDialog::responsibility() const
{
    return m_responsibility->currentData().toString();
}

QString ResolveDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

QString ResolveDialog::problem(QWidget **field) const
{
    if (m_fault && responsibility().isEmpty()) {
        *field = m_responsibility;
        return tr("Say whose side the cause was on: outages that were not the provider's do not count against "
                  "availability.");
    }
    return {};
}

QJsonObject ResolveDialog::draft() const
{
    return {{u"responsibility"_s, responsibility()}, {u"note"_s, m_note->toPlainText()}};
}

void ResolveDialog::restoreDraft(const QJsonObject &fields)
{
    m_responsibility->setCurrentIndex(
        std::max(0, m_responsibility->findData(fields.value(u"responsibility"_s).toString())));
    m_note->setPlainText(fields.value(u"note"_s).toString());
}

GradeDialog::GradeDialog(const QString &ticketNumber, int currentGrade, QWidget *parent)
    : ActionDialog(parent), m_current(currentGrade), m_grade(new QComboBox)
{
    setWindowTitle(tr("Change the Grade of %1").arg(ticketNumber));
    setOkText(tr("&Change Grade"));
    for (int grade = 1; grade <= 4; ++grade)
        m_grade->addItem(ui::gradeMeaning(grade), grade);
    m_grade->setCurrentIndex(std::clamp(currentGrade - 1, 0, 3));
    form()->addRow(tr("&Grade:"), m_grade);
    m_reason = addText(tr("&Reason:"), storage::limits::eventText);
    resize(520, 300);
}

int GradeDialog::grade() const
{
    return m_grade->currentData().toInt();
}

QString GradeDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

QString GradeDialog::problem(QWidget **field) const
{
    if (grade() == m_current) {
        *field = m_grade;
        return tr("Choose a different grade: the ticket already has this one.");
    }
    if (reason().isEmpty()) {
        *field = m_reason;
        return tr("Give the reason for the new grade: it stays in the ticket's history.");
    }
    return {};
}

} // namespace govops::tickets
