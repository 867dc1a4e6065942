// One clip's way to the bucket, decided without a network: each answer an
// attempt can meet, and the state and history lines it gives the queue.
#include "fakecaptureapi.h"
#include "jobs/run/uploadattempt.h"
#include "upload/s3postupload.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QtTest>

using Next = UploadAttempt::Next;
using Outcome = JobHistory::Outcome;
using Step = JobHistory::Step;
using State = UploadJob::State;
using Question = Reconciliation::Question;

class tst_UploadAttempt : public QObject
{
    Q_OBJECT

    RetryPolicy m_policy;
    RetryBudget m_budget;
    QRandomGenerator m_random { 42 };

    UploadAttempt::Retrying retrying(bool online = true) { return { &m_policy, &m_budget, &m_random, online }; }

    static UploadJob queuedJob()
    {
        UploadJob j;
        j.id = 11;
        j.athleteId = QStringLiteral("ath-1");
        j.activity = QStringLiteral("golf");
        j.movement = QStringLiteral("full_swing");
        j.specJson = R"({"athlete_id":"ath-1","activity":"golf","movement":"full_swing"})";
        return j;
    }
    // A job holding a reservation (session s1) open for `minutes`.
    static UploadJob reservedJob(int minutes = 30)
    {
        UploadJob j = queuedJob();
        const CaptureApi::Reserved r = FakeCaptureApi::reservation(QStringLiteral("s1"), minutes);
        j.sessionId = r.sessionId;
        j.sessionGroupId = r.sessionGroupId;
        j.uploadUrl = r.uploadUrl;
        j.uploadFields = r.uploadFields;
        j.uploadExpiresAt = r.uploadExpiresAt;
        return j;
    }
    static S3PostResult uploadResult(S3PostResult::Outcome outcome, int http = 0,
                                     QNetworkReply::NetworkError error = QNetworkReply::NoError)
    {
        S3PostResult r;
        r.outcome = outcome;
        r.httpStatus = http;
        r.networkError = error;
        r.bytesSent = 1000;
        return r;
    }
    // The outcomes of the lines, in their stored words (what a failing case prints).
    static QStringList outcomes(const UploadAttempt::Result &r)
    {
        QStringList o;
        for (const auto &l : r.lines)
            o << JobHistory::toString(l.outcome);
        return o;
    }
    static QStringList words(std::initializer_list<Outcome> expected)
    {
        QStringList o;
        for (Outcome e : expected)
            o << JobHistory::toString(e);
        return o;
    }

private slots:
    void init()
    {
        m_policy = RetryPolicy();
        m_budget = RetryBudget();
    }

    void beginsWithTheOpenQuestionThenAUsableTargetThenANewOne()
    {
        const UploadAttempt asking(1, Reconciliation::Unsettled { Question::InterruptedUpload, {} });
        QCOMPARE(asking.begin(reservedJob(), 0), Next::Ask);
        const UploadAttempt fresh(1, std::nullopt);
        QCOMPARE(fresh.begin(reservedJob(30), 60 * 1000), Next::Upload);
        // Closing before the upload could end at the speed seen so far: reserve anew.
        QCOMPARE(fresh.begin(reservedJob(2), 5 * 60 * 1000), Next::Reserve);
        QCOMPARE(fresh.begin(queuedJob(), 0), Next::Reserve);
    }

    void reservingStoresTheStartBeforeItIsSent()
    {
        FakeCaptureApi api;
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = queuedJob();
        job.sessionGroupId = QStringLiteral("grp-9");
        const UploadAttempt::Result r = attempt.reserve(job);
        QCOMPARE(job.state, State::Reserving);
        QCOMPARE(outcomes(r), words({ Outcome::Start }));
        QCOMPARE(r.next, Next::SendReservation);
        QVERIFY(api.calls().isEmpty()); // nothing is sent by deciding
        attempt.sendReservation(&api, job);
        QCOMPARE(attempt.waiting(), UploadAttempt::Waiting::Reservation);
        QCOMPARE(api.calls().size(), 1);
        // Reserved again, it stays in its session group.
        QCOMPARE(
            QJsonDocument::fromJson(api.calls().constFirst().specJson)[QLatin1String("session_group_id")].toString(),
            QStringLiteral("grp-9"));
    }

    void aClosedTargetIsGivenUpNamingItsSession()
    {
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = reservedJob(0);
        const UploadAttempt::Result r = attempt.reserve(job);
        QCOMPARE(outcomes(r), words({ Outcome::ReplaceExpired, Outcome::Start }));
        QCOMPARE(r.lines.at(0).session, QStringLiteral("s1"));
        QVERIFY(r.lines.at(1).session.isEmpty());
        QVERIFY(!job.hasReservation());
    }

    void reservedItUploadsUnlessItWaitsForASlot()
    {
        FakeCaptureApi api;
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = queuedJob();
        attempt.reserve(job);
        attempt.sendReservation(&api, job);
        UploadAttempt::Result r = attempt.reserved(job, FakeCaptureApi::reservation(QStringLiteral("s7")), false, true);
        QCOMPARE(r.next, Next::Upload); // not reserved ahead: a slot is its own
        QCOMPARE(job.sessionId, QStringLiteral("s7"));
        QCOMPARE(r.lines.constFirst().session, QStringLiteral("s7"));
        QVERIFY(attempt.roundTripMs() >= 0);

        UploadAttempt ahead(12, std::nullopt);
        UploadJob next = queuedJob();
        ahead.setReservedAhead(true);
        ahead.reserve(next);
        r = ahead.reserved(next, FakeCaptureApi::reservation(QStringLiteral("s8")), false, true);
        QCOMPARE(r.next, Next::Nothing);
        QCOMPARE(next.state, State::Queued);
        QVERIFY(ahead.isReservedAhead());
        QVERIFY(next.hasReservation());

        UploadAttempt held(13, std::nullopt);
        UploadJob paused = queuedJob();
        held.reserve(paused);
        r = held.reserved(paused, FakeCaptureApi::reservation(QStringLiteral("s9")), true, false);
        QCOMPARE(r.next, Next::Nothing);
        QCOMPARE(paused.state, State::Queued);
    }

    void aReservationWithoutAnswerIsLookedForBeforeReservingAgain()
    {
        FakeCaptureApi api;
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = queuedJob();
        attempt.reserve(job);
        attempt.sendReservation(&api, job);
        const UploadAttempt::Result r = attempt.reserveFailed(job, FakeCaptureApi::noAnswer(), retrying());
        QCOMPARE(job.state, State::WaitingToRetry);
        QCOMPARE(outcomes(r), words({ Outcome::Retry }));
        QVERIFY(attempt.question());
        QCOMPARE(attempt.question()->question, Question::LostReservation);
        QVERIFY(attempt.question()->sentAt.isValid());
        QCOMPARE(attempt.tokens(), RetryBudget::TimeoutCost);
        QCOMPARE(attempt.begin(job, 0), Next::Ask);
    }

    void offlineNoAttemptIsSpent()
    {
        FakeCaptureApi api;
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = queuedJob();
        attempt.reserve(job);
        attempt.sendReservation(&api, job);
        const int before = m_budget.available();
        const UploadAttempt::Result r = attempt.reserveFailed(job, FakeCaptureApi::noAnswer(false), retrying(false));
        QCOMPARE(outcomes(r), words({ Outcome::Offline }));
        QCOMPARE(job.state, State::Queued);
        QCOMPARE(job.attempts, 0);
        QCOMPARE(m_budget.available(), before);
        QVERIFY(!attempt.question()); // offline: the request never left
    }

    void aRefusedReservationFailsForGood()
    {
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = queuedJob();
        attempt.reserve(job);
        const UploadAttempt::Result r
            = attempt.reserveFailed(job, FakeCaptureApi::httpFailure(400, QStringLiteral("invalid")), retrying());
        QCOMPARE(outcomes(r), words({ Outcome::Failed }));
        QCOMPARE(job.state, State::Failed);
        QVERIFY(job.failurePermanent);
        QCOMPARE(job.lastErrorCode, QStringLiteral("invalid"));
    }

    void uploadedTheTokensComeBackAndProcessingIsFollowed()
    {
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = reservedJob();
        // A first upload cut without an answer: a retry paid for.
        attempt.uploading(job);
        UploadAttempt::Result r = attempt.uploadFinished(
            job, uploadResult(S3PostResult::Outcome::Retryable, 0, QNetworkReply::RemoteHostClosedError), retrying(),
            false, std::chrono::seconds(60));
        QCOMPARE(job.state, State::WaitingToRetry);
        QVERIFY(job.restartsFromZero);
        QCOMPARE(attempt.question()->question, Question::InterruptedUpload); // S3 may have it all
        const int afterRetry = m_budget.available();
        QCOMPARE(afterRetry, RetryBudget::DefaultCapacity - RetryBudget::RetryCost);
        attempt.uploading(job);
        r = attempt.uploadFinished(job, uploadResult(S3PostResult::Outcome::Succeeded, 204), retrying(), false,
                                   std::chrono::seconds(60));
        QCOMPARE(job.state, State::Uploaded);
        QCOMPARE(r.next, Next::FollowStatus);
        QCOMPARE(outcomes(r), words({ Outcome::Ok }));
        QCOMPARE(job.attempts, 0);
        QCOMPARE(m_budget.available(), RetryBudget::DefaultCapacity); // the retry's cost given back
        QCOMPARE(attempt.tokens(), 0);
    }

    void anUnreachableTargetTwiceIsReplaced()
    {
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = reservedJob();
        const S3PostResult refused
            = uploadResult(S3PostResult::Outcome::Retryable, 0, QNetworkReply::ConnectionRefusedError);
        UploadAttempt::Result r = attempt.uploadFinished(job, refused, retrying(), false, std::chrono::seconds(60));
        QCOMPARE(outcomes(r), words({ Outcome::Retry }));
        QCOMPARE(r.lines.constFirst().code, QStringLiteral("ConnectionRefused"));
        QVERIFY(job.hasReservation());
        QVERIFY(!attempt.question()); // nothing reached it: nothing to ask
        r = attempt.uploadFinished(job, refused, retrying(), true, std::chrono::seconds(60));
        QCOMPARE(outcomes(r), words({ Outcome::Retry, Outcome::ReplaceUnreachable }));
        QCOMPARE(r.lines.at(1).session, QStringLiteral("s1"));
        QVERIFY(!job.hasReservation());
        QCOMPARE(attempt.begin(job, 0), Next::Reserve);
    }

    void anExpiredTargetIsRetriedAForbiddenOneIsNot()
    {
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = reservedJob(0);
        S3PostResult denied = uploadResult(S3PostResult::Outcome::Rejected, 403);
        denied.s3.code = QStringLiteral("AccessDenied");
        UploadAttempt::Result r = attempt.uploadFinished(job, denied, retrying(), false, std::chrono::seconds(60));
        QCOMPARE(outcomes(r), words({ Outcome::Expired }));
        QCOMPARE(job.state, State::WaitingToRetry);

        UploadJob open = reservedJob(30);
        r = attempt.uploadFinished(open, denied, retrying(), false, std::chrono::seconds(60));
        QCOMPARE(outcomes(r), words({ Outcome::Failed }));
        QVERIFY(open.failurePermanent);
    }

    void attemptsRunOutAndTheJobFailsButMayBeRetried()
    {
        m_policy.maxAttempts = 2;
        UploadAttempt attempt(11, std::nullopt);
        UploadJob job = reservedJob();
        const S3PostResult busy = uploadResult(S3PostResult::Outcome::Retryable, 503);
        attempt.uploadFinished(job, busy, retrying(), false, std::chrono::seconds(60));
        QCOMPARE(job.state, State::WaitingToRetry);
        const UploadAttempt::Result r = attempt.uploadFinished(job, busy, retrying(), false, std::chrono::seconds(60));
        QCOMPARE(outcomes(r), words({ Outcome::AttemptsExhausted }));
        QCOMPARE(job.state, State::Failed);
        QVERIFY(!job.failurePermanent);
    }

    void anInterruptedUploadThatArrivedIsAdoptedNeverSentAgain()
    {
        FakeCaptureApi api;
        UploadAttempt attempt(11, Reconciliation::Unsettled { Question::InterruptedUpload, {} });
        UploadJob job = reservedJob();
        job.attempts = 2;
        UploadAttempt::Result r = attempt.ask(job);
        QCOMPARE(job.state, State::Reserving);
        QCOMPARE(r.next, Next::Ask);
        attempt.sendQuestion(&api, job);
        QVERIFY(attempt.isReconciling());
        QCOMPARE(api.callsOf(FakeCaptureApi::Kind::FetchStatus).constFirst().sessionId, QStringLiteral("s1"));
        r = attempt.answered(job, QStringLiteral("processing"), {}, retrying());
        QCOMPARE(outcomes(r), words({ Outcome::Matched }));
        QCOMPARE(job.state, State::Processing);
        QCOMPARE(r.next, Next::FollowStatus);
        QCOMPARE(job.attempts, 0);
        QVERIFY(!job.uploadUrl.isValid()); // the target is never used again
        QVERIFY(!attempt.question());
        QVERIFY(!attempt.isReconciling());
    }

    void anInterruptedUploadThatDidNotArriveStartsAgain()
    {
        UploadAttempt attempt(11, Reconciliation::Unsettled { Question::InterruptedUpload, {} });
        UploadJob job = reservedJob();
        attempt.ask(job);
        UploadAttempt::Result r = attempt.answered(job, QStringLiteral("awaiting_upload"), {}, retrying());
        QCOMPARE(outcomes(r), words({ Outcome::NotUploaded }));
        QCOMPARE(job.state, State::Queued);
        QCOMPARE(attempt.begin(job, 0), Next::Upload); // the same target, still open

        UploadAttempt unknown(12, Reconciliation::Unsettled { Question::InterruptedUpload, {} });
        UploadJob gone = reservedJob();
        unknown.ask(gone);
        r = unknown.questionFailed(gone, FakeCaptureApi::httpFailure(404, QStringLiteral("not_found")), retrying());
        QCOMPARE(outcomes(r), words({ Outcome::NotUploaded }));
        QVERIFY(!gone.hasReservation()); // Uplift forgot the session: a new one
        QCOMPARE(unknown.begin(gone, 0), Next::Reserve);
    }

    void askingWithoutAnswerKeepsTheQuestion()
    {
        UploadAttempt attempt(11, Reconciliation::Unsettled { Question::InterruptedUpload, {} });
        UploadJob job = reservedJob();
        attempt.ask(job);
        const UploadAttempt::Result r = attempt.questionFailed(job, FakeCaptureApi::noAnswer(), retrying());
        QCOMPARE(outcomes(r), words({ Outcome::Retry }));
        QVERIFY(r.lines.constFirst().step == Step::Reconcile);
        QCOMPARE(job.state, State::WaitingToRetry);
        QCOMPARE(attempt.begin(job, 0), Next::Ask);
    }

    void aLostReservationFoundIsLeftBehindAndNamed()
    {
        FakeCaptureApi api;
        const QDateTime sent = QDateTime::currentDateTimeUtc();
        UploadAttempt attempt(11, Reconciliation::Unsettled { Question::LostReservation, sent });
        UploadJob job = queuedJob();
        attempt.ask(job);
        attempt.sendQuestion(&api, job);
        const FakeCaptureApi::Call list = api.callsOf(FakeCaptureApi::Kind::ListCaptures).constFirst();
        QCOMPARE(list.id, 11);
        QCOMPARE(list.query.athleteId, QStringLiteral("ath-1"));
        QCOMPARE(list.query.movement, QStringLiteral("full_swing"));
        CaptureApi::Listed lost;
        lost.sessionId = QStringLiteral("lost-1");
        lost.athleteId = job.athleteId;
        lost.activity = job.activity;
        lost.movement = job.movement;
        lost.status = QStringLiteral("awaiting_upload");
        lost.captureTime = sent.addSecs(1);
        UploadAttempt::Result r = attempt.listed(job, { lost }, {}, std::chrono::minutes(10));
        QCOMPARE(outcomes(r), words({ Outcome::Orphaned }));
        QCOMPARE(r.lines.constFirst().session, QStringLiteral("lost-1"));
        QCOMPARE(job.state, State::Queued);
        QCOMPARE(attempt.begin(job, 0), Next::Reserve);

        UploadAttempt other(12, Reconciliation::Unsettled { Question::LostReservation, sent });
        UploadJob none = queuedJob();
        other.ask(none);
        r = other.listed(none, {}, {}, std::chrono::minutes(10));
        QCOMPARE(outcomes(r), words({ Outcome::Unmatched }));
    }
};

QTEST_GUILESS_MAIN(tst_UploadAttempt)
#include "tst_uploadattempt.moc"
