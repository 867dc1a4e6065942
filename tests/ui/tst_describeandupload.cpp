#include "athletepicker.h"
#include "captureform.h"
#include "mainwindow.h"
#include "readylistmodel.h"
#include "sessiongrouppicker.h"
#include "testvideo.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
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
        QCOMPARE(window.addPaths(m_clips), 2);
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
        QCOMPARE(window.addPaths(m_clips), 2);
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
        QCOMPARE(window.addPaths(m_clips), 2);
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
        QCOMPARE(window.addPaths({ recording }), 1);
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

    void aMissingChoiceDisablesUploadAndSaysWhy()
    {
        MainWindow window;
        window.show();
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes({ { QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001"),
                                               QStringLiteral("Ada Li"), QString(), QString() } });
        window.addPaths({ m_clips.at(0) });
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
