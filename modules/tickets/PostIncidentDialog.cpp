#include "tickets/PostIncidentDialog.h"

#include "core/PostIncident.h"
#include "storage/Records.h"

#include <QDateTimeEdit>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>

using namespace Qt::StringLiterals;

namespace govops::tickets {

namespace {

QDateTimeEdit *timeEdit(const QDateTime &at)
{
    auto *edit = new QDateTimeEdit;
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(u"yyyy-MM-dd HH:mm"_s);
    edit->setDateTime(at.isValid() ? at.toLocalTime() : QDateTime());
    return edit;
}

} // namespace

PostIncidentDialog::PostIncidentDialog(const QString &ticketNumber, const storage::PostIncidentRecord &stored,
                                       QWidget *parent)
    : ActionDialog(parent), m_base(stored), m_started(timeEdit(stored.occurredAt)),
      m_restored(timeEdit(stored.recoveredAt)), m_missing(new QLabel)
{
    setWindowTitle(tr("Post-incident Analysis of %1").arg(ticketNumber));
    setOkText(tr("&Save Analysis"));
    form()->addRow(tr("Fault &began:"), m_started);
    form()->addRow(tr("Service &restored:"), m_restored);
    m_cause = addText(tr("&Cause:"), storage::limits::analysisText);
    m_result = addText(tr("R&esult (what was done, what it achieved):"), storage::limits::analysisText);
    m_prevention = addText(tr("&Preventive measures:"), storage::limits::analysisText);
    m_cause->setPlainText(stored.cause);
    m_result->setPlainText(stored.result);
    m_prevention->setPlainText(stored.preventiveMeasures);
    m_missing->setWordWrap(true);
    form()->addRow(m_missing);

    for (QDateTimeEdit *edit : {m_started, m_restored})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, [this] {
            updateMissing();
            edited();
        });
    for (QPlainTextEdit *edit : {m_cause, m_result, m_prevention})
        connect(edit, &QPlainTextEdit::textChanged, this, &PostIncidentDialog::updateMissing);
    updateMissing();
    resize(600, 640);
}

storage::PostIncidentRecord PostIncidentDialog::record() const
{
    storage::PostIncidentRecord r = m_base;
    r.occurredAt = m_started->dateTime().toUTC();
    r.recoveredAt = m_restored->dateTime().toUTC();
    r.cause = m_cause->toPlainText().trimmed();
    r.result = m_result->toPlainText().trimmed();
    r.preventiveMeasures = m_prevention->toPlainText().trimmed();
    return r;
}

QString PostIncidentDialog::missingText() const
{
    const storage::PostIncidentRecord r = record();
    const QList<core::PostIncidentPart> missing = core::missingParts({.startedAt = r.occurredAt,
                                                                      .restoredAt = r.recoveredAt,
                                                                      .cause = r.cause,
                                                                      .result = r.result,
                                                                      .prevention = r.preventiveMeasures});
    QStringList names;
    for (const core::PostIncidentPart part : missing) {
        switch (part) {
        case core::PostIncidentPart::Time:
            names.append(tr("the times (service restored after the fault began)"));
            break;
        case core::PostIncidentPart::Cause:
            names.append(tr("the cause"));
            break;
        case core::PostIncidentPart::Outcome:
            names.append(tr("the result"));
            break;
        case core::PostIncidentPart::Prevention:
            names.append(tr("the preventive measures"));
            break;
        }
    }
    return names.isEmpty() ? QString() : tr("Still missing: %1.").arg(names.join(tr(", ")));
}

void PostIncidentDialog::updateMissing()
{
    const QString missing = missingText();
    m_missing->setText(missing.isEmpty() ? tr("Complete: time, cause, result and prevention are all stated.")
                                         : missing);
    m_missing->setStyleSheet(missing.isEmpty() ? u"color: #1a7f37;"_s : u"color: #9a6700;"_s);
}

QString PostIncidentDialog::problem(QWidget **field) const
{
    const QString missing = missingText();
    if (missing.isEmpty())
        return {};
    *field = m_cause->toPlainText().trimmed().isEmpty() ? m_cause : nullptr;
    return tr("The analysis must be clear on time, cause and result, with preventive measures. %1").arg(missing);
}

QJsonObject PostIncidentDialog::draft() const
{
    return {{u"began"_s, m_started->dateTime().toUTC().toString(Qt::ISODate)},
            {u"restored"_s, m_restored->dateTime().toUTC().toString(Qt::ISODate)},
            {u"cause"_s, m_cause->toPlainText()},
            {u"result"_s, m_result->toPlainText()},
            {u"prevention"_s, m_prevention->toPlainText()}};
}

void PostIncidentDialog::restoreDraft(const QJsonObject &fields)
{
    m_started->setDateTime(QDateTime::fromString(fields.value(u"began"_s).toString(), Qt::ISODate).toLocalTime());
    m_restored->setDateTime(QDateTime::fromString(fields.value(u"restored"_s).toString(), Qt::ISODate).toLocalTime());
    m_cause->setPlainText(fields.value(u"cause"_s).toString());
    m_result->setPlainText(fields.value(u"result"_s).toString());
    m_prevention->setPlainText(fields.value(u"prevention"_s).toString());
}

} // namespace govops::tickets
