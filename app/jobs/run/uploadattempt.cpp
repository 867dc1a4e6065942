#include "jobs/run/uploadattempt.h"

#include "jobs/prepare/preparationlane.h"
#include "jobs/run/cappedbody.h"
#include "upload/s3postupload.h"
#include "upload/uploadthread.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace {

// The POST /captures body with the session group set, so that a job
// reserved again (expired policy, lost answer) stays in its group.
QByteArray withSessionGroup(const QByteArray &specJson, const QString &groupId)
{
    if (groupId.isEmpty())
        return specJson;
    QJsonObject o = QJsonDocument::fromJson(specJson).object();
    if (o.isEmpty())
        return specJson;
    o.insert(QStringLiteral("session_group_id"), groupId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void forgetReservation(UploadJob &job)
{
    job.sessionId.clear();
    job.uploadUrl.clear();
    job.uploadFields.clear();
    job.uploadExpiresAt = QDateTime();
}

} // namespace

UploadAttempt::UploadAttempt(qint64 jobId, std::optional<Reconciliation::Unsettled> question, QObject *parent)
    : QObject(parent)
    , m_jobId(jobId)
    , m_question(std::move(question))
{
}

UploadAttempt::~UploadAttempt()
{
    if (m_upload) {
        // Deleted with this object (its child): that stops the upload.
        m_upload->disconnect(this);
        m_upload->cancel();
    }
}

UploadAttempt::Line UploadAttempt::line(const UploadJob &job, Step step, Outcome outcome, int httpStatus,
                                        const QString &code, const QString &message)
{
    return Line { step, outcome, httpStatus, code, message, job.sessionId };
}

UploadAttempt::Next UploadAttempt::begin(const UploadJob &job, qint64 usableForMs) const
{
    if (m_question)
        return Next::Ask;
    // A window that closes before the upload can finish at the speed seen
    // so far would be refused part way: reserve a fresh one instead.
    const bool usable = job.hasReservation() && job.uploadExpiresAt.isValid()
        && QDateTime::currentDateTimeUtc().msecsTo(job.uploadExpiresAt) > usableForMs;
    return usable ? Next::Upload : Next::Reserve;
}

UploadAttempt::Result UploadAttempt::reserve(UploadJob &job)
{
    Result r;
    if (job.hasReservation()) {
        // Its window is closed or closing: the old session id stays in this
        // line, the new one comes with the answer.
        r.lines << line(job, Step::Reserve, Outcome::ReplaceExpired, 0, {},
                        tr("The upload window closed; reserving a new one in the same session group."));
        forgetReservation(job);
    }
    job.state = UploadJob::State::Reserving;
    r.lines << line(job, Step::Reserve, Outcome::Start);
    r.next = Next::SendReservation;
    return r;
}

void UploadAttempt::sendReservation(CaptureApi *api, const UploadJob &job)
{
    m_waiting = Waiting::Reservation;
    m_reserveSentAt = QDateTime::currentDateTimeUtc();
    api->reserve(job.id, withSessionGroup(job.specJson, job.sessionGroupId));
}

UploadAttempt::Result UploadAttempt::reserved(UploadJob &job, const CaptureApi::Reserved &reservation, bool held,
                                              bool slotsBusy)
{
    m_waiting = Waiting::Nothing;
    job.sessionId = reservation.sessionId;
    if (!reservation.sessionGroupId.isEmpty())
        job.sessionGroupId = reservation.sessionGroupId;
    job.uploadUrl = reservation.uploadUrl;
    job.uploadFields = reservation.uploadFields;
    job.uploadExpiresAt = reservation.uploadExpiresAt;
    // A reservation is not yet progress: the attempts and the retry tokens
    // spent so far stand until the clip is uploaded, so a target that is
    // refused every time cannot reserve without end.
    if (const QDateTime sent = std::exchange(m_reserveSentAt, QDateTime()); sent.isValid())
        m_roundTripMs = std::max<qint64>(0, sent.msecsTo(QDateTime::currentDateTimeUtc()));
    // Reserved ahead and every slot still busy: it waits, reserved, and starts
    // the moment one frees (begin() finds the reservation usable). Paused or
    // offline meanwhile: it keeps its target and waits the same way.
    const bool waits = held || (m_reservedAhead && slotsBusy);
    if (waits)
        job.state = UploadJob::State::Queued;
    const QString why = held ? tr("Reserved; it uploads when uploads go on.")
        : waits              ? tr("Reserved ahead; it uploads when a running upload ends.")
                             : QString();
    Result r;
    r.lines << line(job, Step::Reserve, Outcome::Ok, 0, {}, why);
    if (!waits) {
        m_reservedAhead = false;
        r.next = Next::Upload;
    }
    return r;
}

UploadAttempt::Result UploadAttempt::reserveFailed(UploadJob &job, const CaptureApi::Failure &f,
                                                   const Retrying &retrying)
{
    m_waiting = Waiting::Nothing;
    const QDateTime sentAt = std::exchange(m_reserveSentAt, QDateTime());
    if (f.retryable && f.httpStatus == 0 && retrying.online && sentAt.isValid()) {
        // No answer (timeout, dropped connection): the server may have made
        // the capture all the same. Look for it before reserving again.
        m_question = Reconciliation::Unsettled { Reconciliation::Question::LostReservation, sentAt };
    }
    Result r;
    if (f.retryable)
        r.lines << retryLater(job, Step::Reserve, f.timeout, f.retryAfterSeconds, f.httpStatus, f.code, f.message,
                              retrying);
    else
        r.lines << failed(job, Step::Reserve, f.httpStatus, f.code, f.message);
    return r;
}

UploadAttempt::Result UploadAttempt::uploading(UploadJob &job)
{
    job.state = UploadJob::State::Uploading;
    return Result { { line(job, Step::Upload, Outcome::Start) }, Next::Nothing };
}

void UploadAttempt::start(UploadThread *thread, const UploadJob &job, const Transfer &transfer)
{
    abort();
    auto *u = new ThreadedS3Upload(thread, this);
    u->setStallTimeout(transfer.stallTimeout);
    u->setAnswerDeadline(transfer.answerDeadline);
    if (transfer.cap && transfer.cap->isOn()) {
        // Capped where the body is read (in the upload thread, where the
        // wrapper is called), so the bytes and the Content-Length stay
        // exactly what S3 signed for.
        u->setBodyWrapper([cap = transfer.cap](QIODevice *body) -> QIODevice * { return new CappedBody(body, cap); });
    }
    m_upload = u;
    m_waiting = Waiting::Upload;
    m_uploadClock.start();
    connect(u, &ThreadedS3Upload::progress, this, &UploadAttempt::progress);
    connect(u, &ThreadedS3Upload::finished, this, [this, u](const S3PostResult &result) {
        if (u != m_upload)
            return;
        m_upload = nullptr;
        m_waiting = Waiting::Nothing;
        u->deleteLater();
        emit finished(result);
    });
    FormFields fields;
    for (const auto &f : std::as_const(job.uploadFields))
        fields.append({ f.first, f.second });
    u->start(job.uploadUrl, fields, job.uploadPath());
}

void UploadAttempt::abort()
{
    if (ThreadedS3Upload *u = std::exchange(m_upload, nullptr)) {
        u->disconnect(this);
        u->cancel();
        u->deleteLater();
    }
    if (m_waiting == Waiting::Upload)
        m_waiting = Waiting::Nothing;
}

qint64 UploadAttempt::bytesSent() const
{
    return m_upload ? m_upload->bytesSent() : 0;
}

qint64 UploadAttempt::bytesTotal() const
{
    return m_upload ? m_upload->bytesTotal() : 0;
}

double UploadAttempt::bytesPerSecond() const
{
    return m_upload ? m_upload->bytesPerSecond() : 0.0;
}

qint64 UploadAttempt::secondsLeft() const
{
    return m_upload ? m_upload->secondsLeft() : -1;
}

UploadAttempt::Result UploadAttempt::uploadFinished(UploadJob &job, const S3PostResult &result,
                                                    const Retrying &retrying, bool unreachableBefore,
                                                    std::chrono::milliseconds expiryMargin)
{
    Result r;
    const QString summary = result.technicalSummary();
    switch (result.outcome) {
    case S3PostResult::Outcome::Succeeded:
        if (const qint64 ms = m_uploadClock.isValid() ? m_uploadClock.elapsed() : 0; ms > 0 && result.bytesSent > 0)
            m_measuredBytesPerSecond = 1000.0 * double(result.bytesSent) / double(ms);
        job.state = UploadJob::State::Uploaded;
        job.attempts = 0;
        job.restartsFromZero = false;
        job.lastError.clear();
        job.lastErrorCode.clear();
        job.lastHttpStatus = result.httpStatus;
        if (retrying.budget)
            retrying.budget->recordSuccess(std::exchange(m_tokens, 0));
        PreparationLane::discardPrepared(job); // the clip is in the bucket: the copy on the coach's disk goes
        r.lines << line(job, Step::Upload, Outcome::Ok, result.httpStatus);
        r.next = Next::FollowStatus;
        break;
    case S3PostResult::Outcome::Retryable: {
        job.restartsFromZero = result.bytesSent > 0;
        const QString unreachable = result.networkError == QNetworkReply::ConnectionRefusedError
            ? QStringLiteral("ConnectionRefused")
            : result.networkError == QNetworkReply::HostNotFoundError ? QStringLiteral("HostNotFound")
                                                                      : QString();
        if (result.httpStatus == 0 && !unreachable.isEmpty()) {
            // Nothing reached the target: no connection was ever made, so there is nothing to
            // ask Uplift about. Twice in a row with the same reservation: the address is dead
            // (a sandbox started again elsewhere, a server moved), and a new reservation costs
            // one request where the remaining retries would each meet the same refusal. The
            // attempt is counted and paid for like any other, so reserving and being refused
            // cannot go on without end.
            r.lines << retryLater(job, Step::Upload, false, std::nullopt, 0, unreachable, summary, retrying);
            if (retrying.online && unreachableBefore && job.hasReservation()
                && (job.state == UploadJob::State::WaitingToRetry || job.state == UploadJob::State::Failed))
                r.lines << dropReservation(job, Outcome::ReplaceUnreachable,
                                           tr("The upload address did not answer twice; reserving a new one in the "
                                              "same session group."));
            break;
        }
        if (result.httpStatus == 0 && !job.sessionId.isEmpty()) {
            // No answer (reset, stall, dropped connection): S3 may have stored
            // the whole file all the same (the byte count seen here cannot
            // tell). Ask Uplift before sending it again.
            m_question = Reconciliation::Unsettled { Reconciliation::Question::InterruptedUpload, {} };
        }
        r.lines << retryLater(job, Step::Upload, result.stalled, std::nullopt, result.httpStatus,
                              result.stalled ? QStringLiteral("Stalled") : result.s3.code,
                              result.stalled ? tr("No data moved for too long; the upload will start again.") : summary,
                              retrying);
        break;
    }
    case S3PostResult::Outcome::Rejected: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // An expired policy is a 403 AccessDenied once the window has closed;
        // decided on status, code and the expiry we were given, not on text.
        const bool expired = result.httpStatus == 403 && result.s3.code == QLatin1String("AccessDenied")
            && job.uploadExpiresAt.isValid() && now.msecsTo(job.uploadExpiresAt) <= expiryMargin.count();
        if (result.httpStatus == 429) {
            r.lines << retryLater(job, Step::Upload, false, std::nullopt, 429, result.s3.code, summary, retrying);
        } else if (expired) {
            // Reserved again after the backoff, and counted: a server whose
            // targets are always expired must not be asked without end.
            job.restartsFromZero = result.bytesSent > 0;
            r.lines << retryLater(job, Step::Upload, false, std::nullopt, 403, result.s3.code,
                                  tr("The upload window closed before the upload finished."), retrying,
                                  Outcome::Expired);
        } else {
            r.lines << failed(job, Step::Upload, result.httpStatus, result.s3.code,
                              result.s3.message.isEmpty() ? summary : result.s3.message);
        }
        break;
    }
    case S3PostResult::Outcome::LocalProblem:
        r.lines << failed(job, Step::Upload, 0, QStringLiteral("LocalProblem"), result.localProblem);
        break;
    case S3PostResult::Outcome::Cancelled:
        break; // whoever cancelled records the transition
    }
    return r;
}

UploadAttempt::Line UploadAttempt::retryLater(UploadJob &job, Step step, bool afterTimeout,
                                              std::optional<qint64> retryAfter, int httpStatus, const QString &code,
                                              const QString &message, const Retrying &retrying, Outcome outcome)
{
    job.lastHttpStatus = httpStatus;
    job.lastErrorCode = code;
    job.lastError = message;
    if (!retrying.online && httpStatus == 0) {
        // No answer because there is no network: not the server's fault,
        // not worth an attempt. It runs again when the network is back.
        job.state = UploadJob::State::Queued;
        job.nextAttemptAt = QDateTime();
        return line(job, step, Outcome::Offline, 0, code, message);
    }
    job.attempts += 1;
    const RetryPolicy::Decision d
        = retrying.policy->decide(job.attempts, afterTimeout, retryAfter, retrying.budget, retrying.random);
    if (d.verdict != RetryPolicy::Verdict::Retry) {
        job.state = UploadJob::State::Failed;
        job.failurePermanent = false; // "retry" may still work later
        job.nextAttemptAt = QDateTime();
        return line(job, step,
                    d.verdict == RetryPolicy::Verdict::AttemptsExhausted ? Outcome::AttemptsExhausted
                                                                         : Outcome::BudgetExhausted,
                    httpStatus, code, message);
    }
    m_tokens = d.tokensSpent;
    job.state = UploadJob::State::WaitingToRetry;
    job.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(d.delay.count());
    return line(job, step, outcome, httpStatus, code, message);
}

UploadAttempt::Line UploadAttempt::failed(UploadJob &job, Step step, int httpStatus, const QString &code,
                                          const QString &message)
{
    job.state = UploadJob::State::Failed;
    job.failurePermanent = true;
    job.lastHttpStatus = httpStatus;
    job.lastErrorCode = code;
    job.lastError = message;
    job.nextAttemptAt = QDateTime();
    return line(job, step, Outcome::Failed, httpStatus, code, message);
}

UploadAttempt::Line UploadAttempt::dropReservation(UploadJob &job, Outcome outcome, const QString &why)
{
    Line l = line(job, Step::Reserve, outcome, 0, {}, why); // names the session given up
    forgetReservation(job);
    return l;
}

UploadAttempt::Result UploadAttempt::ask(UploadJob &job)
{
    job.state = UploadJob::State::Reserving; // a request to the API is in flight
    const bool lostReservation = m_question && m_question->question == Reconciliation::Question::LostReservation;
    Result r;
    r.lines << line(job, Step::Reconcile, Outcome::Start, 0, {},
                    lostReservation ? tr("Looking through the captures list for the reservation whose answer was lost.")
                                    : tr("Asking Uplift whether the interrupted upload arrived."));
    r.next = Next::Ask;
    return r;
}

void UploadAttempt::sendQuestion(CaptureApi *api, const UploadJob &job)
{
    if (!m_question)
        return;
    m_waiting = Waiting::Answer;
    if (m_question->question == Reconciliation::Question::LostReservation) {
        CaptureApi::ListQuery query;
        query.athleteId = job.athleteId;
        query.activity = job.activity;
        query.movement = job.movement;
        api->listCaptures(job.id, query);
    } else {
        api->fetchStatus(job.id, job.sessionId);
    }
}

UploadAttempt::Result UploadAttempt::listed(UploadJob &job, const QList<CaptureApi::Listed> &captures,
                                            const QSet<QString> &knownSessions, std::chrono::milliseconds window)
{
    // Settling answers the question, not the failure that raised it: the
    // attempts and retry tokens spent stay spent.
    m_waiting = Waiting::Nothing;
    const Reconciliation::Unsettled step = m_question.value_or(Reconciliation::Unsettled {});
    m_question.reset();
    job.state = UploadJob::State::Queued;
    Result r;
    const std::optional<CaptureApi::Listed> found
        = Reconciliation::lostReservationIn(captures, job, step, knownSessions, window);
    if (!found) {
        r.lines << line(job, Step::Reconcile, Outcome::Unmatched, 0, {},
                        tr("No capture in the list matches the reservation whose answer was lost; reserving "
                           "again."));
        return r;
    }
    // Found, but the list does not carry the signed upload form and the API
    // has no way to fetch it again: the capture stays behind, awaiting upload,
    // named in the history (so it is never matched again); a new reservation
    // in the same session group takes the clip.
    Line l = line(job, Step::Reconcile, Outcome::Orphaned, 0, {},
                  tr("The lost reservation was found (%1, awaiting upload), but its upload form cannot be fetched "
                     "again; reserving a new one in the same session group.")
                      .arg(found->sessionId));
    l.session = found->sessionId;
    r.lines << l;
    return r;
}

UploadAttempt::Result UploadAttempt::answered(UploadJob &job, const QString &status, const QString &errorText,
                                              const Retrying &retrying)
{
    m_waiting = Waiting::Nothing;
    m_question.reset();
    if (status == QLatin1String("awaiting_upload")) {
        job.state = UploadJob::State::Queued;
        return Result { { line(job, Step::Reconcile, Outcome::NotUploaded, 0, {},
                               tr("The interrupted upload had not arrived; it starts again from the beginning.")) },
                        Next::Nothing };
    }
    return adopt(job, status, errorText, retrying);
}

UploadAttempt::Result UploadAttempt::adopt(UploadJob &job, const QString &status, const QString &errorText,
                                           const Retrying &retrying)
{
    job.uploadUrl.clear();
    job.uploadFields.clear();
    job.uploadExpiresAt = QDateTime();
    job.restartsFromZero = false;
    job.captureStatus = status;
    job.lastError.clear();
    job.lastErrorCode.clear();
    job.lastHttpStatus = 0;
    // The clip is there: that is the progress the attempts were spent for.
    job.attempts = 0;
    if (retrying.budget)
        retrying.budget->recordSuccess(std::exchange(m_tokens, 0));
    PreparationLane::discardPrepared(job);
    if (status == QLatin1String("completed")) {
        job.state = UploadJob::State::Completed;
    } else if (status == QLatin1String("error")) {
        job.state = UploadJob::State::Failed;
        job.failurePermanent = true;
        job.processingError = errorText;
        job.lastError = errorText;
        job.lastErrorCode = QStringLiteral("ProcessingError");
    } else {
        job.state = status == QLatin1String("processing") ? UploadJob::State::Processing : UploadJob::State::Uploaded;
    }
    Result r;
    r.lines << line(job, Step::Reconcile, Outcome::Matched, 0, {},
                    tr("The clip had already reached Uplift before the interruption; it is not sent again."));
    if (job.state == UploadJob::State::Processing || job.state == UploadJob::State::Uploaded)
        r.next = Next::FollowStatus;
    return r;
}

UploadAttempt::Result UploadAttempt::questionFailed(UploadJob &job, const CaptureApi::Failure &f,
                                                    const Retrying &retrying)
{
    m_waiting = Waiting::Nothing;
    Result r;
    if (f.retryable) {
        // The question stays open: the next attempt asks again.
        r.lines << retryLater(job, Step::Reconcile, f.timeout, f.retryAfterSeconds, f.httpStatus, f.code, f.message,
                              retrying);
        return r;
    }
    const Reconciliation::Unsettled step = m_question.value_or(Reconciliation::Unsettled {});
    m_question.reset();
    job.state = UploadJob::State::Queued;
    if (step.question == Reconciliation::Question::InterruptedUpload && f.httpStatus == 404) {
        // Uplift does not know the session: the clip cannot have reached it
        // through this reservation. Start over with a new one.
        const QString oldSession = job.sessionId;
        forgetReservation(job);
        r.lines << line(job, Step::Reconcile, Outcome::NotUploaded, 404, f.code,
                        tr("Uplift does not know the session %1 any more; reserving a new one.").arg(oldSession));
    } else {
        r.lines << line(job, Step::Reconcile, Outcome::Unchecked, f.httpStatus, f.code,
                        step.question == Reconciliation::Question::LostReservation
                            ? tr("The captures list could not be read (%1); reserving again.").arg(f.message)
                            : tr("Uplift could not say whether the interrupted upload arrived (%1); sending it "
                                 "again.")
                                  .arg(f.message));
    }
    return r;
}
