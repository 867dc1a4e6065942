// Every path that ends an attempt counts against the job's attempts and
// waits the backoff; none resets the count or refunds the retry budget. The
// whole queue (JobStore + JobQueue + UpliftClient + S3PostUpload) against a
// server that fails the same way every time (tests/support HostileUplift on
// 127.0.0.1): the job ends Failed with the reason, in bounded requests.
#include "api/client/upliftclient.h"
#include "hostileuplift.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/upliftcaptureapi.h"
#include "jobs/store/jobstore.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono_literals;
using Answer = HostileHttpServer::Answer;
using Request = HostileHttpServer::Request;

class tst_RetryBudgets : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    int m_stores = 0;

    struct Rig
    {
        std::unique_ptr<HostileUplift> server = std::make_unique<HostileUplift>();
        std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
        std::unique_ptr<UpliftClient> client;
        std::unique_ptr<UpliftCaptureApi> api;
        std::unique_ptr<JobStore> store = std::make_unique<JobStore>();
        std::unique_ptr<JobQueue> queue;
        ~Rig()
        {
            queue.reset(); // before the API and network it uses
        }
    };

    std::unique_ptr<Rig> makeRig()
    {
        auto rig = std::make_unique<Rig>();
        if (!rig->server->listen())
            return nullptr;
        rig->client = std::make_unique<UpliftClient>(rig->network.get());
        rig->client->setBaseUrl(rig->server->apiUrl());
        rig->client->setApiKey(HostileUplift::apiKey());
        rig->api = std::make_unique<UpliftCaptureApi>(rig->client.get());
        if (!rig->store->open(m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(++m_stores))))
            return nullptr;
        rig->queue = std::make_unique<JobQueue>(rig->store.get(), rig->api.get());
        JobQueue::Timing t;
        t.retry.base = 5ms;
        t.retry.cap = 20ms;
        t.stallTimeout = 2s;
        t.answerDeadline = 2s;
        t.statusFirst = 20ms;
        t.statusMax = 50ms;
        rig->queue->setTiming(t);
        rig->queue->start();
        return rig;
    }

    qint64 enqueue(Rig &rig)
    {
        CaptureSpec spec = HostileUplift::golfSpec();
        spec.fileName = QStringLiteral("swing.mov");
        QString error;
        const qint64 id = rig.queue->enqueue(UploadJob::forCapture(m_file, spec), &error);
        if (!id)
            qWarning() << error;
        return id;
    }

    // Runs until the job ends (or 30 s pass) and checks it ended as the
    // budget promises: Failed (retryable later), the attempts all spent.
    static void expectBudgetSpent(Rig &rig, qint64 id, const QString &code)
    {
        QVERIFY2(QTest::qWaitFor([&] { return rig.queue->job(id)->isFinished(); }, 30000),
                 qPrintable(QStringLiteral("still %1 after %2 reservations and %3 uploads")
                                .arg(UploadJob::stateText(rig.queue->job(id)->state))
                                .arg(rig.server->reservations())
                                .arg(rig.server->uploads())));
        const UploadJob *job = rig.queue->job(id);
        QCOMPARE(job->state, UploadJob::State::Failed);
        QVERIFY(!job->failurePermanent);
        QCOMPARE(job->attempts, rig.queue->timing().retry.maxAttempts);
        if (!code.isEmpty())
            QCOMPARE(job->lastErrorCode, code);
        QVERIFY(!job->lastError.isEmpty());
        QVERIFY2(rig.server->reservations() <= 10, qPrintable(QString::number(rig.server->reservations())));
        QVERIFY2(rig.server->uploads() <= 10, qPrintable(QString::number(rig.server->uploads())));
        // Nothing refunded: every retry's tokens are still spent.
        const int spent = RetryBudget::RetryCost * (rig.queue->timing().retry.maxAttempts - 1);
        QVERIFY2(rig.queue->retryBudget()->available() <= RetryBudget::DefaultCapacity - spent,
                 qPrintable(QString::number(rig.queue->retryBudget()->available())));
        const QList<JobHistoryEntry> history = rig.queue->history(id);
        QVERIFY(std::any_of(history.cbegin(), history.cend(),
                            [](const JobHistoryEntry &e) { return e.outcome == QLatin1String("attempts-exhausted"); }));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_file = m_dir.filePath(QStringLiteral("swing.mov"));
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(256 * 1024, 'v'));
    }

    // The reservation is already expired and S3 says so every time: each
    // refusal is an attempt with a backoff (it used to reserve again at once,
    // without counting: thousands of reservations a minute).
    void expiredTargetEveryTime()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        rig->server->setExpiresAt(QDateTime::currentDateTimeUtc().addSecs(-60));
        rig->server->setUpload([](const Request &) {
            return Answer::xml("<Error><Code>AccessDenied</Code><Message>Invalid according to Policy: Policy "
                               "expired.</Message></Error>",
                               403);
        });
        const qint64 id = enqueue(*rig);
        QVERIFY(id);
        expectBudgetSpent(*rig, id, QStringLiteral("AccessDenied"));
        QCOMPARE(rig->server->reservations(), rig->queue->timing().retry.maxAttempts);
    }

    // POST /captures reset every time: a lost reservation, looked for in the
    // captures list, then reserved again; settling it refunds nothing.
    void reservationResetEveryTime()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        rig->server->setReserve([](const Request &) { return Answer::reset(); });
        const qint64 id = enqueue(*rig);
        QVERIFY(id);
        expectBudgetSpent(*rig, id, {});
        QVERIFY(rig->server->count("GET", "/v1/captures") >= 1); // the lost reservation was looked for
        QCOMPARE(rig->server->uploads(), 0);
    }

    // 10 of 1,000 promised bytes of the reservation, then the connection closes.
    void reservationTruncatedEveryTime()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        rig->server->setReserve([](const Request &) {
            Answer a = Answer::json(QByteArray(1000, ' '), 201);
            a.mode = Answer::Mode::CloseAfter;
            a.closeAfterBytes = 10;
            return a;
        });
        const qint64 id = enqueue(*rig);
        QVERIFY(id);
        expectBudgetSpent(*rig, id, {});
    }

    // S3 resets mid-body every time while the capture stays awaiting_upload:
    // an interrupted upload, asked about, sent again; settling refunds nothing.
    void uploadResetMidBodyEveryTime()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        rig->server->setUpload([](const Request &) { return Answer::reset(64 * 1024); });
        const qint64 id = enqueue(*rig);
        QVERIFY(id);
        expectBudgetSpent(*rig, id, {});
        QVERIFY(rig->server->count("GET", "/v1/captures/hostile-1") >= 1); // asked whether it arrived
        QVERIFY(rig->server->uploads() >= 2);
    }

    // S3 answers 200 then trickles its body: the answer deadline ends each
    // attempt, and it counts.
    void trickledS3AnswerEveryTime()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        JobQueue::Timing t = rig->queue->timing();
        t.answerDeadline = 300ms;
        t.retry.maxAttempts = 3;
        rig->queue->setTiming(t);
        rig->server->setUpload([](const Request &) {
            return Answer::trickled(Answer::xml("<PostResponse><Key>k</Key></PostResponse>", 200));
        });
        const qint64 id = enqueue(*rig);
        QVERIFY(id);
        QVERIFY(QTest::qWaitFor([&] { return rig->queue->job(id)->isFinished(); }, 20000));
        QCOMPARE(rig->queue->job(id)->state, UploadJob::State::Failed);
        QCOMPARE(rig->server->uploads(), 3);
    }

    // S3's error text echoes the key: neither the job nor its history, nor
    // the store's file, keeps it.
    void keyEchoedBackIsRedacted()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        const QByteArray key = HostileUplift::apiKey().toUtf8();
        rig->server->setUpload([key](const Request &) {
            return Answer::xml("<Error><Code>InvalidArgument</Code><Message>Bearer " + key + " is not a policy: " + key
                                   + "</Message></Error>",
                               400);
        });
        const qint64 id = enqueue(*rig);
        QVERIFY(id);
        QVERIFY(QTest::qWaitFor([&] { return rig->queue->job(id)->isFinished(); }, 20000));
        const UploadJob *job = rig->queue->job(id);
        QCOMPARE(job->state, UploadJob::State::Failed);
        QVERIFY(job->lastError.contains(QStringLiteral("[redacted]")));
        QVERIFY(!job->lastError.contains(HostileUplift::apiKey()));
        for (const JobHistoryEntry &e : rig->queue->history(id))
            QVERIFY2(!e.message.contains(HostileUplift::apiKey()), qPrintable(e.message));
        rig.reset(); // closes the store
        QFile file(m_dir.filePath(QStringLiteral("jobs-%1.sqlite").arg(m_stores)));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(key));
    }

    // Control: a plain success still resets nothing it should not, and a
    // clip that reached S3 despite a reset is adopted, not sent again.
    void uploadThatArrivedIsAdopted()
    {
        auto rig = makeRig();
        QVERIFY(rig);
        rig->server->setUpload([](const Request &) { return Answer::reset(64 * 1024); });
        rig->server->setStatus([](const Request &request) {
            const QByteArray id = request.path().mid(qstrlen("/v1/captures/"));
            return Answer::json("{\"session_id\":\"" + id + "\",\"status\":\"completed\",\"error\":null}");
        });
        const qint64 id = enqueue(*rig);
        QVERIFY(id);
        QVERIFY(QTest::qWaitFor([&] { return rig->queue->job(id)->isFinished(); }, 20000));
        QCOMPARE(rig->queue->job(id)->state, UploadJob::State::Completed);
        QCOMPARE(rig->server->uploads(), 1);
        QCOMPARE(rig->queue->job(id)->attempts, 0);
    }
};

QTEST_GUILESS_MAIN(tst_RetryBudgets)
#include "tst_retrybudgets.moc"
