#include "accountsettings.h"
#include "api/client/upliftclient.h"
#include "athletepicker.h"
#include "captureform.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/queueowner.h"
#include "jobs/store/jobstore.h"
#include "jobs/store/uploadjob.h"
#include "jobs/words/jobmodel.h"
#include "mainwindow.h"
#include "readylistmodel.h"
#include "sandbox/sandboxserver.h"
#include "sessiongrouppicker.h"
#include "testvideo.h"
#include "uploadsession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDirIterator>
#include <QDoubleSpinBox>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

// End to end through the real window: two generated clips are dropped in,
// described, and uploaded to the in-process sandbox; both reach "completed"
// in the job list, and each file was stored exactly once.
class TestUploadSession : public QObject
{
    Q_OBJECT

private slots:
    void twoClipsReachCompletedInTheJobList()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QTemporaryDir data(TestVideo::scratchPath(QStringLiteral("session-XXXXXX")));
        QVERIFY(data.isValid());

        SandboxOptions options;
        options.dataFolder = data.filePath(QStringLiteral("sandbox"));
        options.processingMs = 100;
        SandboxServer sandbox(options);
        QString problem;
        QVERIFY2(sandbox.start(&problem), qPrintable(problem));

        QStringList clips;
        for (const QString &name : { QStringLiteral("jump-001.mov"), QStringLiteral("jump-002.mov") }) {
            TestVideo video;
            video.path = data.filePath(name);
            video.seconds = 0.5;
            const QString error = video.make();
            QVERIFY2(error.isEmpty(), qPrintable(error));
            clips << video.path;
        }

        QueueOwner uploads;
        QVERIFY2(uploads.open(&problem, data.filePath(QStringLiteral("jobs.sqlite"))), qPrintable(problem));
        QVERIFY2(uploads.connectApi(sandbox.baseUrl(), &problem, false), qPrintable(problem));
        uploads.client()->setApiKey(sandbox.apiKey());
        JobQueue::Timing timing = uploads.queue()->timing();
        timing.statusFirst = std::chrono::milliseconds(100);
        timing.statusMax = std::chrono::milliseconds(300);
        uploads.queue()->setTiming(timing);

        MainWindow window;
        QVERIFY(window.useServer(sandbox.baseUrl(), sandbox.apiKey()));
        UploadSession session(&window, &uploads);
        session.start();
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        // The sandbox's roster reaches the picker over the API.
        CaptureForm *form = window.captureForm();
        QTRY_VERIFY_WITH_TIMEOUT(form->athletePicker()->athleteCount() >= 12, 10000);
        const QString athleteId = form->athletePicker()->comboBox()->itemData(0, AthletePicker::IdRole).toString();
        QVERIFY(!athleteId.isEmpty());

        QCOMPARE(window.addPaths(clips), 2);
        QVERIFY(form->athletePicker()->setCurrentId(athleteId));
        form->sessionGroupPicker()->createGroup(QStringLiteral("Thursday jumps"));
        form->findChild<QToolButton *>(QStringLiteral("frontOnButton"))->click();
        form->setActivity(QStringLiteral("agility"));
        form->setMovement(QStringLiteral("5_0_5"));
        form->setDimensions({});
        auto *upload = form->uploadButton();
        QTRY_VERIFY(upload->isEnabled());
        QTest::mouseClick(upload, Qt::LeftButton);

        QAbstractItemModel *jobs = window.jobTable()->model();
        QVERIFY(jobs);
        QTRY_COMPARE_WITH_TIMEOUT(jobs->rowCount(), 2, 5000);
        // The job list names the athlete as the picker does, not by id.
        const QString athleteName = form->athletePicker()->currentName();
        QVERIFY(!athleteName.isEmpty());
        QVERIFY(athleteName != athleteId);
        for (int row = 0; row < 2; ++row)
            QCOMPARE(jobs->index(row, JobModel::Athlete).data().toString(), athleteName);
        auto states = [jobs] {
            QStringList names;
            for (int row = 0; row < jobs->rowCount(); ++row)
                names << jobs->index(row, JobModel::State).data(JobModel::StateNameRole).toString();
            return names;
        };
        QTRY_COMPARE_WITH_TIMEOUT(states(), QStringList({ QStringLiteral("completed"), QStringLiteral("completed") }),
                                  60000);

        // Each clip is stored once, byte for byte.
        int stored = 0;
        QDirIterator it(sandbox.objectsFolder(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++stored;
        }
        QCOMPARE(stored, 2);
        QVERIFY(!window.uploadsActive());

        // Issue 22: the same clip added again and Upload pressed queued a
        // second identical job without a word. Now Upload asks first, naming
        // the clip, the athlete and when, and No (the default) queues nothing.
        QCOMPARE(window.addPaths({ clips.first() }), 1);
        QCOMPARE(form->videoCount(), 1);
        QVERIFY(form->athletePicker()->setCurrentId(athleteId)); // her choices come back as last time
        QTRY_VERIFY(upload->isEnabled());
        QTest::mouseClick(upload, Qt::LeftButton);
        QMessageBox *question = nullptr;
        QTRY_VERIFY((question = window.findChild<QMessageBox *>(QStringLiteral("uploadAgainQuestion"))));
        QVERIFY2(question->text().contains(QStringLiteral("jump-001.mov")), qPrintable(question->text()));
        QVERIFY2(question->text().contains(athleteName), qPrintable(question->text()));
        const QDateTime queuedAt = uploads.queue()->job(uploads.queue()->jobIds().first())->createdAt;
        QVERIFY2(question->text().contains(QLocale().toString(queuedAt.toLocalTime(), QLocale::ShortFormat)),
                 qPrintable(question->text()));
        QVERIFY2(question->text().contains(QStringLiteral("was uploaded")), qPrintable(question->text()));
        QCOMPARE(question->defaultButton(), question->button(QMessageBox::No));
        question->defaultButton()->click();
        QTest::qWait(300);
        QCOMPARE(jobs->rowCount(), 2);
        QVERIFY(window.readyModel()->contains(clips.first())); // still there, described
        // Asked again, the coach says yes: queued once more.
        QTest::mouseClick(upload, Qt::LeftButton);
        QTRY_VERIFY((question = window.findChild<QMessageBox *>(QStringLiteral("uploadAgainQuestion"))));
        question->button(QMessageBox::Yes)->click();
        QTRY_COMPARE_WITH_TIMEOUT(jobs->rowCount(), 3, 5000);
        QVERIFY(!window.readyModel()->contains(clips.first()));
    }

    // The window never waits for the keychain: without a key the queue waits
    // (no request leaves), and starts as soon as AccountSettings knows one;
    // the parallel uploads chosen in Settings reach the running queue.
    void theQueueWaitsForTheKeyAndFollowsTheSettings()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("UPLIFT_API_KEY");
        QTemporaryDir data(TestVideo::scratchPath(QStringLiteral("waiting-XXXXXX")));
        QVERIFY(data.isValid());
        SandboxOptions options;
        options.dataFolder = data.filePath(QStringLiteral("sandbox"));
        SandboxServer sandbox(options);
        QString problem;
        QVERIFY2(sandbox.start(&problem), qPrintable(problem));

        QueueOwner uploads;
        QVERIFY2(uploads.open(&problem, data.filePath(QStringLiteral("jobs.sqlite"))), qPrintable(problem));
        QVERIFY2(uploads.connectApi(sandbox.baseUrl(), &problem, /*requireKey=*/false), qPrintable(problem));
        QVERIFY(uploads.client()->apiKey().isEmpty());
        // A clip a previous run left in the queue.
        TestVideo video;
        video.path = data.filePath(QStringLiteral("left-over.mov"));
        video.seconds = 0.5;
        const QString made = video.make();
        QVERIFY2(made.isEmpty(), qPrintable(made));
        CaptureSpec spec;
        spec.athleteId = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
        spec.sessionGroupId = QStringLiteral("bbbbbbbb-0000-4000-8000-000000000001");
        spec.cameraSetup = QStringLiteral("single.front_on");
        spec.activity = QStringLiteral("agility");
        spec.movement = QStringLiteral("5_0_5");
        spec.fileName = QStringLiteral("left-over.mov");
        QVERIFY(uploads.queue()->enqueue(UploadJob::forCapture(video.path, spec), &problem) > 0);

        MainWindow window;
        UploadSession session(&window, &uploads);
        session.start();
        QVERIFY(session.isWaitingForKey());

        AccountSettings account(&window, QStringLiteral("uplift-capture-test-none"),
                                data.filePath(QStringLiteral("settings.ini")));
        session.follow(&account);
        account.useSandbox(sandbox.baseUrl(), sandbox.apiKey(), data.filePath(QStringLiteral("sandbox")));
        account.start();
        QTRY_VERIFY(!session.isWaitingForKey());
        QCOMPARE(uploads.client()->apiKey(), sandbox.apiKey());
        // The job list shows what the queue loaded from its store.
        QVERIFY(window.jobTable()->model());
        QCOMPARE(window.jobTable()->model()->rowCount(), 1);

        window.openSettings();
        auto *dialog = window.findChild<SettingsDialog *>();
        QVERIFY(dialog);
        dialog->findChild<QSpinBox *>(QStringLiteral("parallelSpin"))->setValue(5);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(uploads.queue()->parallel(), 5);
        QCOMPARE(uploads.queue()->bandwidthCap(), qint64(0));

        // The upload speed limit reaches the running queue at once, and leaves it when unticked.
        QTRY_VERIFY(!window.findChild<SettingsDialog *>()); // the closed dialog is deleted later
        window.openSettings();
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
        dialog->findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->setChecked(true);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateLimitSpin"))->setValue(4);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(uploads.queue()->bandwidthCap(), qint64(4) * 1024 * 1024);
        QCOMPARE(uploads.queue()->parallel(), 5);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        window.openSettings();
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
        dialog->findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->setChecked(false);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(uploads.queue()->bandwidthCap(), qint64(0));
    }
};

QTEST_MAIN(TestUploadSession)
#include "tst_uploadsession.moc"
