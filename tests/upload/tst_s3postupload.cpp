#include "testvideo.h"
#include "upload/s3postupload.h"

#include <QBuffer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

// Unit tests of S3PostUpload with a QNetworkAccessManager whose replies are
// scripted per request: what goes on the wire byte by byte, and how every
// kind of answer (and non-answer) is classified.
namespace {

struct Script
{
    int status = 204;
    QByteArray body;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool hang = false; // never answer
};

struct Sent
{
    QUrl url;
    QNetworkRequest request;
    QByteArray body;
    bool sequential = true;
    qint64 deviceSize = -1;
};

class ScriptedReply : public QNetworkReply
{
public:
    ScriptedReply(const QNetworkRequest &request, const Script &script, qint64 uploaded, QObject *parent)
        : QNetworkReply(parent)
        , m_script(script)
    {
        setRequest(request);
        setUrl(request.url());
        setOperation(QNetworkAccessManager::PostOperation);
        open(QIODevice::ReadOnly);
        if (script.hang)
            return;
        QTimer::singleShot(0, this, [this, uploaded] {
            emit uploadProgress(uploaded, uploaded);
            if (m_script.status > 0) {
                setAttribute(QNetworkRequest::HttpStatusCodeAttribute, m_script.status);
                for (const auto &[name, value] : std::as_const(m_script.headers)) {
                    setRawHeader(name, value);
                    if (name.compare("Location", Qt::CaseInsensitive) == 0)
                        setHeader(QNetworkRequest::LocationHeader, QUrl::fromEncoded(value));
                }
                emit metaDataChanged();
            }
            m_data = m_script.body;
            if (m_script.error != QNetworkReply::NoError)
                setError(m_script.error, QStringLiteral("scripted error"));
            if (!m_data.isEmpty())
                emit readyRead();
            setFinished(true);
            emit finished();
        });
    }

    void abort() override
    {
        if (isFinished())
            return;
        setError(OperationCanceledError, QStringLiteral("Operation canceled"));
        setFinished(true);
        emit finished();
    }
    qint64 bytesAvailable() const override { return m_data.size() + QNetworkReply::bytesAvailable(); }
    bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 n = qMin<qint64>(maxSize, m_data.size());
        memcpy(data, m_data.constData(), size_t(n));
        m_data.remove(0, n);
        return n;
    }

private:
    Script m_script;
    QByteArray m_data;
};

class ScriptedNetwork : public QNetworkAccessManager
{
public:
    QList<Script> scripts;
    QList<Sent> sent;

protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *outgoing) override
    {
        Sent record;
        record.url = request.url();
        record.request = request;
        if (outgoing) {
            record.sequential = outgoing->isSequential();
            record.deviceSize = outgoing->size();
            record.body = outgoing->readAll();
        }
        sent << record;
        Q_ASSERT(op == PostOperation);
        const Script script = scripts.isEmpty() ? Script {} : scripts.takeFirst();
        return new ScriptedReply(request, script, record.body.size(), this);
    }
};

const FormFields kFields {
    { QStringLiteral("Content-Type"), QStringLiteral("video/quicktime") },
    { QStringLiteral("key"), QStringLiteral("captures/abc/swing-001.mov") },
    { QStringLiteral("x-amz-algorithm"), QStringLiteral("AWS4-HMAC-SHA256") },
    { QStringLiteral("x-amz-credential"), QStringLiteral("AKIA/20260513/us-east-1/s3/aws4_request") },
    { QStringLiteral("x-amz-date"), QStringLiteral("20260513T120000Z") },
    { QStringLiteral("policy"), QStringLiteral("eyJleHBpcmF0aW9uIjoi") },
    { QStringLiteral("x-amz-signature"), QStringLiteral("0123abcd") },
};

QString makeFile(const QString &name, const QByteArray &content)
{
    const QString path = TestVideo::scratchPath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(content);
    return path;
}

S3PostResult runUpload(ScriptedNetwork *network, const QString &path, S3PostUpload *upload = nullptr)
{
    S3PostUpload own(network);
    S3PostUpload *u = upload ? upload : &own;
    QSignalSpy finished(u, &S3PostUpload::finished);
    u->start(QUrl(QStringLiteral("https://bucket.s3.example.com/")), kFields, path);
    if (!finished.wait(10000) && finished.isEmpty())
        return {};
    return finished.first().first().value<S3PostResult>();
}

} // namespace

class TestS3PostUpload : public QObject
{
    Q_OBJECT

private slots:
    void sendsFieldsInOrderAndTheFileLast()
    {
        ScriptedNetwork network;
        static const char pattern[] = "\x00\x01 binary\r\n--not-a-boundary\r\n";
        const QByteArray content = QByteArray(pattern, sizeof(pattern) - 1).repeated(1000);
        const QString path = makeFile(QStringLiteral("swing-001.mov"), content);
        const S3PostResult result = runUpload(&network, path);
        QCOMPARE(result.outcome, S3PostResult::Outcome::Succeeded);
        QCOMPARE(network.sent.size(), 1);
        const Sent &sent = network.sent.first();

        const QByteArray contentType = sent.request.header(QNetworkRequest::ContentTypeHeader).toByteArray();
        QVERIFY2(contentType.startsWith("multipart/form-data; boundary="), contentType.constData());
        const QByteArray boundary = contentType.mid(contentType.indexOf('=') + 1);
        QVERIFY2(!boundary.contains('"'), "the boundary must not be quoted");

        // Rebuild the body as S3 expects it and compare byte for byte.
        QByteArray expected;
        for (const auto &[name, value] : kFields)
            expected += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name.toUtf8() + "\"\r\n\r\n"
                + value.toUtf8() + "\r\n";
        expected += "--" + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"swing-001.mov\"\r\n"
              "Content-Type: video/quicktime\r\n\r\n"
            + content + "\r\n--" + boundary + "--\r\n";
        QCOMPARE(sent.body.size(), expected.size());
        QCOMPARE(sent.body, expected);
        // A known size, so QNAM sends Content-Length and never chunks.
        QVERIFY(!sent.sequential);
        QCOMPARE(sent.deviceSize, expected.size());
    }

    void neverSendsAuthorizationAndSaysWhoItIs()
    {
        ScriptedNetwork network;
        const QString path = makeFile(QStringLiteral("a.mov"), "abc");
        runUpload(&network, path);
        QCOMPARE(network.sent.size(), 1);
        QVERIFY(!network.sent.first().request.hasRawHeader("Authorization"));
        QVERIFY(network.sent.first()
                    .request.header(QNetworkRequest::UserAgentHeader)
                    .toString()
                    .startsWith(QStringLiteral("uplift-capture/")));
    }

    void anyTwoHundredIsSuccessWithOrWithoutETag()
    {
        for (const int status : { 200, 201, 204 }) {
            ScriptedNetwork network;
            Script script;
            script.status = status;
            if (status == 201)
                script.body = "<PostResponse><Location>x</Location><Bucket>b</Bucket><Key>k</Key>"
                              "<ETag>\"d41d8\"</ETag></PostResponse>";
            network.scripts << script;
            const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "abc"));
            QCOMPARE(result.outcome, S3PostResult::Outcome::Succeeded);
            QCOMPARE(result.httpStatus, status);
            QCOMPARE(result.etag, status == 201 ? QStringLiteral("\"d41d8\"") : QString());
        }
    }

    void s3ErrorsAreClassifiedOnStatusAndCode_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::addColumn<int>("outcome");
        using O = S3PostResult::Outcome;
        QTest::newRow("expired policy") << 403 << QByteArray("AccessDenied") << int(O::Rejected);
        QTest::newRow("bad signature") << 403 << QByteArray("SignatureDoesNotMatch") << int(O::Rejected);
        QTest::newRow("too large") << 400 << QByteArray("EntityTooLarge") << int(O::Rejected);
        QTest::newRow("missing field") << 400 << QByteArray("InvalidArgument") << int(O::Rejected);
        QTest::newRow("request timeout") << 400 << QByteArray("RequestTimeout") << int(O::Retryable);
        QTest::newRow("slow down") << 503 << QByteArray("SlowDown") << int(O::Retryable);
        QTest::newRow("internal error") << 500 << QByteArray("InternalError") << int(O::Retryable);
        QTest::newRow("bad gateway, html body") << 502 << QByteArray() << int(O::Retryable);
    }

    void s3ErrorsAreClassifiedOnStatusAndCode()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        QFETCH(int, outcome);
        ScriptedNetwork network;
        Script script;
        script.status = status;
        script.error = QNetworkReply::ContentAccessDenied;
        script.body = code.isEmpty() ? QByteArray("<html>Bad Gateway</html>")
                                     : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>" + code
                + "</Code><Message>Some words</Message><RequestId>tx1</RequestId></Error>";
        network.scripts << script;
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "abc"));
        QCOMPARE(int(result.outcome), outcome);
        QCOMPARE(result.httpStatus, status);
        QCOMPARE(result.s3.code, QString::fromLatin1(code));
        if (!code.isEmpty()) {
            QCOMPARE(result.s3.message, QStringLiteral("Some words"));
            QCOMPARE(result.s3.details.value(QStringLiteral("RequestId")), QStringLiteral("tx1"));
        }
    }

    void earlyAnswerIsNotMistakenForANetworkFault()
    {
        // The server answered 400 and closed while the body was still being sent.
        ScriptedNetwork network;
        Script script;
        script.status = 400;
        script.error = QNetworkReply::RemoteHostClosedError;
        script.body = "<Error><Code>EntityTooLarge</Code><Message></Message><ProposedSize>9</ProposedSize></Error>";
        network.scripts << script;
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "abc"));
        QCOMPARE(result.outcome, S3PostResult::Outcome::Rejected);
        QCOMPARE(result.s3.code, QStringLiteral("EntityTooLarge"));
        QCOMPARE(result.s3.details.value(QStringLiteral("ProposedSize")), QStringLiteral("9"));
    }

    void networkFaultWithoutAnswerIsRetryable()
    {
        ScriptedNetwork network;
        Script script;
        script.status = 0;
        script.error = QNetworkReply::RemoteHostClosedError;
        network.scripts << script;
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "abc"));
        QCOMPARE(result.outcome, S3PostResult::Outcome::Retryable);
        QCOMPARE(result.httpStatus, 0);
        QCOMPARE(result.networkError, QNetworkReply::RemoteHostClosedError);
    }

    void tlsFailureIsNotRetried()
    {
        ScriptedNetwork network;
        Script script;
        script.status = 0;
        script.error = QNetworkReply::SslHandshakeFailedError;
        network.scripts << script;
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "abc"));
        QCOMPARE(result.outcome, S3PostResult::Outcome::Rejected);
    }

    void silentServerTripsTheStallWatchdog()
    {
        ScriptedNetwork network;
        Script script;
        script.hang = true;
        network.scripts << script;
        S3PostUpload upload(&network);
        upload.setStallTimeout(std::chrono::milliseconds(200));
        QElapsedTimer clock;
        clock.start();
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "abc"), &upload);
        QCOMPARE(result.outcome, S3PostResult::Outcome::Retryable);
        QVERIFY(result.stalled);
        QVERIFY2(clock.elapsed() < 5000, "the watchdog must fire after the stall timeout, not a default");
    }

    void redirectResendsTheWholeBody()
    {
        ScriptedNetwork network;
        Script redirect;
        redirect.status = 307;
        redirect.headers << std::pair { QByteArray("Location"),
                                        QByteArray("https://bucket.s3.eu-west-1.example.com/") };
        redirect.body
            = "<Error><Code>TemporaryRedirect</Code><Endpoint>bucket.s3.eu-west-1.example.com</Endpoint></Error>";
        network.scripts << redirect << Script {};
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "0123456789"));
        QCOMPARE(result.outcome, S3PostResult::Outcome::Succeeded);
        QCOMPARE(result.redirects, 1);
        QCOMPARE(network.sent.size(), 2);
        QCOMPARE(network.sent.at(1).url, QUrl(QStringLiteral("https://bucket.s3.eu-west-1.example.com/")));
        QCOMPARE(network.sent.at(1).body.size(), network.sent.at(0).body.size());
        QVERIFY(network.sent.at(1).body.contains("0123456789"));
    }

    void bodyWrapperWrapsEveryRequestIncludingRedirects()
    {
        ScriptedNetwork network;
        Script redirect;
        redirect.status = 307;
        redirect.headers << std::pair { QByteArray("Location"), QByteArray("https://other.example.com/") };
        network.scripts << redirect << Script {};
        S3PostUpload upload(&network);
        QList<qint64> wrappedSizes;
        upload.setBodyWrapper([&wrappedSizes](QIODevice *body) {
            // What QNAM gets instead of the body: here a copy in memory.
            wrappedSizes << body->size();
            auto *copy = new QBuffer;
            copy->setData(body->readAll());
            copy->open(QIODevice::ReadOnly);
            return copy;
        });
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("w.mov"), "0123456789"), &upload);
        QCOMPARE(result.outcome, S3PostResult::Outcome::Succeeded);
        QCOMPARE(network.sent.size(), 2);
        QCOMPARE(wrappedSizes.size(), 2);
        for (const Sent &sent : std::as_const(network.sent)) {
            QCOMPARE(sent.body.size(), wrappedSizes.first());
            QVERIFY(sent.body.contains("\r\n\r\n0123456789\r\n--"));
        }
    }

    void redirectLoopEnds()
    {
        ScriptedNetwork network;
        Script redirect;
        redirect.status = 307;
        redirect.headers << std::pair { QByteArray("Location"), QByteArray("https://elsewhere.example.com/") };
        for (int i = 0; i < 10; ++i)
            network.scripts << redirect;
        S3PostUpload upload(&network);
        upload.setMaxRedirects(2);
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "x"), &upload);
        QCOMPARE(result.outcome, S3PostResult::Outcome::Rejected);
        QCOMPARE(network.sent.size(), 3);
    }

    void missingFileIsALocalProblemAndNothingIsSent()
    {
        ScriptedNetwork network;
        const S3PostResult result = runUpload(&network, TestVideo::scratchPath(QStringLiteral("gone.mov")));
        QCOMPARE(result.outcome, S3PostResult::Outcome::LocalProblem);
        QVERIFY(!result.localProblem.isEmpty());
        QVERIFY(network.sent.isEmpty());
    }

    void fieldsThatWouldCorruptTheFormAreRefused()
    {
        ScriptedNetwork network;
        S3PostUpload upload(&network);
        QSignalSpy finished(&upload, &S3PostUpload::finished);
        upload.start(QUrl(QStringLiteral("https://b.example.com/")),
                     { { QStringLiteral("bad\"name"), QStringLiteral("v") } }, makeFile(QStringLiteral("a.mov"), "x"));
        QVERIFY(finished.wait(2000));
        QCOMPARE(finished.first().first().value<S3PostResult>().outcome, S3PostResult::Outcome::LocalProblem);
        QVERIFY(network.sent.isEmpty());
    }

    void cancelEndsAsCancelled()
    {
        ScriptedNetwork network;
        Script script;
        script.hang = true;
        network.scripts << script;
        S3PostUpload upload(&network);
        QSignalSpy finished(&upload, &S3PostUpload::finished);
        upload.start(QUrl(QStringLiteral("https://b.example.com/")), kFields, makeFile(QStringLiteral("a.mov"), "x"));
        QVERIFY(upload.isRunning());
        upload.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(finished.first().first().value<S3PostResult>().outcome, S3PostResult::Outcome::Cancelled);
    }

    void technicalSummaryNeverShowsFieldValues()
    {
        ScriptedNetwork network;
        Script script;
        script.status = 403;
        script.body = "<Error><Code>AccessDenied</Code><Message>Policy expired</Message></Error>";
        network.scripts << script;
        const S3PostResult result = runUpload(&network, makeFile(QStringLiteral("a.mov"), "x"));
        const QString summary = result.technicalSummary();
        QVERIFY(summary.contains(QStringLiteral("403")));
        QVERIFY(summary.contains(QStringLiteral("AccessDenied")));
        for (const auto &[name, value] : kFields)
            QVERIFY2(!summary.contains(value), qPrintable(name));
    }
};

QTEST_GUILESS_MAIN(TestS3PostUpload)
#include "tst_s3postupload.moc"
