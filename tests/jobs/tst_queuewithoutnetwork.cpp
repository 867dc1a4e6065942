// The queue's routing and crash recovery without a socket: a real job store
// (SQLite in a temporary folder), the API answered by FakeCaptureApi.
#include "fakecaptureapi.h"
#include "jobs/run/jobqueue.h"
#include "jobs/store/jobstore.h"

#include <QTemporaryDir>
#include <QtTest>

using Kind = FakeCaptureApi::Kind;
using State = UploadJob::State;

class tst_QueueWithoutNetwork : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_clip;
    int m_store = 0;

    // A store holding one job for m_clip, left in `state` by a process that
    // died, with `lastLines` as its last history.
    std::unique_ptr<JobStore> storeWith(State state,
                                        const QList<std::pair<JobHistory::Step, JobHistory::Outcome>> &lastLines,
                                        const QString &sessionId = {})
    {
        auto store = std::make_unique<JobStore>();
        [&] { QVERIFY(store->open(m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(++m_store)))); }();
        UploadJob job;
        job.filePath = m_clip;
        job.fileSize = QFileInfo(m_clip).size();
        job.fileModified = QFileInfo(m_clip).lastModified().toUTC();
        job.athleteId = QStringLiteral("ath-1");
        job.activity = QStringLiteral("golf");
        job.movement = QStringLiteral("full_swing");
        job.specJson = R"({"athlete_id":"ath-1","activity":"golf","movement":"full_swing","file_name":"a.mov"})";
        JobHistoryEntry queued;
        queued.step = JobHistory::toString(JobHistory::Step::Enqueue);
        queued.outcome = JobHistory::toString(JobHistory::Outcome::Ok);
        [&] { QVERIFY(store->insert(&job, queued)); }();
        job.state = state;
        if (!sessionId.isEmpty()) {
            const CaptureApi::Reserved r = FakeCaptureApi::reservation(sessionId);
            job.sessionId = r.sessionId;
            job.uploadUrl = r.uploadUrl;
            job.uploadFields = r.uploadFields;
            job.uploadExpiresAt = r.uploadExpiresAt;
        }
        for (const auto &[step, outcome] : lastLines) {
            JobHistoryEntry e;
            e.jobId = job.id;
            e.at = QDateTime::currentDateTimeUtc();
            e.step = JobHistory::toString(step);
            e.outcome = JobHistory::toString(outcome);
            e.sessionId = job.sessionId;
            [&] { QVERIFY(store->save(job, e)); }();
        }
        return store;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(QStringLiteral("a.mov"));
        QFile f(m_clip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }

    void aReservationLostInACrashIsLookedForBeforeReservingAgain()
    {
        auto store = storeWith(State::Reserving, { { JobHistory::Step::Reserve, JobHistory::Outcome::Start } });
        FakeCaptureApi api;
        JobQueue queue(store.get(), &api);
        queue.setPreparedFolder(m_dir.filePath(QStringLiteral("prepared")));
        queue.start();
        QCOMPARE(api.calls().size(), 1);
        QCOMPARE(api.calls().constFirst().kind, Kind::ListCaptures);
        QCOMPARE(api.calls().constFirst().query.athleteId, QStringLiteral("ath-1"));
        const qint64 id = queue.jobIds().constFirst();
        QCOMPARE(queue.job(id)->state, State::Reserving); // asking
        api.answerList(id, QList<CaptureApi::Listed> {}); // not there: reserve again
        QTRY_COMPARE(api.callsOf(Kind::Reserve).size(), 1);
    }

    void anUploadCutByACrashIsAskedAboutAndNeverSentAgainWhenItArrived()
    {
        auto store = storeWith(State::Uploading, { { JobHistory::Step::Upload, JobHistory::Outcome::Start } },
                               QStringLiteral("s-cut"));
        FakeCaptureApi api;
        api.scriptStatus(FakeCaptureApi::Status { QStringLiteral("processing"), {} });
        JobQueue queue(store.get(), &api);
        JobQueue::Timing t;
        t.statusFirst = std::chrono::hours(1); // the follower's look is not this test's
        queue.setTiming(t);
        queue.setPreparedFolder(m_dir.filePath(QStringLiteral("prepared")));
        queue.start();
        const qint64 id = queue.jobIds().constFirst();
        QCOMPARE(api.calls().size(), 1);
        QCOMPARE(api.calls().constFirst().kind, Kind::FetchStatus);
        QCOMPARE(api.calls().constFirst().sessionId, QStringLiteral("s-cut"));
        QTRY_COMPARE(queue.job(id)->state, State::Processing);
        QCOMPARE(queue.bytesTotal(id), 0); // no upload started
        QVERIFY(api.callsOf(Kind::Reserve).isEmpty());
        QCOMPARE(queue.history(id).constLast().outcome, JobHistory::toString(JobHistory::Outcome::Matched));
    }

    void aReservationAnsweredAfterCancelIsIgnored()
    {
        auto store = storeWith(State::Queued, {});
        FakeCaptureApi api;
        JobQueue queue(store.get(), &api);
        queue.setPreparedFolder(m_dir.filePath(QStringLiteral("prepared")));
        queue.start();
        const qint64 id = queue.jobIds().constFirst();
        QCOMPARE(api.callsOf(Kind::Reserve).size(), 1);
        queue.cancel(id);
        api.answerReserve(id, FakeCaptureApi::reservation(QStringLiteral("late")));
        QCoreApplication::processEvents();
        QCOMPARE(queue.job(id)->state, State::Cancelled);
        QVERIFY(queue.job(id)->sessionId.isEmpty());
        QCOMPARE(queue.bytesTotal(id), 0);
    }
};

QTEST_GUILESS_MAIN(tst_QueueWithoutNetwork)
#include "tst_queuewithoutnetwork.moc"
