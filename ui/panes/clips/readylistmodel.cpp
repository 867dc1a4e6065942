#include "readylistmodel.h"

#include "common/workers.h"
#include "media/videoprobe.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <condition_variable>
#include <mutex>
#include <optional>
#include <thread>

// Where a header read, on its own thread, hands its facts back: to the model
// while it lives, to nobody once it is gone (the thread may outlive it, hung
// on a card that stopped answering).
struct ReadyListModel::Mailbox
{
    std::mutex mutex;
    ReadyListModel *model = nullptr;

    // Runs call(model) on the model's thread, if the model is still there.
    template<typename Call> void post(Call call)
    {
        const std::lock_guard lock(mutex);
        if (ReadyListModel *m = model)
            QMetaObject::invokeMethod(
                m, [m, call] { call(m); }, Qt::QueuedConnection);
    }
};

// The list's file is written by a thread of its own, one write at a time,
// always the newest list: a QSaveFile's fsync waits for the disk, and while a
// card is copied the disk is busy (hundreds of milliseconds a write).
struct ReadyListModel::StoreWriter
{
    std::mutex mutex;
    std::condition_variable idle;
    std::optional<std::pair<QString, QList<ReadyListStore::Entry>>> next; // not yet written
    bool writing = false;
};

ReadyListModel::ReadyListModel(QObject *parent)
    : QAbstractListModel(parent)
    , m_probe(new VideoProbe(this))
    , m_saveTimer(new QTimer(this))
    , m_mailbox(std::make_shared<Mailbox>())
    , m_writer(std::make_shared<StoreWriter>())
    , m_workers(std::make_unique<Workers>())
{
    m_mailbox->model = this;
    connect(m_probe, &VideoProbe::probed, this, &ReadyListModel::onProbed);
    // Written just after a change (several changes at once, once): a crash
    // loses at most the last few milliseconds of it.
    m_saveTimer->setSingleShot(true);
    m_saveTimer->setInterval(50);
    connect(m_saveTimer, &QTimer::timeout, this, &ReadyListModel::saveInBackground);
    connect(this, &ReadyListModel::countsChanged, this, &ReadyListModel::scheduleSave);
}

void ReadyListModel::setThumbnailsPaused(bool paused)
{
    m_probe->setPaused(paused);
}

ReadyListModel::~ReadyListModel()
{
    {
        const std::lock_guard lock(m_mailbox->mutex);
        m_mailbox->model = nullptr;
    }
    if (m_saveTimer->isActive())
        saveNow();
    else
        waitForWrites(); // the last list handed to the writer is on the disk before the window goes
}

void ReadyListModel::scheduleSave()
{
    if (!m_storeFile.isEmpty())
        m_saveTimer->start();
}

void ReadyListModel::keepIn(const QString &file)
{
    m_storeFile = file;
    scheduleSave();
}

void ReadyListModel::setDescription(const QString &path, const QJsonObject &description)
{
    const QModelIndex at = indexOf(path);
    if (!at.isValid() || m_rows.at(at.row()).description == description)
        return;
    m_rows[at.row()].description = description;
    scheduleSave();
}

QJsonObject ReadyListModel::description(const QString &path) const
{
    const QModelIndex at = indexOf(path);
    return at.isValid() ? m_rows.at(at.row()).description : QJsonObject();
}

QList<ReadyListStore::Entry> ReadyListModel::storeEntries() const
{
    QList<ReadyListStore::Entry> entries;
    for (const Row &row : std::as_const(m_rows)) {
        if (!row.problem.isEmpty())
            continue; // a refused file is read again (and refused again) when added again
        entries.append({ row.info.path, row.info.ranges, row.description });
    }
    return entries;
}

bool ReadyListModel::waitForWrites()
{
    std::unique_lock lock(m_writer->mutex);
    // A local disk answers; one that does not must not keep the window from closing.
    return m_writer->idle.wait_for(lock, std::chrono::seconds(5),
                                   [writer = m_writer.get()] { return !writer->writing; });
}

bool ReadyListModel::saveNow(QString *problem)
{
    m_saveTimer->stop();
    if (m_storeFile.isEmpty())
        return true;
    // After any write still running: an older list must not land over this one.
    waitForWrites();
    {
        const std::lock_guard lock(m_writer->mutex);
        m_writer->next.reset();
    }
    return ReadyListStore::write(m_storeFile, storeEntries(), problem);
}

void ReadyListModel::saveInBackground()
{
    if (m_storeFile.isEmpty())
        return;
    // Never waits for the writer's thread (it may hold the lock while it waits
    // for a core the import keeps busy): busy, the list is handed over a moment later.
    std::unique_lock lock(m_writer->mutex, std::try_to_lock);
    if (!lock.owns_lock()) {
        m_saveTimer->start();
        return;
    }
    m_writer->next.emplace(m_storeFile, storeEntries());
    if (m_writer->writing)
        return; // the running writer takes it next
    m_writer->writing = true;
    m_workers->run([writer = m_writer, mailbox = m_mailbox] {
        for (;;) {
            std::pair<QString, QList<ReadyListStore::Entry>> job;
            {
                const std::lock_guard lock(writer->mutex);
                if (!writer->next) {
                    writer->writing = false;
                    writer->idle.notify_all();
                    return;
                }
                job = std::move(*writer->next);
                writer->next.reset();
            }
            QString problem;
            if (ReadyListStore::write(job.first, job.second, &problem))
                continue;
            mailbox->post([problem](ReadyListModel *model) { emit model->storeFailed(problem); });
        }
    });
}

QString ReadyListModel::key(const QString &path)
{
    // No file system call (a stalled card would stall the caller): links are
    // resolved by the header read, on its thread (Row::canonicalKey).
    return QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

bool ReadyListModel::contains(const QString &path) const
{
    return indexOf(path).isValid();
}

QModelIndex ReadyListModel::indexOf(const QString &path) const
{
    const QString wanted = key(path);
    for (int i = 0; i < m_rows.size(); ++i) {
        const Row &row = m_rows.at(i);
        if (row.key == wanted || row.canonicalKey == wanted || row.aliases.contains(wanted))
            return index(i);
    }
    return {};
}

bool ReadyListModel::isReading(const QString &path) const
{
    const QModelIndex at = indexOf(path);
    return at.isValid() && m_rows.at(at.row()).readId != 0;
}

int ReadyListModel::readingCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.readId != 0; }));
}

int ReadyListModel::rowOfRead(quint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).readId == id)
            return i;
    }
    return -1;
}

int ReadyListModel::addVideos(const QStringList &paths)
{
    // Listed at once, by name; what the file holds is read on a thread of its
    // own (startReads), never here: a card being copied to, or one that stopped
    // answering, must not stall the window. All of them in one insertion: the
    // view lays itself out once, not once a clip.
    QList<Row> fresh;
    QSet<QString> keys;
    for (const QString &path : paths) {
        Row row;
        row.key = key(path);
        if (keys.contains(row.key) || contains(path))
            continue;
        keys.insert(row.key);
        row.info.path = path;
        row.readId = m_nextReadId++;
        fresh.append(row);
    }
    if (fresh.isEmpty())
        return 0;
    const int at = videoCount();
    beginInsertRows({}, at, at + int(fresh.size()) - 1);
    for (int i = 0; i < fresh.size(); ++i) {
        m_rows.insert(at + i, fresh.at(i));
        m_readQueue.append(fresh.at(i).readId);
    }
    endInsertRows();
    startReads();
    emit countsChanged();
    return int(fresh.size());
}

void ReadyListModel::startReads()
{
    while (m_readsRunning.size() < maxReadsAtOnce && !m_readQueue.isEmpty()) {
        const quint64 id = m_readQueue.takeFirst();
        const int row = rowOfRead(id);
        if (row < 0)
            continue; // removed before its turn
        const QString path = m_rows.at(row).info.path;
        // The deadline is kept here, not by the thread: a read that hangs for
        // ever is left to hang alone, holding only its copy of the path.
        auto *deadline = new QTimer(this);
        deadline->setSingleShot(true);
        connect(deadline, &QTimer::timeout, this, [this, id] { onHeaderLate(id); });
        deadline->start(m_headerDeadlineMs);
        m_readsRunning.insert(id, deadline);
        m_workers->run([mailbox = m_mailbox, path, id] {
            HeaderFacts facts;
            facts.canonical = QFileInfo(path).canonicalFilePath();
            facts.info = VideoProbe::probeHeader(path);
            mailbox->post([id, facts](ReadyListModel *model) { model->onHeaderRead(id, facts); });
        });
    }
}

void ReadyListModel::onHeaderLate(quint64 id)
{
    if (QTimer *deadline = m_readsRunning.take(id))
        deadline->deleteLater();
    else
        return;
    const int row = rowOfRead(id);
    if (row >= 0)
        refuseRow(row,
                  tr("The file did not answer within %n seconds: the card or drive may have stopped "
                     "responding. Remove it from the list and add it again to try once more.",
                     nullptr, (m_headerDeadlineMs + 999) / 1000));
    startReads();
}

void ReadyListModel::refuseRow(int row, const QString &reason)
{
    Row refused = m_rows.at(row);
    refused.readId = 0;
    refused.problem = reason;
    refused.waiting = false;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(refused);
    endInsertRows();
    emit countsChanged();
}

void ReadyListModel::onHeaderRead(quint64 id, const HeaderFacts &facts)
{
    QTimer *deadline = m_readsRunning.take(id);
    if (!deadline)
        return; // too late: the row already says so
    deadline->deleteLater();
    startReads();
    const int row = rowOfRead(id);
    if (row < 0)
        return; // removed while it was read
    const QString path = m_rows.at(row).info.path;
    // Another path of a file already listed (a link to it): listed once.
    if (!facts.canonical.isEmpty()) {
        for (int i = 0; i < m_rows.size(); ++i) {
            if (i != row && (m_rows.at(i).key == facts.canonical || m_rows.at(i).canonicalKey == facts.canonical)) {
                m_rows[i].aliases.append(m_rows.at(row).key);
                beginRemoveRows({}, row, row);
                m_rows.removeAt(row);
                endRemoveRows();
                emit countsChanged();
                return;
            }
        }
        m_rows[row].canonicalKey = facts.canonical;
    }
    if (!facts.info.problem().isEmpty() && facts.info.sizeBytes >= 0) {
        // Read, but it cannot become a .mov (VP9, no video track, damaged):
        // listed apart with the reason, never queued.
        refuseRow(row, facts.info.problem());
        return;
    }
    Row &listed = m_rows[row];
    listed.readId = 0;
    const QList<ClipRange> ranges = listed.info.ranges; // the coach's, not the file's
    listed.info = facts.info;
    listed.info.ranges = ranges;
    emit dataChanged(index(row), index(row));
    emit videoUpdated(path);
    // The thumbnail and whether the preview can play it, one file at a time.
    m_probe->probe(listed.info);
}

int ReadyListModel::addRejected(const QString &path, const QString &reason)
{
    return addUnusable(path, reason, false);
}

int ReadyListModel::addWaiting(const QString &path, const QString &reason)
{
    return addUnusable(path, reason, true);
}

int ReadyListModel::addUnusable(const QString &path, const QString &reason, bool waiting)
{
    const QModelIndex existing = indexOf(path);
    if (existing.isValid()) {
        if (!m_rows.at(existing.row()).problem.isEmpty()) {
            m_rows[existing.row()].problem = reason;
            m_rows[existing.row()].waiting = waiting;
            emit dataChanged(existing, existing);
        }
        return 0;
    }
    Row row;
    row.info.path = path;
    row.key = key(path);
    row.problem = reason;
    row.waiting = waiting;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size()));
    m_rows.append(row);
    endInsertRows();
    emit countsChanged();
    return 1;
}

void ReadyListModel::removePaths(const QStringList &paths)
{
    for (const QString &path : paths) {
        const QModelIndex at = indexOf(path);
        if (!at.isValid())
            continue;
        beginRemoveRows({}, at.row(), at.row());
        m_rows.removeAt(at.row());
        endRemoveRows();
    }
    emit countsChanged();
}

void ReadyListModel::setRanges(const QString &path, const QList<ClipRange> &ranges)
{
    const QModelIndex at = indexOf(path);
    if (!at.isValid() || m_rows.at(at.row()).info.ranges == ranges)
        return;
    m_rows[at.row()].info.ranges = ranges;
    emit dataChanged(at, at);
    emit videoUpdated(path);
    scheduleSave();
}

void ReadyListModel::clearRejected()
{
    const int first = videoCount();
    if (first == m_rows.size())
        return;
    beginRemoveRows({}, first, int(m_rows.size()) - 1);
    m_rows.remove(first, m_rows.size() - first);
    endRemoveRows();
    emit countsChanged();
}

int ReadyListModel::videoCount() const
{
    return int(std::count_if(m_rows.cbegin(), m_rows.cend(), [](const Row &r) { return r.problem.isEmpty(); }));
}

int ReadyListModel::rejectedCount() const
{
    return int(m_rows.size()) - videoCount();
}

VideoInfo ReadyListModel::info(const QString &path) const
{
    const QModelIndex at = indexOf(path);
    return at.isValid() ? m_rows.at(at.row()).info : VideoInfo {};
}

VideoInfo ReadyListModel::infoAt(int row) const
{
    return m_rows.value(row).info;
}

QStringList ReadyListModel::videoPaths() const
{
    QStringList paths;
    for (const Row &row : m_rows) {
        if (row.problem.isEmpty())
            paths << row.info.path;
    }
    return paths;
}

void ReadyListModel::onProbed(const VideoInfo &probed)
{
    const QModelIndex at = indexOf(probed.path);
    // A probe started before the file was rewritten may answer once its row
    // says "still being copied": that row is not a video (yet).
    if (!at.isValid() || !m_rows.at(at.row()).problem.isEmpty() || m_rows.at(at.row()).readId != 0)
        return;
    const QList<ClipRange> ranges = m_rows.at(at.row()).info.ranges; // the coach's, not the probe's
    m_rows[at.row()].info = probed;
    m_rows[at.row()].info.ranges = ranges;
    emit dataChanged(at, at);
    emit videoUpdated(probed.path);
}

int ReadyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

Qt::ItemFlags ReadyListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    // Rejected files stay visible but cannot be selected for upload.
    if (!m_rows.at(index.row()).problem.isEmpty())
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QString ReadyListModel::durationText(qint64 ms)
{
    const qint64 seconds = (ms + 500) / 1000;
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString ReadyListModel::positionText(qint64 ms)
{
    const qint64 tenths = (std::max<qint64>(0, ms) + 50) / 100;
    const qint64 seconds = tenths / 10;
    const QString rest = QStringLiteral("%1%2%3")
                             .arg(seconds % 60, 2, 10, QLatin1Char('0'))
                             .arg(QLocale().decimalPoint())
                             .arg(tenths % 10);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
            .arg(seconds / 3600)
            .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
            .arg(rest);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(rest);
}

QString ReadyListModel::localTimeText(const QDateTime &time)
{
    // Each row's facts are asked for at each paint and each layout, and each
    // conversion to local time looks at the system's time zone again (tzset:
    // a stat of /etc/localtime): written once per time and locale. Only ever
    // asked for on the GUI thread.
    static QHash<QString, QString> written;
    const QLocale locale;
    const QString key = locale.name() + QLatin1Char('|') + QString::number(time.toMSecsSinceEpoch());
    if (const auto known = written.constFind(key); known != written.cend())
        return *known;
    if (written.size() > 4096)
        written.clear();
    const QString text = locale.toString(time.toLocalTime(), QLocale::ShortFormat);
    written.insert(key, text);
    return text;
}

QString ReadyListModel::summaryOf(const VideoInfo &info, bool withTime)
{
    QStringList parts;
    if (info.durationMs > 0)
        parts << durationText(info.durationMs);
    const QSize size = info.displaySize();
    if (size.isValid())
        parts << tr("%1×%2").arg(size.width()).arg(size.height());
    if (info.movie.isSlowMotion())
        parts << tr("%1 fps slow motion, plays at %2 fps")
                     .arg(QLocale().toString(info.movie.captureFps, 'g', 4),
                          QLocale().toString(info.movie.playbackFps, 'g', 4));
    else if (info.frameRate > 0)
        parts << tr("%1 fps").arg(QLocale().toString(info.frameRate, 'g', 4));
    if (info.sizeBytes >= 0)
        parts << QLocale().formattedDataSize(info.sizeBytes, 1, QLocale::DataSizeSIFormat);
    // The file's date is not when it was filmed (a copy's is when it was
    // copied): named as what it is, as the preview does.
    if (const QDateTime filmed = info.captureTime(); withTime && filmed.isValid())
        parts << (info.creationTime.isValid() ? tr("filmed %1").arg(localTimeText(filmed))
                                              : tr("file saved %1").arg(localTimeText(filmed)));
    if (info.ranges.size() == 1)
        parts << tr("keeps %1–%2")
                     .arg(positionText(info.ranges.first().startMs), positionText(info.ranges.first().endMs));
    else if (info.ranges.size() > 1)
        parts << tr("split into %n clips", nullptr, int(info.ranges.size()));
    return parts.join(QStringLiteral(" · "));
}

QVariant ReadyListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.info.fileName() + QLatin1Char('\n')
            + (row.readId != 0             ? tr("Reading the video…")
                   : row.problem.isEmpty() ? summaryOf(row.info)
                                           : (row.waiting ? QString() : QStringLiteral("⚠ ")) + row.problem);
    case Qt::ToolTipRole:
        if (row.waiting)
            return tr("%1: %2 It can be chosen once it is whole.").arg(row.info.path, row.problem);
        if (!row.problem.isEmpty())
            return tr("%1 cannot be uploaded: %2").arg(row.info.path, row.problem);
        if (row.info.playback == VideoInfo::Playback::Unplayable)
            return tr("%1\nThe preview cannot play this file (%2); it can still be uploaded.")
                .arg(row.info.path, row.info.playbackProblem);
        return row.info.path;
    case Qt::AccessibleTextRole:
        return row.info.fileName();
    case Qt::AccessibleDescriptionRole:
        if (row.readId != 0)
            return tr("Reading the video…");
        return row.problem.isEmpty() ? summaryOf(row.info) : row.problem;
    case Qt::DecorationRole:
        // Waiting is not an error: a clock, not the warning sign of a refused file.
        // One icon each, kept: a new one is an SVG parsed again at each paint of each row.
        if (row.waiting) {
            static const QIcon clock(QStringLiteral(":/icons/clock.svg"));
            return clock;
        }
        if (!row.problem.isEmpty()) {
            static const QIcon warning
                = QIcon::fromTheme(QStringLiteral("dialog-warning"), QIcon(QStringLiteral(":/icons/warning.svg")));
            return warning;
        }
        if (!row.info.thumbnail.isNull())
            return row.info.thumbnail;
        static const QIcon video(QStringLiteral(":/icons/video.svg"));
        return video;
    case PathRole:
        return row.info.path;
    case SummaryRole:
        return summaryOf(row.info);
    case ProblemRole:
        return row.problem;
    case AcceptedRole:
        return row.problem.isEmpty();
    case WaitingRole:
        return row.waiting;
    case ReadingRole:
        return row.readId != 0;
    case PlaybackProblemRole:
        return row.info.playback == VideoInfo::Playback::Unplayable ? row.info.playbackProblem : QString();
    default:
        return {};
    }
}
