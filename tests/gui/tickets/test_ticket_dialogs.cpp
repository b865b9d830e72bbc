// The ticket dialogs on their own: each refuses bad input with a message and keeps what was typed; drafts are
// autosaved, restored and dropped after a save; the conflict dialog shows both sides.

#include "tickets/ConflictDialog.h"
#include "ui/Drafts.h"
#include "tickets/NewTicketDialog.h"
#include "tickets/NoteDialog.h"
#include "tickets/PostIncidentDialog.h"
#include "tickets/ResolveDialog.h"
#include "tickets/StaffPickerDialog.h"
#include "ui/StatusBanner.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace govops;
using namespace govops::tickets;

namespace {

storage::DepartmentRecord department(qint64 id, const QString &name)
{
    storage::DepartmentRecord d;
    d.id = id;
    d.name = name;
    return d;
}

storage::StaffRecord person(qint64 id, const QString &name, const QString &role)
{
    storage::StaffRecord s;
    s.id = id;
    s.displayName = name;
    s.role = role;
    return s;
}

NewTicketChoices choices()
{
    NewTicketChoices c;
    c.departments = {department(3, u"省公安厅"_s), department(5, u"省教育厅"_s)};
    storage::BusinessSystemRecord system;
    system.id = 51;
    system.departmentId = 5;
    system.name = u"学籍管理系统"_s;
    c.systems.insert(5, {system});
    return c;
}

} // namespace

class TestTicketDialogs : public QObject
{
    Q_OBJECT

    // OK pressed: true when the dialog let the input through (emitted submitted()).
    static bool submit(ActionDialog &dialog)
    {
        QSignalSpy submitted(&dialog, &ActionDialog::submitted);
        dialog.okButton()->click();
        return submitted.size() == 1;
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void newTicketRefusesAnEmptyTitleAndKeepsTheRest()
    {
        NewTicketDialog dialog(choices());
        dialog.departmentBox()->setCurrentIndex(dialog.departmentBox()->findData(qint64(5)));
        dialog.descriptionEdit()->setPlainText(u"学籍系统登录后白屏"_s);
        dialog.titleEdit()->setText(u"   "_s);
        QVERIFY(!submit(dialog));
        QVERIFY(dialog.bannerText().contains(u"title"_s));
        QCOMPARE(dialog.descriptionEdit()->toPlainText(), u"学籍系统登录后白屏"_s);

        dialog.titleEdit()->setText(u"学籍系统白屏"_s);
        dialog.systemBox()->setCurrentIndex(dialog.systemBox()->findData(qint64(51)));
        QVERIFY(submit(dialog));
        const storage::NewTicket t = dialog.ticket();
        QCOMPARE(t.title, u"学籍系统白屏"_s);
        QCOMPARE(t.departmentId, 5);
        QCOMPARE(t.businessSystemId, std::optional<qint64>(51));
        QCOMPARE(t.grade, 4);
    }

    void newTicketNeedsADepartment()
    {
        NewTicketDialog dialog(choices());
        dialog.titleEdit()->setText(u"VPN down"_s);
        QVERIFY(!submit(dialog));
        QVERIFY(dialog.bannerText().contains(u"department"_s));
    }

    void newTicketRefusesAnOversizedTitleAndKeepsIt()
    {
        NewTicketDialog dialog(choices());
        dialog.departmentBox()->setCurrentIndex(1);
        const QString tooLong(storage::limits::ticketTitle + 1, u'长');
        dialog.titleEdit()->setText(tooLong);
        QVERIFY(!submit(dialog));
        QVERIFY(dialog.bannerText().contains(QString::number(storage::limits::ticketTitle)));
        QCOMPARE(dialog.titleEdit()->text(), tooLong);
        // The counter says so before OK is pressed.
        const auto counters = dialog.findChildren<QLabel *>();
        QVERIFY(
            std::any_of(counters.begin(), counters.end(), [](const QLabel *l) { return l->text() == u"201 / 200"_s; }));
    }

    void aDepartmentMaintainerOpensForTheirOwnDepartmentOnly()
    {
        NewTicketChoices c = choices();
        c.fixedDepartment = 5;
        NewTicketDialog dialog(c);
        QVERIFY(!dialog.departmentBox()->isEnabled());
        QCOMPARE(dialog.departmentBox()->currentData().toLongLong(), 5);
        QCOMPARE(dialog.departmentBox()->findData(qint64(3)), -1);
    }

    void noteRefusesEmptyAndOversizedText()
    {
        NoteDialog dialog(NoteDialog::Mode::Comment, u"GO-00000001"_s);
        QVERIFY(!submit(dialog));
        QVERIFY(!dialog.bannerText().isEmpty());

        const QString tooLong(storage::limits::eventText + 1, u'x');
        dialog.textEdit()->setPlainText(tooLong);
        QVERIFY(!submit(dialog));
        QVERIFY(dialog.bannerText().contains(QString::number(storage::limits::eventText)));
        QCOMPARE(dialog.textEdit()->toPlainText(), tooLong);

        dialog.textEdit()->setPlainText(u"已联系厂商"_s);
        QVERIFY(submit(dialog));
        QCOMPARE(dialog.text(), u"已联系厂商"_s);
    }

    void aStatusNoteMayBeEmpty()
    {
        NoteDialog dialog(NoteDialog::Mode::StatusChange, u"GO-00000001"_s, u"In progress"_s);
        QVERIFY(submit(dialog));
    }

    void customerUpdateHasAChannel()
    {
        NoteDialog dialog(NoteDialog::Mode::CustomerUpdate, u"GO-00000001"_s);
        dialog.channelBox()->setCurrentIndex(dialog.channelBox()->findData(u"mailbox"_s));
        dialog.textEdit()->setPlainText(u"Told by mail: restart at 22:00"_s);
        QVERIFY(submit(dialog));
        QCOMPARE(dialog.channel(), u"mailbox"_s);
    }

    void staffPickerNeedsAPersonAndAHandOverNote()
    {
        const QList<storage::StaffRecord> staff{person(11, u"张伟"_s, u"agent"_s),
                                                person(12, u"李娜"_s, u"technician"_s)};
        StaffPickerDialog dialog(StaffPickerDialog::Mode::HandOver, u"GO-00000001"_s, staff);
        QVERIFY(!submit(dialog));
        QVERIFY(!dialog.bannerText().isEmpty());

        dialog.filterEdit()->setText(u"李"_s);
        QVERIFY(dialog.list()->item(0)->isHidden());
        QVERIFY(!dialog.list()->item(1)->isHidden());
        dialog.choose(12);
        QVERIFY(!submit(dialog)); // no note yet
        QVERIFY(dialog.bannerText().contains(u"note"_s));
        dialog.noteEdit()->setPlainText(u"客户等回电"_s);
        QVERIFY(submit(dialog));
        QCOMPARE(dialog.staffId(), 12);
        QCOMPARE(dialog.staffName(), u"李娜"_s);
    }

    void resolvingAFaultNeedsTheResponsibility()
    {
        ResolveDialog dialog(u"GO-00000001"_s, true);
        dialog.noteEdit()->setPlainText(u"换了交换机端口"_s);
        QVERIFY(!submit(dialog));
        QCOMPARE(dialog.noteEdit()->toPlainText(), u"换了交换机端口"_s);
        dialog.responsibilityBox()->setCurrentIndex(dialog.responsibilityBox()->findData(u"carrier"_s));
        QVERIFY(submit(dialog));
        QCOMPARE(dialog.responsibility(), u"carrier"_s);

        ResolveDialog request(u"GO-00000002"_s, false);
        QVERIFY(submit(request));
        QVERIFY(request.responsibility().isEmpty());
    }

    void aGradeChangeNeedsANewGradeAndAReason()
    {
        GradeDialog dialog(u"GO-00000001"_s, 3);
        dialog.reasonEdit()->setPlainText(u"影响扩大"_s);
        QVERIFY(!submit(dialog)); // same grade
        dialog.gradeBox()->setCurrentIndex(1);
        QVERIFY(submit(dialog));
        QCOMPARE(dialog.grade(), 2);
    }

    void postIncidentShowsWhatIsMissingAndRefusesIt()
    {
        storage::PostIncidentRecord stored;
        stored.ticketId = 9;
        stored.occurredAt = QDateTime(QDate(2026, 11, 20), QTime(1, 0), Qt::UTC);
        stored.recoveredAt = QDateTime(QDate(2026, 11, 20), QTime(3, 0), Qt::UTC);
        PostIncidentDialog dialog(u"GO-00000009"_s, stored);
        QVERIFY(dialog.missingText().contains(u"cause"_s));
        QVERIFY(dialog.missingText().contains(u"preventive"_s));
        dialog.causeEdit()->setPlainText(u"存储控制器故障"_s);
        dialog.resultEdit()->setPlainText(u"切换到备用控制器，业务恢复"_s);
        QVERIFY(!submit(dialog));
        QVERIFY(dialog.bannerText().contains(u"preventive"_s));
        QCOMPARE(dialog.causeEdit()->toPlainText(), u"存储控制器故障"_s);

        // Restored before it began: the time is not clear.
        dialog.preventionEdit()->setPlainText(u"双控制器巡检"_s);
        dialog.restoredEdit()->setDateTime(dialog.startedEdit()->dateTime().addSecs(-60));
        QVERIFY(dialog.missingText().contains(u"times"_s));
        QVERIFY(!submit(dialog));

        dialog.restoredEdit()->setDateTime(dialog.startedEdit()->dateTime().addSecs(7200));
        QVERIFY(dialog.missingText().isEmpty());
        QVERIFY(submit(dialog));
        const storage::PostIncidentRecord r = dialog.record();
        QCOMPARE(r.ticketId, 9);
        QCOMPARE(r.occurredAt, stored.occurredAt);
        QCOMPARE(r.recoveredAt, stored.recoveredAt);
        QCOMPARE(r.preventiveMeasures, u"双控制器巡检"_s);
    }

    void aDraftIsAutosavedRestoredAndDroppedAfterTheSave()
    {
        QTemporaryDir dir;
        ui::Drafts drafts(dir.path());
        const QString key = ui::Drafts::key(u"comment"_s, 5);
        {
            NoteDialog dialog(NoteDialog::Mode::Comment, u"GO-00000005"_s);
            dialog.keepDrafts(&drafts, key);
            dialog.show();
            dialog.textEdit()->setPlainText(u"查到根因：证书过期"_s);
            QTRY_VERIFY(drafts.contains(key)); // about a second after the last edit
            QCOMPARE(drafts.load(key)->value(u"text"_s).toString(), u"查到根因：证书过期"_s);
            dialog.textEdit()->appendPlainText(u"已续期"_s);
            dialog.reject(); // closing saves at once
            QVERIFY(drafts.load(key)->value(u"text"_s).toString().endsWith(u"已续期"_s));
        }
        {
            NoteDialog dialog(NoteDialog::Mode::Comment, u"GO-00000005"_s);
            dialog.keepDrafts(&drafts, key);
            QVERIFY(dialog.textEdit()->toPlainText().startsWith(u"查到根因"_s));
            QVERIFY(!dialog.bannerText().isEmpty()); // says it was restored
            QVERIFY(submit(dialog));
            dialog.succeeded();
            QVERIFY(!drafts.contains(key));
        }
        {
            // Another ticket's comment starts empty.
            NoteDialog other(NoteDialog::Mode::Comment, u"GO-00000006"_s);
            other.keepDrafts(&drafts, ui::Drafts::key(u"comment"_s, 6));
            QVERIFY(other.textEdit()->toPlainText().isEmpty());
        }
    }

    void discardingARestoredDraftGoesBackToTheForm()
    {
        QTemporaryDir dir;
        ui::Drafts drafts(dir.path());
        const QString key = ui::Drafts::key(u"new-ticket"_s);
        QVERIFY(drafts.save(key, {{u"title"_s, u"draft title"_s}, {u"department"_s, 3}}).ok());
        NewTicketDialog dialog(choices());
        dialog.keepDrafts(&drafts, key);
        QCOMPARE(dialog.titleEdit()->text(), u"draft title"_s);
        QCOMPARE(dialog.departmentBox()->currentData().toLongLong(), 3);
        emit dialog.banner()->actionTriggered(); // "Discard Draft"
        QVERIFY(dialog.titleEdit()->text().isEmpty());
        QVERIFY(!drafts.contains(key));
        dialog.reject(); // an untouched form leaves no draft behind
        QVERIFY(!drafts.contains(key));
    }

    void aFailedWriteKeepsTheDialogAndTheText()
    {
        NoteDialog dialog(NoteDialog::Mode::Comment, u"GO-00000001"_s);
        dialog.show();
        dialog.textEdit()->setPlainText(u"网络抖动"_s);
        QVERIFY(submit(dialog));
        dialog.setBusy(true);
        dialog.reject(); // not while the write is under way
        QVERIFY(dialog.isVisible());
        dialog.fail({core::Error::Code::Unavailable, u"The database cannot be reached."_s});
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.okButton()->isEnabled());
        QVERIFY(dialog.bannerText().contains(u"cannot be reached"_s));
        QVERIFY(dialog.bannerText().contains(u"try again"_s));
        QCOMPARE(dialog.textEdit()->toPlainText(), u"网络抖动"_s);
    }

    void conflictShowsBothSidesAndEscapeGoesBackToEditing()
    {
        ConflictDialog dialog(u"李娜 saved this ticket at 10:02."_s, u"Mine"_s, u"Theirs"_s, true);
        QCOMPARE(dialog.mineText(), u"Mine"_s);
        QCOMPARE(dialog.storedText(), u"Theirs"_s);
        QSignalSpy finished(&dialog, &QDialog::finished);
        dialog.open();
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QCOMPARE(finished.size(), 1);
        QCOMPARE(finished.at(0).at(0).toInt(), int(ConflictDialog::Edit));

        ConflictDialog plain(u"x"_s, u"Mine"_s, u"Theirs"_s, false);
        QVERIFY(plain.editButton()->isHidden());
        QSignalSpy done(&plain, &QDialog::finished);
        plain.open();
        plain.reapplyButton()->click();
        QCOMPARE(done.at(0).at(0).toInt(), int(ConflictDialog::Reapply));
    }
};

QTEST_MAIN(TestTicketDialogs)
#include "test_ticket_dialogs.moc"
