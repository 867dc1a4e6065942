#pragma once

#include "media/videoinfo.h"
#include "settings/readyliststore.h"

#include <QAbstractListModel>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <memory>

class QTimer;
class VideoProbe;
class Workers;

// The "ready to upload" list: videos waiting to be described and uploaded,
// and, listed apart below them, files that cannot be captures with the reason.
// Each path appears once, however often it is dropped or seen by the watcher.
class ReadyListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1,
        SummaryRole, // "0:03 · 1920×1080 · 30 fps · 38 MB"
        ProblemRole, // why the file cannot be uploaded; empty for videos
        AcceptedRole, // bool
        PlaybackProblemRole,
        WaitingRole, // bool: not refused, only not ready yet (a file still being copied)
        ReadingRole, // bool: a video listed, its header (duration, size, orientation) still being read
    };

    explicit ReadyListModel(QObject *parent = nullptr);
    ~ReadyListModel() override;

    // Returns how many rows were added (duplicates are skipped). Never reads
    // the files on the caller's thread: each row is listed at once as being
    // read, its header is read on a thread of its own (within the deadline),
    // and videoUpdated() follows when its facts are in; a file that turns out
    // not to be a usable video, or that does not answer in time, moves to the
    // refused files with the reason (countsChanged). A second path of a file
    // already listed (a link to it) leaves once both are read.
    int addVideos(const QStringList &paths);
    // A listed video whose header facts are not known yet: nothing may be
    // derived from it, nor sent, until they are.
    bool isReading(const QString &path) const;
    int readingCount() const;
    // How long one file's header may take to read (a card or drive that stops
    // answering); then the file is refused with that reason.
    void setHeaderDeadlineMs(int ms) { m_headerDeadlineMs = ms; }
    // While a card is copied: the header facts still come at once, the
    // thumbnails and "can the preview play it" one clip every 5 s
    // (VideoProbe's pace) and the rest once the copy is done.
    void setThumbnailsPaused(bool paused);
    static constexpr int defaultHeaderDeadlineMs = 10000;
    int addRejected(const QString &path, const QString &reason);
    // A file that cannot be chosen yet but is not refused (still being copied):
    // listed with the rejected ones, with a clock rather than a warning sign.
    int addWaiting(const QString &path, const QString &reason);
    void removePaths(const QStringList &paths);
    // The parts of a video the coach marked in the preview (each its own clip).
    void setRanges(const QString &path, const QList<ClipRange> &ranges);
    void clearRejected();
    // What the coach chose for this clip in the Describe pane (empty: nothing
    // yet). Opaque here: the form reads and writes it.
    void setDescription(const QString &path, const QJsonObject &description);
    QJsonObject description(const QString &path) const;

    // The list survives a restart or a crash: every video in it, with its
    // marks and description, is written to `file` as it changes (atomically).
    // Call readStore() first to bring back what the file holds.
    void keepIn(const QString &file);
    QString storeFile() const { return m_storeFile; }
    using Saved = ReadyListStore::Entry;
    // What `file` holds (ReadyListStore::read: a size cap, each entry checked,
    // anything malformed left out); empty when there is no file. A problem
    // reading it is said in *problem.
    static QList<Saved> readStore(const QString &file, QString *problem = nullptr)
    {
        return ReadyListStore::read(file, problem);
    }
    // Writes the list now, on this thread (it is otherwise written just after
    // each change, by a thread of its own: the disk's wait is never the window's).
    bool saveNow(QString *problem = nullptr);

    bool contains(const QString &path) const;
    int videoCount() const;
    int rejectedCount() const;
    VideoInfo info(const QString &path) const;
    VideoInfo infoAt(int row) const;
    QStringList videoPaths() const;
    QModelIndex indexOf(const QString &path) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // withTime: with when it was filmed (the preview says that on a line of its
    // own); a file's date, when the video does not say, is named as such.
    static QString summaryOf(const VideoInfo &info, bool withTime = true);
    static QString durationText(qint64 ms);
    // A time as the coach's locale writes it, in local time.
    static QString localTimeText(const QDateTime &time);
    // A position in a clip to the tenth of a second, "0:03.6" ("0:03,6" in German):
    // the locale's decimal sign, as in the seconds beside it ("4,3 s").
    static QString positionText(qint64 ms);

signals:
    void countsChanged();
    // The list could not be written to its file (the reason).
    void storeFailed(const QString &problem);
    // A video's facts became known (thumbnail, playability).
    void videoUpdated(const QString &path);

private:
    struct Row
    {
        VideoInfo info;
        QString problem;
        bool waiting = false; // the problem is only "not yet"
        QJsonObject description;
        QString key; // the path made absolute, without asking the file system
        QString canonicalKey; // links resolved, once the header read found it
        QStringList aliases; // other paths of the same file, added and found to be this one
        quint64 readId = 0; // its header read; 0: none pending (its facts are in)
    };
    // What a header read found, on the reading thread.
    struct HeaderFacts
    {
        VideoInfo info;
        QString canonical;
    };
    struct Mailbox;
    struct StoreWriter;
    int addUnusable(const QString &path, const QString &reason, bool waiting);
    void onProbed(const VideoInfo &info);
    void scheduleSave();
    void saveInBackground();
    // Until the writer has written what it was given (within a few seconds).
    bool waitForWrites();
    QList<ReadyListStore::Entry> storeEntries() const;
    void startReads();
    void onHeaderRead(quint64 id, const HeaderFacts &facts);
    void onHeaderLate(quint64 id);
    int rowOfRead(quint64 id) const;
    void refuseRow(int row, const QString &reason);
    static QString key(const QString &path);

    QList<Row> m_rows; // accepted first, then rejected
    VideoProbe *m_probe;
    QString m_storeFile;
    QTimer *m_saveTimer;
    // Header reads: waiting to start (in order), and those running, each with its deadline.
    QList<quint64> m_readQueue;
    QHash<quint64, QTimer *> m_readsRunning;
    quint64 m_nextReadId = 1;
    int m_headerDeadlineMs = defaultHeaderDeadlineMs;
    static constexpr int maxReadsAtOnce = 2;
    std::shared_ptr<Mailbox> m_mailbox;
    std::shared_ptr<StoreWriter> m_writer;
    // The header reads and the list's writer: kept threads, not one made per
    // clip (making one can wait for the C library's lock while an import runs).
    std::unique_ptr<Workers> m_workers;
};
