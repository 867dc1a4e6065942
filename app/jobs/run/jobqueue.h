#pragma once

#include "jobs/run/bandwidthcap.h"
#include "jobs/run/captureapi.h"
#include "jobs/run/retrypolicy.h"
#include "jobs/run/uploadattempt.h"
#include "jobs/store/jobhistory.h"
#include "jobs/store/uploadjob.h"
#include "media/clipremux.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class JobStore;
class PreparationLane;
class StatusFollower;
class QNetworkAccessManager;
class UploadThread;
struct S3PostResult;

// The scheduler: runs the queued clips oldest first (the coach may reorder),
// N at a time, through reserve → upload → follow processing. Every state
// change is written to the JobStore before the next network step, so a crash
// or a kill resumes where it stopped and never uploads a clip twice.
//
// A job is reserved only when it is about to upload: minting upload targets
// at enqueue makes the later ones expire before their turn. The next one is
// reserved while the running uploads are about to end (Timing::reserveAhead),
// so the reservation's round trip does not leave the link idle.
class JobQueue : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        RetryPolicy retry;
        std::chrono::milliseconds stallTimeout { std::chrono::seconds(60) };
        // S3's whole answer must be in within this long of the upload's last byte.
        std::chrono::milliseconds answerDeadline { std::chrono::seconds(60) };
        // Following processing: the first look after this long, doubling up to max.
        std::chrono::milliseconds statusFirst { std::chrono::seconds(2) };
        std::chrono::milliseconds statusMax { std::chrono::seconds(60) };
        // From this many jobs waiting for processing, one GET /captures
        // (status=processing) per round replaces a GET /captures/{id} per job.
        int statusListFrom = 3;
        // A reservation whose answer was lost (crash, timeout) is matched to a
        // capture created at most this long before or after it was sent: the
        // server's clock is not ours.
        std::chrono::milliseconds reconcileWindow { std::chrono::minutes(10) };
        // A reservation that expires sooner than this is not started on: it
        // would be refused part way (reserve again instead).
        std::chrono::milliseconds expiryMargin { std::chrono::seconds(60) };
        // The next clip is reserved while a running upload has at most this long left (or twice
        // the last reservation's round trip, when longer), so that it starts the moment a slot
        // frees: one such reservation at a time, never targets minted early in bulk.
        std::chrono::milliseconds reserveAhead { std::chrono::seconds(2) };
        // A pause before each preparation starts its work (state Preparing
        // already stored): 0 in use; tests lengthen it to stop a run there.
        std::chrono::milliseconds prepareDelay { 0 };
    };

    // The store must be open. The queue uses, but does not own, both. The
    // uploads to S3 run in a thread of the queue's own (UploadThread), with
    // a network manager of their own.
    JobQueue(JobStore *store, CaptureApi *api, QObject *parent = nullptr);
    // The network manager the queue once took for S3: a call that still
    // passes one would make it the queue's parent.
    JobQueue(JobStore *, CaptureApi *, QNetworkAccessManager *, QObject * = nullptr) = delete;
    ~JobQueue() override;

    void setTiming(const Timing &timing);
    const Timing &timing() const { return m_timing; }
    void setParallel(int uploads);
    // Upload bandwidth shared by every upload, in bytes per second; 0 = none.
    // Uploads that start after the change use it.
    void setBandwidthCap(qint64 bytesPerSecond);
    qint64 bandwidthCap() const { return m_cap->bytesPerSecond(); }
    int parallel() const { return m_parallel; }
    // Where recordings are made into .mov files before upload (the app's
    // cache folder unless set). Call before start().
    void setPreparedFolder(const QString &folder);
    QString preparedFolder() const;
    RetryBudget *retryBudget() { return &m_budget; }

    // Loads the stored queue, resumes jobs a crash left part way and starts
    // scheduling. Call once.
    void start();

    // Adds a clip. Fills fileSize/fileModified from the file when unset;
    // returns the new id, or 0 with the reason in *error.
    qint64 enqueue(UploadJob job, QString *error = nullptr);
    // The same file already queued (not cancelled) for the same athlete and movement.
    // A range of a recording is its own clip: the same range is the duplicate.
    bool isDuplicate(const QString &filePath, const QString &athleteId, const QString &movement,
                     qint64 clipStartMs = -1, qint64 clipEndMs = -1) const;
    // The rule's one definition, with the job that makes the clip a duplicate (what the window
    // and the command line ask about before queueing it again): one still on its way first (to
    // follow rather than queue twice), else the latest uploaded, else the latest failed one;
    // nullopt when the clip is no duplicate.
    std::optional<UploadJob> duplicateOf(const QString &filePath, const QString &athleteId, const QString &movement,
                                         qint64 clipStartMs = -1, qint64 clipEndMs = -1) const;

    // The jobs the queue holds, in queue order: every unfinished and failed job, and those
    // that finished since start(). Completed and Cancelled jobs of earlier runs stay in the
    // store (JobStore::finishedJobs); retry() and remove() load them when asked.
    QList<qint64> jobIds() const;
    const UploadJob *job(qint64 jobId) const; // nullptr when not held (see jobIds())
    // The job as the queue holds it, else as the store has it.
    std::optional<UploadJob> storedJob(qint64 jobId) const;
    JobStore *store() const { return m_store; }
    QList<JobHistoryEntry> history(qint64 jobId) const;
    // Live figures of a running upload; 0 when none.
    qint64 bytesSent(qint64 jobId) const;
    qint64 bytesTotal(qint64 jobId) const;
    double bytesPerSecond(qint64 jobId) const;
    qint64 secondsLeft(qint64 jobId) const; // -1 unknown
    int preparedPercent(qint64 jobId) const; // while Preparing; -1 otherwise

    void cancel(qint64 jobId);
    void retry(qint64 jobId); // a failed or cancelled job goes back in the queue
    void retryAllFailed();
    void remove(qint64 jobId); // cancels first if it runs
    void moveUp(qint64 jobId);
    void moveDown(qint64 jobId);
    void moveToTop(qint64 jobId);
    void moveToBottom(qint64 jobId);

    // Pausing stops running uploads; they start again from their first byte
    // (an S3 POST cannot resume), which UploadJob::restartsFromZero says.
    void pause();
    void resume();
    bool isPaused() const { return m_paused; }

    // No job is queued, running or waiting (finished ones may remain).
    bool isIdle() const;

    // Offline: no job starts, and a retryable failure puts the job back in
    // the queue without spending an attempt or the retry budget, so a closed
    // laptop lid or a dead gym Wi-Fi does not turn forty clips into forty
    // failures. Back online, the queue carries on by itself.
    void setNetworkAvailable(bool available);
    bool isNetworkAvailable() const { return m_online; }
    // Follows the system's reachability through QNetworkInformation where a
    // backend exists; false (and nothing changes) where none does.
    bool followSystemNetworkStatus();

signals:
    void jobAdded(qint64 jobId);
    void jobChanged(qint64 jobId);
    void jobRemoved(qint64 jobId);
    void jobProgress(qint64 jobId, qint64 sent, qint64 total);
    void jobPreparing(qint64 jobId, int percent);
    void orderChanged();
    void pausedChanged(bool paused);
    void networkAvailableChanged(bool available);
    void idle();
    // The store refused a write: the queue stops rather than run unrecorded.
    void storageFailed(const QString &message);

private:
    using Step = JobHistory::Step;
    using Outcome = JobHistory::Outcome;

    UploadJob *find(qint64 jobId);
    // A job of the store the queue did not load, put in queue order (jobAdded).
    UploadJob *hold(const UploadJob &stored);
    // Queued, or waiting to retry and its time has come.
    static bool isDue(const UploadJob &job, const QDateTime &now);
    // historySession: the session the history line names, when not the job's own.
    bool persist(UploadJob &job, Step step, Outcome outcome, int httpStatus = 0, const QString &code = {},
                 const QString &message = {}, const QString &historySession = {});
    // A status line whose outcome is the capture's status in Uplift's own word
    // ("processing", ...): the server's vocabulary, not the history's.
    bool persistStatus(UploadJob &job, const QString &status);
    // A line an attempt decided (UploadAttempt::failed, dropReservation, a Result's lines), as it names itself.
    bool store(UploadJob &job, const JobHistory::Line &line);
    // The line as stored; written only through persist(), persistStatus() and store().
    bool record(UploadJob &job, const QString &step, const QString &outcome, int httpStatus, const QString &code,
                const QString &message, const QString &session);
    // Stores what an attempt decided, line by line, then does what it says next.
    void apply(UploadJob &job, UploadAttempt *attempt, const UploadAttempt::Result &result);
    UploadAttempt::Retrying retrying();

    void schedule();
    int running() const;
    int uploading() const;
    void begin(UploadJob &job);
    // The job's attempt, made when it has none: with the question its history leaves open.
    UploadAttempt *attemptFor(const UploadJob &job);
    // Ends the job's attempt (the clip is in the bucket, or the job cancelled or removed).
    void endAttempt(qint64 jobId);
    void schedulePreparation();
    void prepare(UploadJob &job);
    void onPrepared(qint64 jobId, const ClipRemux::Result &result);
    // Milliseconds the upload of this job needs at the speed measured so far,
    // with head room; 0 when no speed is known yet.
    qint64 expectedUploadMs(const UploadJob &job) const;
    // The file about to be sent is still what was queued (or prepared).
    bool checkUploadFile(UploadJob &job);
    void reserve(UploadJob &job);
    // Reserves the next due clip when every upload slot is busy and one of them is about to free.
    void reserveAhead();
    void upload(UploadJob &job);
    void onReserved(qint64 jobId, const CaptureApi::Reserved &r);
    void onReserveFailed(qint64 jobId, const CaptureApi::Failure &f);
    void onUploadFinished(qint64 jobId, const S3PostResult &result);
    // Answers to the question an attempt asked (reconciling); the status
    // follower hears its own.
    void onAnswer(qint64 jobId, const QString &status, const QString &errorText);
    void onCapturesListed(qint64 requestId, const QList<CaptureApi::Listed> &captures);
    void onQuestionFailed(qint64 requestId, const CaptureApi::Failure &f);
    // What the status follower learnt of an uploaded clip.
    void onStatusKnown(qint64 jobId, const QString &status, const QString &errorText);
    void onStatusUnknown(qint64 jobId, const CaptureApi::Failure &f);
    void followStatus(const UploadJob &job);
    void saveOrder();
    void armWakeUp();
    void checkIdle();

    JobStore *m_store;
    CaptureApi *m_api;
    // Where the uploads run; deleted in the destructor, after the attempts.
    std::unique_ptr<UploadThread> m_uploadThread;
    PreparationLane *m_lane;
    StatusFollower *m_follower;
    Timing m_timing;
    RetryBudget m_budget;
    QRandomGenerator m_random { QRandomGenerator::securelySeeded() };
    int m_parallel = 3;
    bool m_paused = false;
    bool m_online = true;
    bool m_started = false;
    QList<UploadJob> m_jobs; // in queue order
    // Every job on its way to the bucket (in flight, or waiting to try again).
    QHash<qint64, UploadAttempt *> m_attempts;
    double m_reserveRoundTripMs = 0; // of the last reservations (smoothed); 0 unknown
    qint64 m_aheadCheckedMs = -1000; // throttles reserveAhead() on progress
    QElapsedTimer m_clock;
    double m_measuredBytesPerSecond = 0; // of the last finished upload; 0 unknown
    QTimer m_wakeUp;
    // Shared with the running uploads' bodies, which may outlive the queue.
    std::shared_ptr<BandwidthCap> m_cap = std::make_shared<BandwidthCap>();
};
