#include "jobs/store/jobstore.h"

#include "common/applicationidentity.h"
#include "jobs/store/jobhistory.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QVariant>

namespace {

// Each migration takes the file from version i to i + 1 (index i). Append
// only: a released step is never edited, so every old file follows the same
// path to today's schema.
const char *const migrations[] = {
    // 0 → 1: jobs and their history.
    "CREATE TABLE jobs ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " position INTEGER NOT NULL,"
    " created_at INTEGER NOT NULL,"
    " file_path TEXT NOT NULL,"
    " file_size INTEGER NOT NULL,"
    " file_modified INTEGER,"
    " athlete_id TEXT NOT NULL,"
    " athlete_name TEXT,"
    " session_group_id TEXT,"
    " activity TEXT,"
    " movement TEXT,"
    " spec_json BLOB,"
    " state INTEGER NOT NULL,"
    " failure_permanent INTEGER NOT NULL DEFAULT 0,"
    " last_error TEXT,"
    " last_error_code TEXT,"
    " last_http_status INTEGER NOT NULL DEFAULT 0,"
    " attempts INTEGER NOT NULL DEFAULT 0,"
    " next_attempt_at INTEGER,"
    " restarts_from_zero INTEGER NOT NULL DEFAULT 0,"
    " session_id TEXT,"
    " upload_url TEXT,"
    " upload_fields TEXT,"
    " upload_expires_at INTEGER);"
    "CREATE TABLE history ("
    " id INTEGER PRIMARY KEY AUTOINCREMENT,"
    " job_id INTEGER NOT NULL,"
    " at INTEGER NOT NULL,"
    " step TEXT NOT NULL,"
    " outcome TEXT,"
    " http_status INTEGER NOT NULL DEFAULT 0,"
    " error_code TEXT,"
    " session_id TEXT,"
    " message TEXT);"
    "CREATE INDEX history_job ON history(job_id, id);",
    // 1 → 2: following processing after the upload (GET /captures/{id}).
    "ALTER TABLE jobs ADD COLUMN capture_status TEXT;"
    "ALTER TABLE jobs ADD COLUMN processing_error TEXT;",
    // 2 → 3: recordings made into a .mov (and cut) before the upload.
    "ALTER TABLE jobs ADD COLUMN prepare INTEGER NOT NULL DEFAULT 0;"
    "ALTER TABLE jobs ADD COLUMN clip_start_ms INTEGER NOT NULL DEFAULT -1;"
    "ALTER TABLE jobs ADD COLUMN clip_end_ms INTEGER NOT NULL DEFAULT -1;"
    "ALTER TABLE jobs ADD COLUMN prepared_path TEXT;"
    "ALTER TABLE jobs ADD COLUMN prepared_size INTEGER NOT NULL DEFAULT -1;"
    "ALTER TABLE jobs ADD COLUMN prepared_modified INTEGER;",
    // 3 → 4: a long history opens at once: the queue reads only the unfinished jobs, the job
    // list pages through the finished ones (Completed 5, Cancelled 7), a duplicate is looked up.
    "CREATE INDEX jobs_order ON jobs(position, id);"
    "CREATE INDEX jobs_unfinished ON jobs(position, id) WHERE state NOT IN (5, 7);"
    "CREATE INDEX jobs_finished ON jobs(id) WHERE state IN (5, 7);"
    "CREATE INDEX jobs_clip ON jobs(athlete_id, movement, file_path);",
};
constexpr int migrationCount = int(sizeof(migrations) / sizeof(migrations[0]));
static_assert(migrationCount == JobStore::CurrentSchemaVersion);

QVariant msecs(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toMSecsSinceEpoch()) : QVariant(QMetaType(QMetaType::LongLong));
}

QDateTime fromMsecs(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
}

QString fieldsToJson(const QList<QPair<QString, QString>> &fields)
{
    QJsonArray a;
    for (const auto &f : fields)
        a.append(QJsonArray { f.first, f.second });
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<QPair<QString, QString>> fieldsFromJson(const QString &json)
{
    QList<QPair<QString, QString>> fields;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const auto &v : a) {
        const QJsonArray pair = v.toArray();
        if (pair.size() == 2)
            fields.append({ pair.at(0).toString(), pair.at(1).toString() });
    }
    return fields;
}

// Runs each statement of a ;-separated script (QSqlQuery runs one at a time).
bool execScript(QSqlDatabase &db, const QString &script, QString *error)
{
    const QStringList statements = script.split(QLatin1Char(';'), Qt::SkipEmptyParts);
    for (const QString &s : statements) {
        if (s.trimmed().isEmpty())
            continue;
        QSqlQuery q(db);
        if (!q.exec(s)) {
            *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

UploadJob jobFromRecord(const QSqlQuery &q)
{
    const QSqlRecord r = q.record();
    auto v = [&](const char *name) { return q.value(r.indexOf(QLatin1String(name))); };
    UploadJob j;
    j.id = v("id").toLongLong();
    j.position = v("position").toLongLong();
    j.createdAt = fromMsecs(v("created_at"));
    j.filePath = v("file_path").toString();
    j.fileSize = v("file_size").toLongLong();
    j.fileModified = fromMsecs(v("file_modified"));
    j.athleteId = v("athlete_id").toString();
    j.athleteName = v("athlete_name").toString();
    j.sessionGroupId = v("session_group_id").toString();
    j.activity = v("activity").toString();
    j.movement = v("movement").toString();
    j.specJson = v("spec_json").toByteArray();
    const int state = v("state").toInt();
    j.state = (state >= 0 && state <= int(UploadJob::State::Preparing)) ? UploadJob::State(state)
                                                                        : UploadJob::State::Failed;
    j.failurePermanent = v("failure_permanent").toBool();
    j.lastError = v("last_error").toString();
    j.lastErrorCode = v("last_error_code").toString();
    j.lastHttpStatus = v("last_http_status").toInt();
    j.attempts = v("attempts").toInt();
    j.nextAttemptAt = fromMsecs(v("next_attempt_at"));
    j.restartsFromZero = v("restarts_from_zero").toBool();
    j.sessionId = v("session_id").toString();
    const QString url = v("upload_url").toString();
    j.uploadUrl = url.isEmpty() ? QUrl() : QUrl(url);
    j.uploadFields = fieldsFromJson(v("upload_fields").toString());
    j.uploadExpiresAt = fromMsecs(v("upload_expires_at"));
    j.captureStatus = v("capture_status").toString();
    j.processingError = v("processing_error").toString();
    j.prepare = v("prepare").toBool();
    j.clipStartMs = v("clip_start_ms").toLongLong();
    j.clipEndMs = v("clip_end_ms").toLongLong();
    j.preparedPath = v("prepared_path").toString();
    j.preparedSize = v("prepared_size").toLongLong();
    j.preparedModified = fromMsecs(v("prepared_modified"));
    return j;
}

} // namespace

JobStore::JobStore()
    : m_db(QStringLiteral("capture_jobs"))
{
}

JobStore::~JobStore() = default;

QString JobStore::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("jobs.sqlite"));
}

QString JobStore::sandboxPath()
{
    return QDir(ApplicationIdentity::sandboxFolder()).filePath(QStringLiteral("jobs.sqlite"));
}

bool JobStore::fail(const QString &what, const QString &sqlError)
{
    m_error = tr("%1: %2").arg(what, sqlError);
    return false;
}

bool JobStore::open(const QString &path)
{
    m_path = path;
    QString detail;
    switch (m_db.open(path, SqliteConnection::Durability::Durable, &detail)) {
    case SqliteConnection::Failure::Folder:
        return fail(tr("Cannot create the folder for the upload queue"), detail);
    case SqliteConnection::Failure::Open:
        return fail(tr("Cannot open the upload queue"), detail);
    case SqliteConnection::Failure::Setup:
        return fail(tr("Cannot set up the upload queue"), detail);
    case SqliteConnection::Failure::None:
        break;
    }
    return migrate();
}

bool JobStore::isOpen() const
{
    return m_db.isOpen();
}

int JobStore::schemaVersion() const
{
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return -1;
    return q.value(0).toInt();
}

bool JobStore::migrate()
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    const int version = schemaVersion();
    if (version < 0)
        return fail(tr("Cannot read the upload queue"), db.lastError().text());
    if (version > CurrentSchemaVersion)
        return fail(tr("The upload queue was written by a newer version of Uplift Capture"), m_path);
    for (int v = version; v < CurrentSchemaVersion; ++v) {
        if (!db.transaction())
            return fail(tr("Cannot update the upload queue"), db.lastError().text());
        QString error;
        if (!execScript(db, QString::fromLatin1(migrations[v]), &error)) {
            db.rollback();
            return fail(tr("Cannot update the upload queue"), error);
        }
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA user_version = %1").arg(v + 1))) {
            db.rollback();
            return fail(tr("Cannot update the upload queue"), q.lastError().text());
        }
        if (!db.commit())
            return fail(tr("Cannot update the upload queue"), db.lastError().text());
    }
    return true;
}

bool JobStore::writeJob(const UploadJob &job)
{
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.prepare(QStringLiteral(
        "UPDATE jobs SET position=:position, created_at=:created_at, file_path=:file_path, file_size=:file_size,"
        " file_modified=:file_modified, athlete_id=:athlete_id, athlete_name=:athlete_name,"
        " session_group_id=:session_group_id, activity=:activity, movement=:movement, spec_json=:spec_json,"
        " state=:state, failure_permanent=:failure_permanent, last_error=:last_error,"
        " last_error_code=:last_error_code, last_http_status=:last_http_status, attempts=:attempts,"
        " next_attempt_at=:next_attempt_at, restarts_from_zero=:restarts_from_zero, session_id=:session_id,"
        " upload_url=:upload_url, upload_fields=:upload_fields, upload_expires_at=:upload_expires_at,"
        " capture_status=:capture_status, processing_error=:processing_error, prepare=:prepare,"
        " clip_start_ms=:clip_start_ms, clip_end_ms=:clip_end_ms, prepared_path=:prepared_path,"
        " prepared_size=:prepared_size, prepared_modified=:prepared_modified WHERE id=:id"));
    q.bindValue(QStringLiteral(":id"), job.id);
    q.bindValue(QStringLiteral(":position"), job.position);
    q.bindValue(QStringLiteral(":created_at"), msecs(job.createdAt));
    q.bindValue(QStringLiteral(":file_path"), job.filePath);
    q.bindValue(QStringLiteral(":file_size"), job.fileSize);
    q.bindValue(QStringLiteral(":file_modified"), msecs(job.fileModified));
    q.bindValue(QStringLiteral(":athlete_id"), job.athleteId);
    q.bindValue(QStringLiteral(":athlete_name"), job.athleteName);
    q.bindValue(QStringLiteral(":session_group_id"), job.sessionGroupId);
    q.bindValue(QStringLiteral(":activity"), job.activity);
    q.bindValue(QStringLiteral(":movement"), job.movement);
    q.bindValue(QStringLiteral(":spec_json"), job.specJson);
    q.bindValue(QStringLiteral(":state"), int(job.state));
    q.bindValue(QStringLiteral(":failure_permanent"), job.failurePermanent ? 1 : 0);
    q.bindValue(QStringLiteral(":last_error"), job.lastError);
    q.bindValue(QStringLiteral(":last_error_code"), job.lastErrorCode);
    q.bindValue(QStringLiteral(":last_http_status"), job.lastHttpStatus);
    q.bindValue(QStringLiteral(":attempts"), job.attempts);
    q.bindValue(QStringLiteral(":next_attempt_at"), msecs(job.nextAttemptAt));
    q.bindValue(QStringLiteral(":restarts_from_zero"), job.restartsFromZero ? 1 : 0);
    q.bindValue(QStringLiteral(":session_id"), job.sessionId);
    q.bindValue(QStringLiteral(":upload_url"), job.uploadUrl.isValid() ? job.uploadUrl.toString() : QString());
    q.bindValue(QStringLiteral(":upload_fields"), fieldsToJson(job.uploadFields));
    q.bindValue(QStringLiteral(":upload_expires_at"), msecs(job.uploadExpiresAt));
    q.bindValue(QStringLiteral(":capture_status"), job.captureStatus);
    q.bindValue(QStringLiteral(":processing_error"), job.processingError);
    q.bindValue(QStringLiteral(":prepare"), job.prepare ? 1 : 0);
    q.bindValue(QStringLiteral(":clip_start_ms"), job.clipStartMs);
    q.bindValue(QStringLiteral(":clip_end_ms"), job.clipEndMs);
    q.bindValue(QStringLiteral(":prepared_path"), job.preparedPath);
    q.bindValue(QStringLiteral(":prepared_size"), job.preparedSize);
    q.bindValue(QStringLiteral(":prepared_modified"), msecs(job.preparedModified));
    if (!q.exec())
        return fail(tr("Cannot save the upload"), q.lastError().text());
    if (q.numRowsAffected() != 1)
        return fail(tr("Cannot save the upload"), tr("no job %1").arg(job.id));
    return true;
}

bool JobStore::writeHistory(const JobHistoryEntry &e)
{
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.prepare(QStringLiteral("INSERT INTO history (job_id, at, step, outcome, http_status, error_code, session_id,"
                             " message) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(e.jobId);
    q.addBindValue(msecs(e.at.isValid() ? e.at : QDateTime::currentDateTimeUtc()));
    q.addBindValue(e.step);
    q.addBindValue(e.outcome);
    q.addBindValue(e.httpStatus);
    q.addBindValue(e.errorCode);
    q.addBindValue(e.sessionId);
    q.addBindValue(e.message);
    if (!q.exec())
        return fail(tr("Cannot save the upload's history"), q.lastError().text());
    return true;
}

bool JobStore::beginWrite()
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (m_batch)
        return QSqlQuery(db).exec(QStringLiteral("SAVEPOINT write"));
    return db.transaction();
}

bool JobStore::commitWrite()
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (m_batch)
        return QSqlQuery(db).exec(QStringLiteral("RELEASE write"));
    return db.commit();
}

void JobStore::rollbackWrite()
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (m_batch) {
        QSqlQuery q(db);
        q.exec(QStringLiteral("ROLLBACK TO write"));
        q.exec(QStringLiteral("RELEASE write"));
        return;
    }
    db.rollback();
}

bool JobStore::beginBatch()
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (m_batch || !db.transaction())
        return fail(tr("Cannot save the upload"), db.lastError().text());
    m_batch = true;
    return true;
}

bool JobStore::endBatch()
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (!m_batch)
        return false;
    m_batch = false;
    if (!db.commit())
        return fail(tr("Cannot save the upload"), db.lastError().text());
    return true;
}

bool JobStore::insert(UploadJob *job, const JobHistoryEntry &entry)
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (!beginWrite())
        return fail(tr("Cannot save the upload"), db.lastError().text());
    QSqlQuery q(db);
    if (job->position == 0) {
        if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(position), 0) + 1 FROM jobs")) || !q.next()) {
            rollbackWrite();
            return fail(tr("Cannot save the upload"), q.lastError().text());
        }
        job->position = q.value(0).toLongLong();
    }
    if (!job->createdAt.isValid())
        job->createdAt = QDateTime::currentDateTimeUtc();
    q.prepare(QStringLiteral("INSERT INTO jobs (position, created_at, file_path, file_size, athlete_id, state)"
                             " VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(job->position);
    q.addBindValue(msecs(job->createdAt));
    q.addBindValue(job->filePath);
    q.addBindValue(job->fileSize);
    q.addBindValue(job->athleteId);
    q.addBindValue(int(job->state));
    if (!q.exec()) {
        rollbackWrite();
        return fail(tr("Cannot save the upload"), q.lastError().text());
    }
    job->id = q.lastInsertId().toLongLong();
    JobHistoryEntry e = entry;
    e.jobId = job->id;
    if (e.step.isEmpty())
        e.step = JobHistory::toString(JobHistory::Step::Enqueue);
    if (!writeJob(*job) || !writeHistory(e)) {
        rollbackWrite();
        job->id = 0;
        return false;
    }
    if (!commitWrite())
        return fail(tr("Cannot save the upload"), db.lastError().text());
    return true;
}

bool JobStore::save(const UploadJob &job)
{
    return writeJob(job);
}

bool JobStore::save(const UploadJob &job, const JobHistoryEntry &entry)
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (!beginWrite())
        return fail(tr("Cannot save the upload"), db.lastError().text());
    JobHistoryEntry e = entry;
    e.jobId = job.id;
    if (!writeJob(job) || !writeHistory(e)) {
        rollbackWrite();
        return false;
    }
    if (!commitWrite())
        return fail(tr("Cannot save the upload"), db.lastError().text());
    return true;
}

bool JobStore::appendHistory(const JobHistoryEntry &entry)
{
    return writeHistory(entry);
}

bool JobStore::remove(qint64 jobId)
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (!beginWrite())
        return fail(tr("Cannot remove the upload"), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("DELETE FROM history WHERE job_id = ?"));
    q.addBindValue(jobId);
    bool ok = q.exec();
    if (ok) {
        q.prepare(QStringLiteral("DELETE FROM jobs WHERE id = ?"));
        q.addBindValue(jobId);
        ok = q.exec();
    }
    if (!ok) {
        const QString error = q.lastError().text();
        rollbackWrite();
        return fail(tr("Cannot remove the upload"), error);
    }
    if (!commitWrite())
        return fail(tr("Cannot remove the upload"), db.lastError().text());
    return true;
}

bool JobStore::savePositions(const QList<qint64> &jobIdsInOrder)
{
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (!beginWrite())
        return fail(tr("Cannot reorder the queue"), db.lastError().text());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE jobs SET position = ? WHERE id = ?"));
    for (int i = 0; i < jobIdsInOrder.size(); ++i) {
        q.addBindValue(qint64(i + 1));
        q.addBindValue(jobIdsInOrder.at(i));
        if (!q.exec()) {
            const QString error = q.lastError().text();
            rollbackWrite();
            return fail(tr("Cannot reorder the queue"), error);
        }
    }
    if (!commitWrite())
        return fail(tr("Cannot reorder the queue"), db.lastError().text());
    return true;
}

QList<UploadJob> JobStore::loadAll() const
{
    QList<UploadJob> jobs;
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    if (!q.exec(QStringLiteral("SELECT * FROM jobs ORDER BY position, id")))
        return jobs;
    while (q.next())
        jobs.append(jobFromRecord(q));
    return jobs;
}

QList<UploadJob> JobStore::loadUnfinished() const
{
    QList<UploadJob> jobs;
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.setForwardOnly(true);
    // The condition is the partial index's (jobs_unfinished), word for word: SQLite uses it then.
    if (!q.exec(QStringLiteral("SELECT * FROM jobs WHERE state NOT IN (5, 7) ORDER BY position, id")))
        return jobs;
    while (q.next())
        jobs.append(jobFromRecord(q));
    return jobs;
}

QList<JobStore::FinishedJob> JobStore::finishedJobs(int limit, qint64 beforeId) const
{
    static_assert(int(UploadJob::State::Completed) == 5 && int(UploadJob::State::Cancelled) == 7);
    QList<FinishedJob> jobs;
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.setForwardOnly(true);
    // The name it was uploaded as is read by SQLite's JSON functions: parsing 100,000 specs
    // in Qt would take longer than the rest of the page.
    q.prepare(QStringLiteral(
        "SELECT id, position, state, file_path,"
        " CASE WHEN json_valid(CAST(spec_json AS TEXT))"
        "  AND json_type(CAST(spec_json AS TEXT), '$.file_name') = 'text'"
        "  THEN substr(json_extract(CAST(spec_json AS TEXT), '$.file_name'), 1, 300) END,"
        " athlete_id, athlete_name, session_group_id, activity, movement, last_error, last_error_code, attempts,"
        " restarts_from_zero, clip_start_ms, clip_end_ms"
        " FROM jobs WHERE state IN (5, 7) AND id < ? ORDER BY id DESC LIMIT ?"));
    q.addBindValue(beforeId);
    q.addBindValue(limit);
    if (!q.exec())
        return jobs;
    jobs.reserve(limit);
    while (q.next()) {
        FinishedJob j;
        j.id = q.value(0).toLongLong();
        j.position = q.value(1).toLongLong();
        j.state = UploadJob::State(q.value(2).toInt());
        j.filePath = q.value(3).toString();
        j.fileName = q.value(4).toString();
        j.athleteId = q.value(5).toString();
        j.athleteName = q.value(6).toString();
        j.sessionGroupId = q.value(7).toString();
        j.activity = q.value(8).toString();
        j.movement = q.value(9).toString();
        j.lastError = q.value(10).toString();
        j.lastErrorCode = q.value(11).toString();
        j.attempts = q.value(12).toInt();
        j.restartsFromZero = q.value(13).toBool();
        j.clipStartMs = q.value(14).toLongLong();
        j.clipEndMs = q.value(15).toLongLong();
        jobs.append(j);
    }
    return jobs;
}

QList<JobStore::ClipJob> JobStore::jobsOfClip(const QString &absolutePath, const QString &athleteId,
                                              const QString &movement, qint64 clipStartMs, qint64 clipEndMs) const
{
    QList<ClipJob> jobs;
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.setForwardOnly(true);
    // A path that is absolute and clean resolves to itself: only the same text can match. Any
    // other (relative, "..", "//", a trailing "/", a drive letter) is handed to the caller.
    q.prepare(QStringLiteral(
        "SELECT id, file_path, state FROM jobs WHERE athlete_id = ? AND movement = ? AND clip_start_ms = ?"
        " AND clip_end_ms = ? AND (file_path = ? OR file_path NOT LIKE '/%' OR file_path LIKE '%/.%'"
        " OR file_path LIKE '%//%' OR file_path LIKE '%/')"));
    q.addBindValue(athleteId);
    q.addBindValue(movement);
    q.addBindValue(clipStartMs);
    q.addBindValue(clipEndMs);
    q.addBindValue(absolutePath);
    if (!q.exec())
        return jobs;
    while (q.next())
        jobs.append({ q.value(0).toLongLong(), q.value(1).toString(), UploadJob::State(q.value(2).toInt()) });
    return jobs;
}

std::optional<UploadJob> JobStore::load(qint64 jobId) const
{
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.prepare(QStringLiteral("SELECT * FROM jobs WHERE id = ?"));
    q.addBindValue(jobId);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return jobFromRecord(q);
}

QList<JobHistoryEntry> JobStore::history(qint64 jobId) const
{
    QList<JobHistoryEntry> entries;
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.prepare(QStringLiteral("SELECT job_id, at, step, outcome, http_status, error_code, session_id, message"
                             " FROM history WHERE job_id = ? ORDER BY id"));
    q.addBindValue(jobId);
    if (!q.exec())
        return entries;
    while (q.next()) {
        JobHistoryEntry e;
        e.jobId = q.value(0).toLongLong();
        e.at = fromMsecs(q.value(1));
        e.step = q.value(2).toString();
        e.outcome = q.value(3).toString();
        e.httpStatus = q.value(4).toInt();
        e.errorCode = q.value(5).toString();
        e.sessionId = q.value(6).toString();
        e.message = q.value(7).toString();
        entries.append(e);
    }
    return entries;
}

QSet<QString> JobStore::knownSessionIds() const
{
    QSet<QString> ids;
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    if (!q.exec(
            QStringLiteral("SELECT session_id FROM jobs WHERE session_id IS NOT NULL AND session_id != ''"
                           " UNION SELECT session_id FROM history WHERE session_id IS NOT NULL AND session_id != ''")))
        return ids;
    while (q.next())
        ids.insert(q.value(0).toString().toLower());
    return ids;
}
