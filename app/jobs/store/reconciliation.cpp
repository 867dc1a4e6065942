#include "jobs/store/reconciliation.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstdlib>
#include <limits>

namespace Reconciliation {

using JobHistory::Outcome;
using JobHistory::Step;

namespace {

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

bool leftUnanswered(std::optional<Outcome> outcome)
{
    return outcome == Outcome::Retry || outcome == Outcome::Offline || outcome == Outcome::AttemptsExhausted
        || outcome == Outcome::BudgetExhausted;
}

bool isUnreachableCode(const QString &code)
{
    return code == QLatin1String("ConnectionRefused") || code == QLatin1String("HostNotFound");
}

std::optional<Unsettled> unsettledFrom(const QList<JobHistoryEntry> &history, const QString &sessionId)
{
    std::optional<Unsettled> open;
    for (const JobHistoryEntry &e : history) {
        const std::optional<Step> step = JobHistory::stepFrom(e.step);
        const std::optional<Outcome> outcome = JobHistory::outcomeFrom(e.outcome);
        if (step == Step::Reserve) {
            if (outcome == Outcome::Start)
                open = Unsettled { Question::LostReservation, e.at };
            else if (outcome != Outcome::ReplaceExpired)
                open.reset();
        } else if (step == Step::Upload) {
            // An upload that ended without an answer (reset, stall, dropped connection) leaves
            // the question open, as a running queue does: S3 may have stored the file all the
            // same. One whose target could not be reached sent nothing.
            if (outcome == Outcome::Start)
                open = Unsettled { Question::InterruptedUpload, {} };
            else if (!(open && e.httpStatus == 0 && leftUnanswered(outcome) && !isUnreachableCode(e.errorCode)))
                open.reset();
        } else if (step == Step::Reconcile) {
            // Asking and failing to get an answer leave the question open;
            // every other outcome answers it.
            if (!(outcome == Outcome::Start || leftUnanswered(outcome)))
                open.reset();
        } else if (step == Step::Pause || step == Step::Status || step == Step::CheckFile) {
            open.reset();
        }
    }
    if (open && open->question == Question::InterruptedUpload && sessionId.isEmpty())
        open.reset(); // nothing to ask about
    return open;
}

bool unreachableBefore(const QList<JobHistoryEntry> &history, const QString &sessionId)
{
    for (auto it = history.crbegin(); it != history.crend(); ++it) {
        const std::optional<Step> step = JobHistory::stepFrom(it->step);
        if (step == Step::Reserve)
            return false; // a new reservation since
        if (step != Step::Upload || JobHistory::outcomeFrom(it->outcome) == Outcome::Start)
            continue;
        return it->sessionId == sessionId && isUnreachableCode(it->errorCode);
    }
    return false;
}

QDateTime pinnedCaptureTime(const QByteArray &specJson)
{
    const QString text = QJsonDocument::fromJson(specJson).object().value(QStringLiteral("capture_time")).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

std::optional<CaptureApi::Listed> lostReservationIn(const QList<CaptureApi::Listed> &captures, const UploadJob &job,
                                                    const Unsettled &step, const QSet<QString> &knownSessions,
                                                    std::chrono::milliseconds window)
{
    const QDateTime pinned = pinnedCaptureTime(job.specJson);
    const CaptureApi::Listed *best = nullptr;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (const CaptureApi::Listed &c : captures) {
        if (c.status != QLatin1String("awaiting_upload") || knownSessions.contains(c.sessionId.toLower())
            || !sameText(c.athleteId, job.athleteId) || !sameText(c.activity, job.activity)
            || !sameText(c.movement, job.movement) || !c.captureTime.isValid())
            continue;
        qint64 distance = 0;
        if (pinned.isValid()) {
            distance = std::abs(c.captureTime.msecsTo(pinned));
            if (distance >= 1000)
                continue;
        } else {
            if (!step.sentAt.isValid())
                continue;
            distance = std::abs(step.sentAt.msecsTo(c.captureTime));
            if (distance > window.count())
                continue;
        }
        if (distance < bestDistance) {
            best = &c;
            bestDistance = distance;
        }
    }
    if (!best)
        return std::nullopt;
    return *best;
}

} // namespace Reconciliation
