#include "tickets/TicketFilterBar.h"

#include "tickets/DeadlineState.h"
#include "ui/DomainWords.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace govops::tickets {

namespace {
// The status combo's first two entries; the statuses themselves follow with their code as data.
const QString OpenEntry = u"open"_s;
const QString AllEntry = u"all"_s;
} // namespace

TicketFilterBar::TicketFilterBar(QWidget *parent)
    : QWidget(parent), m_status(new QComboBox(this)), m_grade(new QComboBox(this)), m_department(new QComboBox(this)),
      m_owner(new QComboBox(this)), m_soon(new QCheckBox(this)), m_text(new QLineEdit(this))
{
    m_status->setObjectName(u"statusFilter"_s);
    m_grade->setObjectName(u"gradeFilter"_s);
    m_department->setObjectName(u"departmentFilter"_s);
    m_owner->setObjectName(u"ownerFilter"_s);
    m_soon->setObjectName(u"breachingSoonFilter"_s);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setClearButtonEnabled(true);
    m_department->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_department->setMaximumWidth(240);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_grade);
    layout->addWidget(m_department);
    layout->addWidget(m_owner);
    layout->addWidget(m_soon);
    layout->addWidget(m_text, 1);

    m_textDelay.setSingleShot(true);
    m_textDelay.setInterval(TextDelayMs);
    connect(&m_textDelay, &QTimer::timeout, this, &TicketFilterBar::changed);
    connect(m_text, &QLineEdit::textChanged, this, [this] {
        if (!m_silent)
            m_textDelay.start();
    });
    const auto now = [this] {
        if (!m_silent)
            emit changed();
    };
    for (QComboBox *box : {m_status, m_grade, m_department, m_owner})
        connect(box, &QComboBox::currentIndexChanged, this, now);
    connect(m_soon, &QCheckBox::toggled, this, now);

    m_department->addItem(QString(), qint64(0));
    retranslate();
}

void TicketFilterBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void TicketFilterBar::retranslate()
{
    const QSignalBlocker blockStatus(m_status), blockGrade(m_grade), blockOwner(m_owner);
    const int status = m_status->currentIndex(), grade = m_grade->currentIndex(), owner = m_owner->currentIndex();
    fillStatuses();
    m_grade->clear();
    m_grade->addItem(tr("Every grade"), 0);
    for (int g = 1; g <= 4; ++g)
        m_grade->addItem(tr("Grade %1").arg(ui::gradeTitle(g)), g);
    m_owner->clear();
    m_owner->addItem(tr("Anyone's"), int(QueueView::Owner::Anyone));
    m_owner->addItem(tr("Mine"), int(QueueView::Owner::Mine));
    m_owner->addItem(tr("Unassigned"), int(QueueView::Owner::Unassigned));
    m_status->setCurrentIndex(std::max(status, 0));
    m_grade->setCurrentIndex(std::max(grade, 0));
    m_owner->setCurrentIndex(std::max(owner, 0));
    m_department->setItemText(0, tr("Every department"));
    m_soon->setText(tr("Breaching soon"));
    m_soon->setToolTip(
        tr("Open tickets whose next deadline is less than %1 minutes away or already passed").arg(WarningSeconds / 60));
    m_text->setPlaceholderText(tr("Number, title or reporter (Ctrl+F)"));
}

void TicketFilterBar::fillStatuses()
{
    m_status->clear();
    m_status->addItem(tr("Open tickets"), OpenEntry);
    m_status->addItem(tr("Every status"), AllEntry);
    for (const QString &code : storage::codes::ticketStatuses())
        m_status->addItem(ui::statusTitle(code), code);
}

void TicketFilterBar::setDepartments(const QList<std::pair<qint64, QString>> &departments)
{
    const QSignalBlocker block(m_department);
    const qint64 chosen = m_pendingDepartment ? m_pendingDepartment : m_department->currentData().toLongLong();
    while (m_department->count() > 1)
        m_department->removeItem(1);
    for (const auto &[id, name] : departments)
        m_department->addItem(name, id);
    m_department->setCurrentIndex(std::max(0, m_department->findData(chosen)));
    m_pendingDepartment = 0;
}

void TicketFilterBar::setView(const QueueView &view)
{
    m_silent = true;
    m_view = view;
    const storage::TicketFilter &f = view.filter;
    if (f.statuses.size() == 1)
        m_status->setCurrentIndex(std::max(0, m_status->findData(f.statuses.first())));
    else
        m_status->setCurrentIndex(m_status->findData(f.openOnly ? OpenEntry : AllEntry));
    const int grade = f.grades.size() == 1 ? f.grades.first() : f.grade.value_or(0);
    m_grade->setCurrentIndex(std::max(0, m_grade->findData(grade)));
    const qint64 department = f.departmentIds.size() == 1 ? f.departmentIds.first() : f.departmentId.value_or(0);
    const int departmentIndex = m_department->findData(department);
    m_department->setCurrentIndex(std::max(0, departmentIndex));
    m_pendingDepartment = departmentIndex < 0 ? department : 0;
    m_owner->setCurrentIndex(m_owner->findData(int(view.owner)));
    m_soon->setChecked(view.breachingSoon);
    m_text->setText(f.text);
    m_textDelay.stop();
    m_silent = false;
}

QueueView TicketFilterBar::view() const
{
    QueueView v = m_view;
    storage::TicketFilter f;
    const QString status = m_status->currentData().toString();
    if (status == OpenEntry)
        f.openOnly = true;
    else if (status != AllEntry)
        f.statuses = {status};
    if (const int grade = m_grade->currentData().toInt(); grade > 0)
        f.grades = {grade};
    const qint64 department = m_pendingDepartment ? m_pendingDepartment : m_department->currentData().toLongLong();
    if (department > 0)
        f.departmentIds = {department};
    f.text = m_text->text().trimmed();
    v.filter = f;
    v.owner = QueueView::Owner(m_owner->currentData().toInt());
    v.breachingSoon = m_soon->isChecked();
    return v;
}

void TicketFilterBar::focusText()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

} // namespace govops::tickets
