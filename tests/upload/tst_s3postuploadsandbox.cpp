#include "sandbox/postpolicy.h"
#include "sandbox/sandboxserver.h"
#include "testvideo.h"
#include "upload/s3postupload.h"

#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QNetworkAccessManager>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

namespace {

// Pauses the body every 256 KiB like a bandwidth cap does: readData() returns
// 0, and readyRead() 5 ms later lets QNAM go on.
class PausingBody : public QIODevice
{
public:
    PausingBody(QIODevice *body, std::shared_ptr<int> pauses)
        : m_body(body)
        , m_pauses(std::move(pauses))
    {
        open(ReadOnly | Unbuffered);
    }
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body->size(); }
    bool seek(qint64 pos) override { return QIODevice::seek(pos) && m_body->seek(pos); }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_allowance <= 0) {
            if (!m_waiting) {
                m_waiting = true;
                ++*m_pauses;
                QTimer::singleShot(5, this, [this] {
                    m_waiting = false;
                    m_allowance = Step;
                    emit readyRead();
                });
            }
            return 0;
        }
        const qint64 n = m_body->read(data, qMin(maxSize, m_allowance));
        if (n > 0)
            m_allowance -= n;
        return n;
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    static constexpr qint64 Step = 256 * 1024;
    QIODevice *m_body;
    std::shared_ptr<int> m_pauses;
    qint64 m_allowance = Step;
    bool m_waiting = false;
};

} // namespace

// S3PostUpload against a real S3 POST receiver on 127.0.0.1 (the sandbox's),
// with policies signed like boto3 signs them, and the sandbox's faults.
class TestS3PostUploadSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_data { TestVideo::scratchPath(QStringLiteral("sandbox-XXXXXX")) };
    std::unique_ptr<SandboxServer> m_server;

    static QString makeFile(const QString &name, qint64 size)
    {
        const QString path = TestVideo::scratchPath(name);
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

    static QByteArray sha256(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QCryptographicHash hash(QCryptographicHash::Sha256);
        hash.addData(&file);
        return hash.result();
    }

    FormFields sign(const QString &key, qint64 maximum, QDateTime signedAt = QDateTime::currentDateTimeUtc(),
                    qint64 lifetime = 1800)
    {
        PostPolicy::Request request;
        request.key = key;
        request.contentType = QStringLiteral("video/quicktime");
        request.maximumSize = maximum;
        request.signedAt = signedAt;
        request.lifetimeSeconds = lifetime;
        FormFields fields;
        for (const auto &field : PostPolicy::sign(m_server->s3Target(), request))
            fields << std::pair { field.first, field.second };
        return fields;
    }

    S3PostResult upload(const FormFields &fields, const QString &path, int stallMs = 30000,
                        const S3PostUpload::BodyWrapper &wrapper = {}, const std::function<void()> &afterStart = {})
    {
        // A network manager per upload: QNAM silently resends a request once
        // when a kept-alive connection drops, which would hide a reset.
        QNetworkAccessManager network;
        S3PostUpload upload(&network);
        upload.setStallTimeout(std::chrono::milliseconds(stallMs));
        upload.setBodyWrapper(wrapper);
        QSignalSpy finished(&upload, &S3PostUpload::finished);
        upload.start(m_server->uploadUrl(), fields, path);
        if (afterStart)
            afterStart();
        if (!finished.wait(60000))
            return {};
        return finished.first().first().value<S3PostResult>();
    }

    QString storedCopyOf(const QString &path)
    {
        const QByteArray wanted = sha256(path);
        QDirIterator it(m_server->objectsFolder(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString candidate = it.next();
            if (QFileInfo(candidate).size() == QFileInfo(path).size() && sha256(candidate) == wanted)
                return candidate;
        }
        return {};
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
        QCOMPARE(m_server->uploadUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void init() { m_server->faults()->clear(); }

    void uploadArrivesByteIdentical()
    {
        const QString path = makeFile(QStringLiteral("identical.mov"), 3 * 1024 * 1024 + 17);
        const S3PostResult result = upload(sign(QStringLiteral("tests/identical.mov"), 10 << 20), path);
        QVERIFY2(result.succeeded(), qPrintable(result.technicalSummary()));
        QVERIFY(result.httpStatus >= 200 && result.httpStatus < 300);
        QVERIFY2(!storedCopyOf(path).isEmpty(), "the stored object differs from the file");
        // What was sent: the whole body (fields, framing and the file), not the (0, 0) Qt
        // reports when the reply ends; the queue learns the link's speed from it.
        QVERIFY2(result.bytesSent > QFileInfo(path).size(), qPrintable(QString::number(result.bytesSent)));
        QVERIFY2(result.bytesSent < QFileInfo(path).size() + 64 * 1024, qPrintable(QString::number(result.bytesSent)));
    }

    void bodyThatPausesStillArrivesByteIdentical()
    {
        // What a bandwidth cap does: the body device returns 0 bytes for a
        // while; QNAM waits for readyRead() instead of failing or spinning.
        const QString path = makeFile(QStringLiteral("paused.mov"), 2 * 1024 * 1024 + 5);
        auto pauses = std::make_shared<int>(0);
        const S3PostResult result = upload(sign(QStringLiteral("tests/paused.mov"), 10 << 20), path, 30000,
                                           [pauses](QIODevice *body) { return new PausingBody(body, pauses); });
        QVERIFY2(result.succeeded(), qPrintable(result.technicalSummary()));
        QVERIFY2(*pauses >= 8, qPrintable(QString::number(*pauses)));
        QVERIFY2(!storedCopyOf(path).isEmpty(), "the stored object differs from the file");
    }

    void fileThatShrinksWhileSentIsALocalProblem()
    {
        // QHttpMultiPart + QFile (Qt 6.4) crashes or spins when this happens.
        const QString path = makeFile(QStringLiteral("shrinks.mov"), 4 * 1024 * 1024);
        const S3PostResult result = upload(sign(QStringLiteral("tests/shrinks.mov"), 10 << 20), path, 30000, {},
                                           [path] { QVERIFY(QFile::resize(path, 1024 * 1024)); });
        QCOMPARE(result.outcome, S3PostResult::Outcome::LocalProblem);
        QVERIFY2(result.localProblem.contains(path), qPrintable(result.localProblem));
        QDirIterator it(m_server->objectsFolder(), { QStringLiteral("shrinks.mov") }, QDir::Files,
                        QDirIterator::Subdirectories);
        QVERIFY2(!it.hasNext(), "a partial object was stored");
    }

    void tooLargeIsRejectedWithS3sCodeNotANetworkFault()
    {
        const QString path = makeFile(QStringLiteral("large.mov"), 8 * 1024 * 1024);
        const S3PostResult result = upload(sign(QStringLiteral("tests/large.mov"), 1024 * 1024), path);
        QCOMPARE(result.outcome, S3PostResult::Outcome::Rejected);
        QCOMPARE(result.httpStatus, 400);
        QCOMPARE(result.s3.code, QStringLiteral("EntityTooLarge"));
        QVERIFY(storedCopyOf(path).isEmpty());
    }

    void expiredPolicyIsRefused()
    {
        const QString path = makeFile(QStringLiteral("expired.mov"), 1000);
        const S3PostResult result = upload(
            sign(QStringLiteral("tests/expired.mov"), 1 << 20, QDateTime::currentDateTimeUtc().addSecs(-7200), 60),
            path);
        QCOMPARE(result.outcome, S3PostResult::Outcome::Rejected);
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.s3.code, QStringLiteral("AccessDenied"));
    }

    void tamperedSignatureIsRefused()
    {
        FormFields fields = sign(QStringLiteral("tests/tampered.mov"), 1 << 20);
        QString &signature = fields.last().second;
        QCOMPARE(fields.last().first, QStringLiteral("x-amz-signature"));
        signature[0] = signature[0] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        const S3PostResult result = upload(fields, makeFile(QStringLiteral("tampered.mov"), 1000));
        QCOMPARE(result.outcome, S3PostResult::Outcome::Rejected);
        QCOMPARE(result.httpStatus, 403);
        QVERIFY(!result.s3.code.isEmpty());
    }

    void connectionResetMidUploadIsRetryable()
    {
        // Every connection attempt is reset (QNAM may retry once by itself).
        QVERIFY(m_server->faults()->add(QStringLiteral("reset-upload:200000:5")));
        const QString path = makeFile(QStringLiteral("reset.mov"), 2 * 1024 * 1024);
        const S3PostResult result = upload(sign(QStringLiteral("tests/reset.mov"), 10 << 20), path);
        QCOMPARE(result.outcome, S3PostResult::Outcome::Retryable);
        QCOMPARE(result.httpStatus, 0);
        QVERIFY(result.networkError != QNetworkReply::NoError);
        QVERIFY(storedCopyOf(path).isEmpty());
        // The same fields work again: nothing was stored, no harm done.
        m_server->faults()->clear();
        const S3PostResult again = upload(sign(QStringLiteral("tests/reset.mov"), 10 << 20), path);
        QVERIFY2(again.succeeded(), qPrintable(again.technicalSummary()));
    }

    void stalledUploadTripsTheWatchdog()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:100000")));
        const QString path = makeFile(QStringLiteral("stall.mov"), 4 * 1024 * 1024);
        QElapsedTimer clock;
        clock.start();
        const S3PostResult result = upload(sign(QStringLiteral("tests/stall.mov"), 10 << 20), path, 700);
        QCOMPARE(result.outcome, S3PostResult::Outcome::Retryable);
        QVERIFY(result.stalled);
        QVERIFY(clock.elapsed() < 20000);
    }

    void cleanupTestCase() { m_server.reset(); }
};

QTEST_GUILESS_MAIN(TestS3PostUploadSandbox)
#include "tst_s3postuploadsandbox.moc"
