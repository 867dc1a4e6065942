#include "jobs/words/jobmodel.h"

#include "common/printabletext.h"

#include "jobs/run/jobqueue.h"
#include "jobs/words/errorwords.h"
#include "settings/sessiongroups.h"

#include <QFileInfo>

#include <algorithm>

JobModel::JobModel(JobQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_catalogue(MovementCatalogue::builtIn())
    , m_ids(queue->jobIds())
{
    // A page per turn of the event loop: the window stays responsive while it reads.
    m_background.setInterval(0);
    connect(&m_background, &QTimer::timeout, this, [this] {
        fetchPage(std::max(m_pageSize, 1000));
        if (m_historyDone)
            m_background.stop();
    });
    m_flush.setInterval(100);
    m_flush.setSingleShot(true);
    connect(&m_flush, &QTimer::timeout, this, &JobModel::flushProgress);
    connect(queue, &JobQueue::jobAdded, this, &JobModel::onAdded);
    connect(queue, &JobQueue::jobChanged, this, &JobModel::onChanged);
    connect(queue, &JobQueue::jobRemoved, this, &JobModel::onRemoved);
    connect(queue, &JobQueue::orderChanged, this, &JobModel::onOrderChanged);
    // A paused queue's waiting jobs say "Paused", not "Queued": every row of the queue is told.
    connect(queue, &JobQueue::pausedChanged, this, [this] {
        if (!m_ids.isEmpty())
            emit dataChanged(index(0, 0), index(int(m_ids.size()) - 1, ColumnCount - 1));
    });
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
    return parent.isValid() ? 0 : int(m_ids.size() + m_history.size());
}

int JobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

qint64 JobModel::jobIdAt(int row) const
{
    if (row >= 0 && row < m_ids.size())
        return m_ids.at(row);
    const qsizetype h = row - m_ids.size();
    return h >= 0 && h < m_history.size() ? m_history.at(h).job.id : 0;
}

int JobModel::historyIndexOf(qint64 jobId) const
{
    for (qsizetype h = 0; h < m_history.size(); ++h) {
        if (m_history.at(h).job.id == jobId)
            return int(h);
    }
    return -1;
}

int JobModel::rowOf(qint64 jobId) const
{
    const qsizetype row = m_ids.indexOf(jobId);
    if (row >= 0)
        return int(row);
    const int h = historyIndexOf(jobId);
    return h < 0 ? -1 : int(m_ids.size()) + h;
}

bool JobModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_historyDone;
}

void JobModel::fetchMore(const QModelIndex &parent)
{
    if (!parent.isValid())
        fetchPage(m_pageSize);
}

void JobModel::fetchAllInBackground()
{
    if (m_historyDone || m_background.isActive())
        return;
    m_background.start();
}

const QString &JobModel::intern(const QString &text)
{
    auto it = m_strings.constFind(text);
    if (it == m_strings.constEnd())
        it = m_strings.insert(text);
    return *it;
}

UploadJob JobModel::asJob(const JobStore::FinishedJob &f)
{
    UploadJob j;
    j.id = f.id;
    j.position = f.position;
    j.state = f.state;
    j.filePath = f.filePath;
    j.athleteId = f.athleteId;
    j.athleteName = f.athleteName;
    j.sessionGroupId = f.sessionGroupId;
    j.activity = f.activity;
    j.movement = f.movement;
    j.lastError = f.lastError;
    j.lastErrorCode = f.lastErrorCode;
    j.attempts = f.attempts;
    j.restartsFromZero = f.restartsFromZero;
    j.clipStartMs = f.clipStartMs;
    j.clipEndMs = f.clipEndMs;
    return j;
}

void JobModel::fetchPage(int rows)
{
    if (m_historyDone)
        return;
    const QList<JobStore::FinishedJob> page = m_queue->store()->finishedJobs(rows, m_historyId);
    if (page.size() < rows)
        m_historyDone = true;
    if (page.isEmpty())
        return;
    m_historyId = page.last().id;
    // A job that finished during this run is already one of the queue's rows.
    const QSet<qint64> held(m_ids.cbegin(), m_ids.cend());
    QList<HistoryRow> added;
    added.reserve(page.size());
    for (const JobStore::FinishedJob &f : page) {
        if (held.contains(f.id))
            continue;
        HistoryRow row { f, {} };
        for (QString *text : { &row.job.athleteId, &row.job.athleteName, &row.job.sessionGroupId, &row.job.activity,
                               &row.job.movement, &row.job.lastError, &row.job.lastErrorCode })
            *text = intern(*text);
        row.search = searchText(asJob(row.job), row.job.fileName);
        added.append(std::move(row));
    }
    if (added.isEmpty())
        return;
    const int first = rowCount();
    beginInsertRows({}, first, first + int(added.size()) - 1);
    m_history.append(std::move(added));
    endInsertRows();
}

QString JobModel::movementText(const QString &activity, const QString &movement) const
{
    const QString key = activity + QLatin1Char('\n') + movement;
    auto it = m_movementNames.constFind(key);
    if (it == m_movementNames.constEnd())
        it = m_movementNames.insert(key, movementName(activity, movement));
    return *it;
}

QString JobModel::movementName(const QString &activity, const QString &movement) const
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

double JobModel::progressOf(const UploadJob &job) const
{
    if (job.isUploaded())
        return 1.0;
    if (job.state == UploadJob::State::Preparing)
        return std::max(0, m_queue->preparedPercent(job.id)) / 100.0;
    if (job.state != UploadJob::State::Uploading)
        return 0.0;
    const qint64 total = m_queue->bytesTotal(job.id);
    return total > 0 ? std::clamp(double(m_queue->bytesSent(job.id)) / double(total), 0.0, 1.0) : 0.0;
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
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() < m_ids.size()) {
        const UploadJob *job = m_queue->job(m_ids.at(index.row()));
        if (!job)
            return {};
        if (role == SearchTextRole)
            return searchText(*job, {});
        return jobData(*job, {}, index.column(), role);
    }
    const HistoryRow &row = m_history.at(index.row() - m_ids.size());
    // The roles asked of every row (the search box, the state filter, the summary) without
    // making the row's UploadJob.
    switch (role) {
    case SearchTextRole:
        return row.search;
    case JobIdRole:
        return row.job.id;
    case StateNameRole:
        return index.column() == State ? UploadJob::stateName(row.job.state) : QVariant();
    default:
        return jobData(asJob(row.job), row.job.fileName, index.column(), role);
    }
}

QString JobModel::searchText(const UploadJob &job, const QString &clipName) const
{
    QStringList texts;
    for (int column = 0; column < ColumnCount; ++column)
        texts << jobData(job, clipName, column, Qt::DisplayRole).toString();
    return texts.join(QLatin1Char('\n')).toCaseFolded();
}

// clipName: the name the clip was uploaded as, when known without the job's spec; empty: job.clipName().
QVariant JobModel::jobData(const UploadJob &job, const QString &clipName, int column, int role) const
{
    const qint64 id = job.id;
    if (role == JobIdRole)
        return id;
    if (role == RestartsFromZeroRole)
        return job.restartsFromZero;
    const bool uploading = job.state == UploadJob::State::Uploading;
    if (role == StateNameRole)
        return column == State ? UploadJob::stateName(job.state) : QVariant();
    if (role == RawValueRole) {
        switch (column) {
        case File:
            return job.filePath;
        case Athlete:
            return job.athleteId;
        case Movement:
            return job.movement;
        case SessionGroup:
            return job.sessionGroupId;
        case State:
            return int(job.state);
        case Progress:
            return progressOf(job);
        case Speed:
            return uploading ? m_queue->bytesPerSecond(id) : 0.0;
        case Eta:
            return uploading ? m_queue->secondsLeft(id) : qint64(-1);
        case Attempts:
            return job.attempts;
        case LastError:
            return job.lastErrorCode;
        }
        return {};
    }
    // What is shown comes from servers and file names: control characters
    // are made visible so that a name cannot break or reorder the row.
    if (role == Qt::ToolTipRole && column == LastError)
        return PrintableText::line(job.lastError);
    // The identifiers Uplift knows them by, for support and the details pane.
    if (role == Qt::ToolTipRole && column == Movement)
        return tr("%1 / %2").arg(PrintableText::line(job.activity), PrintableText::line(job.movement));
    if (role == Qt::ToolTipRole && column == SessionGroup)
        return PrintableText::line(job.sessionGroupId);
    if (role == Qt::ToolTipRole && column == Athlete)
        return PrintableText::line(job.athleteId);
    if (role == Qt::ToolTipRole && column == File)
        return job.hasRange() ? tr("%1, %2 s to %3 s")
                                    .arg(PrintableText::line(job.filePath))
                                    .arg(double(std::max<qint64>(0, job.clipStartMs)) / 1000.0, 0, 'f', 1)
                                    .arg(double(job.clipEndMs) / 1000.0, 0, 'f', 1)
                              : PrintableText::line(job.filePath);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case File:
        // The name it is uploaded as: a part of a recording is "<name>-2.mov".
        return PrintableText::line(clipName.isEmpty() ? job.clipName() : clipName);
    case Athlete:
        // Queued where the roster was not at hand (the command line, first run): the id's start.
        return job.athleteName.isEmpty() ? tr("Athlete %1").arg(PrintableText::line(job.athleteId.left(8)))
                                         : PrintableText::line(job.athleteName);
    case Movement:
        return movementText(job.activity, job.movement);
    case SessionGroup:
        return sessionGroupText(job.sessionGroupId);
    case State:
        if (m_queue->isPaused()
            && (job.state == UploadJob::State::Queued || job.state == UploadJob::State::WaitingToRetry))
            return tr("Paused");
        return UploadJob::stateText(job.state);
    case Progress:
        if (job.state == UploadJob::State::Preparing)
            return tr("Preparing %1 %").arg(qRound(progressOf(job) * 100));
        return tr("%1 %").arg(qRound(progressOf(job) * 100));
    case Speed:
        return uploading ? formatSpeed(m_queue->bytesPerSecond(id)) : QString();
    case Eta:
        return uploading ? formatDuration(m_queue->secondsLeft(id)) : QString();
    case Attempts:
        // Failed attempts: none is nothing to show ("0" read like a failure).
        return job.attempts > 0 ? QVariant(job.attempts) : QVariant(QString());
    case LastError:
        // The coach's words; the technical line is the tooltip and in the job's details.
        return PrintableText::line(ErrorWords::forJob(job));
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
    // A history job the coach retried: its row moves up into the queue's.
    if (const int h = historyIndexOf(jobId); h >= 0) {
        const int historyRow = int(m_ids.size()) + h;
        beginRemoveRows({}, historyRow, historyRow);
        m_history.removeAt(h);
        endRemoveRows();
    }
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
    if (row < m_ids.size())
        m_ids.removeAt(row);
    else
        m_history.removeAt(row - m_ids.size());
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
