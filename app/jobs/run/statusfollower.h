#pragma once

#include "jobs/run/captureapi.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <functional>

// Follows uploaded clips until Uplift has processed them: when to look next
// (a relaxing backoff), and how (GET /captures/{id} for a few clips, one
// batched GET /captures?status=processing per round for many). Says what it
// learnt with statusKnown or statusUnknown; the queue decides what that
// means for the job and calls follow() again while it is still processing.
//
// It answers only for the requests it sent: a job's status fetches while it
// follows the job, and its rounds' lists, whose request ids are negative so
// that they never meet a job id (the queue's own list requests).
class StatusFollower : public QObject
{
    Q_OBJECT

public:
    struct Timing
    {
        // The first look after this long, doubling up to max.
        std::chrono::milliseconds first { std::chrono::seconds(2) };
        std::chrono::milliseconds max { std::chrono::seconds(60) };
        // From this many clips waiting, one list per round replaces a fetch per clip.
        int listFrom = 3;
    };
    // Monotonic milliseconds; tests give their own clock and call pollDue().
    using Clock = std::function<qint64()>;

    explicit StatusFollower(CaptureApi *api, QObject *parent = nullptr);

    void setTiming(const Timing &timing) { m_timing = timing; }
    void setClock(Clock clock);

    // Looks at the capture after the next backoff step (a job followed before
    // waits longer each time).
    void follow(qint64 jobId, const QString &sessionId);
    // Forgets the job (finished, removed): nothing more is asked or said about it.
    void stop(qint64 jobId);
    bool isFollowing(qint64 jobId) const { return m_sessions.contains(jobId); }
    // When the job's next look is due (the clock's milliseconds); -1 when none
    // is scheduled (not followed, or a request is in flight).
    qint64 dueAt(qint64 jobId) const { return m_due.value(jobId, -1); }
    // Asks about every clip whose look is due; what the timer calls.
    void pollDue();

signals:
    // status: awaiting_upload, processing, completed, error; errorText with "error".
    void statusKnown(qint64 jobId, const QString &status, const QString &errorText);
    void statusUnknown(qint64 jobId, const CaptureApi::Failure &failure);

private:
    void onStatusFetched(qint64 jobId, const QString &status, const QString &errorText);
    void onStatusFailed(qint64 jobId, const CaptureApi::Failure &failure);
    void onListed(qint64 requestId, const QList<CaptureApi::Listed> &captures);
    void onListFailed(qint64 requestId, const CaptureApi::Failure &failure);
    void fetch(qint64 jobId);
    void arm();

    CaptureApi *m_api;
    Timing m_timing;
    Clock m_clock;
    QTimer m_timer;
    QHash<qint64, QString> m_sessions; // followed job → its capture
    QHash<qint64, int> m_polls; // answers so far, for the backoff
    QHash<qint64, qint64> m_due; // job → clock ms of its next look
    QSet<qint64> m_fetching; // jobs with a GET /captures/{id} in flight
    QHash<qint64, QList<qint64>> m_rounds; // list request id (< 0) → the jobs it answers for
    qint64 m_lastRoundId = 0;
};
