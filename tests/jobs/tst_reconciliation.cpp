// What a job's history leaves open after a crash, and which listed capture is
// a lost reservation: pure functions, no store, no network.
#include "jobs/store/reconciliation.h"

#include <QtTest>

using namespace Reconciliation;
using JobHistory::Outcome;
using JobHistory::Step;

namespace {

const QDateTime T0 = QDateTime(QDate(2026, 12, 7), QTime(9, 0), Qt::UTC);

JobHistoryEntry entry(Step step, Outcome outcome, int second = 0, int http = 0, const QString &code = {},
                      const QString &session = QStringLiteral("s1"))
{
    JobHistoryEntry e;
    e.at = T0.addSecs(second);
    e.step = JobHistory::toString(step);
    e.outcome = JobHistory::toString(outcome);
    e.httpStatus = http;
    e.errorCode = code;
    e.sessionId = session;
    return e;
}

CaptureApi::Listed listed(const QString &session, const QDateTime &created,
                          const QString &status = QStringLiteral("awaiting_upload"))
{
    CaptureApi::Listed c;
    c.sessionId = session;
    c.athleteId = QStringLiteral("ath-1");
    c.activity = QStringLiteral("golf");
    c.movement = QStringLiteral("full_swing");
    c.status = status;
    c.captureTime = created;
    return c;
}

UploadJob golfJob(const QByteArray &spec = "{}")
{
    UploadJob j;
    j.id = 7;
    j.athleteId = QStringLiteral("ath-1");
    j.activity = QStringLiteral("golf");
    j.movement = QStringLiteral("full_swing");
    j.specJson = spec;
    return j;
}

} // namespace

class tst_Reconciliation : public QObject
{
    Q_OBJECT

private slots:
    void whatAHistoryLeavesOpen_data()
    {
        QTest::addColumn<QList<JobHistoryEntry>>("history");
        QTest::addColumn<QString>("session");
        QTest::addColumn<int>("open"); // -1 none, else Question
        const int none = -1;
        const int lost = int(Question::LostReservation);
        const int interrupted = int(Question::InterruptedUpload);
        QTest::newRow("queued only") << QList { entry(Step::Enqueue, Outcome::Ok) } << QString() << none;
        QTest::newRow("reservation sent, no answer")
            << QList { entry(Step::Enqueue, Outcome::Ok), entry(Step::Reserve, Outcome::Start, 5) } << QString()
            << lost;
        QTest::newRow("reservation answered")
            << QList { entry(Step::Reserve, Outcome::Start), entry(Step::Reserve, Outcome::Ok, 1) } << QString()
            << none;
        QTest::newRow("expired target given up, then no answer")
            << QList { entry(Step::Reserve, Outcome::ReplaceExpired), entry(Step::Reserve, Outcome::Start, 2) }
            << QString() << lost;
        QTest::newRow("upload started, process killed")
            << QList { entry(Step::Reserve, Outcome::Ok), entry(Step::Upload, Outcome::Start, 1) }
            << QStringLiteral("s1") << interrupted;
        QTest::newRow("upload cut without an answer")
            << QList { entry(Step::Upload, Outcome::Start),
                       entry(Step::Upload, Outcome::Retry, 9, 0, QStringLiteral("Stalled")) }
            << QStringLiteral("s1") << interrupted;
        QTest::newRow("upload target unreachable: nothing sent")
            << QList { entry(Step::Upload, Outcome::Start),
                       entry(Step::Upload, Outcome::Retry, 1, 0, QStringLiteral("ConnectionRefused")) }
            << QStringLiteral("s1") << none;
        QTest::newRow("upload answered by S3")
            << QList { entry(Step::Upload, Outcome::Start), entry(Step::Upload, Outcome::Retry, 2, 503) }
            << QStringLiteral("s1") << none;
        QTest::newRow("asking failed: still open")
            << QList { entry(Step::Upload, Outcome::Start), entry(Step::Reconcile, Outcome::Start, 3),
                       entry(Step::Reconcile, Outcome::Retry, 4) }
            << QStringLiteral("s1") << interrupted;
        QTest::newRow("asked and answered")
            << QList { entry(Step::Upload, Outcome::Start), entry(Step::Reconcile, Outcome::Start, 3),
                       entry(Step::Reconcile, Outcome::NotUploaded, 4) }
            << QStringLiteral("s1") << none;
        QTest::newRow("paused during the upload")
            << QList { entry(Step::Upload, Outcome::Start), entry(Step::Pause, Outcome::Interrupted, 1) }
            << QStringLiteral("s1") << none;
        QTest::newRow("cancelled during the upload: still a question")
            << QList { entry(Step::Upload, Outcome::Start), entry(Step::Cancel, Outcome::Ok, 1) }
            << QStringLiteral("s1") << interrupted;
        QTest::newRow("interrupted upload without a session to ask about")
            << QList { entry(Step::Upload, Outcome::Start) } << QString() << none;
    }
    void whatAHistoryLeavesOpen()
    {
        QFETCH(QList<JobHistoryEntry>, history);
        QFETCH(QString, session);
        QFETCH(int, open);
        const std::optional<Unsettled> u = unsettledFrom(history, session);
        QCOMPARE(u.has_value(), open >= 0);
        if (u)
            QCOMPARE(int(u->question), open);
    }

    void aLostReservationRemembersWhenItWentOut()
    {
        const auto u = unsettledFrom({ entry(Step::Reserve, Outcome::Start, 42) }, {});
        QVERIFY(u);
        QCOMPARE(u->sentAt, T0.addSecs(42));
    }

    void unreachableTwiceWithTheSameTarget()
    {
        const QList<JobHistoryEntry> once { entry(Step::Reserve, Outcome::Ok), entry(Step::Upload, Outcome::Start, 1),
                                            entry(Step::Upload, Outcome::Retry, 2, 0, QStringLiteral("HostNotFound")) };
        QVERIFY(unreachableBefore(once, QStringLiteral("s1")));
        QVERIFY(!unreachableBefore(once, QStringLiteral("s2"))); // another target since
        QList<JobHistoryEntry> reservedSince = once;
        reservedSince << entry(Step::Reserve, Outcome::Ok, 3);
        QVERIFY(!unreachableBefore(reservedSince, QStringLiteral("s1")));
        const QList<JobHistoryEntry> answered { entry(Step::Upload, Outcome::Retry, 2, 503,
                                                      QStringLiteral("SlowDown")) };
        QVERIFY(!unreachableBefore(answered, QStringLiteral("s1")));
    }

    void theLostReservationIsTheClosestAwaitingOne()
    {
        const Unsettled step { Question::LostReservation, T0 };
        const QList<CaptureApi::Listed> captures {
            listed(QStringLiteral("far"), T0.addSecs(200)),
            listed(QStringLiteral("near"), T0.addSecs(3)),
            listed(QStringLiteral("uploaded"), T0.addSecs(1), QStringLiteral("processing")),
            listed(QStringLiteral("ours-already"), T0.addSecs(1)),
            listed(QStringLiteral("outside"), T0.addSecs(-3600)),
        };
        const auto found = lostReservationIn(captures, golfJob(), step, { QStringLiteral("ours-already") },
                                             std::chrono::minutes(10));
        QVERIFY(found);
        QCOMPARE(found->sessionId, QStringLiteral("near"));
        QVERIFY(!lostReservationIn({ captures[2], captures[3], captures[4] }, golfJob(), step,
                                   { QStringLiteral("ours-already") }, std::chrono::minutes(10)));
    }

    void anotherAthleteOrMovementIsNeverIt()
    {
        const Unsettled step { Question::LostReservation, T0 };
        CaptureApi::Listed other = listed(QStringLiteral("x"), T0);
        other.athleteId = QStringLiteral("ath-2");
        CaptureApi::Listed putt = listed(QStringLiteral("y"), T0);
        putt.movement = QStringLiteral("putt");
        CaptureApi::Listed shouting = listed(QStringLiteral("z"), T0);
        shouting.athleteId = QStringLiteral(" ATH-1 "); // the server's matching: trimmed, any case
        const auto found = lostReservationIn({ other, putt, shouting }, golfJob(), step, {}, std::chrono::minutes(10));
        QVERIFY(found);
        QCOMPARE(found->sessionId, QStringLiteral("z"));
    }

    void aPinnedCaptureTimeMustMatchToTheSecond()
    {
        const QByteArray spec = R"({"capture_time":"2026-12-07T09:00:00.250Z"})";
        QCOMPARE(pinnedCaptureTime(spec), T0.addMSecs(250));
        const Unsettled step { Question::LostReservation, T0.addSecs(30) }; // sent well after
        const QList<CaptureApi::Listed> captures { listed(QStringLiteral("late"), T0.addMSecs(1400)),
                                                   listed(QStringLiteral("exact"), T0.addMSecs(250)) };
        const auto found = lostReservationIn(captures, golfJob(spec), step, {}, std::chrono::minutes(10));
        QVERIFY(found);
        QCOMPARE(found->sessionId, QStringLiteral("exact"));
        QVERIFY(!lostReservationIn({ captures[0] }, golfJob(spec), step, {}, std::chrono::minutes(10)));
    }
};

QTEST_GUILESS_MAIN(tst_Reconciliation)
#include "tst_reconciliation.moc"
