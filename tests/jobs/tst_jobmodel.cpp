#include "api/client/upliftclient.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/upliftcaptureapi.h"
#include "jobs/store/jobstore.h"
#include "jobs/words/jobmodel.h"
#include "settings/sessiongroups.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

// The model over a real queue that is never started: nothing is sent, the
// jobs stay queued, and the model's rows, roles and signals can be checked.
class tst_JobModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir {
        QDir(qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath())).filePath(QStringLiteral("jm-XXXXXX"))
    };
    QNetworkAccessManager m_network;
    UpliftClient m_client { &m_network };
    UpliftCaptureApi m_api { &m_client };

    QString makeFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray(1234, 'v'));
        return path;
    }

    UploadJob jobFor(const QString &name, const QString &athlete)
    {
        UploadJob j;
        j.filePath = makeFile(name);
        j.athleteId = QStringLiteral("a-%1").arg(athlete);
        j.athleteName = athlete;
        j.activity = QStringLiteral("golf");
        j.movement = QStringLiteral("full_swing");
        j.sessionGroupId = QStringLiteral("g1");
        return j;
    }

private slots:
    // The session group's name as the coach gave it; its UUID in the tooltip.
    void sessionGroupsByName()
    {
        JobStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("groups.sqlite"))));
        JobQueue queue(&store, &m_api);
        JobModel model(&queue);
        const std::optional<SessionGroups::Group> group
            = SessionGroups().create(QStringLiteral("a-Bob"), QStringLiteral("Tuesday range session"));
        QVERIFY(group);
        UploadJob named = jobFor(QStringLiteral("named.mov"), QStringLiteral("Bob"));
        named.sessionGroupId = group->id;
        queue.enqueue(named);
        queue.enqueue(jobFor(QStringLiteral("other.mov"), QStringLiteral("Bob"))); // "g1": not on this computer
        QCOMPARE(model.index(0, JobModel::SessionGroup).data().toString(), QStringLiteral("Tuesday range session"));
        QCOMPARE(model.index(0, JobModel::SessionGroup).data(Qt::ToolTipRole).toString(), group->id);
        QCOMPARE(model.index(1, JobModel::SessionGroup).data().toString(), QStringLiteral("Session g1"));
        // A UUID named nowhere here shows its first characters, the whole id in the tooltip.
        UploadJob foreign = jobFor(QStringLiteral("cli.mov"), QStringLiteral("Bob"));
        foreign.sessionGroupId = QStringLiteral("08d45d41-c523-457c-89b0-26b638f097bc");
        queue.enqueue(foreign);
        QCOMPARE(model.index(2, JobModel::SessionGroup).data().toString(), QStringLiteral("Session 08d45d41"));
        QCOMPARE(model.index(2, JobModel::SessionGroup).data(Qt::ToolTipRole).toString(), foreign.sessionGroupId);
    }

    void rowsRolesAndHeader()
    {
        JobStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("model.sqlite"))));
        JobQueue queue(&store, &m_api);
        JobModel model(&queue);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

        QCOMPARE(model.columnCount(), int(JobModel::ColumnCount));
        QCOMPARE(model.headerData(JobModel::File, Qt::Horizontal).toString(), QStringLiteral("File"));
        QCOMPARE(model.headerData(JobModel::Eta, Qt::Horizontal).toString(), QStringLiteral("Time left"));
        QCOMPARE(model.headerData(JobModel::LastError, Qt::Horizontal).toString(), QStringLiteral("Last error"));

        const qint64 a = queue.enqueue(jobFor(QStringLiteral("a.mov"), QStringLiteral("Ann")));
        const qint64 b = queue.enqueue(jobFor(QStringLiteral("b.mov"), QStringLiteral("Bob")));
        const qint64 c = queue.enqueue(jobFor(QStringLiteral("c.mov"), QStringLiteral("Cy")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.jobIdAt(0), a);
        QCOMPARE(model.index(1, JobModel::File).data().toString(), QStringLiteral("b.mov"));
        QVERIFY(
            model.index(1, JobModel::File).data(JobModel::RawValueRole).toString().endsWith(QLatin1String("/b.mov")));
        QCOMPARE(model.index(1, JobModel::Athlete).data().toString(), QStringLiteral("Bob"));
        // The coach's words, the identifiers in the tooltip.
        QCOMPARE(model.index(1, JobModel::Movement).data().toString(), QStringLiteral("Golf · Full swing"));
        QCOMPARE(model.index(1, JobModel::Movement).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("golf / full_swing"));
        QCOMPARE(model.index(1, JobModel::State).data().toString(), UploadJob::stateText(UploadJob::State::Queued));
        QCOMPARE(model.index(1, JobModel::State).data(JobModel::RawValueRole).toInt(), int(UploadJob::State::Queued));
        QCOMPARE(model.index(1, JobModel::Progress).data(JobModel::RawValueRole).toDouble(), 0.0);
        QCOMPARE(model.index(1, JobModel::Eta).data(JobModel::RawValueRole).toLongLong(), -1);
        // No failed attempt: nothing shown (not "0"), still sortable as 0.
        QCOMPARE(model.headerData(JobModel::Attempts, Qt::Horizontal).toString(), QStringLiteral("Retries"));
        QCOMPARE(model.index(1, JobModel::Attempts).data().toString(), QString());
        QCOMPARE(model.index(1, JobModel::Attempts).data(JobModel::RawValueRole).toInt(), 0);
        QCOMPARE(model.index(2, JobModel::Speed).data(JobModel::JobIdRole).toLongLong(), c);
        QCOMPARE(model.index(2, JobModel::Speed).data(JobModel::RestartsFromZeroRole).toBool(), false);

        // Reordering keeps persistent indexes (the view's selection) on their job.
        QPersistentModelIndex onC(model.index(2, JobModel::State));
        queue.moveToTop(c);
        QCOMPARE(model.jobIdAt(0), c);
        QCOMPARE(onC.row(), 0);
        QCOMPARE(onC.data(JobModel::JobIdRole).toLongLong(), c);

        // A state change repaints the row at once.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        queue.cancel(b);
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(model.rowOf(b), JobModel::State).data().toString(),
                 UploadJob::stateText(UploadJob::State::Cancelled));

        queue.remove(a);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.rowOf(a), -1);
    }

    // Names and errors from a server shown in the job list: no control
    // character reaches the view (a newline would break the row, a bidi
    // override would disguise a name); the raw values stay in RawValueRole.
    void displayTextHasNoControlCharacters()
    {
        JobStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("control.sqlite"))));
        JobQueue queue(&store, &m_api);
        JobModel model(&queue);
        UploadJob job = jobFor(QStringLiteral("line\nbreak.mov"), QStringLiteral("Eve\x1b[31m\r\nForged\u202E"));
        job.movement = QStringLiteral("full\tswing");
        const qint64 id = queue.enqueue(job);
        QVERIFY(id);
        const int row = model.rowOf(id);
        for (int column = 0; column < model.columnCount(); ++column) {
            const QString shown = model.index(row, column).data().toString();
            for (const QChar c : shown)
                QVERIFY2(c.unicode() >= 0x20 && c.unicode() != 0x7f && c.unicode() != 0x202e
                             && !(c.unicode() >= 0x80 && c.unicode() <= 0x9f),
                         qPrintable(QStringLiteral("column %1: %2").arg(column).arg(shown)));
        }
        QCOMPARE(model.index(row, JobModel::Athlete).data().toString(), QStringLiteral("Eve␛[31m␍␊Forged<U+202E>"));
        QCOMPARE(model.index(row, JobModel::File).data().toString(), QStringLiteral("line␊break.mov"));
        QVERIFY(model.index(row, JobModel::File)
                    .data(JobModel::RawValueRole)
                    .toString()
                    .endsWith(QStringLiteral("line\nbreak.mov")));
    }

    void progressIsCoalesced()
    {
        JobStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("coalesce.sqlite"))));
        JobQueue queue(&store, &m_api);
        QList<qint64> ids;
        for (int i = 0; i < 5; ++i)
            ids << queue.enqueue(jobFor(QStringLiteral("p%1.mov").arg(i), QStringLiteral("P")));
        JobModel model(&queue);
        model.setProgressInterval(100);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        // 1,000 progress reports for rows 1..3 within a few milliseconds.
        for (int k = 0; k < 1000; ++k)
            emit queue.jobProgress(ids[1 + k % 3], k, 1000);
        QCOMPARE(changed.size(), 0); // nothing until the timer
        QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 1000);
        QTest::qWait(250);
        QCOMPARE(changed.size(), 1); // one signal for the burst...
        const QModelIndex topLeft = changed.first().at(0).toModelIndex();
        const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
        QCOMPARE(topLeft.row(), 1); // ...spanning every row that moved
        QCOMPARE(bottomRight.row(), 3);
        QCOMPARE(topLeft.column(), int(JobModel::Progress));
        QCOMPARE(bottomRight.column(), int(JobModel::Eta));

        // A steady stream gives about one update per interval, not one per report.
        changed.clear();
        QElapsedTimer clock;
        clock.start();
        while (clock.elapsed() < 600) {
            emit queue.jobProgress(ids[0], clock.elapsed(), 1000);
            QTest::qWait(5);
        }
        QTest::qWait(150);
        QVERIFY2(changed.size() >= 4 && changed.size() <= 8, qPrintable(QString::number(changed.size())));
    }

    void formats()
    {
        QCOMPARE(JobModel::formatDuration(65), QStringLiteral("1:05"));
        QCOMPARE(JobModel::formatDuration(3725), QStringLiteral("1:02:05"));
        QCOMPARE(JobModel::formatDuration(-1), QString());
        QCOMPARE(JobModel::formatSpeed(12345678), QStringLiteral("12.3 MB/s"));
        QCOMPARE(JobModel::formatSpeed(45000), QStringLiteral("45 kB/s"));
        QCOMPARE(JobModel::formatSpeed(0), QString());
    }

    // Issue 22, item 9: pausing the queue left every row saying "Queued". A waiting
    // job of a paused queue says "Paused" (the filters still see "queued"), and the
    // rows are repainted when the queue pauses and resumes.
    void waitingJobsOfAPausedQueueSayPaused()
    {
        JobStore store;
        QVERIFY(store.open(m_dir.filePath(QStringLiteral("paused.sqlite"))));
        JobQueue queue(&store, &m_api);
        JobModel model(&queue);
        queue.enqueue(jobFor(QStringLiteral("p1.mov"), QStringLiteral("Ann")));
        queue.enqueue(jobFor(QStringLiteral("p2.mov"), QStringLiteral("Bob")));
        const QString queued = UploadJob::stateText(UploadJob::State::Queued);
        QCOMPARE(model.index(1, JobModel::State).data().toString(), queued);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        queue.pause();
        QVERIFY(!changed.isEmpty());
        QCOMPARE(changed.last().at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(changed.last().at(1).value<QModelIndex>().row(), 1);
        QCOMPARE(model.index(0, JobModel::State).data().toString(), QStringLiteral("Paused"));
        QCOMPARE(model.index(1, JobModel::State).data().toString(), QStringLiteral("Paused"));
        QCOMPARE(model.index(1, JobModel::State).data(JobModel::StateNameRole).toString(), QStringLiteral("queued"));
        changed.clear();
        queue.resume();
        QVERIFY(!changed.isEmpty());
        QCOMPARE(model.index(1, JobModel::State).data().toString(), queued);
    }
};

QTEST_GUILESS_MAIN(tst_JobModel)
#include "tst_jobmodel.moc"
