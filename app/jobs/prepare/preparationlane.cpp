#include "jobs/prepare/preparationlane.h"

#include "jobs/prepare/clippreparer.h"
#include "jobs/store/reconciliation.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

PreparationLane::PreparationLane(QObject *parent)
    : QObject(parent)
    , m_preparer(new ClipPreparer(this))
    , m_folder(
          QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("prepared")))
{
    connect(m_preparer, &ClipPreparer::progress, this, [this](qint64 jobId, int percent) {
        if (m_percent.contains(jobId)) {
            m_percent[jobId] = percent;
            emit progress(jobId, percent);
        }
    });
    connect(m_preparer, &ClipPreparer::finished, this, [this](qint64 jobId, const ClipRemux::Result &result) {
        m_percent.remove(jobId);
        emit finished(jobId, result);
    });
}

PreparationLane::~PreparationLane() = default;

bool PreparationLane::needsPreparing(const UploadJob &job)
{
    return job.prepare && !job.isUploaded() && !job.preparedUnchanged();
}

void PreparationLane::discardPrepared(UploadJob &job)
{
    if (!job.prepare || job.preparedPath.isEmpty())
        return;
    QFile::remove(job.preparedPath);
    job.preparedPath.clear();
    job.preparedSize = -1;
    job.preparedModified = QDateTime();
}

bool PreparationLane::busy() const
{
    return m_preparer->running() > 0;
}

int PreparationLane::next(const QList<UploadJob> &jobs, int parallel) const
{
    if (busy())
        return -1;
    const auto waiting = [](const UploadJob &job) {
        return job.state == UploadJob::State::Queued || job.state == UploadJob::State::WaitingToRetry;
    };
    const int ahead = int(std::count_if(jobs.cbegin(), jobs.cend(), [&](const UploadJob &job) {
        return waiting(job) && job.prepare && !needsPreparing(job);
    }));
    if (ahead >= parallel)
        return -1;
    for (int i = 0; i < jobs.size(); ++i) {
        if (waiting(jobs[i]) && needsPreparing(jobs[i]))
            return i;
    }
    return -1;
}

QString PreparationLane::targetFor(qint64 jobId) const
{
    return QDir(m_folder).filePath(QStringLiteral("%1.mov").arg(jobId));
}

void PreparationLane::start(const UploadJob &job)
{
    ClipRemux::Request request;
    request.source = job.filePath;
    request.target = targetFor(job.id);
    request.startMs = job.clipStartMs;
    request.endMs = job.clipEndMs;
    // A range carries its own filming time (the capture_time it is reserved with).
    if (job.hasRange())
        request.creationTime = Reconciliation::pinnedCaptureTime(job.specJson);
    m_percent.insert(job.id, 0);
    emit progress(job.id, 0);
    m_preparer->start(job.id, request, m_delay);
}

void PreparationLane::cancel(qint64 jobId)
{
    m_preparer->cancel(jobId);
    m_percent.remove(jobId);
}

void PreparationLane::sweep(const QList<UploadJob> &jobs) const
{
    QSet<QString> wanted;
    for (const UploadJob &job : jobs) {
        if (!job.preparedPath.isEmpty() && !job.isUploaded() && job.state != UploadJob::State::Cancelled)
            wanted.insert(QFileInfo(job.preparedPath).absoluteFilePath());
    }
    QDirIterator it(m_folder, QDir::Files);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
        if (!wanted.contains(path))
            QFile::remove(path);
    }
}

QString PreparationLane::madeMessage(const UploadJob &job, const ClipRemux::Result &result)
{
    QString message;
    if (job.hasRange()) {
        message = tr("Cut %1 s to %2 s into a .mov (%3 MB)")
                      .arg(double(result.cutStartMs) / 1000.0, 0, 'f', 1)
                      .arg(double(result.cutStartMs + result.durationMs) / 1000.0, 0, 'f', 1)
                      .arg(double(result.bytes) / 1e6, 0, 'f', 1);
        if (result.cutStartMs < job.clipStartMs)
            message += QLatin1Char(' ')
                + tr("(starts %1 s before the mark, at the keyframe)")
                      .arg(double(job.clipStartMs - result.cutStartMs) / 1000.0, 0, 'f', 1);
    } else {
        message = tr("Made into a .mov without re-encoding (%1 MB)").arg(double(result.bytes) / 1e6, 0, 'f', 1);
    }
    if (!result.leftOut.isEmpty())
        message += QStringLiteral("; ") + tr("left out: %1").arg(result.leftOut.join(QStringLiteral(", ")));
    if (!result.warning.isEmpty())
        message += QStringLiteral("; ") + result.warning;
    return message;
}
