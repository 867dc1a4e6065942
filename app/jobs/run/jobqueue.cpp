#include "jobs/run/jobqueue.h"

#include "api/client/apilog.h"
#include "jobs/prepare/preparationlane.h"
#include "jobs/run/statusfollower.h"
#include "jobs/store/jobstore.h"
#include "jobs/store/reconciliation.h"
#include "media/moviefacts.h"
#include "upload/s3postupload.h"
#include "upload/uploadthread.h"

#include <QFileInfo>
#include <QNetworkInformation>

#include <algorithm>

// The scheduler. What one clip's way to the bucket needs (reserving,
// uploading, settling a lost answer) is its UploadAttempt's; following
// processing is the StatusFollower's; making .mov files the
// PreparationLane's. Here: the order, the slots, pause and offline, the
// wake-up for retries, what is stored, and the public commands.

JobQueue::JobQueue(JobStore *store, CaptureApi *api, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_api(api)
    , m_uploadThread(std::make_unique<UploadThread>())
    , m_lane(new PreparationLane(this))
    , m_follower(new StatusFollower(api, this))
{
    connect(m_lane, &PreparationLane::progress, this, &JobQueue::jobPreparing);
    connect(m_lane, &PreparationLane::finished, this, &JobQueue::onPrepared);
    connect(m_follower, &StatusFollower::statusKnown, this, &JobQueue::onStatusKnown);
    connect(m_follower, &StatusFollower::statusUnknown, this, &JobQueue::onStatusUnknown);
    m_clock.start();
    m_wakeUp.setSingleShot(true);
    connect(&m_wakeUp, &QTimer::timeout, this, &JobQueue::schedule);
    connect(m_api, &CaptureApi::reserved, this, &JobQueue::onReserved);
    connect(m_api, &CaptureApi::reserveFailed, this, &JobQueue::onReserveFailed);
    connect(m_api, &CaptureApi::statusFetched, this, &JobQueue::onAnswer);
    connect(m_api, &CaptureApi::statusFailed, this, &JobQueue::onQuestionFailed);
    connect(m_api, &CaptureApi::capturesListed, this, &JobQueue::onCapturesListed);
    connect(m_api, &CaptureApi::listFailed, this, &JobQueue::onQuestionFailed);
    setTiming(m_timing);
}

JobQueue::~JobQueue()
{
    // Uploads cut short by quitting stay "uploading" in the store: the next
    // start sends them again from byte 0, which is what must happen.
    qDeleteAll(m_attempts); // each stops its upload
    m_attempts.clear();
    m_uploadThread.reset(); // aborts what still runs there, and waits for the thread to end
}

void JobQueue::setTiming(const Timing &timing)
{
    m_timing = timing;
    m_follower->setTiming({ timing.statusFirst, timing.statusMax, timing.statusListFrom });
    m_lane->setDelay(timing.prepareDelay);
}

void JobQueue::setPreparedFolder(const QString &folder)
{
    m_lane->setFolder(folder);
}

QString JobQueue::preparedFolder() const
{
    return m_lane->folder();
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
        // What a crash left open is asked about before anything is sent again (attemptFor()).
        const UploadAttempt *attempt = nullptr;
        if (!job.isUploaded() && job.state != UploadJob::State::Completed && job.state != UploadJob::State::Cancelled)
            attempt = attemptFor(job);
        const bool unsettled = attempt && attempt->question();
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
    for (const UploadJob &job : std::as_const(m_jobs)) {
        if (job.state == UploadJob::State::Uploaded || job.state == UploadJob::State::Processing)
            followStatus(job);
    }
    m_lane->sweep(m_jobs);
    schedule();
}

UploadAttempt *JobQueue::attemptFor(const UploadJob &job)
{
    if (UploadAttempt *a = m_attempts.value(job.id))
        return a;
    // Read back from the history, as after a crash: a job cancelled or restarted with a
    // question open asks it before anything is sent again.
    auto *a = new UploadAttempt(job.id, Reconciliation::unsettledFrom(m_store->history(job.id), job.sessionId), this);
    const qint64 id = job.id;
    connect(a, &UploadAttempt::progress, this, [this, id](qint64 sent, qint64 total) {
        emit jobProgress(id, sent, total);
        reserveAhead();
    });
    connect(a, &UploadAttempt::finished, this,
            [this, id](const S3PostResult &result) { onUploadFinished(id, result); });
    m_attempts.insert(job.id, a);
    return a;
}

void JobQueue::endAttempt(qint64 jobId)
{
    if (UploadAttempt *a = m_attempts.take(jobId)) {
        a->abort();
        a->disconnect(this);
        a->deleteLater(); // it may be the sender of the signal being handled
    }
}

UploadAttempt::Retrying JobQueue::retrying()
{
    return { &m_timing.retry, &m_budget, &m_random, m_online };
}

void JobQueue::apply(UploadJob &job, UploadAttempt *attempt, const UploadAttempt::Result &result)
{
    for (const UploadAttempt::Line &line : result.lines) {
        if (!store(job, line))
            return; // not stored: nothing more is sent
    }
    switch (result.next) {
    case UploadAttempt::Next::Nothing:
        break;
    case UploadAttempt::Next::Reserve:
        reserve(job);
        return;
    case UploadAttempt::Next::SendReservation:
        attempt->sendReservation(m_api, job);
        return;
    case UploadAttempt::Next::Upload:
        upload(job);
        return;
    case UploadAttempt::Next::Ask:
        attempt->sendQuestion(m_api, job);
        return;
    case UploadAttempt::Next::FollowStatus:
        if (UploadAttempt *a = m_attempts.value(job.id); a && a->measuredBytesPerSecond() > 0)
            m_measuredBytesPerSecond = a->measuredBytesPerSecond();
        endAttempt(job.id);
        followStatus(job);
        break;
    }
    if (job.isUploaded() || job.state == UploadJob::State::Completed)
        endAttempt(job.id); // in the bucket (adopted): nothing of the attempt is needed any more
    schedule();
}

int JobQueue::preparedPercent(qint64 jobId) const
{
    return m_lane->percent(jobId);
}

void JobQueue::schedulePreparation()
{
    if (m_paused)
        return;
    const int next = m_lane->next(m_jobs, m_parallel);
    if (next >= 0)
        prepare(m_jobs[next]);
}

void JobQueue::prepare(UploadJob &job)
{
    QString why;
    if (!job.fileUnchanged(&why)) {
        store(job, UploadAttempt::failed(job, Step::Prepare, 0, QStringLiteral("FileChanged"), why));
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
    m_lane->start(job);
}

void JobQueue::onPrepared(qint64 jobId, const ClipRemux::Result &result)
{
    const QString target = m_lane->targetFor(jobId);
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
        store(*job, UploadAttempt::failed(*job, Step::Prepare, 0, QStringLiteral("PrepareFailed"), result.problem));
        schedule();
        return;
    }
    const QFileInfo made(target);
    job->preparedPath = target;
    job->preparedSize = made.size();
    job->preparedModified = made.lastModified().toUTC();
    job->state = UploadJob::State::Queued;
    persist(*job, Step::Prepare, Outcome::Ok, 0, {}, PreparationLane::madeMessage(*job, result));
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
    const UploadAttempt *a = m_attempts.value(jobId);
    return a ? a->bytesSent() : 0;
}

qint64 JobQueue::bytesTotal(qint64 jobId) const
{
    const UploadAttempt *a = m_attempts.value(jobId);
    return a ? a->bytesTotal() : 0;
}

double JobQueue::bytesPerSecond(qint64 jobId) const
{
    const UploadAttempt *a = m_attempts.value(jobId);
    return a ? a->bytesPerSecond() : 0.0;
}

qint64 JobQueue::secondsLeft(qint64 jobId) const
{
    const UploadAttempt *a = m_attempts.value(jobId);
    return a ? a->secondsLeft() : -1;
}

bool JobQueue::persist(UploadJob &job, Step step, Outcome outcome, int httpStatus, const QString &code,
                       const QString &message, const QString &historySession)
{
    return record(job, JobHistory::toString(step), JobHistory::toString(outcome), httpStatus, code, message,
                  historySession.isEmpty() ? job.sessionId : historySession);
}

bool JobQueue::persistStatus(UploadJob &job, const QString &status)
{
    return record(job, JobHistory::toString(Step::Status), status, 0, {}, {}, job.sessionId);
}

bool JobQueue::store(UploadJob &job, const JobHistory::Line &line)
{
    return record(job, JobHistory::toString(line.step), JobHistory::toString(line.outcome), line.httpStatus, line.code,
                  line.message, line.session);
}

bool JobQueue::record(UploadJob &job, const QString &step, const QString &outcome, int httpStatus, const QString &code,
                      const QString &message, const QString &session)
{
    JobHistoryEntry e;
    e.jobId = job.id;
    e.at = QDateTime::currentDateTimeUtc();
    e.step = step;
    e.outcome = outcome;
    e.httpStatus = httpStatus;
    e.errorCode = code;
    e.sessionId = session;
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
            if (isDue(job, now) && !PreparationLane::needsPreparing(job))
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
    UploadAttempt *a = attemptFor(job);
    a->setReservedAhead(false);
    switch (a->begin(job, m_timing.expiryMargin.count() + expectedUploadMs(job))) {
    case UploadAttempt::Next::Ask:
        apply(job, a, a->ask(job));
        break;
    case UploadAttempt::Next::Upload:
        upload(job);
        break;
    default:
        reserve(job);
        break;
    }
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
        store(job, UploadAttempt::failed(job, Step::CheckFile, 0, QStringLiteral("FileChanged"), why));
        return false;
    }
    return true;
}

void JobQueue::reserve(UploadJob &job)
{
    if (!checkUploadFile(job))
        return;
    UploadAttempt *a = attemptFor(job);
    apply(job, a, a->reserve(job));
}

void JobQueue::onReserved(qint64 jobId, const CaptureApi::Reserved &r)
{
    UploadAttempt *a = m_attempts.value(jobId);
    UploadJob *job = find(jobId);
    if (!a || !job || a->waiting() != UploadAttempt::Waiting::Reservation)
        return; // cancelled or removed meanwhile: the capture stays awaiting_upload on the server
    const bool held = m_paused || !m_online;
    const UploadAttempt::Result result = a->reserved(*job, r, held, uploading() >= m_parallel);
    if (const double ms = double(a->roundTripMs()); ms >= 0)
        m_reserveRoundTripMs = m_reserveRoundTripMs > 0 ? 0.7 * m_reserveRoundTripMs + 0.3 * ms : ms;
    apply(*job, a, result);
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
        const UploadAttempt *a = m_attempts.value(j.id);
        if (j.state == UploadJob::State::Reserving)
            return; // one reservation at a time, ahead or not
        if (j.state == UploadJob::State::Queued && a && a->isReservedAhead())
            return; // the clip reserved ahead still waits for its slot
        if (j.state != UploadJob::State::Uploading || !a)
            continue;
        ++busy;
        const double rate = a->bytesPerSecond();
        const qint64 total = a->bytesTotal();
        if (rate <= 0 || total <= 0)
            continue;
        const qint64 ms = qint64(1000.0 * double(std::max<qint64>(0, total - a->bytesSent())) / rate);
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
        if (!isDue(job, now) || PreparationLane::needsPreparing(job) || job.hasReservation())
            continue;
        // A clip whose last reservation or upload is unsettled starts as usual (it asks first).
        UploadAttempt *a = attemptFor(job);
        if (a->question())
            continue;
        a->setReservedAhead(true);
        reserve(job);
        return;
    }
}

void JobQueue::onReserveFailed(qint64 jobId, const CaptureApi::Failure &f)
{
    UploadAttempt *a = m_attempts.value(jobId);
    UploadJob *job = find(jobId);
    if (!a || !job || a->waiting() != UploadAttempt::Waiting::Reservation)
        return;
    apply(*job, a, a->reserveFailed(*job, f, retrying()));
}

void JobQueue::upload(UploadJob &job)
{
    if (!checkUploadFile(job))
        return;
    UploadAttempt *a = attemptFor(job);
    if (!store(job, a->uploading(job).lines.constFirst()))
        return;
    a->start(m_uploadThread.get(), job, { m_timing.stallTimeout, m_timing.answerDeadline, m_cap });
}

void JobQueue::onUploadFinished(qint64 jobId, const S3PostResult &result)
{
    UploadAttempt *a = m_attempts.value(jobId);
    UploadJob *job = find(jobId);
    if (!a || !job || job->state != UploadJob::State::Uploading)
        return;
    // Only an upload that could not reach its target asks what the one before it met.
    const bool unreachableBefore = result.outcome == S3PostResult::Outcome::Retryable && result.httpStatus == 0
        && Reconciliation::unreachableBefore(m_store->history(jobId), job->sessionId);
    apply(*job, a, a->uploadFinished(*job, result, retrying(), unreachableBefore, m_timing.expiryMargin));
}

void JobQueue::onAnswer(qint64 jobId, const QString &status, const QString &errorText)
{
    UploadAttempt *a = m_attempts.value(jobId);
    UploadJob *job = find(jobId);
    if (!a || !job || !a->isReconciling() || !a->question()
        || a->question()->question != Reconciliation::Question::InterruptedUpload)
        return; // the status follower's, or nobody's any more
    apply(*job, a, a->answered(*job, status, errorText, retrying()));
}

void JobQueue::onCapturesListed(qint64 requestId, const QList<CaptureApi::Listed> &captures)
{
    UploadAttempt *a = m_attempts.value(requestId);
    UploadJob *job = find(requestId);
    if (!a || !job || !a->isReconciling() || !a->question()
        || a->question()->question != Reconciliation::Question::LostReservation)
        return; // the status follower's round, or nobody's any more
    apply(*job, a, a->listed(*job, captures, m_store->knownSessionIds(), m_timing.reconcileWindow));
}

void JobQueue::onQuestionFailed(qint64 requestId, const CaptureApi::Failure &f)
{
    UploadAttempt *a = m_attempts.value(requestId);
    UploadJob *job = find(requestId);
    if (!a || !job || !a->isReconciling())
        return;
    apply(*job, a, a->questionFailed(*job, f, retrying()));
}

void JobQueue::followStatus(const UploadJob &job)
{
    m_follower->follow(job.id, job.sessionId);
}

void JobQueue::onStatusKnown(qint64 jobId, const QString &status, const QString &errorText)
{
    UploadJob *job = find(jobId);
    if (!job || !(job->state == UploadJob::State::Uploaded || job->state == UploadJob::State::Processing)) {
        m_follower->stop(jobId);
        return;
    }
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
    m_follower->stop(jobId);
    checkIdle();
}

void JobQueue::onStatusUnknown(qint64 jobId, const CaptureApi::Failure &f)
{
    UploadJob *job = find(jobId);
    if (!job || !(job->state == UploadJob::State::Uploaded || job->state == UploadJob::State::Processing)) {
        m_follower->stop(jobId);
        return;
    }
    // The clip is in the bucket whatever the status call says: keep looking,
    // more slowly, and never fall back to uploading.
    job->lastHttpStatus = f.httpStatus;
    job->lastErrorCode = f.code;
    job->lastError = f.message;
    persist(*job, Step::Status, Outcome::Retry, f.httpStatus, f.code, f.message);
    followStatus(*job);
}

void JobQueue::cancel(qint64 jobId)
{
    UploadJob *job = find(jobId);
    if (!job || job->isFinished() || job->isUploaded())
        return; // an uploaded clip is on its way to processing: nothing to cancel here
    endAttempt(jobId);
    m_lane->cancel(jobId);
    PreparationLane::discardPrepared(*job);
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
    // expired one is replaced when the job starts (begin()). One whose last upload is still
    // unsettled is asked about first.
    const bool unsettled = attemptFor(*job)->question().has_value();
    if (job->hasReservation() && !unsettled
        && (Reconciliation::isUnreachableCode(job->lastErrorCode) || job->lastHttpStatus == 403)) {
        store(*job,
              UploadAttempt::dropReservation(
                  *job, Outcome::ReplaceUnreachable,
                  Reconciliation::isUnreachableCode(job->lastErrorCode)
                      ? tr("The upload address did not answer; reserving a new one in the same session group.")
                      : tr("The upload address refused the clip; reserving a new one in the same session group.")));
    }
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
    endAttempt(jobId);
    m_lane->cancel(jobId);
    if (UploadJob *job = find(jobId))
        PreparationLane::discardPrepared(*job);
    m_follower->stop(jobId);
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
            if (UploadAttempt *a = m_attempts.value(job.id))
                a->abort();
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
