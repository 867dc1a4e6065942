#include "athletepicker.h"
#include "captureform.h"
#include "sessiongrouppicker.h"
#include "testvideo.h"

#include "media/videoprobe.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>
#include <QUuid>

class TestCaptureForm : public QObject
{
    Q_OBJECT

private:
    static QList<AthletePicker::Entry> roster()
    {
        return { { QStringLiteral("a1"), QStringLiteral("Ada Li"), QStringLiteral("ada@example.com"),
                   QStringLiteral("Eagles") },
                 { QStringLiteral("b2"), QStringLiteral("Ben Ko"), QStringLiteral("ben@example.com"),
                   QStringLiteral("Hawks") },
                 { QStringLiteral("c3"), QStringLiteral("Cy Ng"), QStringLiteral("cy@example.com"),
                   QStringLiteral("Eagles") } };
    }

    static QStringList visibleNames(AthletePicker &picker)
    {
        QStringList names;
        for (int i = 0; i < picker.comboBox()->count(); ++i)
            names << picker.comboBox()->itemText(i);
        return names;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
    }

    void athletePickerTypeAheadRecentFirstAndTeams()
    {
        AthletePicker picker;
        picker.show();
        picker.setAthletes(roster());
        QCOMPARE(visibleNames(picker),
                 (QStringList { QStringLiteral("Ada Li"), QStringLiteral("Ben Ko"), QStringLiteral("Cy Ng") }));
        QVERIFY(picker.currentId().isEmpty()); // nobody is chosen for the coach

        // Recently used first.
        picker.markUsed(QStringLiteral("c3"));
        QTest::qWait(5);
        picker.markUsed(QStringLiteral("b2"));
        QCOMPARE(visibleNames(picker),
                 (QStringList { QStringLiteral("Ben Ko"), QStringLiteral("Cy Ng"), QStringLiteral("Ada Li") }));
        // ...also in a new picker (remembered across starts).
        AthletePicker later;
        later.setAthletes(roster());
        QCOMPARE(visibleNames(later).first(), QStringLiteral("Ben Ko"));

        // Type-ahead matches e-mail and team, anywhere in the text.
        QCompleter *completer = picker.comboBox()->completer();
        completer->setCompletionPrefix(QStringLiteral("cy@exa"));
        QCOMPARE(completer->completionCount(), 1);
        completer->setCompletionPrefix(QStringLiteral("eagles"));
        QCOMPARE(completer->completionCount(), 2);
        completer->setCompletionPrefix(QStringLiteral("li"));
        QCOMPARE(completer->completionCount(), 1);

        // Typing the full name chooses the athlete; a half name chooses nobody.
        picker.comboBox()->lineEdit()->setText(QStringLiteral("ben ko"));
        emit picker.comboBox()->lineEdit()->editingFinished();
        QCOMPARE(picker.currentId(), QStringLiteral("b2"));
        QCOMPARE(picker.currentName(), QStringLiteral("Ben Ko"));
        picker.comboBox()->lineEdit()->setText(QStringLiteral("Be"));
        QVERIFY(picker.currentId().isEmpty());

        // Team filter.
        QCOMPARE(picker.teams(), (QStringList { QStringLiteral("Eagles"), QStringLiteral("Hawks") }));
        QVERIFY(picker.teamBox()->isVisible());
        picker.setTeamFilter(QStringLiteral("Eagles"));
        QCOMPARE(visibleNames(picker), (QStringList { QStringLiteral("Cy Ng"), QStringLiteral("Ada Li") }));
        picker.setTeamFilter(QString());
        QCOMPARE(picker.athleteCount(), 3);
    }

    void sessionGroupsBelongToOneAthlete()
    {
        SessionGroupPicker picker;
        QCOMPARE(picker.createGroup(QStringLiteral("nobody's")), QString()); // no athlete, no group
        QVERIFY(!picker.comboBox()->isEnabled());
        picker.setAthlete(QStringLiteral("a1"));
        const QString id = picker.createGroup(QStringLiteral("Tuesday range session"));
        QVERIFY(!QUuid::fromString(id).isNull());
        QCOMPARE(picker.currentId(), id);
        QCOMPARE(picker.currentName(), QStringLiteral("Tuesday range session"));
        QVERIFY(picker.comboBox()->currentText().startsWith(QStringLiteral("Tuesday range session — ")));
        const QString second = picker.createGroup(QStringLiteral("Thursday"));
        QVERIFY(second != id);
        QCOMPARE(picker.groupCount(), 2);
        // A name with today's date in it (the New… dialog's default) shows the date once.
        const QString today = QLocale().toString(QDate::currentDate(), QLocale::ShortFormat);
        picker.createGroup(QStringLiteral("Session %1").arg(today));
        QCOMPARE(picker.comboBox()->currentText(), QStringLiteral("Session %1").arg(today));
        QCOMPARE(picker.groupCount(), 3);

        // An athlete without a session today is offered one named for the day,
        // chosen, in italics, renamed by typing; it is kept only when committed.
        picker.setAthlete(QStringLiteral("b2"));
        QCOMPARE(picker.groupCount(), 1);
        QVERIFY(picker.isPendingCurrent());
        const QString offered = picker.currentId();
        QVERIFY(!QUuid::fromString(offered).isNull());
        QCOMPARE(picker.currentName(), SessionGroupPicker::todaysName());
        QVERIFY(picker.todaysName().contains(QLocale().dayName(QDate::currentDate().dayOfWeek())));
        QVERIFY(picker.comboBox()->isEditable());
        QVERIFY(picker.comboBox()->font().italic());
        QVERIFY(SessionGroupPicker::groupsOf(QStringLiteral("b2")).isEmpty());
        picker.comboBox()->lineEdit()->selectAll();
        QTest::keyClicks(picker.comboBox()->lineEdit(), QStringLiteral("Range day"));
        QCOMPARE(picker.currentName(), QStringLiteral("Range day"));
        QCOMPARE(picker.commitPending(), offered);
        QVERIFY(!picker.isPendingCurrent());
        QVERIFY(!picker.comboBox()->isEditable());
        QVERIFY(!picker.comboBox()->font().italic());
        QCOMPARE(SessionGroupPicker::groupsOf(QStringLiteral("b2")).size(), 1);
        QCOMPARE(SessionGroupPicker::groupsOf(QStringLiteral("b2")).first().name, QStringLiteral("Range day"));
        QCOMPARE(picker.currentId(), offered);
        // Back to a1, who has sessions today: the newest is chosen, nothing offered.
        picker.setAthlete(QStringLiteral("a1"));
        QCOMPARE(picker.groupCount(), 3);
        QCOMPARE(SessionGroupPicker::groupsOf(QStringLiteral("a1")).size(), 3);
        QVERIFY(!picker.isPendingCurrent());
        // c3 is offered one too, and leaving without uploading keeps nothing.
        picker.setAthlete(QStringLiteral("c3"));
        QVERIFY(picker.isPendingCurrent());
        picker.setAthlete(QStringLiteral("a1"));
        QVERIFY(SessionGroupPicker::groupsOf(QStringLiteral("c3")).isEmpty());
    }

    void formCollectsChoicesAndPrefillsFromTheVideo()
    {
        TestVideo spec;
        spec.path = TestVideo::scratchPath(QStringLiteral("portrait.mov"));
        spec.seconds = 0.5;
        spec.size = QSize(240, 320);
        spec.audio = false;
        spec.creationTime = QStringLiteral("2025-06-01T07:30:00Z");
        QVERIFY(spec.make().isEmpty());
        const VideoInfo portrait = VideoProbe::probeHeader(spec.path);

        CaptureForm form;
        form.show();
        form.athletePicker()->setAthletes(roster());
        form.setVideos({ portrait });
        auto *upload = form.uploadButton();
        QCOMPARE(upload->text(), QStringLiteral("Upload 1 clip"));

        // What the clip says of itself is shown as the clip's, not as a choice
        // (issue 22: a detected orientation was remembered as the coach's).
        CaptureForm::Choices c = form.choices();
        QVERIFY(c.orientation.isEmpty());
        QCOMPARE(CaptureForm::orientationFor(c, portrait), QStringLiteral("portrait"));
        auto *orientation = form.findChild<QComboBox *>(QStringLiteral("orientationBox"));
        QCOMPARE(orientation->currentText(), QStringLiteral("Portrait — from the video"));
        QVERIFY(!c.captureTime.isValid());
        QCOMPARE(CaptureForm::captureTimeFor(c, portrait), QDateTime(QDate(2025, 6, 1), QTime(7, 30), Qt::UTC));
        QCOMPARE(form.findChild<QLabel *>(QStringLiteral("captureTimeHint"))->text(), QStringLiteral("from the video"));
        QVERIFY(CaptureForm::rememberedValues(c).orientation.isEmpty());
        QVERIFY(c.cameraSetup.isEmpty());
        QVERIFY(c.athleteId.isEmpty());

        form.athletePicker()->setCurrentId(QStringLiteral("a1"));
        const QString group = form.sessionGroupPicker()->createGroup(QStringLiteral("Range"));
        form.findChild<QToolButton *>(QStringLiteral("downTheLineButton"))->click();
        form.setActivities({ QStringLiteral("golf"), QStringLiteral("baseball") });
        form.setActivity(QStringLiteral("golf"));
        form.setMovements({ QStringLiteral("full_swing") });
        form.setMovement(QStringLiteral("full_swing"));
        form.setDimensions({ { QStringLiteral("handedness"),
                               QStringLiteral("Handedness"),
                               { QStringLiteral("left"), QStringLiteral("right") } } });
        form.setDimensionValue(QStringLiteral("handedness"), QStringLiteral("right"));
        form.setCameraExtras({ { QStringLiteral("height_m"), QStringLiteral("1.2") } });
        form.setMovementExtras({ { QStringLiteral("club"), QStringLiteral("7 iron") } });

        c = form.choices();
        QCOMPARE(c.athleteId, QStringLiteral("a1"));
        QCOMPARE(c.sessionGroupId, group);
        QCOMPARE(c.cameraSetup, QStringLiteral("single.down_the_line"));
        QCOMPARE(c.activity, QStringLiteral("golf"));
        QCOMPARE(c.movement, QStringLiteral("full_swing"));
        QCOMPARE(c.dimensions,
                 (CaptureForm::Pairs { { QStringLiteral("handedness"), QStringLiteral("right") },
                                       { QStringLiteral("club"), QStringLiteral("7 iron") } }));
        QCOMPARE(c.cameraExtras, (CaptureForm::Pairs { { QStringLiteral("height_m"), QStringLiteral("1.2") } }));

        // A batch with clips of both orientations keeps each clip's own.
        TestVideo wide = spec;
        wide.path = TestVideo::scratchPath(QStringLiteral("wide.mov"));
        wide.size = QSize(320, 240);
        wide.creationTime.clear();
        QVERIFY(wide.make().isEmpty());
        const VideoInfo landscape = VideoProbe::probeHeader(wide.path);
        form.setVideos({ portrait, landscape });
        QCOMPARE(upload->text(), QStringLiteral("Upload 2 clips"));
        c = form.choices();
        QVERIFY(c.orientation.isEmpty());
        QCOMPARE(CaptureForm::orientationFor(c, portrait), QStringLiteral("portrait"));
        QCOMPARE(CaptureForm::orientationFor(c, landscape), QStringLiteral("landscape"));
        QVERIFY(!c.captureTime.isValid());
        QCOMPARE(CaptureForm::captureTimeFor(c, portrait), portrait.creationTime);
        QCOMPARE(CaptureForm::captureTimeFor(c, landscape), landscape.modified);
    }

    // Only the coach's choices are choices: an orientation picked by the coach
    // is sent and remembered; the one read from the clips is neither, and a
    // time typed by the coach is theirs while the clip's own is not.
    void onlyTheCoachsChoicesAreChoices()
    {
        TestVideo spec;
        spec.path = TestVideo::scratchPath(QStringLiteral("choice-wide.mov"));
        spec.seconds = 0.5;
        spec.size = QSize(320, 240);
        spec.audio = false;
        QVERIFY(spec.make().isEmpty());
        const VideoInfo wide = VideoProbe::probeHeader(spec.path);
        spec.path = TestVideo::scratchPath(QStringLiteral("choice-tall.mov"));
        spec.size = QSize(240, 320);
        QVERIFY(spec.make().isEmpty());
        const VideoInfo tall = VideoProbe::probeHeader(spec.path);

        CaptureForm form;
        form.show();
        auto *orientation = form.findChild<QComboBox *>(QStringLiteral("orientationBox"));
        form.setVideos({ wide });
        QCOMPARE(orientation->currentText(), QStringLiteral("Landscape — from the video"));
        QVERIFY(form.choices().orientation.isEmpty());
        // A file without a recorded time: its date is shown as the file's, and is no choice.
        QCOMPARE(form.findChild<QLabel *>(QStringLiteral("captureTimeHint"))->text(),
                 QStringLiteral("from the file date"));
        QVERIFY(!form.choices().captureTime.isValid());
        // A mixed batch: each clip keeps its own.
        form.setVideos({ wide, tall });
        QCOMPARE(orientation->currentText(), QStringLiteral("As filmed (each clip)"));
        QCOMPARE(CaptureForm::orientationFor(form.choices(), tall), QStringLiteral("portrait"));
        QCOMPARE(CaptureForm::orientationFor(form.choices(), wide), QStringLiteral("landscape"));

        // The coach's own choice is a choice: sent for every clip and remembered.
        orientation->setCurrentIndex(orientation->findData(QStringLiteral("landscape")));
        QCOMPARE(form.choices().orientation, QStringLiteral("landscape"));
        QCOMPARE(CaptureForm::orientationFor(form.choices(), tall), QStringLiteral("landscape"));
        QCOMPARE(CaptureForm::rememberedValues(form.choices()).orientation, QStringLiteral("landscape"));
        QCOMPARE(form.findChild<QLabel *>(QStringLiteral("orientationHint"))->text(), QStringLiteral("chosen by you"));
        const QDateTime typed(QDate(2026, 3, 4), QTime(5, 6), Qt::UTC);
        form.setCaptureTime(typed);
        QCOMPARE(form.choices().captureTime, typed);
        QCOMPARE(CaptureForm::captureTimeFor(form.choices(), tall), typed);

        // Clips nobody described: back to what the clips say.
        form.showUndescribed();
        QVERIFY(form.choices().orientation.isEmpty());
        QVERIFY(!form.choices().captureTime.isValid());
        // A description comes back as it was chosen.
        CaptureForm::Choices chosen;
        chosen.orientation = QStringLiteral("portrait");
        chosen.captureTime = typed;
        chosen.cameraSetup = QStringLiteral("single.front_on");
        form.showChoices(chosen);
        QCOMPARE(form.choices().orientation, QStringLiteral("portrait"));
        QCOMPARE(form.choices().captureTime, typed);
        QCOMPARE(form.choices().cameraSetup, QStringLiteral("single.front_on"));
        form.showChoices({});
        QVERIFY(form.choices().cameraSetup.isEmpty());
        QVERIFY(form.choices().orientation.isEmpty());
    }

    // A recording split into two marked parts makes two clips, and says so.
    void aSplitRecordingCountsItsParts()
    {
        TestVideo spec;
        spec.path = TestVideo::scratchPath(QStringLiteral("split.mov"));
        spec.seconds = 2;
        spec.audio = false;
        QVERIFY(spec.make().isEmpty());
        VideoInfo video = VideoProbe::probeHeader(spec.path);
        CaptureForm form;
        form.setVideos({ video });
        QCOMPARE(form.uploadButton()->text(), QStringLiteral("Upload 1 clip"));
        video.ranges = { { 0, 500 }, { 1000, 1500 } };
        form.setVideos({ video });
        QCOMPARE(form.uploadButton()->text(), QStringLiteral("Upload 2 clips"));
        QVERIFY2(
            form.findChild<QLabel *>(QStringLiteral("heading"))->text().contains(QStringLiteral("Describe 2 clips")),
            qPrintable(form.findChild<QLabel *>(QStringLiteral("heading"))->text()));
    }

    // A clip's description as kept in the ready list's file: read back the
    // same, and a hand-edited or damaged one gives only well-formed values.
    void choicesAsJsonComeBackAndHostileOnesAreBounded()
    {
        CaptureForm::Choices c;
        c.athleteId = QStringLiteral("a1");
        c.athleteName = QStringLiteral("Ada Li");
        c.sessionGroupId = QStringLiteral("g1");
        c.sessionGroupName = QStringLiteral("Range");
        c.cameraSetup = QStringLiteral("single.down_the_line");
        c.orientation = QStringLiteral("portrait");
        c.cameraExtras = { { QStringLiteral("lens"), QStringLiteral("wide") } };
        c.activity = QStringLiteral("golf");
        c.movement = QStringLiteral("full_swing");
        c.dimensions = { { QStringLiteral("handedness"), QStringLiteral("left") } };
        c.captureTime = QDateTime(QDate(2026, 5, 1), QTime(10, 0, 0, 250), Qt::UTC);
        QCOMPARE(CaptureForm::Choices::fromJson(c.toJson()), c);
        QVERIFY(CaptureForm::Choices().toJson().isEmpty());
        QVERIFY(CaptureForm::Choices::fromJson({}).isEmpty());

        QJsonObject hostile = c.toJson();
        hostile.insert(QStringLiteral("athlete_name"), QString(100000, QLatin1Char('x')));
        hostile.insert(QStringLiteral("orientation"), QStringLiteral("sideways"));
        hostile.insert(QStringLiteral("camera_setup"), 42);
        hostile.insert(QStringLiteral("capture_time"), QStringLiteral("yesterday"));
        QJsonArray pairs { QJsonArray { QStringLiteral("handedness") }, QJsonArray { 1, 2 }, QStringLiteral("x") };
        for (int i = 0; i < 100; ++i)
            pairs.append(QJsonArray { QStringLiteral("k%1").arg(i), QStringLiteral("v") });
        hostile.insert(QStringLiteral("dimensions"), pairs);
        const CaptureForm::Choices read = CaptureForm::Choices::fromJson(hostile);
        QCOMPARE(read.athleteId, QStringLiteral("a1"));
        QVERIFY(read.athleteName.isEmpty());
        QVERIFY(read.orientation.isEmpty());
        QVERIFY(read.cameraSetup.isEmpty());
        QVERIFY(!read.captureTime.isValid());
        QCOMPARE(read.dimensions.size(), 32);
        QCOMPARE(read.dimensions.first().first, QStringLiteral("k0"));
    }

    void errorsAppearNextToTheirField()
    {
        CaptureForm form;
        form.show();
        form.setDimensions(
            { { QStringLiteral("handedness"), QStringLiteral("Handedness"), { QStringLiteral("left") } } });
        const QString invalid = QStringLiteral("invalid");
        form.setFieldErrors(
            { { QStringLiteral("movement_attributes.activity"), QStringLiteral("Choose the activity"), invalid },
              { QStringLiteral("movement_attributes.handedness"), QStringLiteral("Choose the handedness"), invalid },
              { QStringLiteral("capture_time"), QStringLiteral("The capture time is in the future"), invalid },
              { QStringLiteral("athlete_id"), QStringLiteral("Choose the athlete"), QStringLiteral("required") } });
        auto *activityError = form.findChild<QLabel *>(QStringLiteral("activityError"));
        QVERIFY(activityError->isVisible());
        QCOMPARE(activityError->text(), QStringLiteral("Choose the activity"));
        QCOMPARE(form.errorShownFor(QStringLiteral("movement_attributes.handedness")),
                 QStringLiteral("Choose the handedness"));
        QCOMPARE(form.errorShownFor(QStringLiteral("capture_time")),
                 QStringLiteral("The capture time is in the future"));
        // A choice not made yet stays quiet until the coach tries to upload.
        QVERIFY(!form.findChild<QLabel *>(QStringLiteral("athleteError"))->isVisible());
        form.setShowRequiredErrors(true);
        QCOMPARE(form.errorShownFor(QStringLiteral("athlete_id")), QStringLiteral("Choose the athlete"));
        // The error sits in the grid right under its field.
        auto *activityBox = form.findChild<QComboBox *>(QStringLiteral("activityBox"));
        QVERIFY(activityError->geometry().top() >= activityBox->geometry().bottom());
        QCOMPARE(activityError->geometry().left(), activityBox->geometry().left());

        form.setUploadState(false, QStringLiteral("Choose the activity first"));
        auto *upload = form.uploadButton();
        QVERIFY(!upload->isEnabled());
        QCOMPARE(form.findChild<QLabel *>(QStringLiteral("uploadReason"))->text(),
                 QStringLiteral("Choose the activity first"));

        form.setFieldErrors({});
        QVERIFY(!activityError->isVisible());
        QVERIFY(form.errorShownFor(QStringLiteral("capture_time")).isEmpty());
    }
};

QTEST_MAIN(TestCaptureForm)
#include "tst_captureform.moc"
