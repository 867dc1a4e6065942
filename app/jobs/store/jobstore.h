#pragma once

#include "common/sqliteconnection.h"
#include "jobs/store/uploadjob.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <limits>
#include <optional>

// The queue on disk: one SQLite file in QStandardPaths::AppDataLocation that
// the window and the headless `uplift-capture upload` share. Every change of
// a job is written (and synced: WAL, synchronous=FULL) before the queue takes
// the next network step, so a crash or a kill loses at most the step in
// flight, never a clip.
//
// The schema is versioned with PRAGMA user_version; open() migrates an older
// file step by step and refuses one written by a newer version of the app.
// The file holds the reservation's signed upload fields (needed to resume
// with the same policy), so it is created readable by its owner only.
class JobStore
{
    Q_DECLARE_TR_FUNCTIONS(JobStore)

public:
    static constexpr int CurrentSchemaVersion = 4;

    JobStore();
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    // <AppDataLocation>/jobs.sqlite
    static QString defaultPath();
    // The sandbox's own queue: <ApplicationIdentity::sandboxFolder()>/jobs.sqlite
    static QString sandboxPath();

    bool open(const QString &path = defaultPath());
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }
    int schemaVersion() const;

    // A new job: assigns job->id, job->createdAt (if unset) and, when
    // job->position is 0, the position after every other job.
    bool insert(UploadJob *job, const JobHistoryEntry &entry);
    // Writes every column of the job; with an entry, both in one transaction.
    bool save(const UploadJob &job);
    bool save(const UploadJob &job, const JobHistoryEntry &entry);
    bool appendHistory(const JobHistoryEntry &entry);
    bool remove(qint64 jobId); // with its history
    // Rewrites positions so that the jobs run in this order.
    bool savePositions(const QList<qint64> &jobIdsInOrder);

    QList<UploadJob> loadAll() const; // in queue order
    // What a queue acts on: every job but the Completed and Cancelled ones, in queue order.
    QList<UploadJob> loadUnfinished() const;
    std::optional<UploadJob> load(qint64 jobId) const;

    // A Completed or Cancelled job as the job list shows it: its columns' values only.
    struct FinishedJob
    {
        qint64 id = 0;
        qint64 position = 0;
        UploadJob::State state = UploadJob::State::Completed;
        QString filePath;
        QString fileName; // the spec's file_name (the name it was uploaded as); empty: the file's
        QString athleteId;
        QString athleteName;
        QString sessionGroupId;
        QString activity;
        QString movement;
        QString lastError;
        QString lastErrorCode;
        int attempts = 0;
        bool restartsFromZero = false;
        qint64 clipStartMs = -1;
        qint64 clipEndMs = -1;
    };
    // Up to `limit` Completed and Cancelled jobs older than job `beforeId`, newest first (by id:
    // the order they were queued in; positions change when the queue is reordered): pages of
    // the history.
    QList<FinishedJob> finishedJobs(int limit, qint64 beforeId = std::numeric_limits<qint64>::max()) const;

    // The jobs of this athlete, movement and range whose file may be `absolutePath`: those
    // stored with exactly that path, and those stored with a path that is not absolute and
    // clean (for the caller to resolve). Indexed (schema 4).
    struct ClipJob
    {
        qint64 id = 0;
        QString filePath;
        UploadJob::State state = UploadJob::State::Queued;
    };
    QList<ClipJob> jobsOfClip(const QString &absolutePath, const QString &athleteId, const QString &movement,
                              qint64 clipStartMs, qint64 clipEndMs) const;

    // Many writes in one transaction (bench/seedjobs' 100,000 jobs): between these, insert(),
    // save(), remove() and savePositions() each run in a savepoint of it, synced once at the end.
    bool beginBatch();
    bool endBatch();
    QList<JobHistoryEntry> history(qint64 jobId) const; // oldest first
    // Every session id a job holds or its history mentions: captures this
    // program already knows about (a lost reservation is never matched to one).
    QSet<QString> knownSessionIds() const;

private:
    bool migrate();
    bool writeJob(const UploadJob &job);
    bool writeHistory(const JobHistoryEntry &entry);
    bool fail(const QString &what, const QString &sqlError);
    // One write's transaction, or its savepoint within a batch.
    bool beginWrite();
    bool commitWrite();
    void rollbackWrite();

    SqliteConnection m_db;
    QString m_path;
    QString m_error;
    bool m_batch = false;
};
