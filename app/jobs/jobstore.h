#pragma once

#include "jobs/uploadjob.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

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
    static constexpr int CurrentSchemaVersion = 3;

    JobStore();
    ~JobStore();
    JobStore(const JobStore &) = delete;
    JobStore &operator=(const JobStore &) = delete;

    // <AppDataLocation>/jobs.sqlite
    static QString defaultPath();

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
    std::optional<UploadJob> load(qint64 jobId) const;
    QList<JobHistoryEntry> history(qint64 jobId) const; // oldest first
    // Every session id a job holds or its history mentions: captures this
    // program already knows about (a lost reservation is never matched to one).
    QSet<QString> knownSessionIds() const;

private:
    bool migrate();
    bool writeJob(const UploadJob &job);
    bool writeHistory(const JobHistoryEntry &entry);
    bool fail(const QString &what, const QString &sqlError);

    QString m_connection;
    QString m_path;
    QString m_error;
};
