#include "athletepicker.h"
#include "captureform.h"
#include "mainwindow.h"
#include "readylistmodel.h"
#include "sessiongrouppicker.h"
#include "testvideo.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

Q_DECLARE_METATYPE(QList<MainWindow::UploadRequest>)

// Describing a batch in the real window and pressing Upload produces one
// request per clip whose JSON is exactly what the coach chose; anything
// missing keeps Upload disabled and says why, next to the field.
class TestDescribeAndUpload : public QObject
{
    Q_OBJECT

private:
    QStringList m_clips;

    static QString makeClip(const QString &name, QSize size = QSize(320, 240), double seconds = 0.5)
    {
        TestVideo video;
        video.path = TestVideo::scratchPath(name);
        video.seconds = seconds;
        video.size = size;
        video.audio = false;
        return video.make().isEmpty() ? video.path : QString();
    }

    static QStringList selectedPaths(MainWindow &window)
    {
        QStringList paths;
        const QModelIndexList rows
            = window.findChild<QListView *>(QStringLiteral("readyList"))->selectionModel()->selectedIndexes();
        for (const QModelIndex &index : rows)
            paths << index.data(ReadyListModel::PathRole).toString();
        paths.sort();
        return paths;
    }

    static void select(MainWindow &window, const QStringList &paths)
    {
        auto *list = window.findChild<QListView *>(QStringLiteral("readyList"));
        QItemSelection selection;
        for (const QString &path : paths) {
            const QModelIndex index = window.readyModel()->indexOf(path);
            selection.select(index, index);
        }
        list->selectionModel()->select(selection, QItemSelectionModel::ClearAndSelect);
    }

    // Adds the clips as a drop does, then waits until their headers are read
    // (on threads of their own; the rows fill in after).
    static int addAndRead(MainWindow &window, const QStringList &paths)
    {
        const int added = window.addPaths(paths);
        QElapsedTimer clock;
        clock.start();
        while (window.readyModel()->readingCount() > 0 && clock.elapsed() < 10000)
            QTest::qWait(10);
        return window.readyModel()->readingCount() == 0 ? added : -1;
    }

    // Describes the selected clips for `athleteId`: golf full swing, down-the-line, right-handed.
    static void describe(CaptureForm *form, const QString &athleteId)
    {
        QVERIFY(form->athletePicker()->setCurrentId(athleteId));
        form->findChild<QToolButton *>(QStringLiteral("downTheLineButton"))->click();
        form->setActivity(QStringLiteral("golf"));
        form->setMovement(QStringLiteral("full_swing"));
        QTRY_VERIFY(form->findChild<QComboBox *>(QStringLiteral("dimension_handedness")));
        form->setDimensionValue(QStringLiteral("handedness"), QStringLiteral("right"));
        QTRY_VERIFY(form->uploadButton()->isEnabled());
    }

private slots:
    void initTestCase()
    {
        qRegisterMetaType<QList<MainWindow::UploadRequest>>();
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        const QList<QPair<QString, QString>> clips { { QStringLiteral("swing-001.mov"),
                                                       QStringLiteral("2026-05-13T12:00:00Z") },
                                                     { QStringLiteral("swing-002.mov"), QString() } };
        for (const auto &clip : clips) {
            TestVideo video;
            video.path = TestVideo::scratchPath(clip.first);
            video.seconds = 0.5;
            video.audio = false;
            video.creationTime = clip.second;
            const QString error = video.make();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            m_clips << video.path;
        }
    }

    void uploadSendsTheChoicesAsJson()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
                                               QStringLiteral("Ada Li"), QString(), QString() },
                                             { QStringLiteral("bbbbbbbb-bbbb-cccc-dddd-eeeeeeeeeeee"),
                                               QStringLiteral("Ben Ko"), QString(), QString() } });
        QCOMPARE(addAndRead(window, m_clips), 2);
        QCOMPARE(form->videoCount(), 2); // new clips are selected for describing
        auto *upload = form->uploadButton();
        QCOMPARE(upload->text(), QStringLiteral("Upload 2 clips"));
        QVERIFY(!upload->isEnabled());

        QVERIFY(form->athletePicker()->setCurrentId(QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")));
        const QString group = form->sessionGroupPicker()->createGroup(QStringLiteral("Tuesday range session"));
        form->findChild<QToolButton *>(QStringLiteral("frontOnButton"))->click();
        form->setActivity(QStringLiteral("golf"));
        form->setMovement(QStringLiteral("full_swing"));
        form->setDimensions({ { QStringLiteral("handedness"),
                                QStringLiteral("Handedness"),
                                { QStringLiteral("left"), QStringLiteral("right") } } });
        QVERIFY(!upload->isEnabled()); // handedness is required and not chosen yet
        form->setDimensionValue(QStringLiteral("handedness"), QStringLiteral("left"));
        form->setCameraExtras({ { QStringLiteral("lens"), QStringLiteral("wide") } });
        QVERIFY2(upload->isEnabled(), qPrintable(window.findChild<QLabel *>(QStringLiteral("uploadReason"))->text()));

        QSignalSpy spy(&window, &MainWindow::uploadRequested);
        QTest::mouseClick(upload, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto requests = spy.at(0).at(0).value<QList<MainWindow::UploadRequest>>();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).path, m_clips.at(0));

        const QJsonObject first = requests.at(0).body;
        const QJsonObject expected = QJsonDocument::fromJson(R"({
            "athlete_id": "aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee",
            "file_name": "swing-001.mov",
            "capture_time": "2026-05-13T12:00:00.000Z",
            "camera_configuration": {"camera_setup_selection": "single.front_on",
                                     "camera_orientation": "landscape", "lens": "wide"},
            "movement_attributes": {"activity": "golf", "movement": "full_swing", "handedness": "left"}
        })")
                                         .object();
        QJsonObject withoutGroup = first;
        QCOMPARE(withoutGroup.take(QStringLiteral("session_group_id")).toString(), group);
        QCOMPARE(withoutGroup, expected);

        // The second clip has no creation time: its file time is used, never a time in the future.
        const QJsonObject second = requests.at(1).body;
        QCOMPARE(second.value(QStringLiteral("file_name")).toString(), QStringLiteral("swing-002.mov"));
        const QDateTime time
            = QDateTime::fromString(second.value(QStringLiteral("capture_time")).toString(), Qt::ISODateWithMs);
        QCOMPARE(time, QFileInfo(m_clips.at(1)).lastModified().toUTC());
        QVERIFY(time <= QDateTime::currentDateTimeUtc());

        // Queued clips leave the ready list; the athlete is now the most recent one.
        QCOMPARE(window.readyModel()->videoCount(), 0);
        QCOMPARE(form->athletePicker()->comboBox()->itemText(0), QStringLiteral("Ada Li"));
    }

    // A coach who fills the movement in before choosing the athlete keeps it:
    // only a previous athlete's choices are not carried over.
    void choicesMadeBeforeTheAthleteStay()
    {
        const QString cy = QStringLiteral("aaaaaaaa-1111-4000-8000-00000000000c");
        MainWindow window;
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { cy, QStringLiteral("Cy Ode"), QString(), QString() } });
        form->setActivity(QStringLiteral("golf"));
        form->setMovement(QStringLiteral("full_swing"));
        QTRY_VERIFY(form->findChild<QComboBox *>(QStringLiteral("dimension_handedness")));
        form->setDimensionValue(QStringLiteral("handedness"), QStringLiteral("left"));
        QVERIFY(form->athletePicker()->setCurrentId(cy));
        QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("dimension_handedness"))->currentData().toString(),
                 QStringLiteral("left"));
    }

    // Tab walks the choices in the order they are asked, also while the
    // movement's dimensions come and go as the coach types.
    void tabFollowsTheChoices()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        CaptureForm *form = window.captureForm();
        auto *activity = form->findChild<QComboBox *>(QStringLiteral("activityBox"));
        activity->setFocus();
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("gol"));
        QTest::qWait(100);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName().isEmpty()
                     ? QApplication::focusWidget()->parentWidget()->objectName()
                     : QApplication::focusWidget()->objectName(),
                 QStringLiteral("movementBox"));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("full"));
        QTest::qWait(100); // a coach's next key comes later: the new box is shown by then
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget()->objectName(), QStringLiteral("dimension_handedness"));
        QCOMPARE(form->choices().activity, QStringLiteral("golf"));
        QCOMPARE(form->choices().movement, QStringLiteral("full_swing"));
    }

    // Nothing asked twice: what was chosen for an athlete comes back with
    // them, in italics until confirmed; another athlete's handedness does not
    // carry over; an athlete without a session today gets one for the day.
    void eachAthletesChoicesComeBackWithThem()
    {
        const QString ada = QStringLiteral("aaaaaaaa-1111-4000-8000-000000000001");
        const QString ben = QStringLiteral("aaaaaaaa-1111-4000-8000-000000000002");
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { ada, QStringLiteral("Ada Park"), QString(), QString() },
                                             { ben, QStringLiteral("Ben Ode"), QString(), QString() } });
        QCOMPARE(addAndRead(window, m_clips), 2);
        QVERIFY(form->athletePicker()->setCurrentId(ada));
        // Ada has no session today: one named for the day is offered and chosen.
        QVERIFY(form->sessionGroupPicker()->isPendingCurrent());
        const QString offered = form->choices().sessionGroupId;
        QVERIFY(!offered.isEmpty());
        QCOMPARE(form->choices().sessionGroupName, SessionGroupPicker::todaysName());
        form->findChild<QToolButton *>(QStringLiteral("downTheLineButton"))->click();
        form->setActivity(QStringLiteral("golf"));
        form->setMovement(QStringLiteral("full_swing"));
        QTRY_VERIFY(form->findChild<QComboBox *>(QStringLiteral("dimension_handedness")));
        form->setDimensionValue(QStringLiteral("handedness"), QStringLiteral("left"));
        QVERIFY(form->prefilledFields().isEmpty());
        QSignalSpy spy(&window, &MainWindow::uploadRequested);
        QTRY_VERIFY2(form->uploadButton()->isEnabled(),
                     qPrintable(window.findChild<QLabel *>(QStringLiteral("uploadReason"))->text()));
        form->clickUpload();
        QCOMPARE(spy.count(), 1);
        const auto requests = spy.at(0).at(0).value<QList<MainWindow::UploadRequest>>();
        QCOMPARE(requests.first().body.value(QStringLiteral("session_group_id")).toString(), offered);
        // The offered group is kept, under the id it was sent with.
        QCOMPARE(SessionGroupPicker::groupsOf(ada).size(), 1);
        QCOMPARE(SessionGroupPicker::groupsOf(ada).first().id, offered);
        QVERIFY(!form->sessionGroupPicker()->isPendingCurrent());

        // Ben: nothing remembered; his handedness is asked, not Ada's reused.
        QCOMPARE(addAndRead(window, m_clips), 2);
        QVERIFY(form->athletePicker()->setCurrentId(ben));
        auto *hand = form->findChild<QComboBox *>(QStringLiteral("dimension_handedness"));
        QVERIFY(hand);
        QVERIFY(hand->currentData().toString().isEmpty());
        QVERIFY(form->prefilledFields().isEmpty());

        // Ada again: all of it back, marked, Upload possible at once.
        QVERIFY(form->athletePicker()->setCurrentId(ada));
        hand = form->findChild<QComboBox *>(QStringLiteral("dimension_handedness"));
        QCOMPARE(hand->currentData().toString(), QStringLiteral("left"));
        QCOMPARE(form->choices().cameraSetup, QStringLiteral("single.down_the_line"));
        QCOMPARE(form->choices().activity, QStringLiteral("golf"));
        QCOMPARE(form->choices().movement, QStringLiteral("full_swing"));
        QCOMPARE(form->choices().sessionGroupId, offered); // today's session, chosen again
        const QStringList marked = form->prefilledFields();
        for (const QString &field : { QStringLiteral("downTheLineButton"), QStringLiteral("activityBox"),
                                      QStringLiteral("movementBox"), QStringLiteral("dimension_handedness") })
            QVERIFY2(marked.contains(field), qPrintable(marked.join(QLatin1Char(' '))));
        QVERIFY(hand->font().italic());
        auto *hint = window.findChild<QLabel *>(QStringLiteral("prefillHint"));
        QVERIFY(hint->isVisible());
        QVERIFY2(hint->text().contains(QStringLiteral("Ada Park")), qPrintable(hint->text()));
        QTRY_VERIFY(form->uploadButton()->isEnabled());
        // A field the coach changes is no longer marked; the others stay.
        hand->setCurrentIndex(hand->findData(QStringLiteral("right")));
        QVERIFY(!form->prefilledFields().contains(QStringLiteral("dimension_handedness")));
        QVERIFY(!hand->font().italic());
        QVERIFY(form->prefilledFields().contains(QStringLiteral("activityBox")));
        // Uploading confirms the rest, and remembers the change.
        form->clickUpload();
        QCOMPARE(spy.count(), 2);
        QVERIFY(form->prefilledFields().isEmpty());
        QVERIFY(!hint->isVisible());
        QCOMPARE(AthleteDefaults().of(ada)->dimensions.first(),
                 qMakePair(QStringLiteral("handedness"), QStringLiteral("right")));
    }

    // A phone's .mp4 with two parts marked: two clips of their own, named
    // after the recording, each filmed when its part started.
    void markedPartsBecomeClipsOfTheirOwn()
    {
        const QString recording = TestVideo::scratchPath(QStringLiteral("VID_20261203_101456.mp4"));
        QCOMPARE(TestVideo::makeCameraClip(recording, QStringLiteral("android"), 8), QString());
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
                                               QStringLiteral("Ada Li"), QString(), QString() } });
        QCOMPARE(addAndRead(window, { recording }), 1);
        const QString summary = window.readyModel()->index(0).data(ReadyListModel::SummaryRole).toString();
        QVERIFY2(summary.contains(QStringLiteral("240 fps slow motion, plays at 30 fps")), qPrintable(summary));
        QVERIFY2(summary.contains(QStringLiteral("filmed")), qPrintable(summary));
        window.readyModel()->setRanges(recording, { { 1000, 2500 }, { 4000, 6000 } });
        QVERIFY(window.readyModel()
                    ->index(0)
                    .data(ReadyListModel::SummaryRole)
                    .toString()
                    .contains(QStringLiteral("split into 2 clips")));
        auto *upload = form->uploadButton();
        QVERIFY(form->athletePicker()->setCurrentId(QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee")));
        form->sessionGroupPicker()->createGroup(QStringLiteral("Range session"));
        form->findChild<QToolButton *>(QStringLiteral("downTheLineButton"))->click();
        form->setActivity(QStringLiteral("golf"));
        form->setMovement(QStringLiteral("full_swing"));
        form->setDimensions({ { QStringLiteral("handedness"),
                                QStringLiteral("Handedness"),
                                { QStringLiteral("left"), QStringLiteral("right") } } });
        form->setDimensionValue(QStringLiteral("handedness"), QStringLiteral("right"));
        QVERIFY2(upload->isEnabled(), qPrintable(window.findChild<QLabel *>(QStringLiteral("uploadReason"))->text()));
        QSignalSpy spy(&window, &MainWindow::uploadRequested);
        QTest::mouseClick(upload, Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto requests = spy.at(0).at(0).value<QList<MainWindow::UploadRequest>>();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).body.value(QStringLiteral("file_name")).toString(),
                 QStringLiteral("VID_20261203_101456-1.mov"));
        QCOMPARE(requests.at(1).body.value(QStringLiteral("file_name")).toString(),
                 QStringLiteral("VID_20261203_101456-2.mov"));
        QCOMPARE(requests.at(0).clipStartMs, qint64(1000));
        QCOMPARE(requests.at(1).clipEndMs, qint64(6000));
        QCOMPARE(requests.at(0).body.value(QStringLiteral("session_group_id")),
                 requests.at(1).body.value(QStringLiteral("session_group_id")));
        // Android stamps its stop (10:15:00) on an 8 s recording: it started at 10:14:52.
        QCOMPARE(requests.at(0).body.value(QStringLiteral("capture_time")).toString(),
                 QStringLiteral("2026-12-03T10:14:53.000Z"));
        QCOMPARE(requests.at(1).body.value(QStringLiteral("capture_time")).toString(),
                 QStringLiteral("2026-12-03T10:14:56.000Z"));
    }

    // Issue 22, as a coach met it: a landscape clip described for Ida made the
    // form say "Landscape" (read from the video) and that was remembered as
    // her orientation; her next batch, a 720×1280 phone clip, was then sent
    // with camera_orientation: landscape. What the video says is the clip's own.
    void aDetectedOrientationIsNotTheNextBatchs()
    {
        const QString ida = QStringLiteral("aaaaaaaa-2222-4000-8000-000000000001");
        const QString wide = makeClip(QStringLiteral("ida-wide.mov"), QSize(320, 180));
        const QString phone = makeClip(QStringLiteral("ida-phone.mov"), QSize(180, 320));
        QVERIFY(!wide.isEmpty() && !phone.isEmpty());
        const auto orientationSent = [](const MainWindow::UploadRequest &request) {
            return request.body.value(QStringLiteral("camera_configuration"))
                .toObject()
                .value(QStringLiteral("camera_orientation"))
                .toString();
        };
        {
            MainWindow window;
            window.show();
            CaptureForm *form = window.captureForm();
            form->athletePicker()->setAthletes({ { ida, QStringLiteral("Ida Berg"), QString(), QString() } });
            QCOMPARE(addAndRead(window, { wide }), 1);
            describe(form, ida);
            QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("orientationBox"))->currentText(),
                     QStringLiteral("Landscape — from the video"));
            QSignalSpy spy(&window, &MainWindow::uploadRequested);
            form->clickUpload();
            QCOMPARE(spy.count(), 1);
            QCOMPARE(orientationSent(spy.at(0).at(0).value<QList<MainWindow::UploadRequest>>().first()),
                     QStringLiteral("landscape"));
        }
        QVERIFY(AthleteDefaults().of(ida)->orientation.isEmpty());
        MainWindow window;
        window.show();
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { ida, QStringLiteral("Ida Berg"), QString(), QString() } });
        QCOMPARE(addAndRead(window, { phone }), 1);
        QVERIFY(form->athletePicker()->setCurrentId(ida));
        QVERIFY(form->prefilledFields().contains(QStringLiteral("movementBox"))); // the rest is as last time
        QVERIFY(!form->prefilledFields().contains(QStringLiteral("orientationBox")));
        QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("orientationBox"))->currentText(),
                 QStringLiteral("Portrait — from the video"));
        QTRY_VERIFY(form->uploadButton()->isEnabled());
        QSignalSpy spy(&window, &MainWindow::uploadRequested);
        form->clickUpload();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(orientationSent(spy.at(0).at(0).value<QList<MainWindow::UploadRequest>>().first()),
                 QStringLiteral("portrait"));
    }

    // A batch of both: each clip is sent with its own orientation.
    void aMixedBatchSendsEachClipsOwnOrientation()
    {
        const QString wide = makeClip(QStringLiteral("mixed-wide.mov"), QSize(320, 180));
        const QString phone = makeClip(QStringLiteral("mixed-phone.mov"), QSize(180, 320));
        const QString id = QStringLiteral("aaaaaaaa-2222-4000-8000-000000000002");
        MainWindow window;
        window.show();
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { id, QStringLiteral("Mo Diaz"), QString(), QString() } });
        QCOMPARE(addAndRead(window, { wide, phone }), 2);
        describe(form, id);
        QSignalSpy spy(&window, &MainWindow::uploadRequested);
        form->clickUpload();
        QCOMPARE(spy.count(), 1);
        QHash<QString, QString> sent;
        for (const MainWindow::UploadRequest &r : spy.at(0).at(0).value<QList<MainWindow::UploadRequest>>())
            sent.insert(QFileInfo(r.path).fileName(),
                        r.body.value(QStringLiteral("camera_configuration"))
                            .toObject()
                            .value(QStringLiteral("camera_orientation"))
                            .toString());
        QCOMPARE(sent.value(QStringLiteral("mixed-wide.mov")), QStringLiteral("landscape"));
        QCOMPARE(sent.value(QStringLiteral("mixed-phone.mov")), QStringLiteral("portrait"));
    }

    // Issue 22: adding clips selected every ready clip (also ones the coach
    // never picked), with the last athlete filled in. Adding clips never
    // changes the selection beyond the ones added, and never fills in an
    // athlete the coach did not pick for them.
    void addingClipsNeverChangesTheSelection()
    {
        const QString ada = QStringLiteral("aaaaaaaa-3333-4000-8000-000000000001");
        QStringList clips;
        for (const QString &name : { QStringLiteral("sel-a.mov"), QStringLiteral("sel-b.mov"),
                                     QStringLiteral("sel-c.mov"), QStringLiteral("sel-d.mov") })
            clips << makeClip(name);
        QVERIFY(!clips.contains(QString()));
        MainWindow window;
        window.show();
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { ada, QStringLiteral("Ada Park"), QString(), QString() } });
        // Nothing selected: the added clips become the selection.
        QCOMPARE(addAndRead(window, { clips.at(0), clips.at(1) }), 2);
        QCOMPARE(selectedPaths(window), (QStringList { clips.at(0), clips.at(1) }));
        // The coach picks A and describes it for Ada.
        select(window, { clips.at(0) });
        QCOMPARE(form->videoCount(), 1);
        QVERIFY(form->athletePicker()->setCurrentId(ada));
        // A clip added meanwhile (a hand-off, the watch folder) waits in the list.
        QCOMPARE(addAndRead(window, { clips.at(2) }), 1);
        QCOMPARE(selectedPaths(window), QStringList { clips.at(0) });
        QCOMPARE(form->choices().athleteId, ada);
        // With nothing selected, only the added clip is selected, and Ada is
        // not filled in for it.
        window.findChild<QListView *>(QStringLiteral("readyList"))->clearSelection();
        QCOMPARE(addAndRead(window, { clips.at(3) }), 1);
        QCOMPARE(selectedPaths(window), QStringList { clips.at(3) });
        QCOMPARE(form->videoCount(), 1);
        QVERIFY2(form->choices().athleteId.isEmpty(), qPrintable(form->choices().athleteName));
        QCOMPARE(form->uploadButton()->text(), QStringLiteral("Upload 1 clip"));
        // A's description stays with A; B was never described.
        select(window, { clips.at(0) });
        QCOMPARE(form->choices().athleteId, ada);
        select(window, { clips.at(1) });
        QVERIFY(form->choices().athleteId.isEmpty());
        // A and B together were described differently: the athlete is asked.
        select(window, { clips.at(0), clips.at(1) });
        QVERIFY(form->choices().athleteId.isEmpty());
        // A coach who picks the athlete first and the clips next keeps the athlete for them.
        window.findChild<QListView *>(QStringLiteral("readyList"))->clearSelection();
        QVERIFY(form->athletePicker()->setCurrentId(ada));
        select(window, { clips.at(1), clips.at(2) });
        QCOMPARE(form->choices().athleteId, ada);
        QCOMPARE(CaptureForm::Choices::fromJson(window.readyModel()->description(clips.at(2))).athleteId, ada);
    }

    // Issue 22: clips in the ready list were gone after a restart. Everything
    // in it comes back, with its marks and description, also after a crash
    // (the list is written as it changes); a clip whose file is gone says so.
    void theReadyListComesBackAfterACrash()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString file = dir.filePath(QStringLiteral("ready-list.json"));
        const QString crashed = dir.filePath(QStringLiteral("after-crash.json"));
        const QString ada = QStringLiteral("aaaaaaaa-4444-4000-8000-000000000001");
        const QString recording = makeClip(QStringLiteral("restore-long.mov"), QSize(320, 240), 3);
        const QString hevc = makeClip(QStringLiteral("restore-plain.mov"));
        const QString gone = makeClip(QStringLiteral("restore-gone.mov"));
        QVERIFY(!recording.isEmpty() && !hevc.isEmpty() && !gone.isEmpty());
        const QList<ClipRange> marks { { 500, 1200 }, { 2000, 2600 } };
        {
            MainWindow window;
            window.show();
            window.keepReadyListIn(file);
            CaptureForm *form = window.captureForm();
            form->athletePicker()->setAthletes({ { ada, QStringLiteral("Ada Park"), QString(), QString() } });
            QCOMPARE(addAndRead(window, { recording, hevc, gone }), 3);
            window.readyModel()->setRanges(recording, marks);
            select(window, { recording });
            QVERIFY(form->athletePicker()->setCurrentId(ada));
            form->findChild<QToolButton *>(QStringLiteral("frontOnButton"))->click();
            // Written as it changes: what a crash now leaves behind.
            QTest::qWait(300);
            QVERIFY(QFile::copy(file, crashed));
        }
        QVERIFY(QFile::remove(gone));
        MainWindow window;
        window.show();
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { ada, QStringLiteral("Ada Park"), QString(), QString() } });
        window.keepReadyListIn(crashed);
        ReadyListModel *ready = window.readyModel();
        QCOMPARE(ready->videoPaths(), (QStringList { recording, hevc }));
        QCOMPARE(ready->rejectedCount(), 1);
        QVERIFY2(ready->indexOf(gone)
                     .data(ReadyListModel::ProblemRole)
                     .toString()
                     .contains(QStringLiteral("No longer there")),
                 qPrintable(ready->indexOf(gone).data(ReadyListModel::ProblemRole).toString()));
        QCOMPARE(ready->info(recording).ranges, marks);
        QVERIFY(selectedPaths(window).isEmpty()); // nothing selected behind the coach's back
        select(window, { recording });
        QCOMPARE(form->choices().athleteId, ada);
        QCOMPARE(form->choices().cameraSetup, QStringLiteral("single.front_on"));
        QCOMPARE(form->uploadButton()->text(), QStringLiteral("Upload 2 clips"));
        select(window, { hevc });
        QVERIFY(form->choices().athleteId.isEmpty());

        // Selected before the roster has arrived: the athlete chosen for the
        // clip is not lost, and is shown once the roster is there.
        {
            MainWindow early;
            early.keepReadyListIn(crashed);
            select(early, { recording });
            QVERIFY(early.captureForm()->choices().athleteId.isEmpty()); // not known yet
            QCOMPARE(early.captureForm()->choices().cameraSetup, QStringLiteral("single.front_on"));
            early.showAthletes({ { ada, QStringLiteral("Ada Park"), QString(), QString() } });
            QCOMPARE(early.captureForm()->choices().athleteId, ada);
            QCOMPARE(CaptureForm::Choices::fromJson(early.readyModel()->description(recording)).athleteId, ada);
        }

        // A damaged file is kept aside, never overwritten, and the list starts empty.
        const QString damaged = dir.filePath(QStringLiteral("damaged.json"));
        QFile out(damaged);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("{\"videos\": [ {\"path\": ");
        out.close();
        MainWindow third;
        third.keepReadyListIn(damaged);
        QCOMPARE(third.readyModel()->rowCount(), 0);
        QVERIFY(QFile::exists(damaged + QStringLiteral(".unreadable")));
    }

    // A file with no recorded time: the list shows its date as the file's, as
    // the preview does, never as "filmed".
    void aFileDateIsNotCalledFilmed()
    {
        MainWindow window;
        QCOMPARE(addAndRead(window, m_clips), 2);
        const QString withTime
            = window.readyModel()->indexOf(m_clips.at(0)).data(ReadyListModel::SummaryRole).toString();
        const QString without
            = window.readyModel()->indexOf(m_clips.at(1)).data(ReadyListModel::SummaryRole).toString();
        QVERIFY2(withTime.contains(QStringLiteral("filmed ")), qPrintable(withTime));
        QVERIFY2(!without.contains(QStringLiteral("filmed")), qPrintable(without));
        QVERIFY2(without.contains(QStringLiteral("file saved ")), qPrintable(without));
    }

    // A row of the ready list is as tall as its facts wrap: a split clip
    // with a file date said "· split into" and lost "2 clips" below four lines.
    void aRowShowsAllItsFacts()
    {
        const QString recording = makeClip(QStringLiteral("row-facts-long-name.mov"), QSize(320, 240), 3);
        MainWindow window;
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(addAndRead(window, { recording }), 1);
        window.readyModel()->setRanges(recording, { { 0, 1000 }, { 1500, 2500 } });
        auto *list = window.findChild<QListView *>(QStringLiteral("readyList"));
        const QModelIndex row = window.readyModel()->indexOf(recording);
        const QString facts = row.data(ReadyListModel::SummaryRole).toString();
        QFont bold = list->font();
        bold.setBold(true);
        const int textWidth = list->viewport()->width() - 8 - 96 - 8;
        const int needed = QFontMetrics(bold).height() + 4
            + QFontMetrics(list->font()).boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, facts).height();
        QVERIFY2(
            QFontMetrics(list->font()).boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, facts).height()
                > 3 * QFontMetrics(list->font()).height(),
            "the facts should wrap to four lines here");
        QTRY_VERIFY2(list->visualRect(row).height() >= needed + 8,
                     qPrintable(QStringLiteral("%1 px for %2 px of text: %3")
                                    .arg(list->visualRect(row).height())
                                    .arg(needed)
                                    .arg(facts)));
    }

    void aMissingChoiceDisablesUploadAndSaysWhy()
    {
        MainWindow window;
        window.show();
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"),
                                               QStringLiteral("Ada Li"), QString(), QString() } });
        addAndRead(window, { m_clips.at(0) });
        form->athletePicker()->setCurrentId(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"));
        form->sessionGroupPicker()->createGroup(QStringLiteral("Range"));
        form->setActivity(QStringLiteral("golf"));
        form->setMovement(QStringLiteral("full_swing"));
        // No camera setup chosen.
        auto *upload = form->uploadButton();
        QVERIFY(!upload->isEnabled());
        auto *reason = window.findChild<QLabel *>(QStringLiteral("uploadReason"));
        QVERIFY(reason->isVisible());
        QVERIFY2(reason->text().contains(QStringLiteral("front-on or down-the-line")), qPrintable(reason->text()));
        QCOMPARE(upload->toolTip(), reason->text());

        // Trying anyway (Ctrl+Enter) queues nothing and points at the field.
        QSignalSpy spy(&window, &MainWindow::uploadRequested);
        window.findChild<QAction *>(QStringLiteral("actionUpload"))->trigger();
        QCOMPARE(spy.count(), 0);
        QCOMPARE(form->errorShownFor(QStringLiteral("camera_configuration.camera_setup_selection")),
                 QStringLiteral("Choose how the camera was set up: front-on or down-the-line"));

        form->findChild<QToolButton *>(QStringLiteral("downTheLineButton"))->click();
        // The catalogue requires golf's handedness for a full swing.
        QVERIFY(!upload->isEnabled());
        QVERIFY(form->findChild<QComboBox *>(QStringLiteral("dimension_handedness")));
        form->setDimensionValue(QStringLiteral("handedness"), QStringLiteral("right"));
        QVERIFY2(upload->isEnabled(), qPrintable(window.findChild<QLabel *>(QStringLiteral("uploadReason"))->text()));
        QVERIFY(form->errorShownFor(QStringLiteral("camera_configuration.camera_setup_selection")).isEmpty());
        QVERIFY(!reason->isVisible());

        // CaptureSpec's own rules: a capture time in the future is refused next to the field.
        form->setCaptureTime(QDateTime::currentDateTimeUtc().addDays(1));
        QVERIFY(!upload->isEnabled());
        QVERIFY2(!form->errorShownFor(QStringLiteral("capture_time")).isEmpty(), qPrintable(reason->text()));
        form->setCaptureTime(QDateTime::currentDateTimeUtc().addSecs(-3600));
        QVERIFY(upload->isEnabled());
        QVERIFY(form->errorShownFor(QStringLiteral("capture_time")).isEmpty());

        // Further rules plug in and their messages show next to the field.
        window.setCaptureValidator([](const QJsonObject &body) {
            QList<MainWindow::Validation> errors;
            if (body.value(QStringLiteral("movement_attributes"))
                    .toObject()
                    .value(QStringLiteral("activity"))
                    .toString()
                    .size()
                > 3)
                errors.append({ QStringLiteral("movement_attributes.activity"), QStringLiteral("too_long"),
                                QStringLiteral("At most 3 characters here") });
            return errors;
        });
        QVERIFY(!upload->isEnabled());
        QCOMPARE(form->errorShownFor(QStringLiteral("movement_attributes.activity")),
                 QStringLiteral("At most 3 characters here"));
    }
};

QTEST_MAIN(TestDescribeAndUpload)
#include "tst_describeandupload.moc"
