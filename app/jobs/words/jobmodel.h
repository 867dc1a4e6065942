#pragma once

#include "api/catalogue/movementcatalogue.h"
#include "jobs/store/jobstore.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>
#include <QTimer>

#include <limits>

class JobQueue;

// The queue as a table for the window's QTableView. First one row per job the
// queue holds (JobQueue::jobIds(): unfinished, failed, and finished during this
// run), in queue order (row 0 runs first); then the history, the Completed and
// Cancelled jobs of earlier runs, newest first (by id: in the order they were
// queued), read from the store in pages
// (canFetchMore/fetchMore, or fetchAllInBackground() between events). A history
// job the coach retries moves up into the queue's rows; one removed disappears.
// The columns and roles are a stable contract with the UI; append new ones at
// the end, never renumber.
//
//   Column        DisplayRole (text)            RawValueRole (for sorting and painting)
//   File          file name                     full path (QString)
//   Athlete       athlete name, else id         athlete id (QString)
//   Movement      "activity / movement"         movement (QString)
//   SessionGroup  session group id              same (QString)
//   State         translated state ("Paused" for  UploadJob::State as int
//                 a waiting job of a paused queue)
//   Progress      "42 %"                        fraction 0.0 .. 1.0 (double)
//   Speed         "12.3 MB/s" while uploading   bytes per second (double), 0 when idle
//   Eta           "1:05" while uploading        seconds left (qint64), -1 unknown
//   Attempts      number of failed attempts     same (int)
//   LastError     the coach's sentence          error code, e.g. "AccessDenied" (QString)
//                 (ErrorWords::forJob; the technical line in ToolTipRole)
//
// The State column also answers StateNameRole with UploadJob::stateName().
// Every column answers SearchTextRole: the display text of all the row's
// columns, case-folded, one per line (the job list's search box, made once per
// history row rather than ten data() calls per row and key).
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
        SearchTextRole, // every column's DisplayRole text, QString::toCaseFolded(), joined by '\n'
    };

    explicit JobModel(JobQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    qint64 jobIdAt(int row) const;
    int rowOf(qint64 jobId) const; // -1 when absent

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override; // one page of the history
    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int queueRowCount() const { return int(m_ids.size()); } // the history's rows follow
    // Reads the rest of the history a page at a time from the event loop (after the
    // window's first paint), so that it is all there for the summary and the search.
    void fetchAllInBackground();

    // Milliseconds between coalesced progress updates (tests shorten it).
    void setProgressInterval(int ms) { m_flush.setInterval(ms); }

    static QString formatSpeed(double bytesPerSecond);
    static QString formatDuration(qint64 seconds);

private:
    // A history row: the columns' values, and the row's search text made once.
    struct HistoryRow
    {
        JobStore::FinishedJob job;
        QString search;
    };
    void fetchPage(int rows);
    // The row's UploadJob, as far as the columns need it.
    static UploadJob asJob(const JobStore::FinishedJob &f);
    QVariant jobData(const UploadJob &job, const QString &clipName, int column, int role) const;
    QString searchText(const UploadJob &job, const QString &clipName) const;
    const QString &intern(const QString &text);
    int historyIndexOf(qint64 jobId) const;
    void onAdded(qint64 jobId);
    void onChanged(qint64 jobId);
    void onRemoved(qint64 jobId);
    void onOrderChanged();
    void flushProgress();
    double progressOf(const UploadJob &job) const;
    // The coach's words: "Golf · Full swing", the session group's name; the
    // identifiers when the catalogue or this computer does not know them.
    QString movementText(const QString &activity, const QString &movement) const;
    QString sessionGroupText(const QString &groupId) const;
    QString movementName(const QString &activity, const QString &movement) const;

    JobQueue *m_queue;
    MovementCatalogue m_catalogue;
    mutable QHash<QString, QString> m_groupNames; // id → name ("" when unknown here)
    mutable QHash<QString, QString> m_movementNames; // "activity\nmovement" → movementText()
    QList<qint64> m_ids;
    QSet<qint64> m_dirty;
    QTimer m_flush;
    QList<HistoryRow> m_history;
    QSet<QString> m_strings; // the history's repeated words (athletes, movements) kept once
    qint64 m_historyId = std::numeric_limits<qint64>::max(); // the last page ended before this job
    bool m_historyDone = false;
    int m_pageSize = 500;
    QTimer m_background;
};
