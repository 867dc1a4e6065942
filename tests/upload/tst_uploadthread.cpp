#include "sandbox/postpolicy.h"
#include "sandbox/sandboxserver.h"
#include "testvideo.h"
#include "upload/uploadthread.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <atomic>
#include <memory>

namespace {

// Passes the body through and notes the thread that reads it.
class WatchedBody : public QIODevice
{
public:
    WatchedBody(QIODevice *body, std::shared_ptr<std::atomic<QThread *>> reader)
        : m_body(body)
        , m_reader(std::move(reader))
    {
        open(ReadOnly | Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body->size(); }
    bool seek(qint64 pos) override { return QIODevice::seek(pos) && m_body->seek(pos); }
    bool atEnd() const override { return m_body->atEnd(); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        m_reader->store(QThread::currentThread());
        return m_body->read(data, maxSize);
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_body;
    std::shared_ptr<std::atomic<QThread *>> m_reader;
};

} // namespace

// UploadThread and ThreadedS3Upload against the sandbox's S3 POST receiver on
// 127.0.0.1: the upload runs in the upload thread, the thread that started
// it hears of it seldom, and stopping (cancel, delete, shutdown) is safe and
// prompt.
class tst_UploadThread : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data { TestVideo::scratchPath(QStringLiteral("uploadthread-XXXXXX")) };
    std::unique_ptr<SandboxServer> m_server;
    int m_files = 0;

    QString makeFile(qint64 size)
    {
        const QString path = m_data.filePath(QStringLiteral("clip-%1.mov").arg(++m_files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        for (qint64 left = size; left > 0; left -= chunk.size()) {
            QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(chunk.data()), chunk.size() / 4);
            file.write(chunk.constData(), qMin<qint64>(left, chunk.size()));
        }
        return path;
    }

    FormFields sign(qint64 maximum)
    {
        PostPolicy::Request request;
        request.key = QStringLiteral("tests/clip-%1.mov").arg(m_files);
        request.contentType = QStringLiteral("video/quicktime");
        request.maximumSize = maximum;
        request.signedAt = QDateTime::currentDateTimeUtc();
        request.lifetimeSeconds = 1800;
        FormFields fields;
        for (const auto &field : PostPolicy::sign(m_server->s3Target(), request))
            fields << std::pair { field.first, field.second };
        return fields;
    }

    // Starts an upload the sandbox stops reading after 100,000 bytes, and
    // waits until its first bytes have gone.
    bool startStalled(ThreadedS3Upload *upload)
    {
        QSignalSpy progress(upload, &ThreadedS3Upload::progress);
        const QString path = makeFile(4 * 1024 * 1024);
        upload->start(m_server->uploadUrl(), sign(10 << 20), path);
        return progress.wait(10000) && upload->isRunning();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_data.isValid());
        SandboxOptions options;
        options.dataFolder = m_data.path();
        options.processingMs = 50;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
    }

    void init() { m_server->faults()->clear(); }

    void uploadRunsInTheUploadThread()
    {
        UploadThread thread;
        QCOMPARE(thread.workerThread(), nullptr); // started by the first upload
        ThreadedS3Upload upload(&thread);
        auto wrappedIn = std::make_shared<std::atomic<QThread *>>(nullptr);
        auto readIn = std::make_shared<std::atomic<QThread *>>(nullptr);
        upload.setBodyWrapper([wrappedIn, readIn](QIODevice *body) {
            wrappedIn->store(QThread::currentThread());
            return new WatchedBody(body, readIn);
        });
        QSignalSpy finished(&upload, &ThreadedS3Upload::finished);
        const QString path = makeFile(2 * 1024 * 1024 + 3);
        upload.start(m_server->uploadUrl(), sign(10 << 20), path);
        QVERIFY(upload.isRunning());
        QVERIFY(finished.wait(30000));
        const auto result = finished.first().first().value<S3PostResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.technicalSummary()));
        QVERIFY(!upload.isRunning());
        QVERIFY(thread.workerThread() != nullptr);
        QVERIFY(thread.workerThread() != QThread::currentThread());
        QCOMPARE(wrappedIn->load(), thread.workerThread());
        QCOMPARE(readIn->load(), thread.workerThread());
        // The figures are S3PostUpload's, as they were when it finished.
        QVERIFY(upload.bytesTotal() > QFileInfo(path).size());
        QCOMPARE(upload.bytesSent(), result.bytesSent);
    }

    void progressIsCoalesced()
    {
        // 64 MiB go to the network 16 KiB at a time (4,096 reads); the
        // thread that started the upload hears of it once per interval.
        UploadThread thread;
        ThreadedS3Upload upload(&thread);
        QSignalSpy progress(&upload, &ThreadedS3Upload::progress);
        QSignalSpy finished(&upload, &ThreadedS3Upload::finished);
        const qint64 size = 64 * 1024 * 1024;
        const QString path = makeFile(size);
        QElapsedTimer clock;
        clock.start();
        upload.start(m_server->uploadUrl(), sign(size + 1024), path);
        QVERIFY(finished.wait(120000));
        const qint64 ms = clock.elapsed();
        const auto result = finished.first().first().value<S3PostResult>();
        QVERIFY2(result.succeeded(), qPrintable(result.technicalSummary()));
        const qint64 interval = UploadThread::ProgressInterval.count();
        qInfo("64 MiB in %lld ms: %lld progress updates", qlonglong(ms), qlonglong(progress.size()));
        QVERIFY(progress.size() >= 1);
        // The first at once, then at most one per interval, and the last.
        QVERIFY2(progress.size() <= 2 + ms / (interval * 9 / 10),
                 qPrintable(QStringLiteral("%1 updates in %2 ms").arg(progress.size()).arg(ms)));
        QVERIFY(progress.size() < size / (16 * 1024) / 10);
        // The figures moved on between the first update and the last.
        QVERIFY(std::any_of(progress.cbegin(), progress.cend(),
                            [](const QList<QVariant> &update) { return update.at(0).toLongLong() > 0; }));
        QCOMPARE(progress.last().at(1).toLongLong(), upload.bytesTotal());
        QVERIFY(upload.bytesTotal() > size);
    }

    void cancelReportsCancelled()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:100000")));
        UploadThread thread;
        ThreadedS3Upload upload(&thread);
        QVERIFY(startStalled(&upload));
        QSignalSpy finished(&upload, &ThreadedS3Upload::finished);
        upload.cancel();
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<S3PostResult>().outcome, S3PostResult::Outcome::Cancelled);
        QVERIFY(!upload.isRunning());
    }

    void cancelThenDeleteDeliversNothing()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:100000")));
        UploadThread thread;
        int heard = 0;
        {
            auto *upload = new ThreadedS3Upload(&thread);
            QVERIFY(startStalled(upload));
            connect(upload, &ThreadedS3Upload::finished, this, [&heard] { ++heard; });
            connect(upload, &ThreadedS3Upload::progress, this, [&heard] { ++heard; });
            upload->cancel();
            delete upload;
        }
        {
            // The worker has finished (a file that is not there) and its
            // answer waits in this thread's queue when the upload goes.
            auto *upload = new ThreadedS3Upload(&thread);
            connect(upload, &ThreadedS3Upload::finished, this, [&heard] { ++heard; });
            upload->start(m_server->uploadUrl(), sign(1000), m_data.filePath(QStringLiteral("missing.mov")));
            QThread::msleep(300); // no event is handled here meanwhile
            delete upload;
        }
        QTest::qWait(500);
        QCOMPARE(heard, 0);
        // The thread carries on with the next upload.
        m_server->faults()->clear();
        ThreadedS3Upload next(&thread);
        QSignalSpy finished(&next, &ThreadedS3Upload::finished);
        next.start(m_server->uploadUrl(), sign(10 << 20), makeFile(100000));
        QVERIFY(finished.wait(30000));
        QVERIFY(finished.first().first().value<S3PostResult>().succeeded());
    }

    void missingFileIsALocalProblem()
    {
        UploadThread thread;
        ThreadedS3Upload upload(&thread);
        QSignalSpy finished(&upload, &ThreadedS3Upload::finished);
        upload.start(m_server->uploadUrl(), sign(1000), m_data.filePath(QStringLiteral("gone.mov")));
        QVERIFY(finished.wait(5000));
        QCOMPARE(finished.first().first().value<S3PostResult>().outcome, S3PostResult::Outcome::LocalProblem);
    }

    void shutdownWithUploadsRunningIsPrompt()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:100000:3")));
        auto thread = std::make_unique<UploadThread>();
        QList<ThreadedS3Upload *> uploads;
        for (int i = 0; i < 3; ++i) {
            uploads << new ThreadedS3Upload(thread.get(), this);
            QVERIFY(startStalled(uploads.last()));
        }
        int heard = 0;
        for (ThreadedS3Upload *upload : std::as_const(uploads))
            connect(upload, &ThreadedS3Upload::finished, this, [&heard] { ++heard; });
        QPointer<QThread> worker = thread->workerThread();
        QElapsedTimer clock;
        clock.start();
        thread.reset(); // the uploads' handles stay, as if their owner went later
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY(worker.isNull()); // ended and deleted, not left running
        for (ThreadedS3Upload *upload : std::as_const(uploads))
            QVERIFY(!upload->isRunning());
        QTest::qWait(200);
        QCOMPARE(heard, 0);
        qDeleteAll(uploads);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(tst_UploadThread)
#include "tst_uploadthread.moc"
