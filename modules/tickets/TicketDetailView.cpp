#include "tickets/TicketDetailView.h"

#include "core/Clock.h"
#include "core/PostIncident.h"
#include "core/TicketClocks.h"
#include "storage/Database.h"
#include "storage/SlaPolicyRepository.h"
#include "storage/StaffRepository.h"
#include "storage/TicketFacts.h"
#include "storage/TicketRepository.h"
#include "storage/TicketWorkflow.h"
#include "storage/WhenDone.h"
#include "tickets/TicketActions.h"
#include "ui/DomainWords.h"
#include "ui/EmptyState.h"
#include "ui/Logging.h"
#include "ui/Selection.h"
#include "ui/StatusBanner.h"
#include "ui/Ticker.h"

#include <QAction>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace govops::tickets {

// Everything the view shows of one ticket, read in one job on the database thread.
struct TicketDetailView::Loaded
{
    quint64 generation = 0;
    storage::TicketWithFacts ticket;
    QList<storage::TicketEventRecord> events;
    std::optional<storage::PostIncidentRecord> analysis;
    QHash<qint64, QString> names; // staff id -> display name, for the timeline
    std::shared_ptr<const core::PolicyBook> book;
};

namespace {

enum ClockColumn { ClockName, ClockState, ClockDeadline, ClockRemaining, ClockColumns };
enum EventColumn { EventWhen, EventWho, EventWhat, EventDetails, EventColumns };

QString gradeOf(const QJsonValue &v)
{
    return v.isDouble() ? ui::gradeTitle(v.toInt()) : v.toString();
}

// The line of the timeline that says what happened, from the event's payload.
QString eventDetails(const storage::TicketEventRecord &e, const QHash<qint64, QString> &names)
{
    const QJsonObject p = QJsonDocument::fromJson(e.payload.toUtf8()).object();
    const auto name = [&](const QJsonValue &id) {
        return names.value(qint64(id.toInteger()), TicketDetailView::tr("staff #%1").arg(id.toInteger()));
    };
    QStringList lines;
    if (e.kind == u"created") {
        lines.append(TicketDetailView::tr("By %1, grade %2")
                         .arg(ui::channelTitle(p.value(u"channel"_s).toString()), gradeOf(p.value(u"grade"_s))));
    } else if (e.kind == u"status_change") {
        lines.append(TicketDetailView::tr("%1 → %2").arg(ui::statusTitle(p.value(u"from"_s).toString()),
                                                         ui::statusTitle(p.value(u"to"_s).toString())));
        if (const QString r = p.value(u"responsibility"_s).toString(); !r.isEmpty())
            lines.append(TicketDetailView::tr("Responsibility: %1").arg(ui::responsibilityTitle(r)));
    } else if (e.kind == u"assignment") {
        lines.append(p.value(u"claimed"_s).toBool()
                         ? TicketDetailView::tr("Claimed by %1").arg(name(p.value(u"owner"_s)))
                         : TicketDetailView::tr("Owner: %1").arg(name(p.value(u"owner"_s))));
    } else if (e.kind == u"handover") {
        lines.append(TicketDetailView::tr("To %1").arg(name(p.value(u"to"_s))));
    } else if (e.kind == u"grade_change") {
        lines.append(TicketDetailView::tr("%1 → %2").arg(gradeOf(p.value(u"from"_s)), gradeOf(p.value(u"to"_s))));
    } else if (e.kind == u"customer_update" && p.contains(u"channel"_s)) {
        lines.append(TicketDetailView::tr("By %1").arg(ui::channelTitle(p.value(u"channel"_s).toString())));
    } else if (e.kind == u"analysis") {
        lines.append(TicketDetailView::tr("Cause: %1").arg(p.value(u"cause"_s).toString()));
    }
    for (const QString &key : {u"text"_s, u"note"_s, u"reason"_s})
        if (const QString text = p.value(key).toString(); !text.isEmpty())
            lines.append(text);
    return lines.join(u'\n');
}

QString analysisText(const storage::PostIncidentRecord &a)
{
    const auto esc = [](const QString &s) { return s.toHtmlEscaped().replace(u'\n', u"<br>"_s); };
    return TicketDetailView::tr("<b>Fault began:</b> %1<br><b>Service restored:</b> %2<br><b>Cause:</b> %3<br>"
                                "<b>Result:</b> %4<br><b>Preventive measures:</b> %5")
        .arg(ui::dateTimeText(a.occurredAt), ui::dateTimeText(a.recoveredAt), esc(a.cause), esc(a.result),
             esc(a.preventiveMeasures));
}

} // namespace

TicketDetailView::TicketDetailView(ui::PanelContext &context, QWidget *parent)
    : QWidget(parent), m_context(context), m_stack(new QStackedWidget), m_empty(new ui::EmptyState),
      m_banner(new ui::StatusBanner), m_title(new QLabel), m_facts(new QLabel), m_showCi(new QPushButton),
      m_clocks(new QTableWidget(0, ClockColumns)), m_timeline(new QTreeWidget), m_analysisBox(new QGroupBox),
      m_analysis(new QLabel), m_editAnalysis(new QPushButton)
{
    m_empty->setIcon(QIcon(u":/icons/tickets.png"_s));
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_title->setFont(big);
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_clocks->setObjectName(u"clocks"_s);
    m_clocks->verticalHeader()->hide();
    m_clocks->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_clocks->setSelectionMode(QAbstractItemView::NoSelection);
    m_clocks->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clocks->horizontalHeader()->setStretchLastSection(true);
    m_timeline->setObjectName(u"timeline"_s);
    m_timeline->setColumnCount(EventColumns);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setWordWrap(true);
    m_timeline->setUniformRowHeights(false);
    m_timeline->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_timeline->header()->setStretchLastSection(true);
    m_analysis->setWordWrap(true);
    m_analysis->setTextFormat(Qt::RichText);
    m_analysis->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *head = new QHBoxLayout;
    head->addWidget(m_facts, 1);
    head->addWidget(m_showCi, 0, Qt::AlignTop);
    auto *analysisLayout = new QVBoxLayout(m_analysisBox);
    analysisLayout->addWidget(m_analysis);
    analysisLayout->addWidget(m_editAnalysis, 0, Qt::AlignRight);

    auto *page = new QWidget;
    auto *column = new QVBoxLayout(page);
    column->addWidget(m_banner);
    column->addWidget(m_title);
    column->addLayout(head);
    column->addWidget(m_clocks);
    column->addWidget(m_timeline, 1);
    column->addWidget(m_analysisBox);
    m_stack->addWidget(m_empty);
    m_stack->addWidget(page);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);

    connect(m_showCi, &QPushButton::clicked, this, [this] {
        if (m_context.selection && m_ciId != 0)
            m_context.selection->setConfigurationItem(m_ciId);
    });
    connect(m_banner, &ui::StatusBanner::actionTriggered, this, &TicketDetailView::refresh);
    if (m_context.ticker)
        connect(m_context.ticker, &ui::Ticker::tick, this, &TicketDetailView::tick);
    m_editAnalysis->setEnabled(false);
    retranslate();
}

TicketDetailView::~TicketDetailView() = default;

void TicketDetailView::setActions(TicketActions *actions)
{
    QAction *edit = actions->action(u"ticket.analysis"_s);
    m_editAnalysis->setEnabled(edit->isEnabled());
    connect(edit, &QAction::changed, m_editAnalysis, [this, edit] { m_editAnalysis->setEnabled(edit->isEnabled()); });
    connect(m_editAnalysis, &QPushButton::clicked, edit, &QAction::trigger);
    connect(actions, &TicketActions::ticketChanged, this, [this](qint64 id) {
        if (id == m_id)
            refresh();
    });
}

void TicketDetailView::showTicket(qint64 id)
{
    m_id = id;
    refresh();
}

void TicketDetailView::refresh()
{
    const quint64 generation = ++m_generation;
    if (m_id == 0 || !m_context.database) {
        m_clockStates.clear();
        m_stack->setCurrentWidget(m_empty);
        emit loaded(0);
        return;
    }
    const qint64 id = m_id;
    const auto book = m_book;
    storage::whenDone(
        this,
        m_context.database->run<core::Result<Loaded>>([id, book, generation](QSqlDatabase &c) -> core::Result<Loaded> {
            Loaded l;
            l.generation = generation;
            l.book = book;
            if (!l.book) {
                auto loaded = storage::SlaPolicyRepository(c).policyBook();
                if (!loaded)
                    return loaded.error();
                l.book = std::make_shared<const core::PolicyBook>(std::move(loaded).value());
            }
            auto ticket = storage::TicketFactsQuery(c).one(id);
            if (!ticket)
                return ticket.error();
            l.ticket = std::move(ticket).value();
            auto events = storage::TicketRepository(c).events(id);
            if (!events)
                return events.error();
            l.events = std::move(events).value();
            auto analysis = storage::TicketWorkflow(c, *l.book, 0).analysis(id);
            if (!analysis)
                return analysis.error();
            l.analysis = analysis.value();
            auto staff = storage::StaffRepository(c).list();
            if (!staff)
                return staff.error();
            for (const storage::StaffRecord &s : staff.value())
                l.names.insert(s.id, s.displayName);
            return l;
        }),
        [this, id, generation](const core::Result<Loaded> &result) {
            if (generation != m_generation)
                return; // another ticket (or a newer reload) was asked for meanwhile
            if (!result) {
                qCWarning(ui::lcUi) << "ticket" << id << "not loaded:" << result.error().detail;
                m_stack->setCurrentIndex(1);
                m_banner->showMessage(ui::StatusBanner::Level::Error, result.error().message, tr("Try Again"));
                emit loaded(id);
                return;
            }
            apply(result.value());
            emit loaded(id);
        });
}

void TicketDetailView::apply(const Loaded &l)
{
    m_book = l.book;
    m_banner->clear();
    const storage::TicketRecord &t = l.ticket.ticket;
    m_ciId = t.ciId.value_or(0);

    m_title->setText(
        tr("%1 · %2 · %3 — %4").arg(t.number, ui::gradeTitle(t.grade), ui::statusTitle(t.status), t.title));
    const auto row = [](const QString &label, const QString &value) {
        return u"<b>%1</b> %2"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString none = tr("—");
    QStringList facts{
        row(tr("Department:"), t.departmentName.isEmpty() ? none : t.departmentName),
        row(tr("Business system:"), t.businessSystemName.isEmpty() ? none : t.businessSystemName),
        row(tr("Configuration item:"), t.ciId ? tr("#%1").arg(*t.ciId) : none),
        row(tr("Owner:"), t.ownerName.isEmpty() ? tr("nobody yet") : t.ownerName),
        row(tr("Kind:"), ui::kindTitle(t.kind)),
        row(tr("Channel:"), ui::channelTitle(t.channel)),
        row(tr("Reporter:"),
            t.reporterContact.isEmpty() ? t.reporter : tr("%1, %2").arg(t.reporter, t.reporterContact)),
        row(tr("Opened:"), ui::dateTimeText(t.createdAt)),
    };
    if (!t.responsibility.isEmpty())
        facts.append(row(tr("Responsibility:"), ui::responsibilityTitle(t.responsibility)));
    if (!t.description.isEmpty())
        facts.append(t.description.toHtmlEscaped().replace(u'\n', u"<br>"_s));
    m_facts->setText(facts.join(u"<br>"_s));
    m_showCi->setEnabled(m_ciId != 0);

    // Every clock of the ticket, each with its own deadline; the remaining time moves on the ticker.
    const core::TicketClocks clocks = core::computeTicketClocks(l.ticket.facts, *l.book, m_context.clock->now());
    m_clockStates = clocks.clocks;
    m_clocks->setRowCount(int(m_clockStates.size()));
    for (int r = 0; r < m_clockStates.size(); ++r) {
        const core::ClockState &c = m_clockStates.at(r);
        QString name = ui::clockTitle(c.kind);
        if (c.kind == core::ClockKind::CustomerUpdate)
            name = tr("%1 (no. %2)").arg(name).arg(c.cycle + 1);
        m_clocks->setItem(r, ClockName, new QTableWidgetItem(name));
        m_clocks->setItem(r, ClockState, new QTableWidgetItem);
        m_clocks->setItem(r, ClockDeadline, new QTableWidgetItem(ui::dateTimeText(c.deadline)));
        m_clocks->setItem(r, ClockRemaining, new QTableWidgetItem);
    }
    if (clocks.error)
        m_banner->showMessage(ui::StatusBanner::Level::Warning, clocks.error->message);
    tick();

    // The history, oldest first: who, when, what.
    m_timeline->clear();
    for (const storage::TicketEventRecord &e : l.events) {
        auto *item = new QTreeWidgetItem(m_timeline);
        item->setText(EventWhen, ui::dateTimeText(e.at));
        item->setText(EventWho, e.actorId ? l.names.value(*e.actorId, tr("staff #%1").arg(*e.actorId)) : tr("system"));
        item->setText(EventWhat, ui::eventTitle(e.kind));
        item->setText(EventDetails, eventDetails(e, l.names));
        item->setData(EventWhat, Qt::UserRole, e.kind);
    }

    // The post-incident analysis, where the policy asks for one or one was written anyway.
    const auto kind = core::ticketKindFromStorage(t.kind);
    const auto grade = core::gradeFromStorage(ui::gradeTitle(t.grade));
    const core::PolicyEntry *entry = l.book->find(t.slaPolicyVersion);
    const bool required =
        kind && grade && entry && core::isPostIncidentRequired(*kind, *grade, entry->policy.postIncidentGrades());
    m_analysisBox->setVisible(required || l.analysis);
    if (l.analysis) {
        const storage::PostIncidentRecord &a = *l.analysis;
        const auto missing = core::missingParts({.startedAt = a.occurredAt,
                                                 .restoredAt = a.recoveredAt,
                                                 .cause = a.cause,
                                                 .result = a.result,
                                                 .prevention = a.preventiveMeasures});
        m_analysis->setText(analysisText(a) + (missing.isEmpty()
                                                   ? QString()
                                                   : u"<br><i>"_s +
                                                         tr("Incomplete: the ticket cannot be closed until time, "
                                                            "cause, result and prevention are all stated.") +
                                                         u"</i>"_s));
    } else {
        m_analysis->setText(tr("No analysis yet. A grade %1 fault cannot be closed without one: time, cause, "
                               "result and preventive measures.")
                                .arg(ui::gradeTitle(t.grade)));
    }
    m_stack->setCurrentIndex(1);
}

void TicketDetailView::tick()
{
    if (m_clockStates.isEmpty() || !m_context.clock)
        return;
    const qint64 now = m_context.clock->now().toSecsSinceEpoch();
    for (int r = 0; r < m_clockStates.size() && r < m_clocks->rowCount(); ++r) {
        const core::ClockState &c = m_clockStates.at(r);
        QString state;
        QString remaining;
        QColor background;
        if (!c.countdown.known) {
            state = ui::clockStatusTitle(core::ClockStatus::Unknown);
            remaining = c.error ? c.error->message : QString();
        } else {
            const core::Countdown::Reading reading = c.countdown.at(now);
            state = ui::clockStatusTitle(reading.status);
            switch (reading.status) {
            case core::ClockStatus::Ok:
            case core::ClockStatus::Warning:
            case core::ClockStatus::Breached:
                remaining = ui::countdownText(reading.remaining);
                break;
            case core::ClockStatus::Paused:
                remaining = tr("%1 left when resumed").arg(ui::countdownText(reading.remaining));
                break;
            case core::ClockStatus::Met:
                if (c.late)
                    state = tr("Met late");
                remaining = tr("at %1").arg(ui::dateTimeText(c.endedAt));
                break;
            case core::ClockStatus::Stopped:
            case core::ClockStatus::Unknown:
                remaining = c.endedAt.isValid() ? tr("at %1").arg(ui::dateTimeText(c.endedAt)) : QString();
                break;
            }
            if (reading.status == core::ClockStatus::Breached || c.late)
                background = QColor(u"#fdecea"_s);
            else if (reading.status == core::ClockStatus::Warning)
                background = QColor(u"#fff4d6"_s);
        }
        m_clocks->item(r, ClockState)->setText(state);
        m_clocks->item(r, ClockRemaining)->setText(remaining);
        for (int col = 0; col < ClockColumns; ++col)
            m_clocks->item(r, col)->setBackground(background.isValid() ? QBrush(background) : QBrush());
    }
}

void TicketDetailView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        if (m_id != 0)
            refresh();
    }
    QWidget::changeEvent(event);
}

void TicketDetailView::retranslate()
{
    m_empty->setTitle(tr("No ticket chosen"));
    m_empty->setExplanation(tr("Choose a ticket in the queue to see its SLA clocks, its history and, for serious "
                               "faults, the post-incident analysis."));
    m_showCi->setText(tr("Show &CI"));
    m_showCi->setToolTip(tr("Show the configuration item in the CMDB panel"));
    m_clocks->setHorizontalHeaderLabels({tr("Clock"), tr("State"), tr("Deadline"), tr("Remaining")});
    m_timeline->setHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Details")});
    m_analysisBox->setTitle(tr("Post-incident analysis"));
    m_editAnalysis->setText(tr("&Edit Analysis…"));
}

} // namespace govops::tickets
