#pragma once

#include "jobs/run/bandwidthcap.h"
#include "jobs/run/captureapi.h"
#include "jobs/run/retrypolicy.h"
#include "jobs/store/jobhistory.h"
#include "jobs/store/reconciliation.h"
#include "jobs/store/uploadjob.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>

#include <chrono>
#include <memory>
#include <optional>

class QRandomGenerator;
class ThreadedS3Upload;
class UploadThread;
struct S3PostResult;

// One clip's way from the queue to the bucket: reserving its upload target,
// the upload itself, and settling a step whose answer was lost. One object
// per job from the queue's first begin() until the clip is in the bucket or
// the job is cancelled or removed (deleting it stops what runs); it outlives
// a wait for a retry, which keeps the retry tokens spent and the open
// question. Shaped like a job: start() the upload, abort() it, finished().
//
// It holds what an attempt in flight needs (the upload handle, when it
// started, when the reservation went out, the tokens, the reserved-ahead
// flag, the open question) and the decisions on each answer: each returns
// the job's next state (set on the job given) and the history lines, which
// the queue stores before it does what `next` says. It never writes the
// store and never schedules: the queue does both.
class UploadAttempt : public QObject
{
    Q_OBJECT

public:
    using Line = JobHistory::Line;
    using Step = JobHistory::Step;
    using Outcome = JobHistory::Outcome;

    // What the queue does once the lines are stored.
    enum class Next {
        Nothing, // the job waits (for a retry, a slot, the coach), or is finished
        Reserve, // reserve a new upload target
        SendReservation, // the reservation is stored as started: send it
        Upload, // upload to the target held
        Ask, // the question is stored as asked: send it (sendQuestion)
        FollowStatus, // the clip is in the bucket: follow its processing
    };
    struct Result
    {
        QList<Line> lines; // stored in this order
        Next next = Next::Nothing;
    };
    // How a failure that may pass is retried: the queue's policy, budget and
    // dice, and whether there is a network at all.
    struct Retrying
    {
        const RetryPolicy *policy = nullptr;
        RetryBudget *budget = nullptr;
        QRandomGenerator *random = nullptr;
        bool online = true;
    };
    // What is in flight for the job.
    enum class Waiting {
        Nothing,
        Reservation, // POST /captures
        Answer, // reconciling: GET /captures or GET /captures/{id} about a lost answer
        Upload, // the S3 POST
    };

    UploadAttempt(qint64 jobId, std::optional<Reconciliation::Unsettled> question, QObject *parent = nullptr);
    ~UploadAttempt() override; // stops the upload, if one runs

    qint64 jobId() const { return m_jobId; }
    Waiting waiting() const { return m_waiting; }
    bool isReconciling() const { return m_waiting == Waiting::Answer; }
    const std::optional<Reconciliation::Unsettled> &question() const { return m_question; }
    // Reserved before an upload slot was free; it waits for one.
    bool isReservedAhead() const { return m_reservedAhead; }
    void setReservedAhead(bool ahead) { m_reservedAhead = ahead; }
    int tokens() const { return m_tokens; }
    // Of the last reservation's answer; -1 when none came.
    qint64 roundTripMs() const { return m_roundTripMs; }

    // Where a due job goes: the open question first (Ask after ask()), else
    // the upload while its target stays open for `usableForMs` more, else a
    // new reservation.
    Next begin(const UploadJob &job, qint64 usableForMs) const;

    // Reserving. reserve() gives up a closed target and marks the job
    // Reserving; once the lines are stored, sendReservation() sends it.
    Result reserve(UploadJob &job);
    void sendReservation(CaptureApi *api, const UploadJob &job);
    // The answer. held: paused or offline; slotsBusy: every upload slot in
    // use. Reserved ahead and a slot busy, or held: it waits, reserved.
    Result reserved(UploadJob &job, const CaptureApi::Reserved &reservation, bool held, bool slotsBusy);
    Result reserveFailed(UploadJob &job, const CaptureApi::Failure &failure, const Retrying &retrying);

    // Uploading. uploading() marks the job; start() runs the upload in
    // `thread` (progress, then finished); abort() stops it without a word.
    Result uploading(UploadJob &job);
    struct Transfer
    {
        std::chrono::milliseconds stallTimeout { 0 };
        std::chrono::milliseconds answerDeadline { 0 };
        std::shared_ptr<BandwidthCap> cap;
    };
    void start(UploadThread *thread, const UploadJob &job, const Transfer &transfer);
    void abort();
    qint64 bytesSent() const;
    qint64 bytesTotal() const;
    double bytesPerSecond() const;
    qint64 secondsLeft() const;
    // Of a successful upload: bytes per second over the whole upload; 0 unknown.
    double measuredBytesPerSecond() const { return m_measuredBytesPerSecond; }
    // unreachableBefore: the previous upload with this target could not reach it either.
    Result uploadFinished(UploadJob &job, const S3PostResult &result, const Retrying &retrying, bool unreachableBefore,
                          std::chrono::milliseconds expiryMargin);

    // Reconciling: ask() marks the job; sendQuestion() sends the question.
    Result ask(UploadJob &job);
    void sendQuestion(CaptureApi *api, const UploadJob &job);
    // The captures list, for a lost reservation.
    Result listed(UploadJob &job, const QList<CaptureApi::Listed> &captures, const QSet<QString> &knownSessions,
                  std::chrono::milliseconds window);
    // The capture's status, for an interrupted upload.
    Result answered(UploadJob &job, const QString &status, const QString &errorText, const Retrying &retrying);
    Result questionFailed(UploadJob &job, const CaptureApi::Failure &failure, const Retrying &retrying);

    // The job fails for good (also used by the queue for a changed file).
    static Line failed(UploadJob &job, Step step, int httpStatus, const QString &code, const QString &message);
    // Gives up the job's reservation (a target that cannot be used): the old
    // session is named in the line, so it is never matched or used again.
    static Line dropReservation(UploadJob &job, Outcome outcome, const QString &why);

signals:
    void progress(qint64 sent, qint64 total);
    void finished(const S3PostResult &result);

private:
    // A failure that may pass: waits and tries again (within the policy and
    // the budget, and without spending either when offline), else fails.
    Line retryLater(UploadJob &job, Step step, bool afterTimeout, std::optional<qint64> retryAfter, int httpStatus,
                    const QString &code, const QString &message, const Retrying &retrying,
                    Outcome outcome = Outcome::Retry);
    // Takes over a capture that already has the clip: never uploads again.
    Result adopt(UploadJob &job, const QString &status, const QString &errorText, const Retrying &retrying);
    static Line line(const UploadJob &job, Step step, Outcome outcome, int httpStatus = 0, const QString &code = {},
                     const QString &message = {});

    qint64 m_jobId;
    Waiting m_waiting = Waiting::Nothing;
    std::optional<Reconciliation::Unsettled> m_question;
    bool m_reservedAhead = false;
    int m_tokens = 0; // retry-budget tokens spent for the failure being retried
    QDateTime m_reserveSentAt; // of the POST /captures in flight
    qint64 m_roundTripMs = -1;
    ThreadedS3Upload *m_upload = nullptr;
    QElapsedTimer m_uploadClock;
    double m_measuredBytesPerSecond = 0;
};
