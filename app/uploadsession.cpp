#include "uploadsession.h"

#include "accountsettings.h"
#include "afterfirstpaint.h"
#include "api/client/upliftclient.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/queueowner.h"
#include "jobs/store/uploadjob.h"
#include "jobs/words/errorwords.h"
#include "jobs/words/historywords.h"
#include "jobs/words/jobmodel.h"
#include "mainwindow.h"

#include <QFileInfo>
#include <QLocale>
#include <QPointer>
#include <QStatusBar>

#include <optional>

UploadSession::UploadSession(MainWindow *window, QueueOwner *queue, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_uploads(queue)
{
    JobQueue *jobs = m_uploads->queue();
    window->setJobDetailsProvider([this](int row) {
        JobDetailsPane::Details details;
        if (!m_model)
            return details;
        const qint64 id = m_model->index(row, 0).data(JobModel::JobIdRole).toLongLong();
        // A job of the history is not held by the queue: it is read from the store.
        const std::optional<UploadJob> stored = m_uploads->queue()->storedJob(id);
        if (!stored)
            return details;
        const UploadJob *job = &*stored;
        details.fileName = QFileInfo(job->filePath).fileName();
        // In the row's words ("Paused" while the queue is, not "Queued").
        details.state = m_model->index(row, JobModel::State).data().toString();
        details.coachMessage = ErrorWords::forJob(*job);
        QStringList technical;
        if (!job->lastError.isEmpty() && job->lastError != details.coachMessage)
            technical << job->lastError; // as the upload or the server said it
        if (job->lastHttpStatus > 0)
            technical << QStringLiteral("HTTP %1").arg(job->lastHttpStatus);
        if (!job->lastErrorCode.isEmpty())
            technical << job->lastErrorCode;
        if (!job->sessionId.isEmpty())
            technical << QStringLiteral("session %1").arg(job->sessionId);
        details.technical = technical.join(QStringLiteral(" · "));
        const QList<JobHistoryEntry> history = m_uploads->queue()->history(id);
        for (const JobHistoryEntry &entry : history) {
            // In words; what was stored (for support, and the command line's `history`) in its tooltip.
            QStringList what { HistoryWords::line(entry.step, entry.outcome) };
            if (!entry.message.isEmpty())
                what << entry.message;
            QStringList technical { entry.step, entry.outcome };
            if (entry.httpStatus > 0)
                technical << QStringLiteral("HTTP %1").arg(entry.httpStatus);
            if (!entry.errorCode.isEmpty())
                technical << entry.errorCode;
            if (!entry.sessionId.isEmpty())
                technical << entry.sessionId;
            details.history << JobDetailsPane::Event { QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat),
                                                       what.join(QStringLiteral(" · ")),
                                                       technical.join(QStringLiteral(" · ")) };
        }
        return details;
    });

    // Upload asks before a clip is queued a second time for the same athlete, movement and
    // range: the CLI's rule too, one definition (JobQueue::duplicateOf); the earlier job says when.
    window->setDuplicateCheck(
        [this](const MainWindow::UploadRequest &request) -> std::optional<MainWindow::EarlierUpload> {
            const std::optional<UploadJob> before = m_uploads->queue()->duplicateOf(
                request.path, request.spec.athleteId, request.spec.movement, request.clipStartMs, request.clipEndMs);
            if (!before)
                return std::nullopt;
            const bool uploaded = before->state == UploadJob::State::Uploaded
                || before->state == UploadJob::State::Processing || before->state == UploadJob::State::Completed;
            return MainWindow::EarlierUpload { before->createdAt, uploaded };
        });
    connect(window, &MainWindow::uploadRequested, this, [this](const QList<MainWindow::UploadRequest> &requests) {
        JobQueue *queue = m_uploads->queue();
        QStringList problems;
        for (const MainWindow::UploadRequest &request : requests) {
            UploadJob job = UploadJob::forCapture(request.path, request.spec);
            job.athleteName = request.athleteName;
            job.clipStartMs = request.clipStartMs;
            job.clipEndMs = request.clipEndMs;
            QString error;
            if (queue->enqueue(job, &error) == 0)
                problems << tr("%1: %2").arg(QFileInfo(request.path).fileName(), error);
        }
        if (!problems.isEmpty())
            m_window->statusBar()->showMessage(problems.join(QStringLiteral("; ")), 15000);
        updateActive();
    });
    connect(window, &MainWindow::retryJobsRequested, this, [this](const QList<int> &rows) {
        for (qint64 id : jobIds(rows))
            m_uploads->queue()->retry(id);
    });
    connect(window, &MainWindow::cancelJobsRequested, this, [this](const QList<int> &rows) {
        for (qint64 id : jobIds(rows))
            m_uploads->queue()->cancel(id);
    });
    connect(window, &MainWindow::removeJobsRequested, this, [this](const QList<int> &rows) {
        for (qint64 id : jobIds(rows))
            m_uploads->queue()->remove(id);
    });
    connect(window, &MainWindow::retryAllFailedRequested, jobs, &JobQueue::retryAllFailed);
    connect(window, &MainWindow::pauseRequested, this,
            [this](bool paused) { paused ? m_uploads->queue()->pause() : m_uploads->queue()->resume(); });
    // Stopping loses nothing: the queue is in the store and resumes at the next start.
    connect(window, &MainWindow::stopUploadsRequested, jobs, &JobQueue::pause);
    connect(jobs, &JobQueue::pausedChanged, window, &MainWindow::showQueuePaused);
    connect(jobs, &JobQueue::jobChanged, this, &UploadSession::updateActive);
    connect(jobs, &JobQueue::jobAdded, this, &UploadSession::updateActive);
    connect(jobs, &JobQueue::idle, this, &UploadSession::updateActive);
    connect(jobs, &JobQueue::storageFailed, this, [this](const QString &message) {
        m_window->statusBar()->showMessage(tr("The upload queue stopped: %1").arg(message));
    });
}

void UploadSession::start()
{
    if (m_uploads->client()->apiKey().isEmpty()) {
        m_waitingForKey = true;
        return;
    }
    m_waitingForKey = false;
    m_uploads->queue()->start();
    showJobs();
    updateActive();
}

void UploadSession::showJobs()
{
    // Made once the queue has loaded its store: the model lists the jobs the
    // queue holds when it is made, and a previous run's jobs arrive at start().
    if (m_model)
        return;
    m_model = new JobModel(m_uploads->queue(), this);
    JobListView::Columns columns;
    columns.file = JobModel::File;
    columns.state = JobModel::State;
    columns.progress = JobModel::Progress;
    columns.path = JobModel::File;
    columns.rawRole = JobModel::RawValueRole;
    columns.stateRole = JobModel::StateNameRole;
    columns.searchRole = JobModel::SearchTextRole;
    columns.error = JobModel::LastError;
    m_window->setJobModel(m_model, columns);
    // The history (finished jobs of earlier runs) is not read before the window is painted:
    // the list fetches the pages it shows, and the rest comes between events afterwards.
    new AfterFirstPaint(m_window, [model = QPointer<JobModel>(m_model)] {
        if (model)
            model->fetchAllInBackground();
    });
}

bool UploadSession::connectTo(const QUrl &baseUrl, const QString &apiKey, QString *problem)
{
    UpliftClient *client = m_uploads->client();
    QString why;
    if (!client->setBaseUrl(baseUrl, &why)) {
        if (problem)
            *problem = why;
        return false;
    }
    client->setApiKey(apiKey);
    if (m_waitingForKey)
        start();
    return true;
}

void UploadSession::setParallelUploads(int count)
{
    m_uploads->queue()->setParallel(count);
}

void UploadSession::setUploadRateLimit(qint64 bytesPerSecond)
{
    m_uploads->queue()->setBandwidthCap(bytesPerSecond);
}

void UploadSession::follow(AccountSettings *account)
{
    connect(account, &AccountSettings::connected, this, [this](const QUrl &url, const QString &key) {
        QString problem;
        if (!connectTo(url, key, &problem))
            m_window->statusBar()->showMessage(tr("Uploads are not available: %1").arg(problem));
    });
    connect(account, &AccountSettings::parallelUploadsChanged, this, &UploadSession::setParallelUploads);
    connect(account, &AccountSettings::uploadRateLimitChanged, this, &UploadSession::setUploadRateLimit);
}

QList<qint64> UploadSession::jobIds(const QList<int> &rows) const
{
    QList<qint64> ids;
    if (!m_model)
        return ids;
    for (int row : rows)
        ids << m_model->index(row, 0).data(JobModel::JobIdRole).toLongLong();
    return ids;
}

void UploadSession::updateActive()
{
    m_window->setUploadsActive(!m_uploads->queue()->isIdle() && !m_uploads->queue()->isPaused());
}
