#pragma once

#include "jobsummary.h"

#include <QSet>
#include <QTableView>

class QSortFilterProxyModel;

// The job list: the core's job model seen through a filter (state, search
// text) with a progress bar column. Which column holds what is told once by
// setJobModel(); the raw values (state names, progress 0–1, bytes) are read
// from the model's raw-value role beside the display text.
class JobListView : public QTableView
{
    Q_OBJECT

public:
    struct Columns
    {
        int file = 0;
        int state = -1; // raw value: UploadJob::stateName(): "queued", "waiting_to_retry", "reserving",
                        //   "uploading", "uploaded", "processing", "completed", "failed", "cancelled"
        int progress = -1; // raw value: fraction 0–1
        int bytesTotal = -1; // raw value: file size (for the total progress), optional
        int sessionId = -1; // raw value: the capture's session id once reserved, optional
        int path = -1; // raw value: the video's full path (default: the file column's raw value)
        int rawRole = Qt::UserRole;
        int stateRole = -1; // the role giving the state column's machine name; -1: rawRole
        // The role giving a row's text to search (its columns' display text, QString::toCaseFolded());
        // -1: the search reads every column's display text.
        int searchRole = -1;
        // The column whose display text says why a job failed, in the coach's words (optional).
        int error = -1;
    };

    explicit JobListView(QWidget *parent = nullptr);

    void setJobModel(QAbstractItemModel *model, const Columns &columns);
    QAbstractItemModel *jobModel() const;
    Columns columns() const { return m_columns; }

    // "" shows every job; otherwise one of the raw state names, or "active"
    // (queued, reserving, uploading, uploaded, processing).
    void setStateFilter(const QString &state);
    // Searches every row of the model: one that fetches in pages (canFetchMore) is read to
    // the end first, once.
    void setSearchText(const QString &text);
    int visibleJobCount() const;

    // Source-model rows of the selected jobs.
    QList<int> selectedJobRows() const;
    JobSummary summary() const;

    static QString stateLabel(const QString &state);
    static int lookOf(const QString &state); // ProgressPainter::Look as int

signals:
    void summaryChanged(const JobSummary &summary);
    void selectedJobsChanged();

public:
    // Widens each text column (not the last, which stretches) to what its
    // header and its longest cell need, up to a cap, so that "Golf · Full
    // swing" is not cut to "Golf · Full swi…". Columns only grow, and one the
    // coach resized by hand is left as they left it. Runs on its own after
    // rows arrive; public for tests.
    void fitColumns();
    static constexpr int maxFittedWidth = 280;

private:
    void recount();

    QSortFilterProxyModel *m_proxy;
    Columns m_columns;
    QSet<int> m_sizedByCoach;
    bool m_fitting = false;
};
