#include "tickets/NewTicketDialog.h"

#include "ui/DomainWords.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace govops::tickets {

namespace {

void selectData(QComboBox *box, const QVariant &value)
{
    if (const int i = box->findData(value); i >= 0)
        box->setCurrentIndex(i);
}

} // namespace

NewTicketDialog::NewTicketDialog(const NewTicketChoices &choices, QWidget *parent)
    : ActionDialog(parent), m_choices(choices), m_kind(new QComboBox), m_grade(new QComboBox), m_channel(new QComboBox),
      m_department(new QComboBox), m_system(new QComboBox)
{
    setWindowTitle(tr("New Ticket"));
    setOkText(tr("&Open Ticket"));
    for (const QString &kind : storage::codes::ticketKinds())
        m_kind->addItem(ui::kindTitle(kind), kind);
    for (int grade = 1; grade <= 4; ++grade)
        m_grade->addItem(ui::gradeMeaning(grade), grade);
    m_grade->setCurrentIndex(3);
    for (const QString &channel : storage::codes::channels())
        m_channel->addItem(ui::channelTitle(channel), channel);
    m_department->addItem(tr("Choose the department …"), qint64(0));
    for (const storage::DepartmentRecord &d : std::as_const(m_choices.departments)) {
        if (!m_choices.fixedDepartment || *m_choices.fixedDepartment == d.id)
            m_department->addItem(d.name, d.id);
    }
    if (m_choices.fixedDepartment) {
        selectData(m_department, *m_choices.fixedDepartment);
        m_department->setEnabled(false);
    }

    form()->addRow(tr("&Kind:"), m_kind);
    form()->addRow(tr("&Grade:"), m_grade);
    form()->addRow(tr("C&hannel:"), m_channel);
    form()->addRow(tr("&Department:"), m_department);
    form()->addRow(tr("&Business system:"), m_system);
    m_title = addLine(tr("&Title:"), storage::limits::ticketTitle);
    m_description = addText(tr("D&escription:"), storage::limits::ticketDescription);
    m_reporter = addLine(tr("&Reporter:"), storage::limits::reporter);
    m_contact = addLine(tr("&Contact:"), storage::limits::reporterContact);
    m_title->setPlaceholderText(tr("What is wrong or wanted, in a few words"));
    m_contact->setPlaceholderText(tr("Phone or e-mail to call back"));
    fillSystems();

    connect(m_department, &QComboBox::currentIndexChanged, this, [this] {
        fillSystems();
        edited();
    });
    for (QComboBox *box : {m_kind, m_grade, m_channel, m_system})
        connect(box, &QComboBox::currentIndexChanged, this, [this] { edited(); });
    resize(560, 620);
}

void NewTicketDialog::fillSystems()
{
    const QVariant keep = m_system->currentData();
    m_system->clear();
    m_system->addItem(tr("(none)"), qint64(0));
    const qint64 department = m_department->currentData().toLongLong();
    for (const storage::BusinessSystemRecord &s : m_choices.systems.value(department))
        m_system->addItem(s.name, s.id);
    selectData(m_system, keep);
}

storage::NewTicket NewTicketDialog::ticket() const
{
    storage::NewTicket t;
    t.kind = m_kind->currentData().toString();
    t.grade = m_grade->currentData().toInt();
    t.channel = m_channel->currentData().toString();
    t.title = m_title->text().trimmed();
    t.description = m_description->toPlainText().trimmed();
    t.reporter = m_reporter->text().trimmed();
    t.reporterContact = m_contact->text().trimmed();
    t.departmentId = m_department->currentData().toLongLong();
    if (const qint64 system = m_system->currentData().toLongLong(); system != 0)
        t.businessSystemId = system;
    return t;
}

QString NewTicketDialog::problem(QWidget **field) const
{
    if (m_title->text().trimmed().isEmpty()) {
        *field = m_title;
        return tr("The ticket needs a title: a few words that say what is wrong or wanted.");
    }
    if (m_department->currentData().toLongLong() == 0) {
        *field = m_department;
        return tr("Choose the department the ticket is for.");
    }
    return {};
}

QJsonObject NewTicketDialog::draft() const
{
    return {{u"kind"_s, m_kind->currentData().toString()},
            {u"grade"_s, m_grade->currentData().toInt()},
            {u"channel"_s, m_channel->currentData().toString()},
            {u"department"_s, m_department->currentData().toLongLong()},
            {u"system"_s, m_system->currentData().toLongLong()},
            {u"title"_s, m_title->text()},
            {u"description"_s, m_description->toPlainText()},
            {u"reporter"_s, m_reporter->text()},
            {u"contact"_s, m_contact->text()}};
}

void NewTicketDialog::restoreDraft(const QJsonObject &fields)
{
    selectData(m_kind, fields.value(u"kind"_s).toString());
    selectData(m_grade, fields.value(u"grade"_s).toInt());
    selectData(m_channel, fields.value(u"channel"_s).toString());
    if (m_department->isEnabled())
        selectData(m_department, qint64(fields.value(u"department"_s).toInteger()));
    fillSystems();
    selectData(m_system, qint64(fields.value(u"system"_s).toInteger()));
    m_title->setText(fields.value(u"title"_s).toString());
    m_description->setPlainText(fields.value(u"description"_s).toString());
    m_reporter->setText(fields.value(u"reporter"_s).toString());
    m_contact->setText(fields.value(u"contact"_s).toString());
}

} // namespace govops::tickets
