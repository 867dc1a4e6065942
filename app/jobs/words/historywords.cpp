#include "jobs/words/historywords.h"

using JobHistory::Outcome;
using JobHistory::Step;

QString HistoryWords::step(Step step)
{
    switch (step) {
    case Step::Enqueue:
        return tr("Queued");
    case Step::Resume:
        return tr("Uplift Capture started again");
    case Step::Prepare:
        return tr("Preparing the clip");
    case Step::CheckFile:
        return tr("Checking the video is unchanged");
    case Step::Reserve:
        return tr("Upload link from Uplift");
    case Step::Upload:
        return tr("Upload");
    case Step::Status:
        return tr("Analysis by Uplift");
    case Step::Reconcile:
        return tr("Asking Uplift what became of it");
    case Step::Cancel:
        return tr("Cancelled");
    case Step::Retry:
        return tr("Try again");
    case Step::Pause:
        return tr("Uploads paused");
    }
    return {};
}

QString HistoryWords::outcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Ok:
        return tr("done");
    case Outcome::Start:
        return tr("started");
    case Outcome::Again:
        return tr("made again");
    case Outcome::Interrupted:
        return tr("interrupted");
    case Outcome::PrepareAgain:
        return tr("the video changed, prepared again");
    case Outcome::Restart:
        return tr("goes on from where it was");
    case Outcome::LostAnswer:
        return tr("its answer was lost, Uplift is asked");
    case Outcome::ReplaceExpired:
        return tr("the link had expired, a new one was asked for");
    case Outcome::ReplaceUnreachable:
        return tr("the link could not be used, a new one was asked for");
    case Outcome::Retry:
        return tr("tried again soon");
    case Outcome::Expired:
        return tr("the link expired");
    case Outcome::Offline:
        return tr("waiting for the network");
    case Outcome::AttemptsExhausted:
        return tr("no tries left");
    case Outcome::BudgetExhausted:
        return tr("the time for trying again ran out");
    case Outcome::Failed:
        return tr("failed");
    case Outcome::Completed:
        return tr("completed");
    case Outcome::Error:
        return tr("Uplift reported an error");
    case Outcome::Requested:
        return tr("asked for");
    case Outcome::Matched:
        return tr("found at Uplift");
    case Outcome::NotUploaded:
        return tr("not uploaded yet");
    case Outcome::Unchecked:
        return tr("could not be checked");
    case Outcome::Unmatched:
        return tr("not found at Uplift");
    case Outcome::Orphaned:
        return tr("reserved but never used");
    }
    return {};
}

QString HistoryWords::line(const QString &storedStep, const QString &storedOutcome)
{
    const std::optional<Step> s = JobHistory::stepFrom(storedStep);
    const std::optional<Outcome> o = JobHistory::outcomeFrom(storedOutcome);
    const QString stepText = s ? step(*s) : storedStep;
    const QString outcomeText = o ? outcome(*o) : storedOutcome;
    // "Queued", "Cancelled": an event by itself, not "Queued: done".
    const bool eventByItself = s && (*s == Step::Enqueue || *s == Step::Cancel) && o == Outcome::Ok;
    if (outcomeText.isEmpty() || eventByItself)
        return stepText;
    //: One line of an upload's history: what was done, how it ended ("Upload: started").
    return tr("%1: %2").arg(stepText, outcomeText);
}
