#pragma once

#include "jobs/store/uploadjob.h"
#include "media/clipremux.h"

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>

class ClipPreparer;

// The preparation lane: recordings that are not a .mov, and ranges of any,
// are made into the .mov that is uploaded (ClipRemux, lossless), one at a
// time off the GUI thread, ahead of the uploads by at most as many clips as
// run in parallel. Owns the preparer, each clip's percentage and the
// prepared folder (where the made files live, swept of what no job wants).
// The queue decides the job's state and writes its history; the lane makes
// files.
class PreparationLane : public QObject
{
    Q_OBJECT

public:
    explicit PreparationLane(QObject *parent = nullptr);
    ~PreparationLane() override;

    // Where the .mov files are made (the app's cache folder unless set).
    void setFolder(const QString &folder) { m_folder = folder; }
    QString folder() const { return m_folder; }
    // A pause before each preparation starts its work: 0 in use; tests
    // lengthen it to stop a run there.
    void setDelay(std::chrono::milliseconds delay) { m_delay = delay; }

    // The job's .mov is not there or not what was made: it is made (again)
    // before the upload.
    static bool needsPreparing(const UploadJob &job);
    // Deletes the job's prepared .mov and forgets it.
    static void discardPrepared(UploadJob &job);
    // Of these jobs in queue order, the one to prepare now, or -1: none when
    // one is being made, or when as many clips are made and waiting as run
    // in parallel (each is a copy on the coach's disk).
    int next(const QList<UploadJob> &jobs, int parallel) const;

    // Starts making the job's .mov (progress, then finished).
    void start(const UploadJob &job);
    void cancel(qint64 jobId);
    bool busy() const;
    // While the job's .mov is being made: 0–100; -1 otherwise.
    int percent(qint64 jobId) const { return m_percent.value(jobId, -1); }
    // Where the job's .mov is made.
    QString targetFor(qint64 jobId) const;
    // Deletes the files of the folder no job will upload (half-made files of a
    // crash, files of jobs gone).
    void sweep(const QList<UploadJob> &jobs) const;
    // The history's line for a clip made: what was cut, from where, what was left out.
    static QString madeMessage(const UploadJob &job, const ClipRemux::Result &result);

signals:
    void progress(qint64 jobId, int percent);
    void finished(qint64 jobId, const ClipRemux::Result &result);

private:
    ClipPreparer *m_preparer;
    QString m_folder;
    std::chrono::milliseconds m_delay { 0 };
    QHash<qint64, int> m_percent;
};
