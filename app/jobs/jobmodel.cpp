#include "jobs/jobmodel.h"

#include "common/printabletext.h"

#include "jobs/jobqueue.h"
#include "settings/sessiongroups.h"

#include <QFileInfo>

#include <algorithm>

JobModel::JobModel(JobQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_catalogue(MovementCatalogue::builtIn())
    , m_ids(queue->jobIds())
{
    m_flush.setInterval(100);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &JobModel::flushProgress);
    connect(queue, &JobQueue::jobAdded, this, &JobModel::onAdded);
    connect(queue, &JobQueue::jobChanged, this, &JobModel::onChanged);
    connect(queue, &JobQueue::jobRemoved, this, &JobModel::onRemoved);
    connect(queue, &JobQueue::orderChanged, this, &JobModel::onOrderChanged);
    connect(queue, &JobQueue::jobPreparing, this, [this](qint64 jobId, int) {
        m_dirty.insert(jobId);
        if (!m_flush.isActive())
            m_flush.start();
    });
    connect(queue, &JobQueue::jobProgress, this, [this](qint64 jobId, qint64, qint64) {
        m_dirty.insert(jobId);
        // Single-shot and not restarted: the first progress after a flush
        // schedules the next one, so a steady stream gives one update per
        // interval rather than none until it stops.
        if (!m_flush.isActive())
            m_flush.start();
    });
}

int JobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int JobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 JobModel::jobIdAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int JobModel::rowOf(qint64 jobId) const
{
    return int(m_ids.indexOf(jobId));
}

QString JobModel::movementText(const QString &activity, const QString &movement) const
{
    const std::optional<MovementCatalogue::Movement> known = m_catalogue.movement(activity, movement);
    if (known) {
        for (const MovementCatalogue::Activity &a : m_catalogue.activities()) {
            if (a.key.compare(activity.trimmed(), Qt::CaseInsensitive) == 0)
                return tr("%1 · %2").arg(a.label, known->label);
        }
    }
    return tr("%1 / %2").arg(PrintableText::line(activity), PrintableText::line(movement));
}

QString JobModel::sessionGroupText(const QString &groupId) const
{
    if (groupId.isEmpty())
        return {};
    auto it = m_groupNames.constFind(groupId);
    if (it == m_groupNames.constEnd()) {
        const std::optional<SessionGroups::Group> group = SessionGroups().group(groupId);
        it = m_groupNames.insert(groupId, group ? group->name : QString());
    }
    // A group named elsewhere (the command line, another computer): its id's
    // first characters, enough to tell groups apart; the whole id in the tooltip.
    return it->isEmpty() ? tr("Session %1").arg(PrintableText::line(groupId.left(8))) : PrintableText::line(*it);
}

double JobModel::progressOf(qint64 jobId) const
{
    const UploadJob *job = m_queue->job(jobId);
    if (!job)
        return 0.0;
    if (job->isUploaded())
        return 1.0;
    if (job->state == UploadJob::State::Preparing)
        return std::max(0, m_queue->preparedPercent(jobId)) / 100.0;
    if (job->state != UploadJob::State::Uploading)
        return 0.0;
    const qint64 total = m_queue->bytesTotal(jobId);
    return total > 0 ? std::clamp(double(m_queue->bytesSent(jobId)) / double(total), 0.0, 1.0) : 0.0;
}

QString JobModel::formatSpeed(double bytesPerSecond)
{
    if (bytesPerSecond <= 0)
        return QString();
    if (bytesPerSecond >= 1e6)
        return tr("%1 MB/s").arg(bytesPerSecond / 1e6, 0, 'f', 1);
    return tr("%1 kB/s").arg(bytesPerSecond / 1e3, 0, 'f', 0);
}

QString JobModel::formatDuration(qint64 seconds)
{
    if (seconds < 0)
        return QString();
    const qint64 h = seconds / 3600, m = (seconds / 60) % 60, s = seconds % 60;
    if (h > 0)
        return tr("%1:%2:%3").arg(h).arg(m, 2, 10, QLatin1Char('0')).arg(s, 2, 10, QLatin1Char('0'));
    return tr("%1:%2").arg(m).arg(s, 2, 10, QLatin1Char('0'));
}

QVariant JobModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_ids.size())
        return {};
    const qint64 id = m_ids.at(index.row());
    const UploadJob *job = m_queue->job(id);
    if (!job)
        return {};
    if (role == JobIdRole)
        return id;
    if (role == RestartsFromZeroRole)
        return job->restartsFromZero;
    const bool uploading = job->state == UploadJob::State::Uploading;
    if (role == StateNameRole)
        return index.column() == State ? UploadJob::stateName(job->state) : QVariant();
    if (role == RawValueRole) {
        switch (index.column()) {
        case File:
            return job->filePath;
        case Athlete:
            return job->athleteId;
        case Movement:
            return job->movement;
        case SessionGroup:
            return job->sessionGroupId;
        case State:
            return int(job->state);
        case Progress:
            return progressOf(id);
        case Speed:
            return uploading ? m_queue->bytesPerSecond(id) : 0.0;
        case Eta:
            return uploading ? m_queue->secondsLeft(id) : qint64(-1);
        case Attempts:
            return job->attempts;
        case LastError:
            return job->lastErrorCode;
        }
        return {};
    }
    // What is shown comes from servers and file names: control characters
    // are made visible so that a name cannot break or reorder the row.
    if (role == Qt::ToolTipRole && index.column() == LastError)
        return PrintableText::line(job->lastError);
    // The identifiers Uplift knows them by, for support and the details pane.
    if (role == Qt::ToolTipRole && index.column() == Movement)
        return tr("%1 / %2").arg(PrintableText::line(job->activity), PrintableText::line(job->movement));
    if (role == Qt::ToolTipRole && index.column() == SessionGroup)
        return PrintableText::line(job->sessionGroupId);
    if (role == Qt::ToolTipRole && index.column() == Athlete)
        return PrintableText::line(job->athleteId);
    if (role == Qt::ToolTipRole && index.column() == File)
        return job->hasRange() ? tr("%1, %2 s to %3 s")
                                     .arg(PrintableText::line(job->filePath))
                                     .arg(double(std::max<qint64>(0, job->clipStartMs)) / 1000.0, 0, 'f', 1)
                                     .arg(double(job->clipEndMs) / 1000.0, 0, 'f', 1)
                               : PrintableText::line(job->filePath);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case File:
        // The name it is uploaded as: a part of a recording is "<name>-2.mov".
        return PrintableText::line(job->clipName());
    case Athlete:
        // Queued where the roster was not at hand (the command line, first run): the id's start.
        return job->athleteName.isEmpty() ? tr("Athlete %1").arg(PrintableText::line(job->athleteId.left(8)))
                                          : PrintableText::line(job->athleteName);
    case Movement:
        return movementText(job->activity, job->movement);
    case SessionGroup:
        return sessionGroupText(job->sessionGroupId);
    case State:
        return UploadJob::stateText(job->state);
    case Progress:
        if (job->state == UploadJob::State::Preparing)
            return tr("Preparing %1 %").arg(qRound(progressOf(id) * 100));
        return tr("%1 %").arg(qRound(progressOf(id) * 100));
    case Speed:
        return uploading ? formatSpeed(m_queue->bytesPerSecond(id)) : QString();
    case Eta:
        return uploading ? formatDuration(m_queue->secondsLeft(id)) : QString();
    case Attempts:
        // Failed attempts: none is nothing to show ("0" read like a failure).
        return job->attempts > 0 ? QVariant(job->attempts) : QVariant(QString());
    case LastError:
        return PrintableText::line(job->lastError);
    }
    return {};
}

QVariant JobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File:
        return tr("File");
    case Athlete:
        return tr("Athlete");
    case Movement:
        return tr("Movement");
    case SessionGroup:
        return tr("Session group");
    case State:
        return tr("State");
    case Progress:
        return tr("Progress");
    case Speed:
        return tr("Speed");
    case Eta:
        return tr("Time left");
    case Attempts:
        return tr("Retries");
    case LastError:
        return tr("Last error");
    }
    return {};
}

QHash<int, QByteArray> JobModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(RawValueRole, "rawValue");
    names.insert(JobIdRole, "jobId");
    names.insert(RestartsFromZeroRole, "restartsFromZero");
    return names;
}

void JobModel::onAdded(qint64 jobId)
{
    const QList<qint64> order = m_queue->jobIds();
    const int row = int(order.indexOf(jobId));
    if (row < 0 || m_ids.contains(jobId))
        return;
    const int at = std::min(row, int(m_ids.size()));
    beginInsertRows({}, at, at);
    m_ids.insert(at, jobId);
    endInsertRows();
}

void JobModel::onChanged(qint64 jobId)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    m_dirty.remove(jobId);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void JobModel::onRemoved(qint64 jobId)
{
    const int row = rowOf(jobId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_ids.removeAt(row);
    m_dirty.remove(jobId);
    endRemoveRows();
}

void JobModel::onOrderChanged()
{
    const QList<qint64> order = m_queue->jobIds();
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    QList<qint64> idsBefore;
    for (const QModelIndex &i : before)
        idsBefore.append(jobIdAt(i.row()));
    m_ids = order;
    QModelIndexList after;
    for (int k = 0; k < before.size(); ++k) {
        const int row = rowOf(idsBefore.at(k));
        after.append(row < 0 ? QModelIndex() : index(row, before.at(k).column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void JobModel::flushProgress()
{
    int first = -1, last = -1;
    for (qint64 id : std::as_const(m_dirty)) {
        const int row = rowOf(id);
        if (row < 0)
            continue;
        first = first < 0 ? row : std::min(first, row);
        last = std::max(last, row);
    }
    m_dirty.clear();
    if (first >= 0)
        emit dataChanged(index(first, Progress), index(last, Eta), { Qt::DisplayRole, RawValueRole });
}
