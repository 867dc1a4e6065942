#pragma once

#include "jobs/run/captureapi.h"
#include "jobs/store/jobhistory.h"
#include "jobs/store/uploadjob.h"

#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <chrono>
#include <optional>

// Settling a step whose answer was lost, in pure functions: what a job's
// history leaves open after a crash or a kill, and which capture of the
// captures list is the reservation whose answer never came. No state, no
// network: the queue asks, UploadAttempt acts on the answers.
//
// Two questions can be open for a job:
// - LostReservation: POST /captures went out and no answer was recorded. The
//   server may have made the capture; it is looked for in GET /captures
//   before anything is reserved again.
// - InterruptedUpload: an upload ended without an answer after it may have
//   reached the bucket. GET /captures/{id} says whether the file arrived
//   before it is ever sent again.
namespace Reconciliation {

enum class Question { LostReservation, InterruptedUpload };

struct Unsettled
{
    Question question = Question::LostReservation;
    QDateTime sentAt; // when the lost POST /captures went out (LostReservation)
    bool operator==(const Unsettled &) const = default;
};

// The question a job's history leaves open, read back from the history (not
// from a column), so that a second crash while settling leaves the same
// question behind. An interrupted upload with no session to ask about is no
// question (sessionId: the job's current reservation).
std::optional<Unsettled> unsettledFrom(const QList<JobHistoryEntry> &history, const QString &sessionId);

// An attempt that ended without an answer from the other side (retried,
// offline, given up).
bool leftUnanswered(std::optional<JobHistory::Outcome> outcome);

// The error codes of an upload target that cannot be reached at all (the
// connection refused, the host unknown): nothing was sent to it.
bool isUnreachableCode(const QString &code);

// The upload before this one, with the same reservation (sessionId), also
// found its target unreachable; what came between (asking Uplift, a pause, a
// restart) did not reach the target either.
bool unreachableBefore(const QList<JobHistoryEntry> &history, const QString &sessionId);

// The capture_time the spec pins, if any: the server makes it the session's
// create time, so it identifies the reservation to the millisecond.
QDateTime pinnedCaptureTime(const QByteArray &specJson);

// The capture of the list that is the job's lost reservation: one still
// awaiting upload (an uploaded one is another device's: taking it for ours
// would leave our clip never sent), of the same athlete and movement, never
// one this program holds or has replaced (knownSessions, lower case); of
// those, the one made closest to when the reservation was sent, within
// `window`. A capture_time pinned in the spec must match to the millisecond
// (a second for servers that drop the fraction).
std::optional<CaptureApi::Listed> lostReservationIn(const QList<CaptureApi::Listed> &captures, const UploadJob &job,
                                                    const Unsettled &step, const QSet<QString> &knownSessions,
                                                    std::chrono::milliseconds window);

} // namespace Reconciliation
