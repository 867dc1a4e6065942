// End to end through a real S3 implementation: the job queue (JobQueue +
// S3PostUpload, the uploader the window and the CLI use) reserves with the
// sandbox, which signs for Ceph RADOS Gateway started on 127.0.0.1 by the
// project's scripts/s3-server, and uploads into RGW. The object must come back
// byte for byte, and RGW's own refusals (a policy that expired, a file larger
// than the policy allows) must end in the right job states.

#include "api/client/upliftclient.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/upliftcaptureapi.h"
#include "jobs/store/jobstore.h"
#include "radosgwserver.h"
#include "sandbox/postpolicy.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "testvideo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace std::chrono_literals;

namespace {

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qint64 i = (size / 4) * 4; i < size; ++i)
        bytes[i] = char(i);
    return bytes;
}

} // namespace

class tst_RgwEndToEnd : public QObject
{
    Q_OBJECT

    QTemporaryDir m_scratch;
    RadosGwServer m_rgw { QStringLiteral("queueaccesskey"), QStringLiteral("queue/secret+key") };
    S3Target m_target;
    QNetworkAccessManager m_network;
    int m_counter = 0;

    // One sandbox that signs for RGW, its client, and a queue over a store.
    struct Rig
    {
        std::unique_ptr<SandboxServer> sandbox;
        std::unique_ptr<UpliftClient> client;
        std::unique_ptr<UpliftCaptureApi> api;
        std::unique_ptr<JobStore> store;
        std::unique_ptr<JobQueue> queue;
        QString athleteId;
    };

    // GET of one object, signed with curl's SigV4 (status, body).
    QPair<int, QByteArray> getObject(const QString &key) const
    {
        QUrl url = m_target.uploadUrl();
        url.setPath(url.path() + QLatin1Char('/') + key);
        QTemporaryDir scratch;
        const QString bodyPath = scratch.filePath(QStringLiteral("body"));
        QProcess process;
        process.start(QStringLiteral("curl"),
                      { QStringLiteral("-s"), QStringLiteral("-o"), bodyPath, QStringLiteral("-w"),
                        QStringLiteral("%{http_code}"), QStringLiteral("--aws-sigv4"),
                        QStringLiteral("aws:amz:%1:s3").arg(m_target.region), QStringLiteral("--user"),
                        m_target.accessKey + QLatin1Char(':') + m_target.secretKey, QStringLiteral("-H"),
                        // curl 7.88 does not send the payload hash radosgw requires: SHA-256 of "".
                        QStringLiteral("x-amz-content-sha256: "
                                       "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                        url.toString() });
        if (!process.waitForFinished(60000))
            return { -1, {} };
        QFile body(bodyPath);
        body.open(QIODevice::ReadOnly);
        return { process.readAllStandardOutput().trimmed().toInt(), body.readAll() };
    }

    static QString objectKey(const UploadJob &job)
    {
        for (const auto &f : job.uploadFields) {
            if (f.first == QLatin1String("key"))
                return f.second;
        }
        return {};
    }

    static JobQueue::Timing fastTiming()
    {
        JobQueue::Timing t;
        t.retry.base = 20ms;
        t.retry.cap = 100ms;
        t.stallTimeout = 20s;
        t.statusFirst = 200ms;
        t.statusMax = 1s;
        t.expiryMargin = 0ms;
        return t;
    }

    std::unique_ptr<Rig> makeRig(qint64 maximumUploadBytes = 64 * 1024 * 1024)
    {
        auto rig = std::make_unique<Rig>();
        const QString name = QStringLiteral("rig-%1").arg(++m_counter);
        SandboxOptions options;
        options.dataFolder = m_scratch.filePath(name);
        options.externalS3 = m_target;
        options.maximumUploadBytes = maximumUploadBytes;
        rig->sandbox = std::make_unique<SandboxServer>(options);
        QString error;
        if (!rig->sandbox->start(&error)) {
            qWarning() << error;
            return nullptr;
        }
        rig->athleteId = rig->sandbox->store()->athletes().first().value(QStringLiteral("id")).toString();
        rig->client = std::make_unique<UpliftClient>(&m_network);
        rig->client->setBaseUrl(rig->sandbox->baseUrl());
        rig->client->setApiKey(rig->sandbox->apiKey());
        rig->api = std::make_unique<UpliftCaptureApi>(rig->client.get());
        rig->store = std::make_unique<JobStore>();
        rig->store->open(m_scratch.filePath(name + QStringLiteral(".sqlite")));
        rig->queue = std::make_unique<JobQueue>(rig->store.get(), rig->api.get());
        rig->queue->setTiming(fastTiming());
        rig->queue->start();
        return rig;
    }

    qint64 enqueue(Rig &rig, const QString &path)
    {
        CaptureSpec spec;
        spec.athleteId = rig.athleteId;
        spec.sessionGroupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        spec.cameraSetup = QStringLiteral("single.front_on");
        spec.activity = QStringLiteral("running");
        spec.movement = QStringLiteral("sprint");
        spec.fileName = QFileInfo(path).fileName();
        return rig.queue->enqueue(UploadJob::forCapture(path, spec));
    }

    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_scratch.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            return {};
        return path;
    }

    static QString describe(JobQueue *q, qint64 id)
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

private slots:
    void initTestCase()
    {
        QVERIFY(m_scratch.isValid());
        QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("radosgw")).isEmpty(),
                 "radosgw is not installed: run scripts/setup-deps (it installs radosgw, ceph-mon, ceph-osd)");
        QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty());
        const QString problem = m_rgw.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_target = m_rgw.target();
        QCOMPARE(m_target.endpoint.host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_target.endpoint.port(), int(m_rgw.port()));
    }

    void cleanupTestCase()
    {
        if (!m_rgw.wasStarted())
            return;
        const QString problem = m_rgw.reset();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void ourUploadArrivesByteIdentical()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        const QByteArray content = randomBytes(5 * 1024 * 1024 + 17);
        const QString path = writeFile(QStringLiteral("swing-001.mov"), content);
        const qint64 id = enqueue(*rig, path);
        QVERIFY(id > 0);
        QVERIFY2(QTest::qWaitFor([&] { return rig->queue->job(id)->isUploaded() || rig->queue->job(id)->isFinished(); },
                                 60000),
                 qPrintable(describe(rig->queue.get(), id)));
        const UploadJob job = *rig->queue->job(id);
        QVERIFY2(job.isUploaded(), qPrintable(describe(rig->queue.get(), id)));
        const QString key = objectKey(job);
        QVERIFY(key.contains(job.sessionId));
        const auto [status, body] = getObject(key);
        QCOMPARE(status, 200);
        QCOMPARE(body.size(), content.size());
        QCOMPARE(QCryptographicHash::hash(body, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256));
        // RGW's answer is the header-less 204, and that is a success.
        bool saw204 = false;
        for (const JobHistoryEntry &e : rig->queue->history(id))
            saw204 |= e.step == QLatin1String("upload") && e.outcome == QLatin1String("ok") && e.httpStatus == 204;
        QVERIFY2(saw204, qPrintable(describe(rig->queue.get(), id)));
    }

    // A phone's .mp4, cut to a range: prepared into a .mov and stored by RGW
    // as exactly that prepared file; the copy on disk goes once it is there.
    void aTrimmedMp4ArrivesAsThePreparedMov()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        rig->queue->setPreparedFolder(m_scratch.filePath(QStringLiteral("prepared")));
        const QString path = m_scratch.filePath(QStringLiteral("VID_20261203_101500.mp4"));
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mp4-rotated"), 6), QString());
        CaptureSpec spec;
        spec.athleteId = rig->athleteId;
        spec.sessionGroupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        spec.cameraSetup = QStringLiteral("single.front_on");
        spec.activity = QStringLiteral("running");
        spec.movement = QStringLiteral("sprint");
        spec.fileName = QStringLiteral("VID_20261203_101500.mov");
        UploadJob job = UploadJob::forCapture(path, spec);
        job.clipStartMs = 2500;
        job.clipEndMs = 4000;
        // Kept to compare with what RGW stores: the prepared file is deleted after the upload.
        QByteArray prepared;
        connect(rig->queue.get(), &JobQueue::jobChanged, this, [&](qint64 jobId) {
            const UploadJob *j = rig->queue->job(jobId);
            if (j && j->state == UploadJob::State::Uploading && prepared.isEmpty()) {
                QFile f(j->preparedPath);
                if (f.open(QIODevice::ReadOnly))
                    prepared = f.readAll();
            }
        });
        const qint64 id = rig->queue->enqueue(job);
        QVERIFY(id > 0);
        QVERIFY2(QTest::qWaitFor([&] { return rig->queue->job(id)->isUploaded() || rig->queue->job(id)->isFinished(); },
                                 60000),
                 qPrintable(describe(rig->queue.get(), id)));
        const UploadJob done = *rig->queue->job(id);
        QVERIFY2(done.isUploaded(), qPrintable(describe(rig->queue.get(), id)));
        QVERIFY(!prepared.isEmpty());
        const auto [status, body] = getObject(objectKey(done));
        QCOMPARE(status, 200);
        QCOMPARE(QCryptographicHash::hash(body, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(prepared, QCryptographicHash::Sha256));
        // A QuickTime movie, turned as the phone was held, beginning at the 2 s keyframe.
        const QString stored = m_scratch.filePath(QStringLiteral("stored.mov"));
        QVERIFY(writeFile(QStringLiteral("stored.mov"), body) == stored);
        const QJsonObject probe = TestVideo::ffprobe(stored);
        QCOMPARE(probe.value(QStringLiteral("format"))
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("major_brand")),
                 QJsonValue(QStringLiteral("qt  ")));
        const double seconds
            = probe.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
        QVERIFY2(seconds > 1.9 && seconds < 2.2, qPrintable(QString::number(seconds)));
        QVERIFY(!QFile::exists(done.preparedPath));
        QVERIFY(QDir(m_scratch.filePath(QStringLiteral("prepared"))).entryList(QDir::Files).isEmpty());
    }

    void tooLargeForThePolicyFailsForGood()
    {
        auto rig = makeRig(100000); // content-length-range up to 100,000 bytes
        QVERIFY(rig);
        const QString path = writeFile(QStringLiteral("too-large.mov"), randomBytes(300000));
        const qint64 id = enqueue(*rig, path);
        QVERIFY(QTest::qWaitFor([&] { return rig->queue->job(id)->isFinished(); }, 60000));
        const UploadJob job = *rig->queue->job(id);
        QVERIFY2(job.state == UploadJob::State::Failed, qPrintable(describe(rig->queue.get(), id)));
        QVERIFY(job.failurePermanent);
        QCOMPARE(job.lastHttpStatus, 400);
        QCOMPARE(job.lastErrorCode, QStringLiteral("EntityTooLarge")); // RGW's own code, not ours
        QCOMPARE(job.attempts, 0);
        QCOMPARE(getObject(objectKey(job)).first, 404); // RGW stored nothing
    }

    void policyExpiredAtRgwIsReservedAgain()
    {
        // The sandbox signs policies that live one second and answers the
        // reservation two seconds late: the first upload reaches RGW with an
        // expired policy, RGW refuses it (403 AccessDenied), and the job must
        // reserve again in the same session group and then upload once.
        auto rig = makeRig();
        QVERIFY(rig);
        QVERIFY(rig->sandbox->faults()->add(QStringLiteral("policy-lifetime:1")));
        QVERIFY(rig->sandbox->faults()->add(QStringLiteral("latency:captures.create:2000")));
        const QByteArray content = randomBytes(700000);
        const QString path = writeFile(QStringLiteral("late.mov"), content);
        const qint64 id = enqueue(*rig, path);
        auto refused = [&] {
            for (const JobHistoryEntry &e : rig->queue->history(id)) {
                if (e.step == QLatin1String("upload") && e.outcome == QLatin1String("expired"))
                    return true;
            }
            return false;
        };
        QVERIFY2(QTest::qWaitFor(refused, 30000), qPrintable(describe(rig->queue.get(), id)));
        rig->sandbox->faults()->clear();
        QVERIFY2(QTest::qWaitFor([&] { return rig->queue->job(id)->isUploaded() || rig->queue->job(id)->isFinished(); },
                                 60000),
                 qPrintable(describe(rig->queue.get(), id)));
        const UploadJob job = *rig->queue->job(id);
        QVERIFY2(job.isUploaded(), qPrintable(describe(rig->queue.get(), id)));
        QString firstSession;
        for (const JobHistoryEntry &e : rig->queue->history(id)) {
            if (e.step == QLatin1String("upload") && e.outcome == QLatin1String("expired")) {
                QCOMPARE(e.httpStatus, 403);
                QCOMPARE(e.errorCode, QStringLiteral("AccessDenied"));
                firstSession = e.sessionId;
            }
        }
        QVERIFY(!firstSession.isEmpty() && firstSession != job.sessionId);
        const QJsonObject first = rig->sandbox->store()->capture(firstSession);
        const QJsonObject second = rig->sandbox->store()->capture(job.sessionId);
        QCOMPARE(first.value(QStringLiteral("session_group_id")), second.value(QStringLiteral("session_group_id")));
        QCOMPARE(getObject(first.value(QStringLiteral("object_key")).toString()).first, 404);
        const auto [status, body] = getObject(objectKey(job));
        QCOMPARE(status, 200);
        QCOMPARE(QCryptographicHash::hash(body, QCryptographicHash::Sha256),
                 QCryptographicHash::hash(content, QCryptographicHash::Sha256));
    }
};

QTEST_GUILESS_MAIN(tst_RgwEndToEnd)
#include "tst_rgwendtoend.moc"
