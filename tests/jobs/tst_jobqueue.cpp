#include "api/client/apireply.h"
#include "api/client/upliftclient.h"
#include "api/messages/capturespec.h"
#include "api/messages/reservation.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/upliftcaptureapi.h"
#include "jobs/store/jobstore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "testvideo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;

// Counts the GET requests that reach the API (not the uploads): the list
// (/captures) apart from one capture (/captures/{id}).
class CountingNetwork : public QNetworkAccessManager
{
public:
    explicit CountingNetwork(const QUrl &api)
        : m_api(api)
    {
    }
    int listRequests = 0;
    int oneRequests = 0;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *data) override
    {
        const QUrl url = request.url();
        if (op == GetOperation && url.port() == m_api.port()) {
            const QString path = url.path();
            if (path == m_api.path() + QStringLiteral("/captures"))
                ++listRequests;
            else if (path.startsWith(m_api.path() + QStringLiteral("/captures/")))
                ++oneRequests;
        }
        return QNetworkAccessManager::createRequest(op, request, data);
    }

private:
    QUrl m_api;
};

// The whole queue (JobStore + JobQueue + UpliftClient + S3PostUpload) against
// the sandbox on 127.0.0.1 and its fault injection. Every case ends with the
// job in the right state, and the sandbox's own records show that no clip
// was uploaded twice.
class tst_JobQueue : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data { TestVideo::scratchPath(QStringLiteral("jq-sandbox-XXXXXX")) };
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    std::unique_ptr<UpliftClient> m_client;
    std::unique_ptr<UpliftCaptureApi> m_api;
    QString m_athleteId;
    QString m_video; // a real clip, copied per test
    int m_fileCounter = 0;

    struct Rig
    {
        std::unique_ptr<JobStore> store;
        std::unique_ptr<JobQueue> queue;
    };

    JobQueue::Timing fastTiming() const
    {
        JobQueue::Timing t;
        t.retry.base = 20ms;
        t.retry.cap = 100ms;
        t.retry.maxAttempts = 6;
        t.stallTimeout = 700ms;
        t.statusFirst = 30ms;
        t.statusMax = 150ms;
        t.expiryMargin = 0ms;
        return t;
    }

    Rig makeRig(const QString &dbName)
    {
        Rig rig;
        rig.store = std::make_unique<JobStore>();
        if (!rig.store->open(m_data.filePath(dbName)))
            qWarning() << rig.store->errorString();
        rig.queue = std::make_unique<JobQueue>(rig.store.get(), m_api.get());
        rig.queue->setTiming(fastTiming());
        return rig;
    }

    QString freshClip()
    {
        const QString path = m_data.filePath(QStringLiteral("clip-%1.mov").arg(++m_fileCounter));
        QFile::copy(m_video, path);
        return path;
    }

    // name: the file_name sent; the file's own by default.
    UploadJob jobFor(const QString &path, const QString &name = {})
    {
        CaptureSpec spec;
        spec.athleteId = m_athleteId;
        spec.sessionGroupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        spec.cameraSetup = QStringLiteral("single.front_on");
        spec.activity = QStringLiteral("running");
        spec.movement = QStringLiteral("sprint");
        spec.fileName = name.isEmpty() ? QFileInfo(path).fileName() : name;
        return UploadJob::forCapture(path, spec);
    }

    static bool waitForState(JobQueue *queue, qint64 id, UploadJob::State state, int ms = 20000)
    {
        return QTest::qWaitFor([&] { return queue->job(id) && queue->job(id)->state == state; }, ms);
    }

    static bool waitFinished(JobQueue *queue, qint64 id, int ms = 30000)
    {
        return QTest::qWaitFor([&] { return queue->job(id) && queue->job(id)->isFinished(); }, ms);
    }

    // The sandbox's captures for this file name: how many were reserved and
    // how many received the file.
    QPair<int, int> reservedAndUploaded(const QString &path) const
    {
        int reserved = 0, uploaded = 0;
        const QString name = QFileInfo(path).fileName();
        for (const QJsonObject &c : m_server->store()->captures()) {
            if (c.value(QStringLiteral("file_name")).toString() != name)
                continue;
            ++reserved;
            if (c.value(QStringLiteral("status")).toString() != QLatin1String("awaiting_upload"))
                ++uploaded;
        }
        return { reserved, uploaded };
    }

    static int historyCount(const QList<JobHistoryEntry> &h, const QString &step, const QString &outcome)
    {
        return int(std::count_if(h.cbegin(), h.cend(),
                                 [&](const JobHistoryEntry &e) { return e.step == step && e.outcome == outcome; }));
    }

    // The session ids the sandbox holds for this file name, oldest first.
    QStringList sessionsFor(const QString &path) const
    {
        QStringList ids;
        const QString name = QFileInfo(path).fileName();
        for (const QJsonObject &c : m_server->store()->captures()) {
            if (c.value(QStringLiteral("file_name")).toString() == name)
                ids << c.value(QStringLiteral("session_id")).toString();
        }
        return ids;
    }

    static int indexOf(const QList<JobHistoryEntry> &h, const QString &step, const QString &outcome, int from = 0)
    {
        for (int i = from; i < h.size(); ++i) {
            if (h[i].step == step && h[i].outcome == outcome)
                return i;
        }
        return -1;
    }

    QString describe(JobQueue *q, qint64 id)
    {
        const UploadJob *j = q->job(id);
        if (!j)
            return QStringLiteral("no job");
        QString s = UploadJob::stateName(j->state) + QStringLiteral(" ") + j->lastError;
        for (const auto &e : q->history(id))
            s += QStringLiteral("\n  %1 %2 %3 %4 %5")
                     .arg(e.step, e.outcome)
                     .arg(e.httpStatus)
                     .arg(e.errorCode, e.message);
        return s;
    }

    // A port on 127.0.0.1 where nothing listens: a connection to it is refused.
    static quint16 deadPort()
    {
        QTcpServer probe;
        if (!probe.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = probe.serverPort();
        probe.close();
        return port;
    }

    // Issue 22's restart: the job was uploading when the program quit, with a real reservation
    // of this sandbox whose upload address has since gone (the sandbox came back elsewhere).
    // Stored as the quit left it; returns the job id and the reservation's session.
    // deadHost: an address whose name does not resolve instead of a port where nothing listens.
    QPair<qint64, QString> storeJobWithDeadTarget(const QString &dbName, const QString &clip, bool deadHost = false)
    {
        UploadJob job = jobFor(clip);
        QList<FieldError> errors;
        ApiReply *reply
            = m_client->createCapture(CaptureSpec::fromJson(QJsonDocument::fromJson(job.specJson).object(), &errors));
        QSignalSpy done(reply, &ApiReply::finished);
        if (!done.wait(5000) || !reply->succeeded())
            return {};
        const Reservation r = reply->reservation();
        reply->deleteLater();
        JobStore store;
        if (!store.open(m_data.filePath(dbName)))
            return {};
        const QFileInfo info(clip);
        job.fileSize = info.size();
        job.fileModified = info.lastModified().toUTC();
        JobHistoryEntry e;
        e.step = QStringLiteral("enqueue");
        e.outcome = QStringLiteral("ok");
        if (!store.insert(&job, e))
            return {};
        job.sessionId = r.sessionId;
        job.sessionGroupId = r.sessionGroupId;
        job.uploadUrl = r.uploadUrl;
        if (deadHost) {
            job.uploadUrl.setScheme(QStringLiteral("https"));
            job.uploadUrl.setHost(QStringLiteral("uplift-sandbox.invalid")); // RFC 2606: never resolves
            job.uploadUrl.setPort(-1);
        } else {
            job.uploadUrl.setPort(deadPort());
        }
        job.uploadFields = r.uploadFields;
        job.uploadExpiresAt = r.uploadExpiresAt;
        e.jobId = job.id;
        e.sessionId = r.sessionId;
        e.at = QDateTime::currentDateTimeUtc();
        e.step = QStringLiteral("reserve");
        e.outcome = QStringLiteral("ok");
        if (!store.save(job, e))
            return {};
        job.state = UploadJob::State::Uploading;
        e.step = QStringLiteral("upload");
        e.outcome = QStringLiteral("start");
        if (!store.save(job, e))
            return {};
        return { job.id, r.sessionId };
    }

    // Uploads that found their target unreachable (refused, or a name that does not resolve).
    static int refusals(const QList<JobHistoryEntry> &h, int from = 0)
    {
        return int(std::count_if(h.cbegin() + from, h.cend(), [](const JobHistoryEntry &e) {
            return e.step == QLatin1String("upload")
                && (e.errorCode == QLatin1String("ConnectionRefused") || e.errorCode == QLatin1String("HostNotFound"));
        }));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        TestVideo video;
        video.path = m_data.filePath(QStringLiteral("source.mov"));
        video.seconds = 2;
        const QString problem = video.make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_video = video.path;
        QVERIFY(QFileInfo(m_video).size() > 40000);

        SandboxOptions options;
        options.dataFolder = m_data.filePath(QStringLiteral("sandbox"));
        options.processingMs = 50;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(!m_server->store()->athletes().isEmpty());
        m_athleteId = m_server->store()->athletes().first().value(QStringLiteral("id")).toString();

        m_client = std::make_unique<UpliftClient>(&m_network);
        QVERIFY(m_client->setBaseUrl(m_server->baseUrl()));
        m_client->setApiKey(m_server->apiKey());
        m_client->setTimeout(5000);
        m_api = std::make_unique<UpliftCaptureApi>(m_client.get());
    }

    void init() { m_server->faults()->clear(); }

    void twoClipsCompleteTwoAtATime()
    {
        Rig rig = makeRig(QStringLiteral("happy.sqlite"));
        rig.queue->start();
        const QString a = freshClip(), b = freshClip();
        const qint64 ja = rig.queue->enqueue(jobFor(a));
        const qint64 jb = rig.queue->enqueue(jobFor(b));
        QVERIFY(ja > 0 && jb > 0);
        QVERIFY2(waitForState(rig.queue.get(), ja, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), ja)));
        QVERIFY2(waitForState(rig.queue.get(), jb, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), jb)));
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
        QCOMPARE(reservedAndUploaded(b), qMakePair(1, 1));
        QCOMPARE(rig.queue->job(ja)->captureStatus, QStringLiteral("completed"));
        // What the store holds is what the queue shows.
        QCOMPARE(rig.store->load(ja)->state, UploadJob::State::Completed);
        QVERIFY(rig.queue->isIdle());
        QVERIFY(rig.queue->isDuplicate(a, m_athleteId, QStringLiteral("sprint")));
        QVERIFY(!rig.queue->isDuplicate(a, m_athleteId, QStringLiteral("hurdles")));
    }

    void threeServiceUnavailableThenSuccess()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("fail:upload:503:3")));
        Rig rig = makeRig(QStringLiteral("503.sqlite"));
        rig.queue->start();
        const QString a = freshClip();
        const qint64 id = rig.queue->enqueue(jobFor(a));
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        QCOMPARE(historyCount(h, QStringLiteral("upload"), QStringLiteral("retry")), 3);
        QCOMPARE(historyCount(h, QStringLiteral("reserve"), QStringLiteral("ok")), 1); // same fields reused
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
    }

    void connectionResetMidUpload()
    {
        // QNAM itself resends once when a kept-alive connection drops, so
        // reset more than once to be sure the queue sees the fault.
        QVERIFY(m_server->faults()->add(QStringLiteral("reset-upload:20000:3")));
        Rig rig = makeRig(QStringLiteral("reset.sqlite"));
        rig.queue->start();
        const QString a = freshClip();
        const qint64 id = rig.queue->enqueue(jobFor(a));
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        QVERIFY2(historyCount(rig.queue->history(id), QStringLiteral("upload"), QStringLiteral("retry")) >= 1,
                 qPrintable(describe(rig.queue.get(), id)));
        // Before each resend Uplift was asked whether the file had arrived.
        QVERIFY2(historyCount(rig.queue->history(id), QStringLiteral("reconcile"), QStringLiteral("not-uploaded")) >= 1,
                 qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
    }

    void stalledUpload()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:20000")));
        Rig rig = makeRig(QStringLiteral("stall.sqlite"));
        rig.queue->start();
        const QString a = freshClip();
        const qint64 id = rig.queue->enqueue(jobFor(a));
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        QVERIFY(std::any_of(h.cbegin(), h.cend(),
                            [](const JobHistoryEntry &e) { return e.errorCode == QLatin1String("Stalled"); }));
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
    }

    void tooManyRequestsHonoursRetryAfter()
    {
        // The sandbox's injected 429 says Retry-After: 1.
        QVERIFY(m_server->faults()->add(QStringLiteral("fail:captures.create:429")));
        Rig rig = makeRig(QStringLiteral("429.sqlite"));
        rig.queue->start();
        const QString a = freshClip();
        const qint64 id = rig.queue->enqueue(jobFor(a));
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        QDateTime refusedAt, retriedAt;
        for (const auto &e : h) {
            if (e.step == QLatin1String("reserve") && e.outcome == QLatin1String("retry") && e.httpStatus == 429)
                refusedAt = e.at;
            else if (refusedAt.isValid() && !retriedAt.isValid() && e.step == QLatin1String("reserve")
                     && e.outcome == QLatin1String("start"))
                retriedAt = e.at;
        }
        QVERIFY2(refusedAt.isValid() && retriedAt.isValid(), qPrintable(describe(rig.queue.get(), id)));
        // Backoff alone would have waited at most 100 ms here.
        QVERIFY2(refusedAt.msecsTo(retriedAt) >= 900, qPrintable(QString::number(refusedAt.msecsTo(retriedAt))));
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
    }

    void expiredReservationIsReplacedInTheSameGroup()
    {
        // Policies live one second; the upload hangs, the queue is paused
        // past the expiry, and on resume the job must reserve again (same
        // session group), keep the old session id in its history, and
        // upload once.
        QVERIFY(m_server->faults()->add(QStringLiteral("policy-lifetime:1")));
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:1000")));
        Rig rig = makeRig(QStringLiteral("expired.sqlite"));
        JobQueue::Timing t = fastTiming();
        t.stallTimeout = 20s;
        rig.queue->setTiming(t);
        rig.queue->start();
        const QString a = freshClip();
        const qint64 id = rig.queue->enqueue(jobFor(a));
        QVERIFY(waitForState(rig.queue.get(), id, UploadJob::State::Uploading));
        const QString firstSession = rig.queue->job(id)->sessionId;
        const QString group = rig.queue->job(id)->sessionGroupId;
        QVERIFY(!firstSession.isEmpty());
        rig.queue->pause();
        QCOMPARE(rig.queue->job(id)->state, UploadJob::State::Queued);
        QVERIFY(rig.queue->job(id)->restartsFromZero);
        QTest::qWait(1300);
        m_server->faults()->clear();
        rig.queue->resume();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const UploadJob *job = rig.queue->job(id);
        QVERIFY(job->sessionId != firstSession);
        QCOMPARE(job->sessionGroupId, group);
        const auto h = rig.queue->history(id);
        QVERIFY(std::any_of(h.cbegin(), h.cend(), [&](const JobHistoryEntry &e) {
            return e.outcome == QLatin1String("replace-expired") && e.sessionId == firstSession;
        }));
        QCOMPARE(reservedAndUploaded(a), qMakePair(2, 1)); // the first stays awaiting_upload
        QCOMPARE(m_server->store()->capture(job->sessionId).value(QStringLiteral("session_group_id")).toString(),
                 group);
    }

    void lostReservationAnswerIsFoundInTheCapturesList()
    {
        // The sandbox makes the capture at once but answers 2 s later; the
        // first "process"'s queue and store die in between, so the answer
        // reaches nobody, as in a crash. (Its network stays until the answer
        // has been written: the sandbox's delayed answer must not meet a
        // closed connection.)
        QVERIFY(m_server->faults()->add(QStringLiteral("latency:captures.create:2000")));
        const QString a = freshClip();
        qint64 id = 0;
        {
            QNetworkAccessManager network;
            UpliftClient client(&network);
            QVERIFY(client.setBaseUrl(m_server->baseUrl()));
            client.setApiKey(m_server->apiKey());
            UpliftCaptureApi api(&client);
            {
                JobStore store;
                QVERIFY(store.open(m_data.filePath(QStringLiteral("lost.sqlite"))));
                JobQueue queue(&store, &api);
                queue.setTiming(fastTiming());
                queue.start();
                id = queue.enqueue(jobFor(a));
                QVERIFY(QTest::qWaitFor([&] { return reservedAndUploaded(a).first == 1; }, 5000));
                QCOMPARE(queue.job(id)->state, UploadJob::State::Reserving);
            }
            QSignalSpy answered(&api, &CaptureApi::reserved);
            QVERIFY(answered.wait(10000)); // delivered to no queue
        }
        m_server->faults()->clear();
        const QString orphan = sessionsFor(a).value(0);
        QVERIFY(!orphan.isEmpty());

        Rig rig = makeRig(QStringLiteral("lost.sqlite"));
        QCOMPARE(rig.store->load(id)->state, UploadJob::State::Reserving);
        rig.queue->start();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        const int lost = indexOf(h, QStringLiteral("resume"), QStringLiteral("lost-answer"));
        const int found = indexOf(h, QStringLiteral("reconcile"), QStringLiteral("orphaned"));
        QVERIFY2(lost >= 0 && found > lost, qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(h[found].sessionId, orphan); // named in the history
        // Reserved again after the list was read, in the same session group.
        QVERIFY(indexOf(h, QStringLiteral("reserve"), QStringLiteral("start"), found) > found);
        const UploadJob *job = rig.queue->job(id);
        QVERIFY(job->sessionId != orphan);
        QCOMPARE(m_server->store()->capture(job->sessionId).value(QStringLiteral("session_group_id")).toString(),
                 m_server->store()->capture(orphan).value(QStringLiteral("session_group_id")).toString());
        QCOMPARE(reservedAndUploaded(a), qMakePair(2, 1));
        QCOMPARE(m_server->store()->capture(orphan).value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_upload"));
    }

    void lostReservationWithoutACaptureReservesAgain()
    {
        // Seeded as a crash right after "reserve/start" was written and
        // before the request left: the server has nothing to find. (The
        // pinned capture_time keeps other tests' leftovers from matching.)
        const QString a = freshClip();
        qint64 id = 0;
        {
            JobStore store;
            QVERIFY(store.open(m_data.filePath(QStringLiteral("unsent.sqlite"))));
            UploadJob job = jobFor(a);
            QJsonObject spec = QJsonDocument::fromJson(job.specJson).object();
            spec.insert(QStringLiteral("capture_time"),
                        QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODateWithMs));
            job.specJson = QJsonDocument(spec).toJson(QJsonDocument::Compact);
            const QFileInfo info(a);
            job.fileSize = info.size();
            job.fileModified = info.lastModified().toUTC();
            JobHistoryEntry e;
            e.step = QStringLiteral("enqueue");
            e.outcome = QStringLiteral("ok");
            QVERIFY(store.insert(&job, e));
            id = job.id;
            job.state = UploadJob::State::Reserving;
            e.jobId = id;
            e.at = QDateTime::currentDateTimeUtc();
            e.step = QStringLiteral("reserve");
            e.outcome = QStringLiteral("start");
            QVERIFY(store.save(job, e));
        }
        Rig rig = makeRig(QStringLiteral("unsent.sqlite"));
        rig.queue->start();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        QVERIFY2(indexOf(h, QStringLiteral("reconcile"), QStringLiteral("unmatched")) >= 0,
                 qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
    }

    void pinnedCaptureTimeTellsCapturesApart()
    {
        // Two captures of the same athlete and movement exist, made just
        // now; the lost reservation pinned a capture_time, so only the one
        // with that time is it.
        const QString a = freshClip();
        const QDateTime pinned = QDateTime::currentDateTimeUtc().addSecs(-120);
        UploadJob job = jobFor(a);
        QJsonObject spec = QJsonDocument::fromJson(job.specJson).object();
        spec.insert(QStringLiteral("capture_time"), pinned.toString(Qt::ISODateWithMs));
        job.specJson = QJsonDocument(spec).toJson(QJsonDocument::Compact);
        QJsonObject other = spec;
        other.insert(QStringLiteral("capture_time"), pinned.addMSecs(-5000).toString(Qt::ISODateWithMs));
        other.insert(QStringLiteral("file_name"), QStringLiteral("someone-else.mov"));
        // Both reserved straight through the API, as the lost request and a
        // second device would have.
        QString theOne, theOther;
        for (const QJsonObject &body : { other, spec }) {
            QList<FieldError> errors;
            ApiReply *reply = m_client->createCapture(CaptureSpec::fromJson(body, &errors));
            QSignalSpy done(reply, &ApiReply::finished);
            QVERIFY(done.wait(5000));
            QVERIFY(reply->succeeded());
            (body == spec ? theOne : theOther) = reply->reservation().sessionId;
            reply->deleteLater();
        }
        qint64 id = 0;
        {
            JobStore store;
            QVERIFY(store.open(m_data.filePath(QStringLiteral("pinned.sqlite"))));
            const QFileInfo info(a);
            job.fileSize = info.size();
            job.fileModified = info.lastModified().toUTC();
            JobHistoryEntry e;
            e.step = QStringLiteral("enqueue");
            e.outcome = QStringLiteral("ok");
            QVERIFY(store.insert(&job, e));
            id = job.id;
            job.state = UploadJob::State::Reserving;
            e.jobId = id;
            e.at = QDateTime::currentDateTimeUtc();
            e.step = QStringLiteral("reserve");
            e.outcome = QStringLiteral("start");
            QVERIFY(store.save(job, e));
        }
        Rig rig = makeRig(QStringLiteral("pinned.sqlite"));
        rig.queue->start();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        const int found = indexOf(h, QStringLiteral("reconcile"), QStringLiteral("orphaned"));
        QVERIFY2(found >= 0, qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(h[found].sessionId, theOne);
        QVERIFY(rig.queue->job(id)->sessionId != theOther);
    }

    // A clip uploaded to the end in `dbName`'s queue, then written back as a crash leaves it
    // when it came after S3 had the whole file but before "uploaded" was stored: the job
    // says uploading, its history ends with the upload's start, Uplift says processing.
    // `unanswered` adds what a lost answer leaves: the upload ended with no answer and the
    // job waits to retry. The job's id goes to *id.
    void uploadedThenCaughtMidUpload(const QString &clip, const QString &dbName, bool unanswered, qint64 *id)
    {
        Rig rig = makeRig(dbName);
        rig.queue->start();
        *id = rig.queue->enqueue(jobFor(clip));
        QVERIFY2(waitForState(rig.queue.get(), *id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), *id)));
        UploadJob job = *rig.queue->job(*id);
        job.state = UploadJob::State::Uploading;
        job.captureStatus.clear();
        JobHistoryEntry e;
        e.jobId = *id;
        e.at = QDateTime::currentDateTimeUtc();
        e.step = QStringLiteral("upload");
        e.outcome = QStringLiteral("start");
        e.sessionId = job.sessionId;
        QVERIFY(rig.store->save(job, e));
        if (!unanswered)
            return;
        job.state = UploadJob::State::WaitingToRetry;
        job.attempts = 1;
        job.lastError = QStringLiteral("network error 2: Connection closed");
        job.nextAttemptAt = QDateTime::currentDateTimeUtc();
        e.outcome = QStringLiteral("retry");
        e.message = job.lastError;
        QVERIFY(rig.store->save(job, e));
    }

    // The queue started again on `dbName`: Uplift is asked whether the file arrived, it has,
    // and the file is never sent again (one reservation, one upload, nothing received now).
    void startedAgainAsksAndSendsNothing(const QString &clip, const QString &dbName, qint64 id)
    {
        QSignalSpy changes(m_server.get(), &SandboxServer::captureChanged);
        Rig rig = makeRig(dbName);
        const int before = int(rig.queue->history(id).size());
        rig.queue->start();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        QVERIFY2(indexOf(h, QStringLiteral("reconcile"), QStringLiteral("matched"), before) >= 0,
                 qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(indexOf(h, QStringLiteral("upload"), QStringLiteral("start"), before), -1); // never sent again
        QCOMPARE(changes.count(), 0); // the sandbox received nothing
        QCOMPARE(reservedAndUploaded(clip), qMakePair(1, 1));
        QCOMPARE(m_server->store()->capture(rig.queue->job(id)->sessionId).value(QStringLiteral("uploads")).toInt(), 1);
    }

    void interruptedUploadThatArrivedIsNotSentAgain()
    {
        const QString a = freshClip();
        qint64 id = 0;
        uploadedThenCaughtMidUpload(a, QStringLiteral("arrived.sqlite"), /*unanswered=*/false, &id);
        if (QTest::currentTestFailed())
            return;
        startedAgainAsksAndSendsNothing(a, QStringLiteral("arrived.sqlite"), id);
    }

    // An upload ended without an answer (here a reset after S3 had the whole file: a lost
    // answer) and the job waited to retry when the program quit. After the start Uplift is
    // asked first, as it would have been without the quit: the file is not sent again.
    void anUploadWithoutAnAnswerBeforeTheQuitIsAskedAboutAfterTheStart()
    {
        const QString a = freshClip();
        qint64 id = 0;
        uploadedThenCaughtMidUpload(a, QStringLiteral("unanswered.sqlite"), /*unanswered=*/true, &id);
        if (QTest::currentTestFailed())
            return;
        startedAgainAsksAndSendsNothing(a, QStringLiteral("unanswered.sqlite"), id);
    }

    void interruptedUploadThatDidNotArriveStartsAgain()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:1000")));
        const QString a = freshClip();
        qint64 id = 0;
        {
            Rig rig = makeRig(QStringLiteral("notarrived.sqlite"));
            JobQueue::Timing t = fastTiming();
            t.stallTimeout = 20s;
            rig.queue->setTiming(t);
            rig.queue->start();
            id = rig.queue->enqueue(jobFor(a));
            QVERIFY(waitForState(rig.queue.get(), id, UploadJob::State::Uploading));
        }
        m_server->faults()->clear();
        Rig rig = makeRig(QStringLiteral("notarrived.sqlite"));
        rig.queue->start();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        const int checked = indexOf(h, QStringLiteral("reconcile"), QStringLiteral("not-uploaded"));
        QVERIFY2(checked >= 0, qPrintable(describe(rig.queue.get(), id)));
        QVERIFY(indexOf(h, QStringLiteral("upload"), QStringLiteral("ok"), checked) > checked);
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
    }

    void manyJobsWaitingForProcessingShareOneListRequest()
    {
        // Processing takes 1.5 s here, looked at every 30..150 ms: per job
        // that is ~10 looks each. With the list, one request per round.
        QTemporaryDir data(TestVideo::scratchPath(QStringLiteral("jq-slow-XXXXXX")));
        SandboxOptions options;
        options.dataFolder = data.path();
        options.processingMs = 1500;
        SandboxServer slow(options);
        QString error;
        QVERIFY2(slow.start(&error), qPrintable(error));
        const QString athlete = slow.store()->athletes().first().value(QStringLiteral("id")).toString();

        struct Counts
        {
            int list = 0;
            int one = 0;
        };
        auto run = [&](int listFrom, const QString &dbName) -> Counts {
            CountingNetwork network(slow.baseUrl());
            UpliftClient client(&network);
            client.setBaseUrl(slow.baseUrl());
            client.setApiKey(slow.apiKey());
            UpliftCaptureApi api(&client);
            JobStore store;
            store.open(data.filePath(dbName));
            JobQueue queue(&store, &api);
            JobQueue::Timing t = fastTiming();
            t.statusListFrom = listFrom;
            queue.setTiming(t);
            queue.setParallel(5);
            queue.start();
            QList<qint64> ids;
            for (int i = 0; i < 5; ++i) {
                UploadJob job = jobFor(freshClip());
                job.athleteId = athlete;
                QJsonObject spec = QJsonDocument::fromJson(job.specJson).object();
                spec.insert(QStringLiteral("athlete_id"), athlete);
                job.specJson = QJsonDocument(spec).toJson(QJsonDocument::Compact);
                ids << queue.enqueue(job);
            }
            for (qint64 id : std::as_const(ids)) {
                if (!waitForState(&queue, id, UploadJob::State::Completed))
                    qWarning() << describe(&queue, id);
            }
            return { network.listRequests, network.oneRequests };
        };
        const Counts perJob = run(1000, QStringLiteral("perjob.sqlite"));
        const Counts shared = run(3, QStringLiteral("shared.sqlite"));
        qInfo("status requests for 5 jobs: per job %d GET /captures/{id}; with the list %d GET /captures + %d "
              "GET /captures/{id}",
              perJob.one, shared.list, shared.one);
        QCOMPARE(perJob.list, 0);
        QVERIFY2(perJob.one >= 5 * 5, qPrintable(QString::number(perJob.one)));
        QVERIFY(shared.list >= 2);
        // Each job is asked about by itself about once: when it left the list.
        QVERIFY2(shared.one <= 5 * 2, qPrintable(QString::number(shared.one)));
        QVERIFY2(shared.list + shared.one < perJob.one / 2,
                 qPrintable(QStringLiteral("%1 + %2 vs %3").arg(shared.list).arg(shared.one).arg(perJob.one)));
    }

    void bandwidthCapSlowsAndIsShared()
    {
        // 2 MB at 1 MB/s takes about two seconds, alone or split over two
        // parallel uploads of 1 MB; the bytes arrive unchanged.
        auto makeFile = [&](const QString &name, qsizetype size) {
            const QString path = m_data.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            QByteArray block(size, Qt::Uninitialized);
            for (qsizetype i = 0; i < size; ++i)
                block[i] = char(i * 7 + i / 251);
            f.write(block);
            return path;
        };
        auto uploadMs = [&](JobQueue *q, qint64 id) {
            QDateTime started, done;
            for (const JobHistoryEntry &e : q->history(id)) {
                if (e.step == QLatin1String("upload") && e.outcome == QLatin1String("start"))
                    started = e.at;
                if (e.step == QLatin1String("upload") && e.outcome == QLatin1String("ok"))
                    done = e.at;
            }
            return started.isValid() && done.isValid() ? started.msecsTo(done) : -1;
        };
        Rig rig = makeRig(QStringLiteral("capped.sqlite"));
        rig.queue->setBandwidthCap(1000 * 1000);
        QCOMPARE(rig.queue->bandwidthCap(), qint64(1000 * 1000));
        rig.queue->start();
        const QString big = makeFile(QStringLiteral("two-megabytes.mov"), 2 * 1000 * 1000);
        const qint64 one = rig.queue->enqueue(jobFor(big));
        QVERIFY2(QTest::qWaitFor([&] { return rig.queue->job(one)->isUploaded(); }, 20000),
                 qPrintable(describe(rig.queue.get(), one)));
        const qint64 alone = uploadMs(rig.queue.get(), one);
        QVERIFY2(alone >= 1800, qPrintable(QString::number(alone)));
        QVERIFY2(alone < 6000, qPrintable(QString::number(alone)));
        const QString key
            = m_server->store()->capture(rig.queue->job(one)->sessionId).value(QStringLiteral("object_key")).toString();
        QFile stored(QDir(m_server->objectsFolder()).filePath(m_server->s3Target().bucket + QLatin1Char('/') + key));
        QVERIFY2(stored.open(QIODevice::ReadOnly), qPrintable(stored.fileName()));
        QFile original(big);
        QVERIFY(original.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll() == original.readAll());

        const QString a = makeFile(QStringLiteral("half-a.mov"), 1000 * 1000);
        const QString b = makeFile(QStringLiteral("half-b.mov"), 1000 * 1000);
        const qint64 ja = rig.queue->enqueue(jobFor(a));
        const qint64 jb = rig.queue->enqueue(jobFor(b));
        QVERIFY(QTest::qWaitFor([&] { return rig.queue->job(ja)->isUploaded() && rig.queue->job(jb)->isUploaded(); },
                                20000));
        QVERIFY2(
            uploadMs(rig.queue.get(), ja) >= 1500 && uploadMs(rig.queue.get(), jb) >= 1500,
            qPrintable(QStringLiteral("%1 %2").arg(uploadMs(rig.queue.get(), ja)).arg(uploadMs(rig.queue.get(), jb))));

        qInfo("2 MB at a 1 MB/s cap: %lld ms; two 1 MB at once: %lld and %lld ms", alone, uploadMs(rig.queue.get(), ja),
              uploadMs(rig.queue.get(), jb));
    }

    void theNextClipIsReservedWhileTheUploadEnds()
    {
        // One upload at a time, 1.5 MB each at 1 MB/s, and every reservation takes 400 ms to
        // answer: the next clip is reserved during the last ~2 s of the running upload and
        // starts as soon as it ends, instead of leaving the link idle for a round trip. Only
        // one clip is ever reserved ahead.
        auto makeFile = [&](const QString &name) {
            const QString path = m_data.filePath(name);
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray(1500 * 1000, 'r'));
            return path;
        };
        auto at = [](JobQueue *q, qint64 id, const char *step, const char *outcome) {
            for (const JobHistoryEntry &e : q->history(id)) {
                if (e.step == QLatin1String(step) && e.outcome == QLatin1String(outcome))
                    return e.at;
            }
            return QDateTime();
        };
        QVERIFY(m_server->faults()->add(QStringLiteral("latency:captures.create:400")));
        Rig rig = makeRig(QStringLiteral("ahead.sqlite"));
        rig.queue->setParallel(1);
        rig.queue->setBandwidthCap(1000 * 1000);
        rig.queue->start();
        QList<qint64> ids;
        QStringList files;
        for (int i = 0; i < 3; ++i) {
            files << makeFile(QStringLiteral("ahead-%1.mov").arg(i));
            ids << rig.queue->enqueue(jobFor(files.last()));
        }
        QVERIFY2(QTest::qWaitFor([&] { return rig.queue->job(ids.last())->isUploaded(); }, 30000),
                 qPrintable(describe(rig.queue.get(), ids.last())));
        for (int i = 1; i < 3; ++i) {
            JobQueue *q = rig.queue.get();
            const QDateTime previousDone = at(q, ids[i - 1], "upload", "ok");
            const QDateTime reserved = at(q, ids[i], "reserve", "start");
            const QDateTime started = at(q, ids[i], "upload", "start");
            QVERIFY(previousDone.isValid() && reserved.isValid() && started.isValid());
            // Reserved while the previous one was still uploading ...
            QVERIFY2(reserved < previousDone, qPrintable(describe(q, ids[i])));
            QVERIFY2(reserved.msecsTo(previousDone) <= 2500, qPrintable(describe(q, ids[i])));
            // ... and started without waiting for a round trip (400 ms) after it ended.
            QVERIFY2(previousDone.msecsTo(started) < 300,
                     qPrintable(QStringLiteral("idle %1 ms").arg(previousDone.msecsTo(started))));
            // Never two ahead: the clip after it is reserved only once this one runs.
            if (i + 1 < 3)
                QVERIFY(at(q, ids[i + 1], "reserve", "start") >= started);
            QCOMPARE(reservedAndUploaded(files[i]), qMakePair(1, 1));
        }
    }

    void aReservationAnsweredWhilePausedWaitsForResume()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("latency:captures.create:500")));
        Rig rig = makeRig(QStringLiteral("paused-reserve.sqlite"));
        rig.queue->start();
        const QString clip = freshClip();
        const qint64 id = rig.queue->enqueue(jobFor(clip));
        QVERIFY(QTest::qWaitFor([&] { return rig.queue->job(id)->state == UploadJob::State::Reserving; }, 5000));
        rig.queue->pause();
        // The answer comes in paused: the clip keeps its target and sends nothing.
        QVERIFY(QTest::qWaitFor([&] { return rig.queue->job(id)->hasReservation(); }, 5000));
        QTest::qWait(300);
        QCOMPARE(rig.queue->job(id)->state, UploadJob::State::Queued);
        QCOMPARE(reservedAndUploaded(clip), qMakePair(1, 0));
        rig.queue->resume();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        // One reservation, used after the pause: nothing reserved or sent twice.
        QCOMPARE(reservedAndUploaded(clip), qMakePair(1, 1));
    }

    void fileDeletedOrModifiedBeforeUpload()
    {
        Rig rig = makeRig(QStringLiteral("files.sqlite"));
        rig.queue->start();
        rig.queue->pause();
        const QString gone = freshClip(), changed = freshClip();
        const qint64 g = rig.queue->enqueue(jobFor(gone));
        const qint64 c = rig.queue->enqueue(jobFor(changed));
        QVERIFY(QFile::remove(gone));
        QFile f(changed);
        QVERIFY(f.open(QIODevice::Append));
        f.write("more");
        f.close();
        rig.queue->resume();
        QVERIFY(waitFinished(rig.queue.get(), g));
        QVERIFY(waitFinished(rig.queue.get(), c));
        for (qint64 id : { g, c }) {
            const UploadJob *j = rig.queue->job(id);
            QCOMPARE(j->state, UploadJob::State::Failed);
            QVERIFY(j->failurePermanent);
            QCOMPARE(j->lastErrorCode, QStringLiteral("FileChanged"));
            QVERIFY(!j->lastError.isEmpty());
        }
        // Checked before reserving: nothing reached the server.
        QCOMPARE(reservedAndUploaded(gone), qMakePair(0, 0));
        QCOMPARE(reservedAndUploaded(changed), qMakePair(0, 0));
    }

    void restartAfterACrashFinishesOnce()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:1000")));
        const QString a = freshClip();
        qint64 id = 0;
        {
            Rig rig = makeRig(QStringLiteral("crash.sqlite"));
            JobQueue::Timing t = fastTiming();
            t.stallTimeout = 20s;
            rig.queue->setTiming(t);
            rig.queue->start();
            id = rig.queue->enqueue(jobFor(a));
            QVERIFY(waitForState(rig.queue.get(), id, UploadJob::State::Uploading));
            // The queue goes away mid-upload without recording anything more,
            // as a killed process would.
        }
        m_server->faults()->clear();
        Rig rig = makeRig(QStringLiteral("crash.sqlite"));
        QCOMPARE(rig.store->load(id)->state, UploadJob::State::Uploading);
        rig.queue->start();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(historyCount(rig.queue->history(id), QStringLiteral("resume"), QStringLiteral("restart")), 1);
        QCOMPARE(historyCount(rig.queue->history(id), QStringLiteral("reserve"), QStringLiteral("ok")), 1);
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));

        // A third start finds it completed and sends nothing.
        rig.queue.reset();
        Rig again = makeRig(QStringLiteral("crash.sqlite"));
        again.queue->start();
        QTest::qWait(200);
        // Completed: left in the store, not loaded by the queue (issue 15, a long history).
        QVERIFY(!again.queue->job(id));
        QCOMPARE(again.queue->storedJob(id)->state, UploadJob::State::Completed);
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
    }

    // Issue 22: quit mid-upload, the sandbox back on another port. The stored target refuses
    // the connection twice; the third attempt is not spent on it: the clip is reserved again
    // (the old session named in the history, left awaiting upload) and sent once.
    void aTargetRefusingTheConnectionTwiceIsReservedAgain_data()
    {
        QTest::addColumn<bool>("deadHost");
        QTest::addColumn<QString>("code");
        QTest::newRow("connection refused") << false << QStringLiteral("ConnectionRefused");
        QTest::newRow("name does not resolve") << true << QStringLiteral("HostNotFound");
    }

    void aTargetRefusingTheConnectionTwiceIsReservedAgain()
    {
        QFETCH(bool, deadHost);
        QFETCH(QString, code);
        const QString clip = freshClip();
        const QString db = QStringLiteral("refused-%1.sqlite").arg(deadHost ? 1 : 0);
        const auto [id, oldSession] = storeJobWithDeadTarget(db, clip, deadHost);
        QVERIFY(id > 0);
        Rig rig = makeRig(db);
        const int budget = rig.queue->retryBudget()->available();
        rig.queue->start();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        QCOMPARE(refusals(h), 2);
        QVERIFY(std::any_of(h.cbegin(), h.cend(), [&](const JobHistoryEntry &e) { return e.errorCode == code; }));
        const int replaced = indexOf(h, QStringLiteral("reserve"), QStringLiteral("replace-unreachable"));
        QVERIFY2(replaced >= 0, qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(h[replaced].sessionId, oldSession);
        QCOMPARE(historyCount(h, QStringLiteral("reserve"), QStringLiteral("ok")), 2); // the stored one, the new one
        QCOMPARE(historyCount(h, QStringLiteral("upload"), QStringLiteral("ok")), 1);
        const UploadJob *job = rig.queue->job(id);
        QVERIFY(job->sessionId != oldSession);
        QCOMPARE(m_server->store()->capture(job->sessionId).value(QStringLiteral("session_group_id")).toString(),
                 m_server->store()->capture(oldSession).value(QStringLiteral("session_group_id")).toString());
        QCOMPARE(m_server->store()->capture(oldSession).value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_upload"));
        QCOMPARE(m_server->store()->capture(job->sessionId).value(QStringLiteral("uploads")).toInt(), 1);
        QCOMPARE(reservedAndUploaded(clip), qMakePair(2, 1));
        // The refusals were paid for (the retry that worked gave its own cost back).
        QCOMPARE(rig.queue->retryBudget()->available(), budget - RetryBudget::RetryCost);
    }

    // A server whose every upload address refuses: reserving again is counted like any retry,
    // so the job fails after maxAttempts instead of reserving and being refused without end.
    void reservingAgainForRefusingTargetsEndsWithinTheBudget()
    {
        QTemporaryDir data(TestVideo::scratchPath(QStringLiteral("jq-refusing-XXXXXX")));
        SandboxOptions options;
        options.dataFolder = data.path();
        S3Target dead;
        dead.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(deadPort()));
        dead.bucket = QStringLiteral("nowhere");
        dead.accessKey = QStringLiteral("AKIDEAD");
        dead.secretKey = QStringLiteral("dead");
        options.externalS3 = dead;
        SandboxServer refusing(options);
        QString error;
        QVERIFY2(refusing.start(&error), qPrintable(error));
        UpliftClient client(&m_network);
        QVERIFY(client.setBaseUrl(refusing.baseUrl()));
        client.setApiKey(refusing.apiKey());
        UpliftCaptureApi api(&client);
        JobStore store;
        QVERIFY(store.open(m_data.filePath(QStringLiteral("always-refused.sqlite"))));
        JobQueue queue(&store, &api);
        const JobQueue::Timing t = fastTiming();
        queue.setTiming(t);
        const int budget = queue.retryBudget()->available();
        queue.start();
        UploadJob job = jobFor(freshClip());
        job.athleteId = refusing.store()->athletes().first().value(QStringLiteral("id")).toString();
        QJsonObject spec = QJsonDocument::fromJson(job.specJson).object();
        spec.insert(QStringLiteral("athlete_id"), job.athleteId);
        job.specJson = QJsonDocument(spec).toJson(QJsonDocument::Compact);
        const qint64 id = queue.enqueue(job);
        QVERIFY(waitFinished(&queue, id));
        const UploadJob *j = queue.job(id);
        QVERIFY2(j->state == UploadJob::State::Failed, qPrintable(describe(&queue, id)));
        QVERIFY(!j->failurePermanent);
        QCOMPARE(j->lastErrorCode, QStringLiteral("ConnectionRefused"));
        const auto h = queue.history(id);
        QCOMPARE(refusals(h), t.retry.maxAttempts);
        QCOMPARE(historyCount(h, QStringLiteral("upload"), QStringLiteral("attempts-exhausted")), 1);
        // A new reservation after every second refusal: 6 attempts, 3 reservations.
        QCOMPARE(historyCount(h, QStringLiteral("reserve"), QStringLiteral("ok")), t.retry.maxAttempts / 2);
        QCOMPARE(int(refusing.store()->captures().size()), t.retry.maxAttempts / 2);
        QCOMPARE(queue.retryBudget()->available(), budget - (t.retry.maxAttempts - 1) * RetryBudget::RetryCost);
        // The failed job holds no dead address: "Retry" starts with a reservation.
        QVERIFY(!j->hasReservation());
    }

    // "Retry" (and "Retry all failed") of a job that failed on an address that refused the
    // connection reserves anew before anything is sent: the dead address is not tried again.
    void retryOfAJobFailedOnADeadTargetReservesAnew()
    {
        const QString clip = freshClip();
        const auto [id, oldSession] = storeJobWithDeadTarget(QStringLiteral("retry-dead.sqlite"), clip);
        QVERIFY(id > 0);
        Rig rig = makeRig(QStringLiteral("retry-dead.sqlite"));
        JobQueue::Timing once = fastTiming();
        once.retry.maxAttempts = 1; // the first refusal fails it, the address still held
        rig.queue->setTiming(once);
        rig.queue->start();
        QVERIFY(waitFinished(rig.queue.get(), id));
        QVERIFY2(rig.queue->job(id)->state == UploadJob::State::Failed, qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(rig.queue->job(id)->sessionId, oldSession);
        QCOMPARE(refusals(rig.queue->history(id)), 1);

        rig.queue->setTiming(fastTiming());
        const int from = int(rig.queue->history(id).size());
        rig.queue->retryAllFailed();
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        const auto h = rig.queue->history(id);
        QCOMPARE(refusals(h, from), 0); // not one attempt on the dead address
        const int replaced = indexOf(h, QStringLiteral("reserve"), QStringLiteral("replace-unreachable"), from);
        QVERIFY2(replaced >= 0, qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(h[replaced].sessionId, oldSession);
        QVERIFY(rig.queue->job(id)->sessionId != oldSession);
        QCOMPARE(reservedAndUploaded(clip), qMakePair(2, 1));
    }

    void destroyingTheQueueMidUploadIsPrompt()
    {
        // Two uploads hang in the upload thread (the sandbox stops reading);
        // the queue goes, as when the window closes: it aborts them there and
        // waits for the thread, without hanging.
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:1000:2")));
        const QString a = freshClip();
        const QString b = freshClip();
        Rig rig = makeRig(QStringLiteral("quit.sqlite"));
        JobQueue::Timing t = fastTiming();
        t.stallTimeout = 20s;
        rig.queue->setTiming(t);
        rig.queue->setParallel(2);
        rig.queue->start();
        const qint64 ida = rig.queue->enqueue(jobFor(a));
        const qint64 idb = rig.queue->enqueue(jobFor(b));
        QVERIFY(QTest::qWaitFor([&] { return rig.queue->bytesSent(ida) > 0 && rig.queue->bytesSent(idb) > 0; }, 20000));
        QElapsedTimer clock;
        clock.start();
        rig.queue.reset();
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(rig.store->load(ida)->state, UploadJob::State::Uploading);
        QCOMPARE(rig.store->load(idb)->state, UploadJob::State::Uploading);
    }

    void offlineWaitsWithoutSpendingAttempts()
    {
        Rig rig = makeRig(QStringLiteral("offline.sqlite"));
        rig.queue->start();
        rig.queue->setNetworkAvailable(false);
        const QString a = freshClip();
        const qint64 id = rig.queue->enqueue(jobFor(a));
        QTest::qWait(300);
        QCOMPARE(rig.queue->job(id)->state, UploadJob::State::Queued); // nothing starts offline
        QCOMPARE(reservedAndUploaded(a), qMakePair(0, 0));

        // Online, the upload hangs; the network goes away meanwhile and the
        // stall that follows is not counted against the job.
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:1000")));
        const int budgetBefore = rig.queue->retryBudget()->available();
        rig.queue->setNetworkAvailable(true);
        QVERIFY(waitForState(rig.queue.get(), id, UploadJob::State::Uploading));
        rig.queue->setNetworkAvailable(false);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto h = rig.queue->history(id);
                return historyCount(h, QStringLiteral("upload"), QStringLiteral("offline")) == 1;
            },
            5000));
        QCOMPARE(rig.queue->job(id)->state, UploadJob::State::Queued);
        QCOMPARE(rig.queue->job(id)->attempts, 0);
        QCOMPARE(rig.queue->retryBudget()->available(), budgetBefore);
        m_server->faults()->clear();
        rig.queue->setNetworkAvailable(true);
        QVERIFY2(waitForState(rig.queue.get(), id, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), id)));
        QCOMPARE(reservedAndUploaded(a), qMakePair(1, 1));
    }

    void tooLargeFailsForGoodWithS3sCode()
    {
        // A second sandbox whose policies allow 10,000 bytes at most.
        QTemporaryDir data(TestVideo::scratchPath(QStringLiteral("jq-small-XXXXXX")));
        SandboxOptions options;
        options.dataFolder = data.path();
        options.processingMs = 50;
        options.maximumUploadBytes = 10000;
        SandboxServer small(options);
        QString error;
        QVERIFY2(small.start(&error), qPrintable(error));
        UpliftClient client(&m_network);
        QVERIFY(client.setBaseUrl(small.baseUrl()));
        client.setApiKey(small.apiKey());
        UpliftCaptureApi api(&client);
        JobStore store;
        QVERIFY(store.open(m_data.filePath(QStringLiteral("toolarge.sqlite"))));
        JobQueue queue(&store, &api);
        queue.setTiming(fastTiming());
        queue.start();
        UploadJob job = jobFor(freshClip());
        job.athleteId = small.store()->athletes().first().value(QStringLiteral("id")).toString();
        QJsonObject spec = QJsonDocument::fromJson(job.specJson).object();
        spec.insert(QStringLiteral("athlete_id"), job.athleteId);
        job.specJson = QJsonDocument(spec).toJson(QJsonDocument::Compact);
        const qint64 id = queue.enqueue(job);
        QVERIFY(waitFinished(&queue, id));
        const UploadJob *j = queue.job(id);
        QVERIFY2(j->state == UploadJob::State::Failed, qPrintable(describe(&queue, id)));
        QVERIFY(j->failurePermanent);
        QCOMPARE(j->lastHttpStatus, 400);
        QCOMPARE(j->lastErrorCode, QStringLiteral("EntityTooLarge"));
        QCOMPARE(j->attempts, 0); // not retried
    }

    void orderCancelRetryRemove()
    {
        Rig rig = makeRig(QStringLiteral("order.sqlite"));
        rig.queue->start();
        rig.queue->pause();
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i)
            ids << rig.queue->enqueue(jobFor(freshClip()));
        rig.queue->moveToTop(ids[3]);
        rig.queue->moveDown(ids[0]);
        QCOMPARE(rig.queue->jobIds(), (QList<qint64> { ids[3], ids[1], ids[0], ids[2] }));
        rig.queue->moveToBottom(ids[3]);
        rig.queue->moveUp(ids[2]);
        const QList<qint64> order { ids[1], ids[2], ids[0], ids[3] };
        QCOMPARE(rig.queue->jobIds(), order);
        QList<qint64> stored;
        for (const UploadJob &j : rig.store->loadAll())
            stored << j.id;
        QCOMPARE(stored, order); // survives a restart

        rig.queue->cancel(ids[0]);
        QCOMPARE(rig.queue->job(ids[0])->state, UploadJob::State::Cancelled);
        rig.queue->remove(ids[2]);
        QVERIFY(!rig.queue->job(ids[2]));
        QVERIFY(!rig.store->load(ids[2]).has_value());
        rig.queue->setParallel(1);
        rig.queue->resume();
        QVERIFY(waitForState(rig.queue.get(), ids[3], UploadJob::State::Completed));
        QVERIFY(waitForState(rig.queue.get(), ids[1], UploadJob::State::Completed));
        QCOMPARE(rig.queue->job(ids[0])->state, UploadJob::State::Cancelled);
        rig.queue->retry(ids[0]);
        QVERIFY(waitForState(rig.queue.get(), ids[0], UploadJob::State::Completed));
        QVERIFY(rig.queue->isIdle());
    }

    // A recording that is not a .mov is prepared before anything is reserved,
    // offline too; the prepared .mov is what goes, so the recording may leave
    // once it is made; a prepared file that went missing is made again.
    void preparedClipsAreMadeAheadAndAgainWhenMissing()
    {
        Rig rig = makeRig(QStringLiteral("prepare.sqlite"));
        rig.queue->setPreparedFolder(m_data.filePath(QStringLiteral("prepared")));
        rig.queue->setNetworkAvailable(false);
        rig.queue->start();
        const QString first = m_data.filePath(QStringLiteral("phone-1.mp4"));
        const QString second = m_data.filePath(QStringLiteral("phone-2.mp4"));
        QCOMPARE(TestVideo::makeCameraClip(first, QStringLiteral("mp4"), 2), QString());
        QVERIFY(QFile::copy(first, second));
        UploadJob a = jobFor(first, QStringLiteral("phone-1.mov"));
        UploadJob b = jobFor(second, QStringLiteral("phone-2.mov"));
        const qint64 idA = rig.queue->enqueue(a);
        const qint64 idB = rig.queue->enqueue(b);
        QVERIFY(idA > 0 && idB > 0);
        QVERIFY(rig.queue->job(idA)->prepare);
        // Offline: both are prepared all the same, and nothing is reserved.
        QVERIFY2(
            QTest::qWaitFor(
                [&] { return rig.queue->job(idA)->preparedUnchanged() && rig.queue->job(idB)->preparedUnchanged(); },
                20000),
            qPrintable(describe(rig.queue.get(), idB)));
        QCOMPARE(rig.queue->job(idA)->state, UploadJob::State::Queued);
        QCOMPARE(reservedAndUploaded(QStringLiteral("phone-1.mov")).first, 0);
        // The first recording is taken away; the second's prepared copy goes missing.
        QVERIFY(QFile::remove(first));
        QVERIFY(QFile::remove(rig.queue->job(idB)->preparedPath));
        rig.queue->setNetworkAvailable(true);
        QVERIFY2(waitForState(rig.queue.get(), idA, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), idA)));
        QVERIFY2(waitForState(rig.queue.get(), idB, UploadJob::State::Completed),
                 qPrintable(describe(rig.queue.get(), idB)));
        QCOMPARE(reservedAndUploaded(QStringLiteral("phone-1.mov")), qMakePair(1, 1));
        QCOMPARE(reservedAndUploaded(QStringLiteral("phone-2.mov")), qMakePair(1, 1));
        const QList<JobHistoryEntry> h = rig.queue->history(idB);
        QCOMPARE(historyCount(h, QStringLiteral("prepare"), QStringLiteral("start")), 2);
        // Seen missing by the preparation lane, or by the check before the upload.
        QCOMPARE(historyCount(h, QStringLiteral("prepare"), QStringLiteral("again"))
                     + historyCount(h, QStringLiteral("check-file"), QStringLiteral("prepare-again")),
                 1);
        // Both copies are gone once the clips are in the bucket.
        QVERIFY(QDir(m_data.filePath(QStringLiteral("prepared"))).entryList(QDir::Files).isEmpty());
    }

    void cancellingWhilePreparingLeavesNothing()
    {
        Rig rig = makeRig(QStringLiteral("prepare-cancel.sqlite"));
        const QString folder = m_data.filePath(QStringLiteral("prepared-cancel"));
        rig.queue->setPreparedFolder(folder);
        JobQueue::Timing timing = fastTiming();
        timing.prepareDelay = 30s;
        rig.queue->setTiming(timing);
        rig.queue->start();
        const QString path = m_data.filePath(QStringLiteral("cancelled.mp4"));
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mp4"), 1), QString());
        const qint64 id = rig.queue->enqueue(jobFor(path, QStringLiteral("cancelled.mov")));
        QVERIFY(waitForState(rig.queue.get(), id, UploadJob::State::Preparing));
        QCOMPARE(rig.queue->preparedPercent(id), 0);
        rig.queue->cancel(id);
        QCOMPARE(rig.queue->job(id)->state, UploadJob::State::Cancelled);
        QCOMPARE(rig.queue->preparedPercent(id), -1);
        QTest::qWait(200);
        QVERIFY(QDir(folder).entryList(QDir::Files).isEmpty());
        QCOMPARE(reservedAndUploaded(QStringLiteral("cancelled.mov")).first, 0);
    }
};

QTEST_GUILESS_MAIN(tst_JobQueue)
#include "tst_jobqueue.moc"
