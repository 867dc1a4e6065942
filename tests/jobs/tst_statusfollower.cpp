// Following processing without a network or a real timer: a clock the test
// moves, answers from FakeCaptureApi.
#include "fakecaptureapi.h"
#include "jobs/run/statusfollower.h"

#include <QSignalSpy>
#include <QtTest>

using Kind = FakeCaptureApi::Kind;

class tst_StatusFollower : public QObject
{
    Q_OBJECT

    struct Rig
    {
        FakeCaptureApi api;
        StatusFollower follower { &api };
        qint64 now = 1000;
        QSignalSpy known { &follower, &StatusFollower::statusKnown };
        QSignalSpy unknown { &follower, &StatusFollower::statusUnknown };
        explicit Rig(int listFrom = 3)
        {
            // Long enough that the follower's own timer never fires while a case runs.
            follower.setTiming({ std::chrono::hours(1), std::chrono::hours(8), listFrom });
            follower.setClock([this] { return now; });
        }
        void advance(std::chrono::milliseconds by) { now += by.count(); }
        static void answers() { QCoreApplication::processEvents(); }
    };

private slots:
    void looksWhenDueAndNotBefore()
    {
        Rig rig;
        rig.follower.follow(1, QStringLiteral("s1"));
        QCOMPARE(rig.follower.dueAt(1), rig.now + 3600 * 1000);
        rig.follower.pollDue();
        QVERIFY(rig.api.calls().isEmpty());
        rig.advance(std::chrono::hours(1));
        rig.api.scriptStatus(FakeCaptureApi::Status { QStringLiteral("processing"), {} });
        rig.follower.pollDue();
        QCOMPARE(rig.api.callsOf(Kind::FetchStatus).size(), 1);
        QCOMPARE(rig.api.calls().constFirst().sessionId, QStringLiteral("s1"));
        QCOMPARE(rig.follower.dueAt(1), -1); // asked: nothing scheduled while the answer is out
        rig.answers();
        QCOMPARE(rig.known.size(), 1);
        QCOMPARE(rig.known.at(0).at(0).toLongLong(), 1);
        QCOMPARE(rig.known.at(0).at(1).toString(), QStringLiteral("processing"));
    }

    void waitsLongerEachTimeUpToTheMaximum()
    {
        Rig rig;
        qint64 wait = 3600 * 1000;
        for (int look = 0; look < 5; ++look) {
            rig.follower.follow(1, QStringLiteral("s1"));
            QCOMPARE(rig.follower.dueAt(1) - rig.now, std::min<qint64>(wait, 8 * 3600 * 1000));
            rig.advance(std::chrono::milliseconds(rig.follower.dueAt(1) - rig.now));
            rig.api.scriptStatus(FakeCaptureApi::Status { QStringLiteral("processing"), {} });
            rig.follower.pollDue();
            rig.answers();
            wait *= 2;
        }
        QCOMPARE(rig.known.size(), 5);
        // Stopping forgets the backoff: followed again, it looks soon.
        rig.follower.stop(1);
        rig.follower.follow(1, QStringLiteral("s1"));
        QCOMPARE(rig.follower.dueAt(1) - rig.now, 3600 * 1000);
    }

    void manyWaitingClipsShareOneListPerRound()
    {
        Rig rig;
        for (qint64 id = 1; id <= 4; ++id)
            rig.follower.follow(id, QStringLiteral("S%1").arg(id));
        rig.advance(std::chrono::hours(1));
        CaptureApi::Listed two;
        two.sessionId = QStringLiteral("s2"); // the server's case is not ours
        two.status = QStringLiteral("processing");
        CaptureApi::Listed three;
        three.sessionId = QStringLiteral("S3");
        three.status = QStringLiteral("processing");
        rig.api.scriptList(QList<CaptureApi::Listed> { two, three });
        rig.follower.pollDue();
        const QList<FakeCaptureApi::Call> lists = rig.api.callsOf(Kind::ListCaptures);
        QCOMPARE(lists.size(), 1);
        QVERIFY(lists.constFirst().id < 0); // never a job id
        QCOMPARE(lists.constFirst().query.status, QStringLiteral("processing"));
        rig.answers();
        QCOMPARE(rig.known.size(), 2);
        // Clips missing from the list have finished: each is asked about once by itself.
        const QList<FakeCaptureApi::Call> fetches = rig.api.callsOf(Kind::FetchStatus);
        QCOMPARE(fetches.size(), 2);
        QCOMPARE(fetches.at(0).sessionId.left(1) + fetches.at(1).sessionId.left(1), QStringLiteral("SS"));
        QSet<qint64> asked { fetches.at(0).id, fetches.at(1).id };
        QCOMPARE(asked, (QSet<qint64> { 1, 4 }));
    }

    void aFailedRoundIsUnknownForEachOfItsClips()
    {
        Rig rig(2);
        rig.follower.follow(1, QStringLiteral("s1"));
        rig.follower.follow(2, QStringLiteral("s2"));
        rig.advance(std::chrono::hours(1));
        rig.api.scriptList(FakeCaptureApi::httpFailure(503, QStringLiteral("unavailable"), true));
        rig.follower.pollDue();
        rig.answers();
        QCOMPARE(rig.unknown.size(), 2);
        QCOMPARE(rig.unknown.at(0).at(1).value<CaptureApi::Failure>().httpStatus, 503);
        QVERIFY(rig.known.isEmpty());
    }

    void answersNotItsOwnAreLeftAlone()
    {
        Rig rig;
        rig.follower.follow(1, QStringLiteral("s1"));
        // The queue's own questions use the same API: a job's status it did
        // not ask for, a list with a job's id.
        emit rig.api.statusFetched(1, QStringLiteral("completed"), {});
        emit rig.api.capturesListed(1, {});
        emit rig.api.listFailed(5, FakeCaptureApi::noAnswer());
        QVERIFY(rig.known.isEmpty());
        QVERIFY(rig.unknown.isEmpty());
    }

    void aStoppedClipIsNotAskedAboutOrReported()
    {
        Rig rig;
        rig.follower.follow(1, QStringLiteral("s1"));
        rig.advance(std::chrono::hours(1));
        rig.follower.pollDue(); // asked, no answer yet
        rig.follower.stop(1); // removed by the coach meanwhile
        rig.api.answerStatus(1, FakeCaptureApi::Status { QStringLiteral("completed"), {} });
        rig.answers();
        QVERIFY(rig.known.isEmpty());
        rig.advance(std::chrono::hours(10));
        rig.follower.pollDue();
        QCOMPARE(rig.api.calls().size(), 1);
    }
};

QTEST_GUILESS_MAIN(tst_StatusFollower)
#include "tst_statusfollower.moc"
