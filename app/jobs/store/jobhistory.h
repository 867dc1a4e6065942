#pragma once

#include <QString>

#include <array>
#include <optional>
#include <utility>

// The words of a job's history (JobHistoryEntry::step and ::outcome): what the
// queue writes, what a restart reads back to decide what is still unsettled
// (JobQueue::unsettledFrom), what `history` in the command line prints. They are
// stored as text in the job store: each table below is the one place a value is
// given its stored word. A word once released is never changed (a job store of an
// older version keeps them); a new value gets a new word.
namespace JobHistory {

enum class Step {
    Enqueue, // the clip was queued
    Resume, // the app started again with the job unfinished
    Prepare, // made into a .mov
    CheckFile, // the file about to be sent is still what was queued
    Reserve, // POST /captures
    Upload, // the POST to the bucket
    Status, // the capture's processing status
    Reconcile, // asking Uplift about a step whose answer was lost
    Cancel, // by the coach
    Retry, // asked for by the coach
    Pause, // the queue paused during an upload
};

enum class Outcome {
    Ok,
    Start, // sent or begun; its answer is the next line
    Again, // prepared again
    Interrupted,
    PrepareAgain,
    Restart,
    LostAnswer,
    ReplaceExpired,
    ReplaceUnreachable,
    Retry, // waiting to try again
    Expired, // the upload window closed; reserved again after the wait
    Offline,
    AttemptsExhausted,
    BudgetExhausted,
    Failed,
    Completed,
    Error,
    Requested,
    Matched,
    NotUploaded,
    Unchecked,
    Unmatched,
    Orphaned,
};

inline constexpr std::array<std::pair<Step, const char *>, 11> stepWords { {
    { Step::Enqueue, "enqueue" },
    { Step::Resume, "resume" },
    { Step::Prepare, "prepare" },
    { Step::CheckFile, "check-file" },
    { Step::Reserve, "reserve" },
    { Step::Upload, "upload" },
    { Step::Status, "status" },
    { Step::Reconcile, "reconcile" },
    { Step::Cancel, "cancel" },
    { Step::Retry, "retry" },
    { Step::Pause, "pause" },
} };

inline constexpr std::array<std::pair<Outcome, const char *>, 23> outcomeWords { {
    { Outcome::Ok, "ok" },
    { Outcome::Start, "start" },
    { Outcome::Again, "again" },
    { Outcome::Interrupted, "interrupted" },
    { Outcome::PrepareAgain, "prepare-again" },
    { Outcome::Restart, "restart" },
    { Outcome::LostAnswer, "lost-answer" },
    { Outcome::ReplaceExpired, "replace-expired" },
    { Outcome::ReplaceUnreachable, "replace-unreachable" },
    { Outcome::Retry, "retry" },
    { Outcome::Expired, "expired" },
    { Outcome::Offline, "offline" },
    { Outcome::AttemptsExhausted, "attempts-exhausted" },
    { Outcome::BudgetExhausted, "budget-exhausted" },
    { Outcome::Failed, "failed" },
    { Outcome::Completed, "completed" },
    { Outcome::Error, "error" },
    { Outcome::Requested, "requested" },
    { Outcome::Matched, "matched" },
    { Outcome::NotUploaded, "not-uploaded" },
    { Outcome::Unchecked, "unchecked" },
    { Outcome::Unmatched, "unmatched" },
    { Outcome::Orphaned, "orphaned" },
} };

namespace detail {
template<typename Enum, std::size_t N>
QString word(const std::array<std::pair<Enum, const char *>, N> &table, Enum value)
{
    for (const auto &[v, w] : table) {
        if (v == value)
            return QString::fromLatin1(w);
    }
    return {}; // not reached: every value has its word (tst_jobhistoryvocabulary)
}

template<typename Enum, std::size_t N>
std::optional<Enum> value(const std::array<std::pair<Enum, const char *>, N> &table, const QString &word)
{
    for (const auto &[v, w] : table) {
        if (word == QLatin1String(w))
            return v;
    }
    return std::nullopt;
}
} // namespace detail

inline QString toString(Step step)
{
    return detail::word(stepWords, step);
}

inline QString toString(Outcome outcome)
{
    return detail::word(outcomeWords, outcome);
}

// The value a stored word stands for; nullopt for a word this version does not know
// (a capture status written as a status line's outcome, a newer version's word).
inline std::optional<Step> stepFrom(const QString &word)
{
    return detail::value(stepWords, word);
}

inline std::optional<Outcome> outcomeFrom(const QString &word)
{
    return detail::value(outcomeWords, word);
}

// One line of history to be written, as UploadAttempt hands it to the queue:
// the step, how it ended, and the reservation it names (the job's, or the one
// it gives up).
struct Line
{
    Step step = Step::Enqueue;
    Outcome outcome = Outcome::Ok;
    int httpStatus = 0;
    QString code;
    QString message;
    QString session;
};

} // namespace JobHistory
