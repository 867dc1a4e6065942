// Interoperability with a real S3 implementation: Ceph RADOS Gateway, started
// on 127.0.0.1 by the project's own scripts/s3-server for this test and
// removed again at the end. The sandbox's PostPolicy signs for it, curl (not
// our uploader) sends the form, and RGW — which enforces POST policies — must
// accept the honest upload byte for byte and refuse every tampered one itself.
// That proves our SigV4 POST signing and policy documents are right, not only
// consistent with our own checker.

#include "radosgwserver.h"
#include "sandbox/postpolicy.h"
#include "sandbox/sandboxserver.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

namespace {

struct CurlResult
{
    int status = 0;
    QByteArray body;
    QString problem;
};

CurlResult curl(const QStringList &arguments, int timeoutMs = 60000)
{
    QTemporaryDir scratch;
    const QString bodyPath = scratch.filePath(QStringLiteral("body"));
    QProcess process;
    process.start(QStringLiteral("curl"),
                  QStringList { QStringLiteral("-s"), QStringLiteral("-o"), bodyPath, QStringLiteral("-w"),
                                QStringLiteral("%{http_code}") }
                      + arguments);
    CurlResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.problem = QStringLiteral("curl did not finish");
        return result;
    }
    result.status = process.readAllStandardOutput().trimmed().toInt();
    QFile body(bodyPath);
    if (body.open(QIODevice::ReadOnly))
        result.body = body.readAll();
    if (process.exitCode() != 0)
        result.problem = QStringLiteral("curl exit %1: %2")
                             .arg(process.exitCode())
                             .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return result;
}

QByteArray xmlElement(const QByteArray &xml, const char *name)
{
    const QByteArray open = '<' + QByteArray(name) + '>';
    const qsizetype start = xml.indexOf(open);
    if (start < 0)
        return {};
    const qsizetype end = xml.indexOf("</" + QByteArray(name) + '>', start);
    return end < 0 ? QByteArray() : xml.mid(start + open.size(), end - start - open.size());
}

QByteArray randomBytes(qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), size / 4);
    for (qint64 i = (size / 4) * 4; i < size; ++i)
        bytes[i] = char(i);
    return bytes;
}

} // namespace

class TestRadosGwInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void honestUploadComesBackByteIdentical();
    void successActionStatus201GivesPostResponse();
    void refusedByRgw_data();
    void refusedByRgw();
    void sandboxReservationUploadsToRgw();
    void sandboxExpiredPolicyRefusedByRgw();

private:
    // Reserves a capture with a sandbox that signs for RGW; returns upload_url + upload_fields.
    QString reserveWithSandbox(SandboxServer &sandbox, QString *url, PostPolicy::Fields *fields);
    QString writeFile(const QString &name, const QByteArray &bytes);
    QStringList formArguments(const PostPolicy::Fields &fields, const QString &filePath) const;
    PostPolicy::Request request(const QString &key, qint64 maximumSize) const;
    CurlResult getObject(const QString &key) const;

    QTemporaryDir m_scratch;
    RadosGwServer m_rgw { QStringLiteral("interopaccesskey"), QStringLiteral("interop/secret+key") };
    S3Target m_target;
};

void TestRadosGwInterop::initTestCase()
{
    QVERIFY(m_scratch.isValid());
    QVERIFY2(!QStandardPaths::findExecutable(QStringLiteral("radosgw")).isEmpty(),
             "radosgw is not installed: run scripts/setup-deps (it installs radosgw, ceph-mon, ceph-osd)");
    QVERIFY(!QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty());
    // A state folder of its own (fresh every run) and ports nobody else holds.
    const QString problem = m_rgw.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    m_target = m_rgw.target();
    QCOMPARE(m_target.endpoint.port(), int(m_rgw.port()));
    QCOMPARE(m_target.endpoint.host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(m_target.bucket, QStringLiteral("captures"));
    QCOMPARE(m_target.secretKey, QStringLiteral("interop/secret+key"));
}

void TestRadosGwInterop::cleanupTestCase()
{
    if (!m_rgw.wasStarted())
        return;
    const QString problem = m_rgw.reset();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QVERIFY(!QFileInfo::exists(m_rgw.stateDir()));
}

QString TestRadosGwInterop::writeFile(const QString &name, const QByteArray &bytes)
{
    const QString path = m_scratch.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    return path;
}

QStringList TestRadosGwInterop::formArguments(const PostPolicy::Fields &fields, const QString &filePath) const
{
    QStringList arguments;
    for (const auto &field : fields)
        arguments << QStringLiteral("--form-string") << field.first + QLatin1Char('=') + field.second;
    arguments << QStringLiteral("-F") << QStringLiteral("file=@%1;type=video/quicktime").arg(filePath);
    arguments << m_target.uploadUrl().toString();
    return arguments;
}

PostPolicy::Request TestRadosGwInterop::request(const QString &key, qint64 maximumSize) const
{
    PostPolicy::Request request;
    request.key = key;
    request.contentType = QStringLiteral("video/quicktime");
    request.minimumSize = 1;
    request.maximumSize = maximumSize;
    request.signedAt = QDateTime::currentDateTimeUtc();
    request.lifetimeSeconds = 1800;
    return request;
}

CurlResult TestRadosGwInterop::getObject(const QString &key) const
{
    QUrl url = m_target.uploadUrl();
    url.setPath(url.path() + QLatin1Char('/') + key);
    return curl({ QStringLiteral("--aws-sigv4"), QStringLiteral("aws:amz:%1:s3").arg(m_target.region),
                  QStringLiteral("--user"), m_target.accessKey + QLatin1Char(':') + m_target.secretKey,
                  // curl 7.88 does not send the payload hash radosgw requires: SHA-256 of "".
                  QStringLiteral("-H"),
                  QStringLiteral("x-amz-content-sha256: "
                                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
                  url.toString() });
}

void TestRadosGwInterop::honestUploadComesBackByteIdentical()
{
    const QByteArray content = randomBytes(3 * 1024 * 1024 + 17);
    const QString path = writeFile(QStringLiteral("swing-001.mov"), content);
    QVERIFY(!path.isEmpty());
    const QString key
        = QStringLiteral("captures/%1/swing-001.mov").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));

    const PostPolicy::Fields fields = PostPolicy::sign(m_target, request(key, 10 * 1024 * 1024));
    const CurlResult upload = curl(formArguments(fields, path));
    QVERIFY2(upload.problem.isEmpty(), qPrintable(upload.problem));
    QVERIFY2(upload.status == 204, upload.body.constData());

    const CurlResult download = getObject(key);
    QVERIFY2(download.problem.isEmpty(), qPrintable(download.problem));
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body.size(), content.size());
    QCOMPARE(QCryptographicHash::hash(download.body, QCryptographicHash::Sha256),
             QCryptographicHash::hash(content, QCryptographicHash::Sha256));
}

void TestRadosGwInterop::successActionStatus201GivesPostResponse()
{
    const QByteArray content = randomBytes(100000);
    const QString path = writeFile(QStringLiteral("created.mov"), content);
    const QString key
        = QStringLiteral("captures/%1/created.mov").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    PostPolicy::Request signing = request(key, 1000000);
    signing.successStatus201 = true;
    const CurlResult upload = curl(formArguments(PostPolicy::sign(m_target, signing), path));
    QVERIFY2(upload.problem.isEmpty(), qPrintable(upload.problem));
    QVERIFY2(upload.status == 201, upload.body.constData());
    QCOMPARE(QString::fromUtf8(xmlElement(upload.body, "Key")), key);
    QCOMPARE(QString::fromUtf8(xmlElement(upload.body, "Bucket")), m_target.bucket);
    QVERIFY(upload.body.toLower().contains(QCryptographicHash::hash(content, QCryptographicHash::Md5).toHex()));
}

void TestRadosGwInterop::refusedByRgw_data()
{
    QTest::addColumn<QString>("violation");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("codes"); // RGW's code; AWS's where it differs
    const QStringList accessDenied { QStringLiteral("AccessDenied") };
    QTest::newRow("tampered signature") << QStringLiteral(
        "signature") << 403 << QStringList { QStringLiteral("AccessDenied"), QStringLiteral("SignatureDoesNotMatch") };
    QTest::newRow("policy edited after signing")
        << QStringLiteral("policy") << 403
        << QStringList { QStringLiteral("AccessDenied"), QStringLiteral("SignatureDoesNotMatch") };
    QTest::newRow("wrong secret key") << QStringLiteral(
        "secret") << 403 << QStringList { QStringLiteral("AccessDenied"), QStringLiteral("SignatureDoesNotMatch") };
    QTest::newRow("expired policy") << QStringLiteral("expired") << 403 << accessDenied;
    QTest::newRow("changed key") << QStringLiteral("key") << 403 << accessDenied;
    QTest::newRow("changed Content-Type") << QStringLiteral("content-type") << 403 << accessDenied;
    QTest::newRow("extra field not in the policy") << QStringLiteral("extra") << 403 << accessDenied;
    QTest::newRow("file over content-length-range")
        << QStringLiteral("too-large") << 400 << QStringList { QStringLiteral("EntityTooLarge") };
    QTest::newRow("empty file under content-length-range")
        << QStringLiteral("too-small") << 400 << QStringList { QStringLiteral("EntityTooSmall") };
    QTest::newRow("missing x-amz-signature")
        << QStringLiteral("missing-signature") << 400 << QStringList { QStringLiteral("InvalidArgument") };
    QTest::newRow("file not last") << QStringLiteral("file-first") << 400
                                   << QStringList { QStringLiteral("InvalidArgument") };
}

void TestRadosGwInterop::refusedByRgw()
{
    QFETCH(QString, violation);
    QFETCH(int, status);
    QFETCH(QStringList, codes);

    const QString key
        = QStringLiteral("captures/%1/refused.mov").arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
    PostPolicy::Request signing = request(key, 1000000);
    QByteArray content = randomBytes(5000);
    S3Target signer = m_target;
    if (violation == QLatin1String("expired")) {
        signing.signedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        signing.lifetimeSeconds = 1800;
    } else if (violation == QLatin1String("secret")) {
        signer.secretKey = QStringLiteral("not-the-secret");
    } else if (violation == QLatin1String("too-large")) {
        signing.maximumSize = 4999;
    } else if (violation == QLatin1String("too-small")) {
        content.clear();
    }
    PostPolicy::Fields fields = PostPolicy::sign(signer, signing);
    auto replace = [&fields](const QString &name, const QString &value) {
        for (auto &field : fields)
            if (field.first == name)
                field.second = value;
    };
    auto valueOf = [&fields](const QString &name) {
        for (const auto &field : std::as_const(fields))
            if (field.first == name)
                return field.second;
        return QString();
    };
    if (violation == QLatin1String("signature")) {
        QString signature = valueOf(QStringLiteral("x-amz-signature"));
        signature[5] = signature[5] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
        replace(QStringLiteral("x-amz-signature"), signature);
    } else if (violation == QLatin1String("policy")) {
        // Same policy with a larger size limit, signature left as it was.
        QByteArray policy = QByteArray::fromBase64(valueOf(QStringLiteral("policy")).toLatin1());
        QVERIFY(policy.contains(", 1000000]"));
        policy.replace(", 1000000]", ", 2000000]");
        replace(QStringLiteral("policy"), QString::fromLatin1(policy.toBase64()));
    } else if (violation == QLatin1String("key")) {
        replace(QStringLiteral("key"), key + QStringLiteral(".other"));
    } else if (violation == QLatin1String("content-type")) {
        replace(QStringLiteral("Content-Type"), QStringLiteral("image/png"));
    } else if (violation == QLatin1String("extra")) {
        fields.append({ QStringLiteral("x-amz-meta-coach"), QStringLiteral("ada") });
    } else if (violation == QLatin1String("missing-signature")) {
        fields.removeIf([](const auto &field) { return field.first == QLatin1String("x-amz-signature"); });
    }

    const QString path = writeFile(QStringLiteral("refused.mov"), content);
    QStringList arguments = formArguments(fields, path);
    if (violation == QLatin1String("file-first")) {
        // The file part first, every field after it: S3 ignores what follows the file.
        const QString url = arguments.takeLast();
        const QString file = arguments.takeLast();
        arguments.removeLast(); // its -F
        arguments = QStringList { QStringLiteral("-F"), file } + arguments + QStringList { url };
    }
    const CurlResult upload = curl(arguments);
    QVERIFY2(upload.problem.isEmpty(), qPrintable(upload.problem));
    QVERIFY2(upload.status == status,
             qPrintable(QStringLiteral("HTTP %1: %2").arg(upload.status).arg(QString::fromUtf8(upload.body))));
    const QString code = QString::fromUtf8(xmlElement(upload.body, "Code"));
    QVERIFY2(codes.contains(code),
             qPrintable(QStringLiteral("code %1 in %2").arg(code, QString::fromUtf8(upload.body))));

    // Nothing was stored under the signed key (nor under the changed one).
    QCOMPARE(getObject(key).status, 404);
    if (violation == QLatin1String("key"))
        QCOMPARE(getObject(key + QStringLiteral(".other")).status, 404);
}

namespace {

QJsonObject callApi(QNetworkAccessManager &network, const SandboxServer &sandbox, const QString &path,
                    const QByteArray &body, int *status)
{
    QUrl url = sandbox.baseUrl();
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    url.setPath(url.path() + path.left(query));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + sandbox.apiKey().toUtf8());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply *reply = body.isNull() ? network.get(request) : network.post(request, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return object;
}

} // namespace

QString TestRadosGwInterop::reserveWithSandbox(SandboxServer &sandbox, QString *url, PostPolicy::Fields *fields)
{
    QNetworkAccessManager network;
    int status = 0;
    const QJsonObject athletes = callApi(network, sandbox, QStringLiteral("/athletes?limit=1"), QByteArray(), &status);
    if (status != 200)
        return QStringLiteral("GET /athletes: HTTP %1").arg(status);
    const QString athleteId = athletes.value(QStringLiteral("athletes"))
                                  .toArray()
                                  .first()
                                  .toObject()
                                  .value(QStringLiteral("id"))
                                  .toString();
    const QJsonObject body {
        { QStringLiteral("athlete_id"), athleteId },
        { QStringLiteral("session_group_id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
        { QStringLiteral("file_name"), QStringLiteral("interop.mov") },
        { QStringLiteral("camera_configuration"),
          QJsonObject { { QStringLiteral("camera_setup_selection"), QStringLiteral("single.front_on") },
                        { QStringLiteral("camera_orientation"), QStringLiteral("landscape") } } },
        { QStringLiteral("movement_attributes"),
          QJsonObject { { QStringLiteral("activity"), QStringLiteral("agility") },
                        { QStringLiteral("movement"), QStringLiteral("5_0_5") } } },
    };
    const QJsonObject reservation = callApi(network, sandbox, QStringLiteral("/captures"),
                                            QJsonDocument(body).toJson(QJsonDocument::Compact), &status);
    if (status != 200)
        return QStringLiteral("POST /captures: HTTP %1 %2")
            .arg(status)
            .arg(QString::fromUtf8(QJsonDocument(reservation).toJson(QJsonDocument::Compact)));
    *url = reservation.value(QStringLiteral("upload_url")).toString();
    const QJsonObject uploadFields = reservation.value(QStringLiteral("upload_fields")).toObject();
    for (auto it = uploadFields.begin(); it != uploadFields.end(); ++it)
        fields->append({ it.key(), it.value().toString() });
    return {};
}

void TestRadosGwInterop::sandboxReservationUploadsToRgw()
{
    // The sandbox pointed at RGW only signs; RGW must take what it signed.
    SandboxOptions options;
    options.dataFolder = m_scratch.filePath(QStringLiteral("sandbox-signs"));
    options.externalS3 = m_target;
    SandboxServer sandbox(options);
    QString problem;
    QVERIFY2(sandbox.start(&problem), qPrintable(problem));
    QString url;
    PostPolicy::Fields fields;
    problem = reserveWithSandbox(sandbox, &url, &fields);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(url, m_target.uploadUrl().toString());
    QString key;
    for (const auto &field : std::as_const(fields))
        if (field.first == QLatin1String("key"))
            key = field.second;
    QVERIFY(key.endsWith(QLatin1String("/interop.mov")));

    const QByteArray content = randomBytes(2 * 1024 * 1024 + 3);
    const QString path = writeFile(QStringLiteral("interop.mov"), content);
    QStringList arguments = formArguments(fields, path);
    arguments.last() = url;
    const CurlResult upload = curl(arguments);
    QVERIFY2(upload.problem.isEmpty(), qPrintable(upload.problem));
    QVERIFY2(upload.status == 204, upload.body.constData());
    const CurlResult download = getObject(key);
    QCOMPARE(download.status, 200);
    QCOMPARE(download.body, content);
}

void TestRadosGwInterop::sandboxExpiredPolicyRefusedByRgw()
{
    // The sandbox's "policies expire early" fault must produce a policy that
    // real S3 refuses as expired, not merely one our own receiver refuses.
    SandboxOptions options;
    options.dataFolder = m_scratch.filePath(QStringLiteral("sandbox-expires"));
    options.externalS3 = m_target;
    options.faults = { QStringLiteral("policy-lifetime:1") };
    SandboxServer sandbox(options);
    QString problem;
    QVERIFY2(sandbox.start(&problem), qPrintable(problem));
    QString url;
    PostPolicy::Fields fields;
    problem = reserveWithSandbox(sandbox, &url, &fields);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QTest::qWait(2500);
    const QString path = writeFile(QStringLiteral("late.mov"), randomBytes(1000));
    QStringList arguments = formArguments(fields, path);
    arguments.last() = url;
    const CurlResult upload = curl(arguments);
    QVERIFY2(upload.problem.isEmpty(), qPrintable(upload.problem));
    QVERIFY2(upload.status == 403, upload.body.constData());
    QCOMPARE(xmlElement(upload.body, "Code"), QByteArray("AccessDenied"));
    QVERIFY2(upload.body.contains("expired"), upload.body.constData());
}

QTEST_GUILESS_MAIN(TestRadosGwInterop)
#include "tst_radosgwinterop.moc"
