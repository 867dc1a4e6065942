#include "jobs/store/uploadjob.h"

#include "api/messages/capturespec.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

UploadJob UploadJob::resumedAfterRestart(UploadJob job)
{
    switch (job.state) {
    case State::Uploading:
        job.state = State::Queued;
        job.restartsFromZero = true;
        break;
    case State::Preparing:
        // Half a file: made again from the start (the part file is removed then).
        job.state = State::Queued;
        job.preparedPath.clear();
        job.preparedSize = -1;
        job.preparedModified = QDateTime();
        break;
    case State::Uploaded:
    case State::Processing:
    case State::Reserving:
    case State::Queued:
    case State::WaitingToRetry:
    case State::Completed:
    case State::Failed:
    case State::Cancelled:
        break;
    }
    return job;
}

QString UploadJob::clipName() const
{
    const QString name
        = QJsonDocument::fromJson(specJson).object().value(QStringLiteral("file_name")).toString().left(300);
    return name.isEmpty() ? QFileInfo(filePath).fileName() : name;
}

bool UploadJob::preparedUnchanged() const
{
    if (!prepare)
        return true;
    if (preparedPath.isEmpty())
        return false;
    const QFileInfo info(preparedPath);
    return info.isFile() && info.size() == preparedSize && preparedSize > 0
        && info.lastModified().toUTC().toMSecsSinceEpoch() == preparedModified.toMSecsSinceEpoch();
}

bool UploadJob::fileUnchanged(QString *why) const
{
    const QFileInfo info(filePath);
    if (!info.exists()) {
        if (why)
            *why = tr("The recording is no longer there (moved or deleted?): %1").arg(filePath);
        return false;
    }
    const QDateTime modified = info.lastModified().toUTC();
    if (info.size() != fileSize
        || (fileModified.isValid() && modified.toMSecsSinceEpoch() != fileModified.toMSecsSinceEpoch())) {
        if (why)
            *why = tr("The file was changed after it was queued: %1").arg(filePath);
        return false;
    }
    return true;
}

QString UploadJob::stateName(State state)
{
    switch (state) {
    case State::Queued:
        return QStringLiteral("queued");
    case State::Reserving:
        return QStringLiteral("reserving");
    case State::Uploading:
        return QStringLiteral("uploading");
    case State::Uploaded:
        return QStringLiteral("uploaded");
    case State::Processing:
        return QStringLiteral("processing");
    case State::Completed:
        return QStringLiteral("completed");
    case State::Failed:
        return QStringLiteral("failed");
    case State::Cancelled:
        return QStringLiteral("cancelled");
    case State::WaitingToRetry:
        return QStringLiteral("waiting_to_retry");
    case State::Preparing:
        return QStringLiteral("preparing");
    }
    return QString();
}

std::optional<UploadJob::State> UploadJob::stateFromName(const QString &name)
{
    for (State s : allStates()) {
        if (stateName(s) == name)
            return s;
    }
    return std::nullopt;
}

QString UploadJob::stateText(State state)
{
    switch (state) {
    case State::Queued:
        return tr("Queued");
    case State::Reserving:
        return tr("Reserving");
    case State::Uploading:
        return tr("Uploading");
    case State::Uploaded:
        return tr("Uploaded");
    case State::Processing:
        return tr("Processing");
    case State::Completed:
        return tr("Done");
    case State::Failed:
        return tr("Failed");
    case State::Cancelled:
        return tr("Cancelled");
    case State::WaitingToRetry:
        return tr("Waiting to retry");
    case State::Preparing:
        return tr("Preparing");
    }
    return QString();
}

QList<UploadJob::State> UploadJob::allStates()
{
    return { State::Queued,    State::Reserving, State::Uploading, State::Uploaded,       State::Processing,
             State::Completed, State::Failed,    State::Cancelled, State::WaitingToRetry, State::Preparing };
}

UploadJob UploadJob::forCapture(const QString &filePath, const CaptureSpec &spec)
{
    UploadJob job;
    job.filePath = filePath;
    job.athleteId = spec.athleteId;
    job.sessionGroupId = spec.sessionGroupId;
    job.activity = spec.activity;
    job.movement = spec.movement;
    job.specJson = QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact);
    return job;
}
