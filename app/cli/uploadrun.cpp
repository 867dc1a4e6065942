#include "cli/uploadrun.h"

#include "common/printabletext.h"

#include "cli/exitcode.h"
#include "jobs/run/jobqueue.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

UploadRun::UploadRun(JobQueue *queue, const QList<qint64> &jobIds, bool waitForProcessing, bool json, FILE *out,
                     QObject *parent)
    : QObject(parent)
    , m_queue(queue)
    , m_ids(jobIds)
    , m_ids_set(jobIds.begin(), jobIds.end())
    , m_wait(waitForProcessing)
    , m_json(json)
    , m_out(out)
{
    connect(m_queue, &JobQueue::jobChanged, this, &UploadRun::onChanged);
    // A terminal line is redrawn a few times a second, not per progress signal.
    m_redraw.setInterval(250);
    connect(&m_redraw, &QTimer::timeout, this, &UploadRun::drawProgress);
}

void UploadRun::start()
{
    if (m_terminal && !m_json)
        m_redraw.start();
    for (qint64 id : std::as_const(m_ids)) {
        if (const UploadJob *job = m_queue->job(id))
            printJob(*job);
    }
    onChanged(0);
}

bool UploadRun::reached(const UploadJob &job) const
{
    if (job.isFinished())
        return true;
    return !m_wait && job.isUploaded();
}

bool UploadRun::isDone() const
{
    for (qint64 id : m_ids) {
        const UploadJob *job = m_queue->job(id);
        if (job && !reached(*job))
            return false;
    }
    return true;
}

int UploadRun::exitCode() const
{
    int code = ExitCode::Ok;
    // The worst outcome decides: a refusal needs the coach, exhausted retries
    // may pass on their own, a processing error is about the video itself.
    auto rank = [](int c) {
        switch (c) {
        case ExitCode::Rejected:
            return 5;
        case ExitCode::RetriesExhausted:
            return 4;
        case ExitCode::ProcessingFailed:
            return 3;
        case ExitCode::Failure:
            return 2;
        default:
            return 0;
        }
    };
    for (qint64 id : m_ids) {
        const UploadJob *job = m_queue->job(id);
        int c = ExitCode::Ok;
        if (!job || job->state == UploadJob::State::Cancelled)
            c = ExitCode::Failure;
        else if (job->state == UploadJob::State::Failed && job->isUploaded())
            c = ExitCode::ProcessingFailed;
        else if (job->state == UploadJob::State::Failed)
            c = job->failurePermanent ? ExitCode::Rejected : ExitCode::RetriesExhausted;
        else if (!reached(*job))
            c = ExitCode::Failure;
        if (rank(c) > rank(code))
            code = c;
    }
    return code;
}

void UploadRun::endLine()
{
    if (m_lineOpen) {
        std::fputs("\n", m_out);
        m_lineOpen = false;
    }
}

void UploadRun::printJob(const UploadJob &job)
{
    if (m_json) {
        QJsonObject o {
            { QStringLiteral("job"), job.id },
            { QStringLiteral("file"), job.filePath },
            { QStringLiteral("clip"), job.clipName() },
            { QStringLiteral("state"), UploadJob::stateName(job.state) },
            { QStringLiteral("attempts"), job.attempts },
        };
        if (job.hasRange())
            o.insert(QStringLiteral("trim"),
                     QJsonObject { { QStringLiteral("start_ms"), job.clipStartMs },
                                   { QStringLiteral("end_ms"), job.clipEndMs } });
        if (!job.sessionId.isEmpty())
            o.insert(QStringLiteral("session_id"), job.sessionId);
        if (!job.lastError.isEmpty()
            && (job.state == UploadJob::State::Failed || job.state == UploadJob::State::WaitingToRetry)) {
            o.insert(QStringLiteral("error"), job.lastError);
            o.insert(QStringLiteral("error_code"), job.lastErrorCode);
            o.insert(QStringLiteral("http_status"), job.lastHttpStatus);
        }
        if (!job.processingError.isEmpty())
            o.insert(QStringLiteral("processing_error"), job.processingError);
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), m_out);
        std::fputs("\n", m_out);
    } else {
        endLine();
        // Server text (errors) and file names may hold control characters:
        // shown visibly, so they cannot end the line or drive the terminal.
        QString line
            = tr("job %1 %2: %3").arg(job.id).arg(PrintableText::line(job.clipName()), UploadJob::stateText(job.state));
        const bool failing = job.state == UploadJob::State::Failed || job.state == UploadJob::State::WaitingToRetry;
        if (failing && !job.lastError.isEmpty())
            line = tr("%1 (%2)").arg(line, PrintableText::line(job.lastError));
        // A processing failure is also the job's last error: said once.
        if (!job.processingError.isEmpty() && !(failing && job.processingError == job.lastError))
            line = tr("%1 (%2)").arg(line, PrintableText::line(job.processingError));
        std::fputs(line.toLocal8Bit().constData(), m_out);
        std::fputs("\n", m_out);
    }
    std::fflush(m_out);
}

void UploadRun::onChanged(qint64 jobId)
{
    if (m_finished)
        return;
    if (jobId != 0 && m_ids_set.contains(jobId)) {
        if (const UploadJob *job = m_queue->job(jobId))
            printJob(*job);
    }
    if (isDone()) {
        m_finished = true;
        m_redraw.stop();
        endLine();
        emit finished(exitCode());
    }
}

void UploadRun::drawProgress()
{
    qint64 sent = 0, total = 0;
    double speed = 0;
    qint64 left = -1;
    int running = 0;
    QString preparing;
    for (qint64 id : std::as_const(m_ids)) {
        if (const int percent = m_queue->preparedPercent(id); percent >= 0 && preparing.isEmpty()) {
            if (const UploadJob *job = m_queue->job(id))
                preparing = tr("preparing %1: %2 %").arg(PrintableText::line(job->clipName())).arg(percent);
        }
        if (m_queue->bytesTotal(id) <= 0)
            continue;
        ++running;
        sent += m_queue->bytesSent(id);
        total += m_queue->bytesTotal(id);
        speed += m_queue->bytesPerSecond(id);
        left = std::max(left, m_queue->secondsLeft(id));
    }
    if (running == 0 && preparing.isEmpty())
        return;
    const QLocale locale;
    QString line = running == 0 ? QStringLiteral("\r")
                                : tr("\r%1 uploading: %2 of %3, %4/s, %5 s left")
                                      .arg(running)
                                      .arg(locale.formattedDataSize(sent), locale.formattedDataSize(total),
                                           locale.formattedDataSize(qint64(speed)))
                                      .arg(left < 0 ? QStringLiteral("?") : QString::number(left));
    if (!preparing.isEmpty())
        line += (running ? QStringLiteral("; ") : QString()) + preparing;
    line += QStringLiteral("   ");
    std::fputs(line.toLocal8Bit().constData(), m_out);
    std::fflush(m_out);
    m_lineOpen = true;
}
