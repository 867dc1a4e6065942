#pragma once

#include "media/videoinfo.h"

#include <QAbstractListModel>
#include <QHash>
#include <QList>

class VideoProbe;

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
    };

    explicit ReadyListModel(QObject *parent = nullptr);

    // Returns how many rows were added (duplicates are skipped).
    int addVideos(const QStringList &paths);
    int addRejected(const QString &path, const QString &reason);
    // A file that cannot be chosen yet but is not refused (still being copied):
    // listed with the rejected ones, with a clock rather than a warning sign.
    int addWaiting(const QString &path, const QString &reason);
    void removePaths(const QStringList &paths);
    // The parts of a video the coach marked in the preview (each its own clip).
    void setRanges(const QString &path, const QList<ClipRange> &ranges);
    void clearRejected();

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

    // withTime: with when it was filmed (the preview says that on a line of its own).
    static QString summaryOf(const VideoInfo &info, bool withTime = true);
    static QString durationText(qint64 ms);
    // A position in a clip to the tenth of a second, "0:03.6" ("0:03,6" in German):
    // the locale's decimal sign, as in the seconds beside it ("4,3 s").
    static QString positionText(qint64 ms);

signals:
    void countsChanged();
    // A video's facts became known (thumbnail, playability).
    void videoUpdated(const QString &path);

private:
    struct Row
    {
        VideoInfo info;
        QString problem;
        bool waiting = false; // the problem is only "not yet"
    };
    int addUnusable(const QString &path, const QString &reason, bool waiting);
    void onProbed(const VideoInfo &info);
    static QString key(const QString &path);

    QList<Row> m_rows; // accepted first, then rejected
    VideoProbe *m_probe;
};
