#pragma once

#include "api/movementcatalogue.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

class JobQueue;

// The queue as a table for the window's QTableView. One row per job in queue
// order (row 0 runs first). The columns and roles are a stable contract with
// the UI; append new ones at the end, never renumber.
//
//   Column        DisplayRole (text)            RawValueRole (for sorting and painting)
//   File          file name                     full path (QString)
//   Athlete       athlete name, else id         athlete id (QString)
//   Movement      "activity / movement"         movement (QString)
//   SessionGroup  session group id              same (QString)
//   State         translated state              UploadJob::State as int
//   Progress      "42 %"                        fraction 0.0 .. 1.0 (double)
//   Speed         "12.3 MB/s" while uploading   bytes per second (double), 0 when idle
//   Eta           "1:05" while uploading        seconds left (qint64), -1 unknown
//   Attempts      number of failed attempts     same (int)
//   LastError     the coach's sentence          error code, e.g. "AccessDenied" (QString)
//
// The State column also answers StateNameRole with UploadJob::stateName().
// Every column also answers JobIdRole (qint64) and RestartsFromZeroRole (bool:
// the next attempt sends the file again from its first byte, say so).
// Progress, speed and ETA are coalesced on a 100 ms timer: at most ~10 updates
// a second per job, and one dataChanged spanning every row that moved.
class JobModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        File,
        Athlete,
        Movement,
        SessionGroup,
        State,
        Progress,
        Speed,
        Eta,
        Attempts,
        LastError,
        ColumnCount
    };
    enum Role {
        RawValueRole = Qt::UserRole,
        JobIdRole,
        RestartsFromZeroRole,
        StateNameRole, // State column: UploadJob::stateName() ("waiting_to_retry"), for filters
    };

    explicit JobModel(JobQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 jobIdAt(int row) const;
    int rowOf(qint64 jobId) const; // -1 when absent

    // Milliseconds between coalesced progress updates (tests shorten it).
    void setProgressInterval(int ms) { m_flush.setInterval(ms); }

    static QString formatSpeed(double bytesPerSecond);
    static QString formatDuration(qint64 seconds);

private:
    void onAdded(qint64 jobId);
    void onChanged(qint64 jobId);
    void onRemoved(qint64 jobId);
    void onOrderChanged();
    void flushProgress();
    double progressOf(qint64 jobId) const;
    // The coach's words: "Golf · Full swing", the session group's name; the
    // identifiers when the catalogue or this computer does not know them.
    QString movementText(const QString &activity, const QString &movement) const;
    QString sessionGroupText(const QString &groupId) const;

    JobQueue *m_queue;
    MovementCatalogue m_catalogue;
    mutable QHash<QString, QString> m_groupNames; // id → name ("" when unknown here)
    QList<qint64> m_ids;
    QSet<qint64> m_dirty;
    QTimer m_flush;
};
