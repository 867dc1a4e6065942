#include "jobs/jobqueue.h"

#include "api/apilog.h"
#include "jobs/cappedbody.h"
#include "jobs/clippreparer.h"
#include "jobs/jobstore.h"
#include "media/moviefacts.h"
#include "upload/s3postupload.h"
#include "upload/uploadthread.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkInformation>
#include <QScopeGuard>
#include <QStandardPaths>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace {

// The POST /captures body with the session group set, so that a job
// reserved again (expired policy, lost answer) stays in its group.
QByteArray withSessionGroup(const QByteArray &specJson, const QString &groupId)
{
    if (groupId.isEmpty())
        return specJson;
    QJsonObject o = QJsonDocument::fromJson(specJson).object();
    if (o.isEmpty())
        return specJson;
    o.insert(QStringLiteral("session_group_id"), groupId);
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The capture_time the spec pins, if any: the server makes it the session's
// create time, so it identifies the reservation to the millisecond.
QDateTime pinnedCaptureTime(const QByteArray &specJson)
{
    const QString text = QJsonDocument::fromJson(specJson).object().value(QStringLiteral("capture_time")).toString();
    return text.isEmpty() ? QDateTime() : QDateTime::fromString(text, Qt::ISODateWithMs);
}

bool sameText(const QString &a, const QString &b)
{
    return a.trimmed().compare(b.trimmed(), Qt::CaseInsensitive) == 0;
}

} // namespace

JobQueue::JobQueue(JobStore *store, CaptureApi *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_uploadThread(std::make_unique<UploadThread>())
    , m_preparer(new ClipPreparer(this))
    , m_preparedFolder(
          QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("prepared")))
{
    connect(m_preparer, &ClipPreparer::progress, this, [this](qint64 jobId, int percent) {
        if (m_preparedPercent.contains(jobId)) {
            m_preparedPercent[jobId] = percent;
            emit jobPreparing(jobId, percent);
        }
    });
    connect(m_preparer, &ClipPreparer::finished, this, &JobQueue::onPrepared);
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &JobQueue::schedule);
    connect(m_api, &CaptureApi::reserved, this, &JobQueue::onReserved);
    connect(m_api, &CaptureApi::reserveFailed, this, &JobQueue::onReserveFailed);
    connect(m_api, &CaptureApi::statusFetched, this, &JobQueue::onStatusFetched);
    connect(m_api, &CaptureApi::statusFailed, this, &JobQueue::onStatusFailed);
    connect(m_api, &CaptureApi::capturesListed, this, &JobQueue::onCapturesListed);
    connect(m_api, &CaptureApi::listFailed, this, &JobQueue::onListFailed);
    m_statusTimer.setSingleShot(true);
    connect(&m_statusTimer, &QTimer::timeout, this, &JobQueue::pollStatus);
}

JobQueue::~JobQueue()
{
    // Uploads cut short by quitting stay "uploading" in the store: the next
    // start sends them again from byte 0, which is what must happen.
    for (ThreadedS3Upload *u : std::as_const(m_uploads)) {
        u->disconnect(this);
        delete u; // stops its upload
    }
    m_uploads.clear();
    m_uploadThread.reset(); // aborts what still runs there, and waits for the thread to end
}

void JobQueue::setParallel(int uploads)
{
    m_parallel = std::max(1, uploads);
    schedule();
}

void JobQueue::setBandwidthCap(qint64 bytesPerSecond)
{
    m_cap->setBytesPerSecond(bytesPerSecond);
}

void JobQueue::start()
{
    if (m_started)
        return;
    m_started = true;
    // Completed and Cancelled jobs stay in the store: nothing is done with them until the coach
    // retries or removes one (loaded then), and a long history would make the start slow.
    // Failed ones are loaded: "Retry all failed" acts on them, and they are few.
    m_jobs = m_store->loadUnfinished();
    for (UploadJob &job : m_jobs) {
        const UploadJob::State before = job.state;
        std::optional<UnsettledStep> unsettled;
        if (!job.isUploaded() && job.state != UploadJob::State::Completed && job.state != UploadJob::State::Cancelled)
            unsettled = unsettledFrom(m_store->history(job.id));
        if (unsettled && unsettled->kind == Unsettled::InterruptedUpload && job.sessionId.isEmpty())
            unsettled.reset(); // nothing to ask about
        if (unsettled)
            m_unsettled.insert(job.id, *unsettled);
        job = UploadJob::resumedAfterRestart(job);
        if (before == UploadJob::State::Preparing) {
            persist(job, Step::Resume, Outcome::Restart, 0, {},
                    tr("Preparing the clip was interrupted; it is prepared again."));
        } else if (job.state != before) {
            persist(job, Step::Resume, Outcome::Restart, 0, {},
                    unsettled ? tr("The upload was interrupted; Uplift is asked whether the file arrived before it "
                                   "is sent again from the beginning.")
                              : tr("The upload was interrupted and starts again from the beginning."));
        } else if (job.state == UploadJob::State::Reserving) {
            // The answer to POST /captures was lost with the process: the
            // captures list is looked through before reserving again.
            job.state = UploadJob::State::Queued;
            persist(job, Step::Resume, Outcome::LostAnswer, 0, {},
                    tr("The answer to the reservation was lost; looking for it in the captures list."));
        }
    }
    for (UploadJob &job : m_jobs) {
        if (job.state == UploadJob::State::Uploaded || job.state == UploadJob::State::Processing)
            followStatus(job);
    }
    sweepPreparedFolder();
    schedule();
}

void JobQueue::sweepPreparedFolder()
{
    // Half-made files of a crash, and files no job will upload any more.
    QSet<QString> wanted;
    for (const UploadJob &job : std::as_const(m_jobs)) {
        if (!job.preparedPath.isEmpty() && !job.isUploaded() && job.state != UploadJob::State::Cancelled)
            wanted.insert(QFileInfo(job.preparedPath).absoluteFilePath());
    }
    QDirIterator it(m_preparedFolder, QDir::Files);
    while (it.hasNext()) {
        const QString path = QFileInfo(it.next()).absoluteFilePath();
        if (!wanted.contains(path))
            QFile::remove(path);
    }
}

int JobQueue::preparedPercent(qint64 jobId) const
{
    return m_preparedPercent.value(jobId, -1);
}

bool JobQueue::needsPreparing(const UploadJob &job) const
{
    return job.prepare && !job.isUploaded() && !job.preparedUnchanged();
}

void JobQueue::discardPrepared(UploadJob &job)
{
    if (!job.prepare || job.preparedPath.isEmpty())
        return;
    QFile::remove(job.preparedPath);
    job.preparedPath.clear();
    job.preparedSize = -1;
    job.preparedModified = QDateTime();
}

void JobQueue::schedulePreparation()
{
    if (m_paused || m_preparer->running() > 0)
        return;
    // Clips already made and waiting for their upload: enough to keep every
    // upload slot busy, no more (each is a copy on the coach's disk).
    int ahead = 0;
    for (const UploadJob &job : std::as_const(m_jobs)) {
        const bool waiting = job.state == UploadJob::State::Queued || job.state == UploadJob::State::WaitingToRetry;
        if (waiting && job.prepare && !needsPreparing(job))
            ++ahead;
    }
    for (UploadJob &job : m_jobs) {
        const bool waiting = job.state == UploadJob::State::Queued || job.state == UploadJob::State::WaitingToRetry;
        if (!waiting || !needsPreparing(job))
            continue;
        if (ahead >= m_parallel)
            return;
        prepare(job);
        return;
    }
}

void JobQueue::prepare(UploadJob &job)
{
    QString why;
    if (!job.fileUnchanged(&why)) {
        failPermanently(job, Step::Prepare, 0, QStringLiteral("FileChanged"), why);
        return;
    }
    if (!job.preparedPath.isEmpty()) {
        // Made before, now missing or changed: made again from the recording.
        QFile::remove(job.preparedPath);
        persist(job, Step::Prepare, Outcome::Again, 0, {},
                tr("The prepared clip was missing or changed; it is prepared again."));
        job.preparedPath.clear();
    }
    job.state = UploadJob::State::Preparing;
    job.preparedSize = -1;
    job.preparedModified = QDateTime();
    if (!persist(job, Step::Prepare, Outcome::Start))
        return;
    ClipRemux::Request request;
    request.source = job.filePath;
    request.target = QDir(m_preparedFolder).filePath(QStringLiteral("%1.mov").arg(job.id));
    request.startMs = job.clipStartMs;
    request.endMs = job.clipEndMs;
    // A range carries its own filming time (the capture_time it is reserved with).
    if (job.hasRange())
        request.creationTime = pinnedCaptureTime(job.specJson);
    m_preparedPercent.insert(job.id, 0);
    emit jobPreparing(job.id, 0);
    m_preparer->start(job.id, request, m_timing.prepareDelay);
}

void JobQueue::onPrepared(qint64 jobId, const ClipRemux::Result &result)
{
    m_preparedPercent.remove(jobId);
    const QString target = QDir(m_preparedFolder).filePath(QStringLiteral("%1.mov").arg(jobId));
    UploadJob *job = find(jobId);
    if (!job || job->state != UploadJob::State::Preparing) {
        // Cancelled or removed meanwhile.
        if (result.ok)
            QFile::remove(target);
        schedule();
        return;
    }
    if (result.cancelled) {
        job->state = UploadJob::State::Queued;
        persist(*job, Step::Prepare, Outcome::Interrupted, 0, {}, result.problem);
        schedule();
        return;
    }
    if (!result.ok) {
        failPermanently(*job, Step::Prepare, 0, QStringLiteral("PrepareFailed"), result.problem);
        schedule();
        return;
    }
    const QFileInfo made(target);
    job->preparedPath = target;
    job->preparedSize = made.size();
    job->preparedModified = made.lastModified().toUTC();
    job->state = UploadJob::State::Queued;
    QString message;
    if (job->hasRange()) {
        message = tr("Cut %1 s to %2 s into a .mov (%3 MB)")
                      .arg(double(result.cutStartMs) / 1000.0, 0, 'f', 1)
                      .arg(double(result.cutStartMs + result.durationMs) / 1000.0, 0, 'f', 1)
                      .arg(double(result.bytes) / 1e6, 0, 'f', 1);
        if (result.cutStartMs < job->clipStartMs)
            message += QLatin1Char(' ')
                + tr("(starts %1 s before the mark, at the keyframe)")
                      .arg(double(job->clipStartMs - result.cutStartMs) / 1000.0, 0, 'f', 1);
    } else {
        message = tr("Made into a .mov without re-encoding (%1 MB)").arg(double(result.bytes) / 1e6, 0, 'f', 1);
    }
    if (!result.leftOut.isEmpty())
        message += QStringLiteral("; ") + tr("left out: %1").arg(result.leftOut.join(QStringLiteral(", ")));
    if (!result.warning.isEmpty())
        message += QStringLiteral("; ") + result.warning;
    persist(*job, Step::Prepare, Outcome::Ok, 0, {}, message);
    schedule();
}

UploadJob *JobQueue::find(qint64 jobId)
{
    for (UploadJob &j : m_jobs) {
        if (j.id == jobId)
            return &j;
    }
    return nullptr;
}

UploadJob *JobQueue::hold(const UploadJob &stored)
{
    // In queue order, where loadUnfinished() would have put it.
    const auto at = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const UploadJob &j) {
        return j.position > stored.position || (j.position == stored.position && j.id > stored.id);
    });
    const qsizetype row = at - m_jobs.begin();
    m_jobs.insert(row, stored);
    emit jobAdded(stored.id);
    return &m_jobs[row];
}

const UploadJob *JobQueue::job(qint64 jobId) const
{
    return const_cast<JobQueue *>(this)->find(jobId);
}

std::optional<UploadJob> JobQueue::storedJob(qint64 jobId) const
{
    if (const UploadJob *j = job(jobId))
        return *j;
    return m_store->load(jobId);
}

QList<qint64> JobQueue::jobIds() const
{
    QList<qint64> ids;
    for (const UploadJob &j : m_jobs)
        ids.append(j.id);
    return ids;
}

QList<JobHistoryEntry> JobQueue::history(qint64 jobId) const
{
    return m_store->history(jobId);
}

qint64 JobQueue::bytesSent(qint64 jobId) const
{
    const ThreadedS3Upload *u = m_uploads.value(jobId);
    return u ? u->bytesSent() : 0;
}

qint64 JobQueue::bytesTotal(qint64 jobId) const
{
    const ThreadedS3Upload *u = m_uploads.value(jobId);
    return u ? u->bytesTotal() : 0;
}

double JobQueue::bytesPerSecond(qint64 jobId) const
{
    const ThreadedS3Upload *u = m_uploads.value(jobId);
    return u ? u->bytesPerSecond() : 0.0;
}

qint64 JobQueue::secondsLeft(qint64 jobId) const
{
    const ThreadedS3Upload *u = m_uploads.value(jobId);
    return u ? u->secondsLeft() : -1;
}

bool JobQueue::persist(UploadJob &job, Step step, Outcome outcome, int httpStatus, const QString &code,
                       const QString &message, const QString &historySession)
{
    return record(job, JobHistory::toString(step), JobHistory::toString(outcome), httpStatus, code, message,
                  historySession);
}

bool JobQueue::persistStatus(UploadJob &job, const QString &status)
{
    return record(job, JobHistory::toString(Step::Status), status);
}

bool JobQueue::record(UploadJob &job, const QString &step, const QString &outcome, int httpStatus, const QString &code,
                      const QString &message, const QString &historySession)
{
    JobHistoryEntry e;
    e.jobId = job.id;
    e.at = QDateTime::currentDateTimeUtc();
    e.step = step;
    e.outcome = outcome;
    e.httpStatus = httpStatus;
    e.errorCode = code;
    e.sessionId = historySession.isEmpty() ? job.sessionId : historySession;
    // Text from the API or S3 may echo the key: it is redacted before it is
    // stored or shown.
    e.message = ApiLog::redactSecrets(message);
    job.lastError = ApiLog::redactSecrets(job.lastError);
    job.processingError = ApiLog::redactSecrets(job.processingError);
    const bool ok = m_store->save(job, e);
    if (!ok) {
        // Running on without a record would break the promise of resuming
        // exactly; stop scheduling and say so.
        m_paused = true;
        emit storageFailed(m_store->errorString());
        emit pausedChanged(true);
    }
    emit jobChanged(job.id);
    return ok;
}

qint64 JobQueue::enqueue(UploadJob job, QString *error)
{
    const QFileInfo info(job.filePath);
    // A range, or anything but a .mov, is made into a .mov first; so is a
    // ".mov" FFmpeg reads as another container (an MPEG-TS renamed). What it
    // cannot read at all the window and the command refuse before this.
    if (job.hasRange() || !job.filePath.endsWith(QLatin1String(".mov"), Qt::CaseInsensitive))
        job.prepare = true;
    else if (const MovieFacts facts = MovieFacts::read(job.filePath); facts.readable && !facts.quickTime)
        job.prepare = true;
    job.preparedPath.clear();
    job.preparedSize = -1;
    job.preparedModified = QDateTime();
    if (!info.isFile()) {
        if (error)
            *error = tr("The file is not there: %1").arg(job.filePath);
        return 0;
    }
    if (job.fileSize < 0)
        job.fileSize = info.size();
    if (!job.fileModified.isValid())
        job.fileModified = info.lastModified().toUTC();
    job.id = 0;
    job.position = 0;
    job.state = UploadJob::State::Queued;
    JobHistoryEntry e;
    e.step = JobHistory::toString(Step::Enqueue);
    e.outcome = JobHistory::toString(Outcome::Ok);
    if (!m_store->insert(&job, e)) {
        if (error)
            *error = m_store->errorString();
        return 0;
    }
    m_jobs.append(job);
    emit jobAdded(job.id);
    schedule();
    return job.id;
}

bool JobQueue::isDuplicate(const QString &filePath, const QString &athleteId, const QString &movement,
                           qint64 clipStartMs, qint64 clipEndMs) const
{
    return duplicateOf(filePath, athleteId, movement, clipStartMs, clipEndMs).has_value();
}

std::optional<UploadJob> JobQueue::duplicateOf(const QString &filePath, const QString &athleteId,
                                               const QString &movement, qint64 clipStartMs, qint64 clipEndMs) const
{
    const QString canonical = QFileInfo(filePath).absoluteFilePath();
    const auto same = [&](const UploadJob &j) {
        return j.state != UploadJob::State::Cancelled && j.athleteId == athleteId && j.movement == movement
            && j.clipStartMs == clipStartMs && j.clipEndMs == clipEndMs
            && QFileInfo(j.filePath).absoluteFilePath() == canonical;
    };
    QList<UploadJob> found;
    for (const UploadJob &j : m_jobs) {
        if (same(j))
            found << j;
    }
    // The finished jobs the queue did not load (a Completed one is a duplicate too).
    const QList<JobStore::ClipJob> stored = m_store->jobsOfClip(canonical, athleteId, movement, clipStartMs, clipEndMs);
    for (const JobStore::ClipJob &j : stored) {
        if (job(j.id) || j.state == UploadJob::State::Cancelled
            || QFileInfo(j.filePath).absoluteFilePath() != canonical)
            continue;
        if (const std::optional<UploadJob> loaded = m_store->load(j.id))
            found << *loaded;
    }
    const auto rank = [](const UploadJob &j) { return !j.isFinished() ? 2 : j.isUploaded() ? 1 : 0; };
    std::optional<UploadJob> best;
    for (const UploadJob &j : std::as_const(found)) {
        if (!best || rank(j) > rank(*best) || (rank(j) == rank(*best) && j.id > best->id))
            best = j;
    }
    return best;
}

bool JobQueue::isDue(const UploadJob &job, const QDateTime &now)
{
    return job.state == UploadJob::State::Queued
        || (job.state == UploadJob::State::WaitingToRetry
            && (!job.nextAttemptAt.isValid() || job.nextAttemptAt <= now));
}

int JobQueue::uploading() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                             [](const UploadJob &j) { return j.state == UploadJob::State::Uploading; }));
}

int JobQueue::running() const
{
    return int(std::count_if(m_jobs.cbegin(), m_jobs.cend(), [](const UploadJob &j) {
        return j.state == UploadJob::State::Reserving || j.state == UploadJob::State::Uploading;
    }));
}

bool JobQueue::isIdle() const
{
    return std::none_of(m_jobs.cbegin(), m_jobs.cend(), [](const UploadJob &j) {
        return j.state == UploadJob::State::Queued || j.state == UploadJob::State::Reserving
            || j.state == UploadJob::State::Preparing || j.state == UploadJob::State::Uploading
            || j.state == UploadJob::State::Uploaded || j.state == UploadJob::State::Processing
            || j.state == UploadJob::State::WaitingToRetry;
    });
}

void JobQueue::checkIdle()
{
    if (m_started && isIdle())
        emit idle();
}

void JobQueue::schedule()
{
    if (!m_started)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!m_paused && m_online) {
        for (UploadJob &job : m_jobs) {
            if (running() >= m_parallel)
                break;
            if (isDue(job, now) && !needsPreparing(job))
                begin(job);
        }
    }
    // Preparing needs no network: it goes on offline, so the clips are ready when it is back.
    schedulePreparation();
    armWakeUp();
    checkIdle();
}

void JobQueue::armWakeUp()
{
    QDateTime next;
    for (const UploadJob &j : std::as_const(m_jobs)) {
        if (j.state == UploadJob::State::WaitingToRetry && j.nextAttemptAt.isValid()
            && (!next.isValid() || j.nextAttemptAt < next))
            next = j.nextAttemptAt;
    }
    if (!next.isValid() || m_paused) {
        m_wakeUp.stop();
        return;
    }
    const qint64 ms = std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(next));
    m_wakeUp.start(int(std::min<qint64>(ms, 24 * 3600 * 1000)));
}

void JobQueue::begin(UploadJob &job)
{
    m_reservedAhead.remove(job.id);
    if (m_unsettled.contains(job.id)) {
        reconcile(job);
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // A window that closes before the upload can finish at the speed seen
    // so far would be refused part way: reserve a fresh one instead.
    const bool reservationUsable = job.hasReservation() && job.uploadExpiresAt.isValid()
        && now.msecsTo(job.uploadExpiresAt) > m_timing.expiryMargin.count() + expectedUploadMs(job);
    if (reservationUsable)
        upload(job);
    else
        reserve(job);
}

qint64 JobQueue::expectedUploadMs(const UploadJob &job) const
{
    if (m_measuredBytesPerSecond <= 0 || job.uploadSize() <= 0)
        return 0;
    // Half again as long: speeds on shared networks swing.
    return qint64(1.5 * 1000.0 * double(job.uploadSize()) / m_measuredBytesPerSecond);
}

bool JobQueue::checkUploadFile(UploadJob &job)
{
    if (job.prepare) {
        // Once made, the .mov is what goes: the recording may be gone by then
        // (a card taken out). A .mov that went missing is made again.
        if (job.preparedUnchanged())
            return true;
        job.state = UploadJob::State::Queued;
        persist(job, Step::CheckFile, Outcome::PrepareAgain, 0, {},
                tr("The prepared clip was missing or changed; it is prepared again."));
        QTimer::singleShot(0, this, &JobQueue::schedule);
        return false;
    }
    QString why;
    if (!job.fileUnchanged(&why)) {
        failPermanently(job, Step::CheckFile, 0, QStringLiteral("FileChanged"), why);
        return false;
    }
    return true;
}

void JobQueue::reserve(UploadJob &job)
{
    if (!checkUploadFile(job))
        return;
    if (job.hasReservation()) {
        // Its window is closed or closing: the old session id stays in the
        // history line written here, the new one comes with the answer.
        persist(job, Step::Reserve, Outcome::ReplaceExpired, 0, {},
                tr("The upload window closed; reserving a new one in the same session group."));
        job.sessionId.clear();
        job.uploadUrl.clear();
        job.uploadFields.clear();
        job.uploadExpiresAt = QDateTime();
    }
    job.state = UploadJob::State::Reserving;
    m_reserveSentAt.insert(job.id, QDateTime::currentDateTimeUtc());
    if (!persist(job, Step::Reserve, Outcome::Start))
        return;
    m_api->reserve(job.id, withSessionGroup(job.specJson, job.sessionGroupId));
}

void JobQueue::onReserved(qint64 jobId, const CaptureApi::Reserved &r)
{
    UploadJob *job = find(jobId);
    if (!job || job->state != UploadJob::State::Reserving)
        return; // cancelled or removed meanwhile: the capture stays awaiting_upload on the server
    job->sessionId = r.sessionId;
    if (!r.sessionGroupId.isEmpty())
        job->sessionGroupId = r.sessionGroupId;
    job->uploadUrl = r.uploadUrl;
    job->uploadFields = r.uploadFields;
    job->uploadExpiresAt = r.uploadExpiresAt;
    // A reservation is not yet progress: the attempts and the retry tokens
    // spent so far stand until the clip is uploaded, so a target that is
    // refused every time cannot reserve without end.
    if (const QDateTime sent = m_reserveSentAt.take(jobId); sent.isValid()) {
        const double ms = double(std::max<qint64>(0, sent.msecsTo(QDateTime::currentDateTimeUtc())));
        m_reserveRoundTripMs = m_reserveRoundTripMs > 0 ? 0.7 * m_reserveRoundTripMs + 0.3 * ms : ms;
    }
    // Reserved ahead and every slot still busy: it waits, reserved, and starts
    // the moment one frees (schedule → begin finds the reservation usable).
    // Paused or offline meanwhile: it keeps its target and waits the same way.
    const bool held = m_paused || !m_online;
    const bool waits = held || (m_reservedAhead.contains(jobId) && uploading() >= m_parallel);
    if (waits)
        job->state = UploadJob::State::Queued;
    const QString why = held ? tr("Reserved; it uploads when uploads go on.")
        : waits              ? tr("Reserved ahead; it uploads when a running upload ends.")
                             : QString();
    if (!persist(*job, Step::Reserve, Outcome::Ok, 0, {}, why))
        return;
    if (waits)
        return;
    m_reservedAhead.remove(jobId);
    upload(*job);
}

void JobQueue::reserveAhead()
{
    if (!m_started || m_paused || !m_online)
        return;
    // A look on each progress update would walk the queue hundreds of times a second.
    if (m_clock.elapsed() - m_aheadCheckedMs < 100)
        return;
    m_aheadCheckedMs = m_clock.elapsed();
    int busy = 0;
    qint64 soonestMs = -1;
    for (const UploadJob &j : std::as_const(m_jobs)) {
        if (j.state == UploadJob::State::Reserving)
            return; // one reservation at a time, ahead or not
        if (j.state == UploadJob::State::Queued && m_reservedAhead.contains(j.id))
            return; // the clip reserved ahead still waits for its slot
        if (j.state != UploadJob::State::Uploading)
            continue;
        ++busy;
        const double rate = bytesPerSecond(j.id);
        const qint64 total = bytesTotal(j.id);
        if (rate <= 0 || total <= 0)
            continue;
        const qint64 ms = qint64(1000.0 * double(std::max<qint64>(0, total - bytesSent(j.id))) / rate);
        if (soonestMs < 0 || ms < soonestMs)
            soonestMs = ms;
    }
    // A free slot is filled by schedule(); an upload whose speed is not known yet is not about to end.
    if (busy < m_parallel || soonestMs < 0)
        return;
    const qint64 lead = std::max<qint64>(m_timing.reserveAhead.count(), qint64(2 * m_reserveRoundTripMs));
    if (soonestMs > lead)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (UploadJob &job : m_jobs) {
        // A clip that still holds a reservation, or whose last one is unsettled, starts as usual.
        if (!isDue(job, now) || needsPreparing(job) || job.hasReservation() || m_unsettled.contains(job.id))
            continue;
        m_reservedAhead.insert(job.id);
        reserve(job);
        return;
    }
}

void JobQueue::onReserveFailed(qint64 jobId, const CaptureApi::Failure &f)
{
    UploadJob *job = find(jobId);
    if (!job || job->state != UploadJob::State::Reserving)
        return;
    const QDateTime sentAt = m_reserveSentAt.take(jobId);
    if (f.retryable && f.httpStatus == 0 && m_online && sentAt.isValid()) {
        // No answer (timeout, dropped connection): the server may have made
        // the capture all the same. Look for it before reserving again.
        m_unsettled.insert(jobId, { Unsettled::LostReservation, sentAt });
    }
    if (f.retryable)
        retryLater(*job, Step::Reserve, f.timeout, f.retryAfterSeconds, f.httpStatus, f.code, f.message);
    else
        failPermanently(*job, Step::Reserve, f.httpStatus, f.code, f.message);
    schedule();
}

void JobQueue::upload(UploadJob &job)
{
    if (!checkUploadFile(job))
        return;
    job.state = UploadJob::State::Uploading;
    if (!persist(job, Step::Upload, Outcome::Start))
        return;
    auto *u = new ThreadedS3Upload(m_uploadThread.get(), this);
    u->setStallTimeout(m_timing.stallTimeout);
    u->setAnswerDeadline(m_timing.answerDeadline);
    if (m_cap->isOn()) {
        // Capped where the body is read (in the upload thread, where the
        // wrapper is called), so the bytes and the Content-Length stay
        // exactly what S3 signed for.
        u->setBodyWrapper([cap = m_cap](QIODevice *body) -> QIODevice * { return new CappedBody(body, cap); });
    }
    m_uploads.insert(job.id, u);
    m_uploadStartedMs.insert(job.id, m_clock.elapsed());
    const qint64 id = job.id;
    connect(u, &ThreadedS3Upload::progress, this, [this, id](qint64 sent, qint64 total) {
        emit jobProgress(id, sent, total);
        reserveAhead();
    });
    connect(u, &ThreadedS3Upload::finished, this,
            [this, id](const S3PostResult &result) { onUploadFinished(id, result); });
    FormFields fields;
    for (const auto &f : std::as_const(job.uploadFields))
        fields.append({ f.first, f.second });
    u->start(job.uploadUrl, fields, job.uploadPath());
}

void JobQueue::stopUpload(qint64 jobId)
{
    m_uploadStartedMs.remove(jobId);
    if (ThreadedS3Upload *u = m_uploads.take(jobId)) {
        u->disconnect(this);
        u->cancel();
        u->deleteLater();
    }
}

void JobQueue::onUploadFinished(qint64 jobId, const S3PostResult &result)
{
    if (ThreadedS3Upload *u = m_uploads.take(jobId))
        u->deleteLater();
    UploadJob *job = find(jobId);
    if (!job || job->state != UploadJob::State::Uploading)
        return;
    const auto forgetStart = qScopeGuard([this, jobId] { m_uploadStartedMs.remove(jobId); });
    const QString summary = result.technicalSummary();
    switch (result.outcome) {
    case S3PostResult::Outcome::Succeeded:
        if (const qint64 ms = m_clock.elapsed() - m_uploadStartedMs.value(jobId, m_clock.elapsed());
            ms > 0 && result.bytesSent > 0)
            m_measuredBytesPerSecond = 1000.0 * double(result.bytesSent) / double(ms);
        job->state = UploadJob::State::Uploaded;
        job->attempts = 0;
        job->restartsFromZero = false;
        job->lastError.clear();
        job->lastErrorCode.clear();
        job->lastHttpStatus = result.httpStatus;
        m_budget.recordSuccess(m_tokens.take(jobId));
        discardPrepared(*job); // the clip is in the bucket: the copy on the coach's disk goes
        if (persist(*job, Step::Upload, Outcome::Ok, result.httpStatus))
            followStatus(*job);
        break;
    case S3PostResult::Outcome::Retryable: {
        job->restartsFromZero = result.bytesSent > 0;
        const QString unreachable = result.networkError == QNetworkReply::ConnectionRefusedError
            ? QStringLiteral("ConnectionRefused")
            : result.networkError == QNetworkReply::HostNotFoundError ? QStringLiteral("HostNotFound")
                                                                      : QString();
        if (result.httpStatus == 0 && !unreachable.isEmpty()) {
            // Nothing reached the target: no connection was ever made, so there is nothing to
            // ask Uplift about. Twice in a row with the same reservation: the address is dead
            // (a sandbox started again elsewhere, a server moved), and a new reservation costs
            // one request where the remaining retries would each meet the same refusal. The
            // attempt is counted and paid for like any other, so reserving and being refused
            // cannot go on without end.
            const bool again = unreachableBefore(*job);
            retryLater(*job, Step::Upload, false, std::nullopt, 0, unreachable, summary);
            if (m_online && again && job->hasReservation()
                && (job->state == UploadJob::State::WaitingToRetry || job->state == UploadJob::State::Failed))
                dropReservation(*job, Outcome::ReplaceUnreachable,
                                tr("The upload address did not answer twice; reserving a new one in the same "
                                   "session group."));
            break;
        }
        if (result.httpStatus == 0 && !job->sessionId.isEmpty()) {
            // No answer (reset, stall, dropped connection): S3 may have stored
            // the whole file all the same (the byte count seen here cannot
            // tell). Ask Uplift before sending it again.
            m_unsettled.insert(jobId, { Unsettled::InterruptedUpload, {} });
        }
        retryLater(*job, Step::Upload, result.stalled, std::nullopt, result.httpStatus,
                   result.stalled ? QStringLiteral("Stalled") : result.s3.code,
                   result.stalled ? tr("No data moved for too long; the upload will start again.") : summary);
        break;
    }
    case S3PostResult::Outcome::Rejected: {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // An expired policy is a 403 AccessDenied once the window has closed;
        // decided on status, code and the expiry we were given, not on text.
        const bool expired = result.httpStatus == 403 && result.s3.code == QLatin1String("AccessDenied")
            && job->uploadExpiresAt.isValid() && now.msecsTo(job->uploadExpiresAt) <= m_timing.expiryMargin.count();
        if (result.httpStatus == 429) {
            retryLater(*job, Step::Upload, false, std::nullopt, 429, result.s3.code, summary);
        } else if (expired) {
            // Reserved again after the backoff, and counted: a server whose
            // targets are always expired must not be asked without end.
            job->restartsFromZero = result.bytesSent > 0;
            retryLater(*job, Step::Upload, false, std::nullopt, 403, result.s3.code,
                       tr("The upload window closed before the upload finished."), Outcome::Expired);
        } else {
            failPermanently(*job, Step::Upload, result.httpStatus, result.s3.code,
                            result.s3.message.isEmpty() ? summary : result.s3.message);
        }
        break;
    }
    case S3PostResult::Outcome::LocalProblem:
        failPermanently(*job, Step::Upload, 0, QStringLiteral("LocalProblem"), result.localProblem);
        break;
    case S3PostResult::Outcome::Cancelled:
        break; // cancel() and pause() record their own transition
    }
    schedule();
}

void JobQueue::retryLater(UploadJob &job, Step step, bool afterTimeout, std::optional<qint64> retryAfter,
                          int httpStatus, const QString &code, const QString &message, Outcome outcome)
{
    job.lastHttpStatus = httpStatus;
    job.lastErrorCode = code;
    job.lastError = message;
    if (!m_online && httpStatus == 0) {
        // No answer because there is no network: not the server's fault,
        // not worth an attempt. It runs again when the network is back.
        job.state = UploadJob::State::Queued;
        job.nextAttemptAt = QDateTime();
        persist(job, step, Outcome::Offline, 0, code, message);
        return;
    }
    job.attempts += 1;
    const RetryPolicy::Decision d = m_timing.retry.decide(job.attempts, afterTimeout, retryAfter, &m_budget, &m_random);
    if (d.verdict != RetryPolicy::Verdict::Retry) {
        job.state = UploadJob::State::Failed;
        job.failurePermanent = false; // "retry" may still work later
        job.nextAttemptAt = QDateTime();
        persist(job, step,
                d.verdict == RetryPolicy::Verdict::AttemptsExhausted ? Outcome::AttemptsExhausted
                                                                     : Outcome::BudgetExhausted,
                httpStatus, code, message);
        return;
    }
    m_tokens.insert(job.id, d.tokensSpent);
    job.state = UploadJob::State::WaitingToRetry;
    job.nextAttemptAt = QDateTime::currentDateTimeUtc().addMSecs(d.delay.count());
    persist(job, step, outcome, httpStatus, code, message);
}

void JobQueue::failPermanently(UploadJob &job, Step step, int httpStatus, const QString &code, const QString &message)
{
    job.state = UploadJob::State::Failed;
    job.failurePermanent = true;
    job.lastHttpStatus = httpStatus;
    job.lastErrorCode = code;
    job.lastError = message;
    job.nextAttemptAt = QDateTime();
    persist(job, step, Outcome::Failed, httpStatus, code, message);
}

bool JobQueue::isUnreachableCode(const QString &code)
{
    return code == QLatin1String("ConnectionRefused") || code == QLatin1String("HostNotFound");
}

bool JobQueue::unreachableBefore(const UploadJob &job) const
{
    // The last upload that ended before this one; what came between (asking Uplift, a pause,
    // a restart) did not reach the target either.
    const QList<JobHistoryEntry> h = m_store->history(job.id);
    for (auto it = h.crbegin(); it != h.crend(); ++it) {
        const std::optional<Step> step = JobHistory::stepFrom(it->step);
        if (step == Step::Reserve)
            return false; // a new reservation since
        if (step != Step::Upload || JobHistory::outcomeFrom(it->outcome) == Outcome::Start)
            continue;
        return it->sessionId == job.sessionId && isUnreachableCode(it->errorCode);
    }
    return false;
}

void JobQueue::dropReservation(UploadJob &job, Outcome outcome, const QString &why)
{
    const QString oldSession = job.sessionId;
    job.sessionId.clear();
    job.uploadUrl.clear();
    job.uploadFields.clear();
    job.uploadExpiresAt = QDateTime();
    persist(job, Step::Reserve, outcome, 0, {}, why, oldSession);
}

void JobQueue::followStatus(UploadJob &job)
{
    const int polls = m_statusPolls.value(job.id);
    // Relaxing backoff: processing takes seconds to minutes; looking often at
    // first and rarely later keeps forty waiting clips off the rate limit.
    qint64 ms = m_timing.statusFirst.count();
    for (int i = 0; i < polls && ms < m_timing.statusMax.count(); ++i)
        ms *= 2;
    ms = std::min<qint64>(ms, m_timing.statusMax.count());
    m_statusDue.insert(job.id, m_clock.elapsed() + ms);
    armStatusTimer();
}

void JobQueue::stopFollowing(qint64 jobId)
{
    m_statusDue.remove(jobId);
    m_statusPolls.remove(jobId);
    armStatusTimer();
}

void JobQueue::armStatusTimer()
{
    if (m_statusDue.isEmpty()) {
        m_statusTimer.stop();
        return;
    }
    const qint64 next = *std::min_element(m_statusDue.cbegin(), m_statusDue.cend());
    m_statusTimer.start(int(std::clamp<qint64>(next - m_clock.elapsed(), 0, 24 * 3600 * 1000)));
}

void JobQueue::pollStatus()
{
    const qint64 now = m_clock.elapsed();
    QList<qint64> due, waiting;
    for (auto it = m_statusDue.cbegin(); it != m_statusDue.cend(); ++it) {
        const UploadJob *j = job(it.key());
        if (!j || !(j->state == UploadJob::State::Uploaded || j->state == UploadJob::State::Processing))
            continue;
        waiting.append(it.key());
        if (it.value() <= now)
            due.append(it.key());
    }
    if (!due.isEmpty() && waiting.size() >= std::max(2, m_timing.statusListFrom)) {
        // Many clips waiting: one list of what is still processing answers
        // for all of them; a clip missing from it has finished and is asked
        // about once by itself.
        const qint64 requestId = -(++m_lastRoundId);
        for (qint64 id : std::as_const(waiting))
            m_statusDue.remove(id);
        m_statusRounds.insert(requestId, waiting);
        CaptureApi::ListQuery query;
        query.status = QStringLiteral("processing");
        m_api->listCaptures(requestId, query);
    } else {
        for (qint64 id : std::as_const(due)) {
            m_statusDue.remove(id);
            m_api->fetchStatus(id, job(id)->sessionId);
        }
    }
    armStatusTimer();
}

void JobQueue::onStatusRound(qint64 requestId, const QList<CaptureApi::Listed> &captures)
{
    const QList<qint64> ids = m_statusRounds.take(requestId);
    QHash<QString, const CaptureApi::Listed *> bySession;
    for (const CaptureApi::Listed &c : captures)
        bySession.insert(c.sessionId.toLower(), &c);
    for (qint64 id : ids) {
        const UploadJob *j = job(id);
        if (!j || !(j->state == UploadJob::State::Uploaded || j->state == UploadJob::State::Processing))
            continue;
        if (const CaptureApi::Listed *c = bySession.value(j->sessionId.toLower()))
            onStatusFetched(id, c->status, c->errorText);
        else
            m_api->fetchStatus(id, j->sessionId);
    }
}

void JobQueue::onStatusFetched(qint64 jobId, const QString &status, const QString &errorText)
{
    UploadJob *job = find(jobId);
    if (job && job->state == UploadJob::State::Reserving && m_unsettled.contains(jobId)
        && m_unsettled.value(jobId).kind == Unsettled::InterruptedUpload) {
        settleInterruptedUpload(*job, status, errorText);
        return;
    }
    if (!job || !(job->state == UploadJob::State::Uploaded || job->state == UploadJob::State::Processing))
        return;
    m_statusPolls[jobId] += 1;
    const bool changed = job->captureStatus != status;
    job->captureStatus = status;
    if (status == QLatin1String("completed")) {
        job->state = UploadJob::State::Completed;
        persist(*job, Step::Status, Outcome::Completed);
    } else if (status == QLatin1String("error")) {
        job->state = UploadJob::State::Failed;
        job->failurePermanent = true;
        job->processingError = errorText;
        job->lastError = errorText;
        job->lastErrorCode = QStringLiteral("ProcessingError");
        persist(*job, Step::Status, Outcome::Error, 0, QStringLiteral("ProcessingError"), errorText);
    } else {
        if (job->state != UploadJob::State::Processing || changed) {
            job->state = UploadJob::State::Processing;
            persistStatus(*job, status);
        }
        followStatus(*job);
        return;
    }
    stopFollowing(jobId);
    checkIdle();
}

void JobQueue::onStatusFailed(qint64 jobId, const CaptureApi::Failure &f)
{
    UploadJob *job = find(jobId);
    if (job && job->state == UploadJob::State::Reserving && m_unsettled.contains(jobId)
        && m_unsettled.value(jobId).kind == Unsettled::InterruptedUpload) {
        reconcileFailed(*job, f);
        return;
    }
    if (!job || !(job->state == UploadJob::State::Uploaded || job->state == UploadJob::State::Processing))
        return;
    // The clip is in the bucket whatever the status call says: keep looking,
    // more slowly, and never fall back to uploading.
    m_statusPolls[jobId] += 1;
    job->lastHttpStatus = f.httpStatus;
    job->lastErrorCode = f.code;
    job->lastError = f.message;
    persist(*job, Step::Status, Outcome::Retry, f.httpStatus, f.code, f.message);
    followStatus(*job);
}

bool JobQueue::leftUnanswered(std::optional<Outcome> outcome)
{
    return outcome == Outcome::Retry || outcome == Outcome::Offline || outcome == Outcome::AttemptsExhausted
        || outcome == Outcome::BudgetExhausted;
}

std::optional<JobQueue::UnsettledStep> JobQueue::unsettledFrom(const QList<JobHistoryEntry> &history)
{
    // Read back from the history, not from a column, so that a second crash
    // while settling leaves the same question behind.
    std::optional<UnsettledStep> open;
    for (const JobHistoryEntry &e : history) {
        const std::optional<Step> step = JobHistory::stepFrom(e.step);
        const std::optional<Outcome> outcome = JobHistory::outcomeFrom(e.outcome);
        if (step == Step::Reserve) {
            if (outcome == Outcome::Start)
                open = UnsettledStep { Unsettled::LostReservation, e.at };
            else if (outcome != Outcome::ReplaceExpired)
                open.reset();
        } else if (step == Step::Upload) {
            // An upload that ended without an answer (reset, stall, dropped connection) leaves
            // the question open, as onUploadFinished() does while running: S3 may have stored
            // the file all the same. One whose target could not be reached sent nothing.
            if (outcome == Outcome::Start)
                open = UnsettledStep { Unsettled::InterruptedUpload, {} };
            else if (!(open && e.httpStatus == 0 && leftUnanswered(outcome) && !isUnreachableCode(e.errorCode)))
                open.reset();
        } else if (step == Step::Reconcile) {
            // Asking and failing to get an answer leave the question open;
            // every other outcome answers it.
            if (!(outcome == Outcome::Start || leftUnanswered(outcome)))
                open.reset();
        } else if (step == Step::Pause || step == Step::Status || step == Step::CheckFile) {
            open.reset();
        }
    }
    return open;
}

void JobQueue::reconcile(UploadJob &job)
{
    const UnsettledStep step = m_unsettled.value(job.id);
    job.state = UploadJob::State::Reserving; // a request to the API is in flight
    if (step.kind == Unsettled::LostReservation) {
        if (!persist(job, Step::Reconcile, Outcome::Start, 0, {},
                     tr("Looking through the captures list for the reservation whose answer was lost.")))
            return;
        CaptureApi::ListQuery query;
        query.athleteId = job.athleteId;
        query.activity = job.activity;
        query.movement = job.movement;
        m_api->listCaptures(job.id, query);
    } else {
        if (!persist(job, Step::Reconcile, Outcome::Start, 0, {},
                     tr("Asking Uplift whether the interrupted upload arrived.")))
            return;
        m_api->fetchStatus(job.id, job.sessionId);
    }
}

void JobQueue::onCapturesListed(qint64 requestId, const QList<CaptureApi::Listed> &captures)
{
    if (requestId < 0) {
        onStatusRound(requestId, captures);
        return;
    }
    UploadJob *job = find(requestId);
    if (!job || job->state != UploadJob::State::Reserving || !m_unsettled.contains(requestId)
        || m_unsettled.value(requestId).kind != Unsettled::LostReservation)
        return;
    settleLostReservation(*job, captures);
}

void JobQueue::onListFailed(qint64 requestId, const CaptureApi::Failure &f)
{
    if (requestId < 0) {
        const QList<qint64> ids = m_statusRounds.take(requestId);
        for (qint64 id : ids)
            onStatusFailed(id, f);
        return;
    }
    UploadJob *job = find(requestId);
    if (!job || job->state != UploadJob::State::Reserving || !m_unsettled.contains(requestId))
        return;
    reconcileFailed(*job, f);
}

void JobQueue::reconcileFailed(UploadJob &job, const CaptureApi::Failure &f)
{
    if (f.retryable) {
        // The question stays open: the next attempt asks again.
        retryLater(job, Step::Reconcile, f.timeout, f.retryAfterSeconds, f.httpStatus, f.code, f.message);
        schedule();
        return;
    }
    const UnsettledStep step = m_unsettled.take(job.id);
    job.state = UploadJob::State::Queued;
    if (step.kind == Unsettled::InterruptedUpload && f.httpStatus == 404) {
        // Uplift does not know the session: the clip cannot have reached it
        // through this reservation. Start over with a new one.
        const QString oldSession = job.sessionId;
        job.sessionId.clear();
        job.uploadUrl.clear();
        job.uploadFields.clear();
        job.uploadExpiresAt = QDateTime();
        persist(job, Step::Reconcile, Outcome::NotUploaded, 404, f.code,
                tr("Uplift does not know the session %1 any more; reserving a new one.").arg(oldSession));
    } else {
        persist(job, Step::Reconcile, Outcome::Unchecked, f.httpStatus, f.code,
                step.kind == Unsettled::LostReservation
                    ? tr("The captures list could not be read (%1); reserving again.").arg(f.message)
                    : tr("Uplift could not say whether the interrupted upload arrived (%1); sending it again.")
                          .arg(f.message));
    }
    schedule();
}

void JobQueue::settleLostReservation(UploadJob &job, const QList<CaptureApi::Listed> &captures)
{
    // Settling answers the question, not the failure that raised it: the
    // attempts and retry tokens spent stay spent.
    const UnsettledStep step = m_unsettled.take(job.id);
    // Captures this program already holds or has replaced are never taken
    // for the lost one; of the rest, the one made closest to when the
    // reservation was sent, by the same athlete and movement. A capture_time
    // in the spec is the server's create time: then it must match to the
    // millisecond (a second for servers that drop the fraction).
    const QSet<QString> known = m_store->knownSessionIds();
    const QDateTime pinned = pinnedCaptureTime(job.specJson);
    const CaptureApi::Listed *best = nullptr;
    qint64 bestDistance = std::numeric_limits<qint64>::max();
    for (const CaptureApi::Listed &c : captures) {
        // Only a capture still awaiting upload can be the lost one: taking an
        // uploaded capture of the same athlete and movement (another device's)
        // for ours would leave our clip never sent.
        if (c.status != QLatin1String("awaiting_upload") || known.contains(c.sessionId.toLower())
            || !sameText(c.athleteId, job.athleteId) || !sameText(c.activity, job.activity)
            || !sameText(c.movement, job.movement) || !c.captureTime.isValid())
            continue;
        qint64 distance = 0;
        if (pinned.isValid()) {
            distance = std::abs(c.captureTime.msecsTo(pinned));
            if (distance >= 1000)
                continue;
        } else {
            if (!step.sentAt.isValid())
                continue;
            distance = std::abs(step.sentAt.msecsTo(c.captureTime));
            if (distance > m_timing.reconcileWindow.count())
                continue;
        }
        if (distance < bestDistance) {
            best = &c;
            bestDistance = distance;
        }
    }
    if (!best) {
        job.state = UploadJob::State::Queued;
        persist(job, Step::Reconcile, Outcome::Unmatched, 0, {},
                tr("No capture in the list matches the reservation whose answer was lost; reserving again."));
        schedule();
        return;
    }
    // Found, but the list does not carry the signed upload form and the API
    // has no way to fetch it again: the capture stays behind, awaiting upload,
    // named in the history (so it is never matched again); a new reservation
    // in the same session group takes the clip.
    job.state = UploadJob::State::Queued;
    persist(job, Step::Reconcile, Outcome::Orphaned, 0, {},
            tr("The lost reservation was found (%1, awaiting upload), but its upload form cannot be fetched "
               "again; reserving a new one in the same session group.")
                .arg(best->sessionId),
            best->sessionId);
    schedule();
}

void JobQueue::settleInterruptedUpload(UploadJob &job, const QString &status, const QString &errorText)
{
    m_unsettled.remove(job.id);
    if (status == QLatin1String("awaiting_upload")) {
        job.state = UploadJob::State::Queued;
        persist(job, Step::Reconcile, Outcome::NotUploaded, 0, {},
                tr("The interrupted upload had not arrived; it starts again from the beginning."));
        schedule();
        return;
    }
    adopt(job, job.sessionId, status, errorText);
}

void JobQueue::adopt(UploadJob &job, const QString &sessionId, const QString &status, const QString &errorText)
{
    job.sessionId = sessionId;
    job.uploadUrl.clear();
    job.uploadFields.clear();
    job.uploadExpiresAt = QDateTime();
    job.restartsFromZero = false;
    job.captureStatus = status;
    job.lastError.clear();
    job.lastErrorCode.clear();
    job.lastHttpStatus = 0;
    // The clip is there: that is the progress the attempts were spent for.
    job.attempts = 0;
    m_budget.recordSuccess(m_tokens.take(job.id));
    discardPrepared(job);
    const QString message = tr("The clip had already reached Uplift before the interruption; it is not sent again.");
    if (status == QLatin1String("completed")) {
        job.state = UploadJob::State::Completed;
    } else if (status == QLatin1String("error")) {
        job.state = UploadJob::State::Failed;
        job.failurePermanent = true;
        job.processingError = errorText;
        job.lastError = errorText;
        job.lastErrorCode = QStringLiteral("ProcessingError");
    } else {
        job.state = status == QLatin1String("processing") ? UploadJob::State::Processing : UploadJob::State::Uploaded;
    }
    if (!persist(job, Step::Reconcile, Outcome::Matched, 0, {}, message))
        return;
    if (job.state == UploadJob::State::Processing || job.state == UploadJob::State::Uploaded)
        followStatus(job);
    schedule();
}

void JobQueue::cancel(qint64 jobId)
{
    UploadJob *job = find(jobId);
    if (!job || job->isFinished() || job->isUploaded())
        return; // an uploaded clip is on its way to processing: nothing to cancel here
    stopUpload(jobId);
    m_preparer->cancel(jobId);
    m_preparedPercent.remove(jobId);
    m_tokens.remove(jobId);
    m_reserveSentAt.remove(jobId);
    discardPrepared(*job);
    job->state = UploadJob::State::Cancelled;
    job->nextAttemptAt = QDateTime();
    persist(*job, Step::Cancel, Outcome::Ok);
    schedule();
}

void JobQueue::retry(qint64 jobId)
{
    UploadJob *job = find(jobId);
    if (!job) {
        const std::optional<UploadJob> stored = m_store->load(jobId);
        if (!stored
            || (stored->state != UploadJob::State::Cancelled
                && !(stored->state == UploadJob::State::Failed && !stored->isUploaded())))
            return; // not something a retry puts back in the queue: left in the store
        job = hold(*stored);
    }
    if (job->state == UploadJob::State::Failed && job->isUploaded()) {
        // Processing failed: uploading again would make a duplicate.
        return;
    }
    if (job->state != UploadJob::State::Failed && job->state != UploadJob::State::Cancelled
        && job->state != UploadJob::State::WaitingToRetry)
        return;
    job->state = UploadJob::State::Queued;
    job->failurePermanent = false;
    job->attempts = 0;
    job->nextAttemptAt = QDateTime();
    persist(*job, Step::Retry, Outcome::Requested);
    // A target that could not be reached, or that the bucket refused to take from (its
    // signature or policy no longer good), is not tried again: the retry reserves anew. An
    // expired one is replaced when the job starts (begin()).
    if (job->hasReservation() && !m_unsettled.contains(job->id)
        && (isUnreachableCode(job->lastErrorCode) || job->lastHttpStatus == 403))
        dropReservation(*job, Outcome::ReplaceUnreachable,
                        isUnreachableCode(job->lastErrorCode)
                            ? tr("The upload address did not answer; reserving a new one in the same session group.")
                            : tr("The upload address refused the clip; reserving a new one in the same session "
                                 "group."));
    schedule();
}

void JobQueue::retryAllFailed()
{
    const QList<qint64> ids = jobIds();
    for (qint64 id : ids) {
        const UploadJob *j = job(id);
        if (j && j->state == UploadJob::State::Failed)
            retry(id);
    }
}

void JobQueue::remove(qint64 jobId)
{
    stopUpload(jobId);
    m_preparer->cancel(jobId);
    m_preparedPercent.remove(jobId);
    if (UploadJob *job = find(jobId))
        discardPrepared(*job);
    m_tokens.remove(jobId);
    m_unsettled.remove(jobId);
    m_reserveSentAt.remove(jobId);
    stopFollowing(jobId);
    const auto it = std::find_if(m_jobs.begin(), m_jobs.end(), [&](const UploadJob &j) { return j.id == jobId; });
    if (it == m_jobs.end()) {
        // A finished job the queue did not load: it goes from the store (and the job list).
        if (!m_store->load(jobId))
            return;
        if (!m_store->remove(jobId)) {
            emit storageFailed(m_store->errorString());
            return;
        }
        emit jobRemoved(jobId);
        return;
    }
    if (!m_store->remove(jobId)) {
        emit storageFailed(m_store->errorString());
        return;
    }
    m_jobs.erase(it);
    emit jobRemoved(jobId);
    schedule();
}

void JobQueue::saveOrder()
{
    if (!m_store->savePositions(jobIds()))
        emit storageFailed(m_store->errorString());
    for (int i = 0; i < m_jobs.size(); ++i)
        m_jobs[i].position = i + 1;
    emit orderChanged();
    schedule();
}

void JobQueue::moveUp(qint64 jobId)
{
    const qsizetype i = jobIds().indexOf(jobId);
    if (i > 0) {
        m_jobs.swapItemsAt(i, i - 1);
        saveOrder();
    }
}

void JobQueue::moveDown(qint64 jobId)
{
    const qsizetype i = jobIds().indexOf(jobId);
    if (i >= 0 && i + 1 < m_jobs.size()) {
        m_jobs.swapItemsAt(i, i + 1);
        saveOrder();
    }
}

void JobQueue::moveToTop(qint64 jobId)
{
    const qsizetype i = jobIds().indexOf(jobId);
    if (i > 0) {
        m_jobs.move(i, 0);
        saveOrder();
    }
}

void JobQueue::moveToBottom(qint64 jobId)
{
    const qsizetype i = jobIds().indexOf(jobId);
    if (i >= 0 && i + 1 < m_jobs.size()) {
        m_jobs.move(i, m_jobs.size() - 1);
        saveOrder();
    }
}

void JobQueue::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    for (UploadJob &job : m_jobs) {
        if (job.state == UploadJob::State::Uploading) {
            stopUpload(job.id);
            job.state = UploadJob::State::Queued;
            job.restartsFromZero = true;
            persist(job, Step::Pause, Outcome::Interrupted, 0, {},
                    tr("Paused; this upload will start again from the beginning."));
        }
    }
    m_wakeUp.stop();
    emit pausedChanged(true);
}

void JobQueue::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    emit pausedChanged(false);
    schedule();
}

void JobQueue::setNetworkAvailable(bool available)
{
    if (m_online == available)
        return;
    m_online = available;
    emit networkAvailableChanged(available);
    if (available) {
        // Jobs that waited out the outage try at once instead of finishing
        // a backoff that was about the outage, not about the server.
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (UploadJob &job : m_jobs) {
            if (job.state == UploadJob::State::WaitingToRetry && job.lastHttpStatus == 0)
                job.nextAttemptAt = now;
        }
        schedule();
    } else {
        m_wakeUp.stop();
    }
}

bool JobQueue::followSystemNetworkStatus()
{
    if (!QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability))
        return false;
    QNetworkInformation *info = QNetworkInformation::instance();
    if (!info)
        return false;
    auto apply = [this](QNetworkInformation::Reachability r) {
        // Unknown means "cannot tell": carry on rather than stall forever.
        setNetworkAvailable(r != QNetworkInformation::Reachability::Disconnected);
    };
    connect(info, &QNetworkInformation::reachabilityChanged, this, apply);
    apply(info->reachability());
    return true;
}
