#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

class CaptureSpec;

// One clip on its way to Uplift, as the queue and the store see it. A value
// type: the JobQueue owns the live copies, the JobStore writes every change
// to SQLite before the next network step.
//
// A job's life, and the file where each transition is decided (the queue,
// jobqueue.cpp, stores every one before it acts on it):
//
//   enqueue() ─► Queued ─(needs a .mov)─► Preparing ─► Queued     jobqueue.cpp; preparationlane.cpp makes the file
//                  │
//                  │ begin(): the job's UploadAttempt says where it goes (uploadattempt.cpp)
//                  ├─ a question open ─► Reserving, reconciling ─┬─ arrived ─► Uploaded | Processing | Completed
//                  │                     (Waiting::Answer)        └─ not arrived | not found ─► Queued
//                  ├─ its target still open ─────────────────────────────────► Uploading
//                  └─ reserve() ─► Reserving ─ reserved() ─┬─────────────────► Uploading
//                                  (Waiting::Reservation)  └─ reserved ahead, every slot busy:
//                                                             Queued holding its target; begin() when a slot frees
//   Uploading ─ uploadFinished() ─► Uploaded ─► Processing ─► Completed
//        uploadattempt.cpp; then statusfollower.cpp looks, jobqueue.cpp onStatusKnown() decides
//   Reserving | Uploading | reconciling ─(no answer, 5xx, 429, expired)─► WaitingToRetry ─(its time)─► begin()
//        retryLater() in uploadattempt.cpp; an answer lost leaves a question, LostReservation or
//        InterruptedUpload (reconciliation.cpp reads it back from the history after a crash)
//   any step ─► Failed: for good, or retries exhausted (uploadattempt.cpp); a changed file (jobqueue.cpp)
//   any step before the bucket ─► Cancelled: the coach (jobqueue.cpp cancel() ends the attempt)
//   Processing ─► Failed: Uplift's processing error; never uploaded again
//
// Reserving is stored for both a reservation and a reconciling question in
// flight (the coach sees "Reserving" either way): UploadAttempt::waiting()
// tells them apart in memory, Reconciliation::unsettledFrom() from the
// history after a crash.
class UploadJob
{
    Q_DECLARE_TR_FUNCTIONS(UploadJob)

public:
    // Stored as these numbers in SQLite: append only, never renumber.
    enum class State {
        Queued = 0,
        Reserving = 1,
        Uploading = 2,
        Uploaded = 3,
        Processing = 4,
        Completed = 5,
        Failed = 6,
        Cancelled = 7,
        WaitingToRetry = 8,
        Preparing = 9,
    };

    qint64 id = 0; // 0 until the store has it
    qint64 position = 0; // queue order: smaller goes first (oldest first by default)
    QDateTime createdAt;

    // What to upload and what the coach said about it.
    QString filePath;
    qint64 fileSize = -1;
    QDateTime fileModified; // UTC, milliseconds: compared before every upload
    QString athleteId;
    QString athleteName; // for display only
    QString sessionGroupId; // empty: the server makes a new group
    QString activity;
    QString movement;
    QByteArray specJson; // the POST /captures body (CaptureSpec::toJson), file facts included

    // A recording made into a .mov first: remuxed, and cut to a range when
    // one is set (milliseconds from its first frame; -1: from the start / to
    // the end). The prepared file is what is uploaded; it is checked like the
    // recording before every upload and made again when missing or changed.
    bool prepare = false;
    qint64 clipStartMs = -1;
    qint64 clipEndMs = -1;
    QString preparedPath; // empty until prepared
    qint64 preparedSize = -1;
    QDateTime preparedModified;

    // Where it stands.
    State state = State::Queued;
    bool failurePermanent = false; // with State::Failed: retrying will not help
    QString lastError; // the coach's sentence for the last failure
    QString lastErrorCode; // S3 <Code> or API error code, e.g. "AccessDenied"
    int lastHttpStatus = 0;
    int attempts = 0; // failed attempts since the last success of a step
    QDateTime nextAttemptAt; // with WaitingToRetry
    // The upload was stopped part way (pause, crash, retry): an S3 POST cannot
    // resume, the next attempt sends the file again from its first byte.
    bool restartsFromZero = false;

    // The reservation (POST /captures answer) while it is valid.
    QString sessionId;
    QUrl uploadUrl;
    QList<QPair<QString, QString>> uploadFields; // in the server's order
    QDateTime uploadExpiresAt;

    // After upload: what GET /captures/{id} says.
    QString captureStatus;
    QString processingError;

    bool hasReservation() const { return !sessionId.isEmpty() && uploadUrl.isValid(); }
    bool isFinished() const { return state == State::Completed || state == State::Cancelled || state == State::Failed; }
    // True once the file has reached the bucket: it must never be sent again.
    bool isUploaded() const
    {
        return state == State::Uploaded || state == State::Processing || state == State::Completed
            || (state == State::Failed && !captureStatus.isEmpty());
    }

    // The state a job found in the store at start-up resumes in, after a
    // crash or a kill. Reserving: the answer may have been lost, the queue
    // must reconcile through the captures list before reserving again (it
    // stays Reserving). Uploading: back to Queued with restartsFromZero, its
    // reservation kept while valid. Uploaded/Processing: follow the status,
    // never upload again. Everything else is unchanged.
    static UploadJob resumedAfterRestart(UploadJob job);

    // The file still is what was queued: same size, same modification time.
    // Otherwise false with the coach's reason in *why.
    bool fileUnchanged(QString *why) const;
    // The prepared .mov is there and still what was made.
    bool preparedUnchanged() const;
    // The name the clip is uploaded as (the spec's file_name), else the file's.
    QString clipName() const;
    bool hasRange() const { return clipStartMs >= 0 || clipEndMs >= 0; }
    // The file the S3 POST sends.
    QString uploadPath() const { return prepare ? preparedPath : filePath; }
    qint64 uploadSize() const { return prepare ? preparedSize : fileSize; }

    static QString stateName(State state); // stable machine name ("waiting_to_retry")
    // A queued job for this file described by this capture (the GUI's Upload
    // button and the CLI's upload command both make theirs here).
    static UploadJob forCapture(const QString &filePath, const CaptureSpec &spec);
    static std::optional<State> stateFromName(const QString &name);
    static QString stateText(State state); // translated, for the coach
    static QList<State> allStates();
};

// One line of a job's history: each attempt of each step.
struct JobHistoryEntry
{
    qint64 jobId = 0;
    QDateTime at;
    QString step; // a JobHistory::Step in its stored word (jobs/jobhistory.h)
    QString outcome; // a JobHistory::Outcome in its stored word, or a capture status on a "status" line
    int httpStatus = 0; // 0: no HTTP answer
    QString errorCode; // S3 <Code> or API error code
    QString sessionId; // the reservation this attempt used (kept when a new one replaces it)
    QString message;
};
