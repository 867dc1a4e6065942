// Runs the sandbox on 127.0.0.1 in-process and talks to it like a client would:
// the API through QNetworkAccessManager, the S3 side through curl (a multipart
// encoder that is not ours).
#include "api/messages/capture.h"
#include "api/messages/reservation.h"
#include "sandbox/postpolicy.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "testvideo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

namespace {

struct Reply
{
    int status = 0;
    QJsonObject body;
    QByteArray raw;
    QByteArray retryAfter;
};

struct Curl
{
    int exitCode = -1;
    int status = 0;
    QByteArray body;
};

} // namespace

class TestSandboxServer : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_video; // 30 fps QuickTime
    QString m_athlete; // a golfer of the seeded roster
    QString m_otherAthlete;

    Reply call(SandboxServer *server, const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QByteArray &token = QByteArray("default"))
    {
        QUrl url = server->baseUrl();
        const QStringList parts = path.split(QLatin1Char('?'));
        url.setPath(url.path() + parts[0]);
        if (parts.size() > 1)
            url.setQuery(parts[1]);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        const QByteArray key = token == "default" ? server->apiKey().toUtf8() : token;
        if (!key.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + key);
        QNetworkReply *reply = m_network.sendCustomRequest(request, verb, body);
        if (!QTest::qWaitFor([&] { return reply->isFinished(); }, 20000))
            return {};
        Reply r;
        r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.raw = reply->readAll();
        r.body = QJsonDocument::fromJson(r.raw).object();
        r.retryAfter = reply->rawHeader("Retry-After");
        reply->deleteLater();
        return r;
    }

    Reply call(const QByteArray &verb, const QString &path, const QByteArray &body = {},
               const QByteArray &token = QByteArray("default"))
    {
        return call(m_server.get(), verb, path, body, token);
    }

    static QByteArray captureBody(const QString &athlete, const QString &group, const QString &fileName,
                                  const QJsonObject &movement)
    {
        return QJsonDocument(
                   QJsonObject {
                       { QStringLiteral("athlete_id"), athlete },
                       { QStringLiteral("session_group_id"), group },
                       { QStringLiteral("file_name"), fileName },
                       { QStringLiteral("capture_time"), QStringLiteral("2026-05-13T12:00:00.000Z") },
                       { QStringLiteral("camera_configuration"),
                         QJsonObject {
                             { QStringLiteral("camera_setup_selection"), QStringLiteral("single.down_the_line") },
                             { QStringLiteral("camera_orientation"), QStringLiteral("landscape") } } },
                       { QStringLiteral("movement_attributes"), movement },
                   })
            .toJson();
    }

    static QJsonObject golf(const char *handedness = "right")
    {
        QJsonObject movement { { QStringLiteral("activity"), QStringLiteral("golf") },
                               { QStringLiteral("movement"), QStringLiteral("full_swing") } };
        if (handedness)
            movement.insert(QStringLiteral("handedness"), QLatin1String(handedness));
        return movement;
    }

    Reply reserve(const QJsonObject &movement = golf(), const QString &fileName = QStringLiteral("swing-001.mov"))
    {
        return call("POST", QStringLiteral("/captures"),
                    captureBody(m_athlete, QUuid::createUuid().toString(QUuid::WithoutBraces), fileName, movement));
    }

    static PostPolicy::Fields fieldsOf(const QJsonObject &reservation)
    {
        PostPolicy::Fields fields;
        const QJsonObject object = reservation.value(QStringLiteral("upload_fields")).toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            fields << qMakePair(it.key(), it.value().toString());
        return fields;
    }

    // curl's own multipart encoder; the event loop keeps running while it works.
    Curl curl(const QString &url, const PostPolicy::Fields &fields, const QString &file, QStringList extra = {},
              bool fileFirst = false)
    {
        QStringList args { QStringLiteral("-s"), QStringLiteral("-o"), QStringLiteral("-"), QStringLiteral("-w"),
                           QStringLiteral("\n%{http_code}") };
        const QString filePart = QStringLiteral("file=@%1;type=video/quicktime").arg(file);
        if (fileFirst)
            args << QStringLiteral("-F") << filePart;
        for (const auto &field : fields)
            args << QStringLiteral("--form-string") << field.first + QLatin1Char('=') + field.second;
        if (!fileFirst && !file.isEmpty())
            args << QStringLiteral("-F") << filePart;
        args << extra << url;
        QProcess process;
        process.start(QStringLiteral("curl"), args);
        Curl result;
        if (!process.waitForStarted()
            || !QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            return result;
        result.exitCode = process.exitCode();
        const QByteArray out = process.readAllStandardOutput();
        const qsizetype cut = out.lastIndexOf('\n');
        result.status = out.mid(cut + 1).toInt();
        result.body = out.left(cut);
        return result;
    }

    QString objectPath(const QJsonObject &reservation) const
    {
        const QString key
            = reservation.value(QStringLiteral("upload_fields")).toObject().value(QStringLiteral("key")).toString();
        return m_server->objectsFolder() + QLatin1Char('/') + m_server->s3Target().bucket + QLatin1Char('/') + key;
    }

    QJsonObject waitForStatus(const QString &sessionId, const QString &status)
    {
        QJsonObject capture;
        [[maybe_unused]] const bool reached = QTest::qWaitFor(
            [&] {
                capture = call("GET", QStringLiteral("/captures/") + sessionId).body;
                return capture.value(QStringLiteral("status")).toString() == status;
            },
            15000);
        return capture;
    }

    static QString writeBytes(const QString &name, qint64 size, char fill = 'x')
    {
        const QString path = TestVideo::scratchPath(name);
        QFile file(path);
        file.open(QIODevice::WriteOnly | QIODevice::Truncate);
        file.write(QByteArray(size, fill));
        return path;
    }

    static QByteArray xmlCode(const QByteArray &body)
    {
        const qsizetype start = body.indexOf("<Code>");
        const qsizetype end = body.indexOf("</Code>");
        return start < 0 || end < 0 ? QByteArray() : body.mid(start + 6, end - start - 6);
    }

    // Policies signed for the sandbox's own S3 side, with the knobs of a test.
    PostPolicy::Fields signedFields(const QString &key, qint64 lifetime = 600, qint64 maximum = 10'000'000,
                                    bool status201 = false)
    {
        PostPolicy::Request request;
        request.key = key;
        request.contentType = QStringLiteral("video/quicktime");
        request.minimumSize = 1;
        request.maximumSize = maximum;
        request.signedAt = QDateTime::currentDateTimeUtc().addSecs(lifetime < 0 ? lifetime - 5 : 0);
        request.lifetimeSeconds = lifetime < 0 ? 1 : lifetime;
        request.successStatus201 = status201;
        return PostPolicy::sign(m_server->s3Target(), request);
    }

    static PostPolicy::Fields replaced(PostPolicy::Fields fields, const QString &name, const QString &value)
    {
        for (auto &field : fields) {
            if (field.first == name)
                field.second = value;
        }
        return fields;
    }

    static PostPolicy::Fields without(PostPolicy::Fields fields, const QString &name)
    {
        fields.removeIf([&](const auto &f) { return f.first == name; });
        return fields;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>(TestVideo::scratchPath(QStringLiteral("sandbox-XXXXXX")));
        QVERIFY(m_dir->isValid());
        SandboxOptions options;
        options.dataFolder = m_dir->filePath(QStringLiteral("data"));
        options.apiKey = QStringLiteral("sk_test_key");
        options.processingMs = 300;
        m_server = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QCOMPARE(m_server->baseUrl().host(), QStringLiteral("127.0.0.1"));
        QCOMPARE(m_server->uploadUrl().host(), QStringLiteral("127.0.0.1"));

        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("swing.mov"));
        video.fps = 30;
        video.seconds = 1;
        const QString problem = video.make();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_video = video.path;

        const Reply golfers = call("GET", QStringLiteral("/athletes?sport=golf&sorted_by=last_name"));
        QCOMPARE(golfers.status, 200);
        const QJsonArray list = golfers.body.value(QStringLiteral("athletes")).toArray();
        QCOMPARE(list.size(), 3);
        m_athlete = list.at(0).toObject().value(QStringLiteral("id")).toString();
        m_otherAthlete = list.at(1).toObject().value(QStringLiteral("id")).toString();
    }

    void fullRoundTrip()
    {
        const Reply reservation = reserve();
        QCOMPARE(reservation.status, 200);
        const QJsonObject r = reservation.body;
        QCOMPARE(r.value(QStringLiteral("status")).toString(), QStringLiteral("NEW"));
        QCOMPARE(r.value(QStringLiteral("upload_url")).toString(), m_server->uploadUrl().toString());
        const QDateTime expires
            = QDateTime::fromString(r.value(QStringLiteral("upload_expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(qAbs(QDateTime::currentDateTimeUtc().secsTo(expires) - 1800) < 5);
        // boto3's field order survives the JSON.
        QVERIFY(reservation.raw.indexOf("\"Content-Type\"") < reservation.raw.indexOf("\"key\""));
        QVERIFY(reservation.raw.indexOf("\"policy\"") < reservation.raw.indexOf("\"x-amz-signature\""));
        const QString id = r.value(QStringLiteral("session_id")).toString();
        // The client's own parser (capture_api) reads the reservation, fields in order.
        Reservation parsed;
        QString problem;
        QVERIFY2(Reservation::fromJson(reservation.raw, &parsed, &problem), qPrintable(problem));
        QCOMPARE(parsed.sessionId, id);
        QCOMPARE(parsed.uploadFields.first().first, QStringLiteral("Content-Type"));
        QCOMPARE(parsed.uploadFields.last().first, QStringLiteral("x-amz-signature"));

        QCOMPARE(call("GET", QStringLiteral("/captures/") + id).body.value(QStringLiteral("status")).toString(),
                 QStringLiteral("awaiting_upload"));
        const Curl upload = curl(r.value(QStringLiteral("upload_url")).toString(), fieldsOf(r), m_video);
        QCOMPARE(upload.exitCode, 0);
        QCOMPARE(upload.status, 204);

        QFile sent(m_video), stored(objectPath(r));
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QCOMPARE(stored.readAll(), sent.readAll());

        QCOMPARE(call("GET", QStringLiteral("/captures/") + id).body.value(QStringLiteral("status")).toString(),
                 QStringLiteral("processing"));
        const QJsonObject done = waitForStatus(id, QStringLiteral("completed"));
        QCOMPARE(done.value(QStringLiteral("status")).toString(), QStringLiteral("completed"));
        QCOMPARE(done.value(QStringLiteral("fps_detected")).toDouble(), 30.0);
        QVERIFY(done.value(QStringLiteral("error")).isNull());
        QCOMPARE(done.value(QStringLiteral("handedness")).toString(), QStringLiteral("right"));
        QCOMPARE(done.value(QStringLiteral("athlete_id")).toString(), m_athlete);
        Capture capture;
        QVERIFY2(Capture::fromJson(done, &capture, &problem), qPrintable(problem));
        QCOMPARE(capture.status, Capture::Status::Completed);
        QCOMPARE(capture.fpsDetected.value_or(0), 30.0);

        const Reply list
            = call("GET", QStringLiteral("/captures?status=completed&activity=GOLF&athlete_id=") + m_athlete);
        QCOMPARE(list.status, 200);
        QVERIFY(list.body.value(QStringLiteral("total_count")).toInt() >= 1);
        QCOMPARE(list.body.value(QStringLiteral("limit")).toInt(), 100);
        QCOMPARE(list.body.value(QStringLiteral("captures"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("session_id"))
                     .toString(),
                 id);
    }

    void bodyThatLooksLikeBoundariesArrivesIntact()
    {
        // Near-boundaries at every alignment, across the receiver's read chunks.
        QByteArray data;
        quint32 seed = 12345;
        while (data.size() < 24 * 1024 * 1024) {
            for (int i = 0; i < 4093; ++i) {
                seed = seed * 1664525u + 1013904223u;
                data.append(char(seed >> 24));
            }
            data.append("\r\n--------------------------");
            data.append(QByteArray(int(seed % 7), '-'));
            data.append("\r\n--\r\n\r\n");
        }
        const QString path = TestVideo::scratchPath(QStringLiteral("tricky.mov"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(data);
        file.close();
        for (const QString &key : { QStringLiteral("tests/tricky-1.mov"), QStringLiteral("tests/tricky-2.mov") }) {
            const Curl result = curl(m_server->uploadUrl().toString(), signedFields(key, 600, 100'000'000), path);
            QCOMPARE(result.status, 204);
            QFile stored(m_server->objectsFolder() + QLatin1Char('/') + m_server->s3Target().bucket + QLatin1Char('/')
                         + key);
            QVERIFY(stored.open(QIODevice::ReadOnly));
            QCOMPARE(stored.size(), data.size());
            QVERIFY(stored.readAll() == data);
        }
    }

    void qtMultipartUploadIsAccepted()
    {
        // Qt's encoder quotes the boundary and sends no Expect header: the receiver must take both.
        const Reply reservation = reserve();
        QCOMPARE(reservation.status, 200);
        auto *multipart = new QHttpMultiPart(QHttpMultiPart::FormDataType);
        for (const auto &field : fieldsOf(reservation.body)) {
            QHttpPart part;
            part.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"%1\"").arg(field.first));
            part.setBody(field.second.toUtf8());
            multipart->append(part);
        }
        QHttpPart filePart;
        filePart.setHeader(QNetworkRequest::ContentDispositionHeader,
                           QStringLiteral("form-data; name=\"file\"; filename=\"swing.mov\""));
        filePart.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("video/quicktime"));
        auto *file = new QFile(m_video, multipart);
        QVERIFY(file->open(QIODevice::ReadOnly));
        filePart.setBodyDevice(file);
        multipart->append(filePart);
        QNetworkReply *reply = m_network.post(
            QNetworkRequest(QUrl(reservation.body.value(QStringLiteral("upload_url")).toString())), multipart);
        multipart->setParent(reply);
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 204);
        reply->deleteLater();
        QFile sent(m_video), stored(objectPath(reservation.body));
        QVERIFY(sent.open(QIODevice::ReadOnly));
        QVERIFY(stored.open(QIODevice::ReadOnly));
        QVERIFY(stored.readAll() == sent.readAll());
    }

    void notAVideoEndsInError()
    {
        const Reply reservation = reserve();
        QCOMPARE(reservation.status, 200);
        const QString text = writeBytes(QStringLiteral("notes.mov"), 5000, 'n');
        const Curl upload = curl(m_server->uploadUrl().toString(), fieldsOf(reservation.body), text);
        QCOMPARE(upload.status, 204);
        const QJsonObject capture
            = waitForStatus(reservation.body.value(QStringLiteral("session_id")).toString(), QStringLiteral("error"));
        QCOMPARE(capture.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(capture.value(QStringLiteral("error")).toString().contains(QStringLiteral("not a playable video")));
    }

    void missingDimensionEndsInError_data()
    {
        QTest::addColumn<QString>("handedness");
        QTest::newRow("missing") << QString();
        QTest::newRow("invalid") << QStringLiteral("both");
    }

    void missingDimensionEndsInError()
    {
        QFETCH(QString, handedness);
        const QByteArray value = handedness.toUtf8();
        const Reply reservation = reserve(golf(handedness.isEmpty() ? nullptr : value.constData()));
        QCOMPARE(reservation.status, 200);
        const Curl upload = curl(m_server->uploadUrl().toString(), fieldsOf(reservation.body), m_video);
        QCOMPARE(upload.status, 204);
        const QJsonObject capture
            = waitForStatus(reservation.body.value(QStringLiteral("session_id")).toString(), QStringLiteral("error"));
        QCOMPARE(capture.value(QStringLiteral("status")).toString(), QStringLiteral("error"));
        QVERIFY(capture.value(QStringLiteral("error")).toString().contains(QStringLiteral("handedness")));
    }

    void apiErrors()
    {
        // 401: missing and wrong bearer token, with the spec's body.
        for (const QByteArray &token : { QByteArray(), QByteArray("sk_wrong") }) {
            const Reply r = call("GET", QStringLiteral("/captures"), {}, token);
            QCOMPARE(r.status, 401);
            QCOMPARE(
                r.body,
                (QJsonObject { { QStringLiteral("error"), QStringLiteral("Unauthorized") },
                               { QStringLiteral("message"), QStringLiteral("Bearer token is missing or invalid.") } }));
        }
        // 404 with the spec's exact body.
        const Reply missing = call("GET", QStringLiteral("/captures/does-not-exist"));
        QCOMPARE(missing.status, 404);
        QCOMPARE(missing.body,
                 (QJsonObject { { QStringLiteral("error"), QStringLiteral("NotFound") },
                                { QStringLiteral("message"), QStringLiteral("Capture not found.") } }));
        // 400s name the field.
        const Reply notJson = call("POST", QStringLiteral("/captures"), "{nope");
        QCOMPARE(notJson.status, 400);
        QCOMPARE(notJson.body.value(QStringLiteral("error")).toString(), QStringLiteral("BadRequest"));
        const Reply unknownAthlete
            = call("POST", QStringLiteral("/captures"),
                   captureBody(QUuid::createUuid().toString(QUuid::WithoutBraces),
                               QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("a.mov"), golf()));
        QCOMPARE(unknownAthlete.status, 400);
        QVERIFY(unknownAthlete.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("athlete_id")));
        // A session group belongs to the athlete who first used it.
        const QString group = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(
            call("POST", QStringLiteral("/captures"), captureBody(m_athlete, group, QStringLiteral("a.mov"), golf()))
                .status,
            200);
        QCOMPARE(
            call("POST", QStringLiteral("/captures"), captureBody(m_athlete, group, QStringLiteral("b.mov"), golf()))
                .status,
            200);
        const Reply otherOwner = call("POST", QStringLiteral("/captures"),
                                      captureBody(m_otherAthlete, group, QStringLiteral("c.mov"), golf()));
        QCOMPARE(otherOwner.status, 400);
        QVERIFY(
            otherOwner.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("session_group_id")));
        // The spec's rules, shared with the client through CaptureSpec: each 400 names its field.
        const QString newGroup = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto refusedFor = [&](QJsonObject body, const QString &field) {
            const Reply r = call("POST", QStringLiteral("/captures"), QJsonDocument(body).toJson());
            return r.status == 400 && r.body.value(QStringLiteral("error")).toString() == QLatin1String("BadRequest")
                && r.body.value(QStringLiteral("message")).toString().contains(field);
        };
        const QJsonObject valid
            = QJsonDocument::fromJson(captureBody(m_athlete, newGroup, QStringLiteral("a.mov"), golf())).object();
        QJsonObject body = valid;
        body.insert(QStringLiteral("file_name"), QStringLiteral("swing.mp4"));
        QVERIFY(refusedFor(body, QStringLiteral("file_name")));
        body = valid;
        body.insert(QStringLiteral("file_name"), QStringLiteral("clips/swing.mov"));
        QVERIFY(refusedFor(body, QStringLiteral("file_name")));
        body = valid;
        body.remove(QStringLiteral("session_group_id"));
        QVERIFY(refusedFor(body, QStringLiteral("session_group_id")));
        body = valid;
        body.insert(QStringLiteral("capture_time"),
                    QDateTime::currentDateTimeUtc().addDays(2).toString(Qt::ISODateWithMs));
        QVERIFY(refusedFor(body, QStringLiteral("capture_time")));
        body = valid;
        body.insert(QStringLiteral("camera_configuration"),
                    QJsonObject { { QStringLiteral("camera_setup_selection"), QStringLiteral("dual.sideways") } });
        QVERIFY(refusedFor(body, QStringLiteral("camera_setup_selection")));
        body = valid;
        body.insert(QStringLiteral("movement_attributes"),
                    QJsonObject { { QStringLiteral("activity"), QStringLiteral("golf") } });
        QVERIFY(refusedFor(body, QStringLiteral("movement")));
        QCOMPARE(call("POST", QStringLiteral("/captures"), QJsonDocument(valid).toJson()).status, 200);

        const Reply badStatus = call("GET", QStringLiteral("/captures?status=done"));
        QCOMPARE(badStatus.status, 400);
        QVERIFY(badStatus.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("status")));
        QCOMPARE(call("GET", QStringLiteral("/captures?limit=9999")).body.value(QStringLiteral("limit")).toInt(), 500);
    }

    void policyViolationsAreRefusedLikeS3_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("code");
        QTest::newRow("expired") << "expired" << 403 << QByteArray("AccessDenied");
        QTest::newRow("wrong signature") << "signature" << 403 << QByteArray("SignatureDoesNotMatch");
        QTest::newRow("wrong key") << "key" << 403 << QByteArray("AccessDenied");
        QTest::newRow("wrong content type") << "type" << 403 << QByteArray("AccessDenied");
        QTest::newRow("too large") << "large" << 400 << QByteArray("EntityTooLarge");
        QTest::newRow("empty file") << "small" << 400 << QByteArray("EntityTooSmall");
        QTest::newRow("file not last") << "order" << 400 << QByteArray("InvalidArgument");
        QTest::newRow("missing signature") << "missing" << 400 << QByteArray("InvalidArgument");
        QTest::newRow("extra field") << "extra" << 403 << QByteArray("AccessDenied");
        QTest::newRow("unknown access key") << "access" << 403 << QByteArray("InvalidAccessKeyId");
        QTest::newRow("chunked") << "chunked" << 411 << QByteArray("MissingContentLength");
        QTest::newRow("not multipart") << "urlencoded" << 412 << QByteArray("PreconditionFailed");
        QTest::newRow("no such bucket") << "bucket" << 404 << QByteArray("NoSuchBucket");
    }

    void policyViolationsAreRefusedLikeS3()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, code);
        const QString key = QStringLiteral("tests/") + kind + QStringLiteral(".mov");
        PostPolicy::Fields fields = signedFields(key);
        QString file = m_video;
        QString url = m_server->uploadUrl().toString();
        QStringList extra;
        bool fileFirst = false;
        if (kind == QLatin1String("expired")) {
            fields = signedFields(key, -60);
        } else if (kind == QLatin1String("signature")) {
            QString signature = fields.last().second;
            signature[5] = signature[5] == QLatin1Char('0') ? QLatin1Char('1') : QLatin1Char('0');
            fields = replaced(fields, QStringLiteral("x-amz-signature"), signature);
        } else if (kind == QLatin1String("key")) {
            fields = replaced(fields, QStringLiteral("key"), QStringLiteral("tests/elsewhere.mov"));
        } else if (kind == QLatin1String("type")) {
            fields = replaced(fields, QStringLiteral("Content-Type"), QStringLiteral("image/png"));
        } else if (kind == QLatin1String("large")) {
            fields = signedFields(key, 600, 1000);
        } else if (kind == QLatin1String("small")) {
            file = writeBytes(QStringLiteral("empty.mov"), 0);
        } else if (kind == QLatin1String("order")) {
            fileFirst = true;
        } else if (kind == QLatin1String("missing")) {
            fields = without(fields, QStringLiteral("x-amz-signature"));
        } else if (kind == QLatin1String("extra")) {
            fields.insert(1, qMakePair(QStringLiteral("x-amz-meta-foo"), QStringLiteral("bar")));
        } else if (kind == QLatin1String("access")) {
            QString credential = fields[3].second;
            fields = replaced(fields, QStringLiteral("x-amz-credential"),
                              QStringLiteral("NOBODY") + credential.mid(credential.indexOf(QLatin1Char('/'))));
        } else if (kind == QLatin1String("chunked")) {
            extra << QStringLiteral("-H") << QStringLiteral("Transfer-Encoding: chunked");
        } else if (kind == QLatin1String("urlencoded")) {
            fields.clear();
            file.clear();
            extra << QStringLiteral("--data") << QStringLiteral("key=x");
        } else if (kind == QLatin1String("bucket")) {
            url += QStringLiteral("-other");
        }
        const Curl result = curl(url, fields, file, extra, fileFirst);
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.status, status);
        QCOMPARE(xmlCode(result.body), code);
        if (kind == QLatin1String("expired"))
            QVERIFY(result.body.contains("Invalid according to Policy: Policy expired."));
        if (kind == QLatin1String("extra"))
            QVERIFY(result.body.contains("Extra input fields: x-amz-meta-foo"));
        if (kind == QLatin1String("large"))
            QVERIFY(result.body.contains("<MaxSizeAllowed>1000</MaxSizeAllowed>"));
        QVERIFY(!QFile::exists(m_server->objectsFolder() + QLatin1Char('/') + m_server->s3Target().bucket
                               + QLatin1Char('/') + key));
    }

    void successActionStatus201()
    {
        const QString key = QStringLiteral("tests/created.mov");
        const Curl result = curl(m_server->uploadUrl().toString(), signedFields(key, 600, 10'000'000, true), m_video);
        QCOMPARE(result.status, 201);
        QVERIFY(result.body.contains("<Key>tests/created.mov</Key>"));
        QFile file(m_video);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(result.body.contains("<ETag>&quot;"
                                     + QCryptographicHash::hash(file.readAll(), QCryptographicHash::Md5).toHex()));
    }

    void athletes()
    {
        const Reply all = call("GET", QStringLiteral("/athletes?limit=5&offset=10"));
        QCOMPARE(all.status, 200);
        QCOMPARE(all.body.value(QStringLiteral("total_count")).toInt(), 12);
        QCOMPARE(all.body.value(QStringLiteral("athletes")).toArray().size(), 2);
        const Reply hawks = call("GET", QStringLiteral("/athletes?team=Hawks&position=pitcher"));
        QCOMPARE(hawks.body.value(QStringLiteral("athletes")).toArray().size(), 1);
        QCOMPARE(call("GET", QStringLiteral("/athletes?sorted_by=shoe_size")).status, 400);

        const Reply created = call(
            "POST", QStringLiteral("/athletes"),
            R"({"first_name":"Kai","last_name":"Nakamura","height":70,"custom_attributes":{"team":"Hawks","jersey-no":"12"}})");
        QCOMPARE(created.status, 200);
        const QJsonObject athlete = created.body.value(QStringLiteral("athlete")).toObject();
        const QString id = athlete.value(QStringLiteral("id")).toString();
        QCOMPARE(athlete.value(QStringLiteral("height")).toInt(), 70);
        QCOMPARE(call("POST", QStringLiteral("/athletes"), R"({"last_name":"NoFirst"})").status, 400);
        const Reply badKey
            = call("POST", QStringLiteral("/athletes"), R"({"first_name":"A","custom_attributes":{"1team":"x"}})");
        QCOMPARE(badKey.status, 400);
        QVERIFY(badKey.body.value(QStringLiteral("message")).toString().contains(QStringLiteral("1team")));
        QCOMPARE(
            call("POST", QStringLiteral("/athletes"), R"({"first_name":"A","custom_attributes":{"DOB":"x"}})").status,
            400);

        // Update: "" and 0 clear, custom attributes cleared the same way, first_name never empty.
        const Reply updated = call(
            "POST", QStringLiteral("/athletes/") + id,
            R"({"last_name":"","height":0,"weight":180,"custom_attributes":{"jersey-no":"","position":"catcher"}})");
        QCOMPARE(updated.status, 200);
        const QJsonObject after = updated.body.value(QStringLiteral("athlete")).toObject();
        QVERIFY(!after.contains(QStringLiteral("last_name")));
        QVERIFY(!after.contains(QStringLiteral("height")));
        QCOMPARE(after.value(QStringLiteral("weight")).toInt(), 180);
        QCOMPARE(after.value(QStringLiteral("custom_attributes")).toObject(),
                 (QJsonObject { { QStringLiteral("team"), QStringLiteral("Hawks") },
                                { QStringLiteral("position"), QStringLiteral("catcher") } }));
        QCOMPARE(call("POST", QStringLiteral("/athletes/") + id, R"({"first_name":""})").status, 400);
        const Reply unknown = call("POST", QStringLiteral("/athletes/nobody"), R"({"weight":1})");
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.body.value(QStringLiteral("error")).toString(), QStringLiteral("NotFound"));
    }

    void rateLimit()
    {
        QTemporaryDir dir(TestVideo::scratchPath(QStringLiteral("limited-XXXXXX")));
        SandboxOptions options;
        options.dataFolder = dir.filePath(QStringLiteral("data"));
        options.rateLimitPerMinute = 3;
        SandboxServer limited(options);
        QString error;
        QVERIFY2(limited.start(&error), qPrintable(error));
        for (int i = 0; i < 3; ++i)
            QCOMPARE(call(&limited, "GET", QStringLiteral("/captures")).status, 200);
        const Reply refused = call(&limited, "GET", QStringLiteral("/captures"));
        QCOMPARE(refused.status, 429);
        QCOMPARE(refused.body.value(QStringLiteral("error")).toString(), QStringLiteral("TooManyRequests"));
        QVERIFY(refused.retryAfter.toInt() >= 1 && refused.retryAfter.toInt() <= 60);
    }

    void faultFailNextRequestsViaAdmin()
    {
        QNetworkRequest request(m_server->adminUrl());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply *reply = m_network.post(request, R"({"faults":["fail:captures.create:503:2"]})");
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        QVERIFY(reply->readAll().contains("fail:captures.create:503:2"));
        reply->deleteLater();
        const Reply first = reserve();
        QCOMPARE(first.status, 503);
        QCOMPARE(first.body.value(QStringLiteral("error")).toString(), QStringLiteral("ServiceUnavailable"));
        QCOMPARE(reserve().status, 503);
        QCOMPARE(reserve().status, 200);

        QNetworkReply *bad = m_network.post(request, R"({"faults":["explode:now"]})");
        QVERIFY(QTest::qWaitFor([&] { return bad->isFinished(); }, 10000));
        QCOMPARE(bad->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 400);
        bad->deleteLater();
    }

    void faultLatency()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("latency:captures.list:600")));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(call("GET", QStringLiteral("/captures")).status, 200);
        QVERIFY(timer.elapsed() >= 600);
        QNetworkReply *reply = m_network.deleteResource(QNetworkRequest(m_server->adminUrl()));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(reply->readAll(), QByteArray(R"({"faults":[]})"));
        reply->deleteLater();
        timer.restart();
        QCOMPARE(call("GET", QStringLiteral("/captures")).status, 200);
        QVERIFY(timer.elapsed() < 600);
    }

    // A client that hangs up before a delayed answer is due must not bring the
    // sandbox down (Qt deletes the connection the held answer points to).
    void faultLatencyClientHangsUp()
    {
        // Writing the held answer to a closed or deleted connection shows as a
        // QIODevice warning at best (and a crash at worst).
        QTest::failOnWarning(QRegularExpression(QStringLiteral("QIODevice|QAbstractSocket|socket")));
        QVERIFY(m_server->faults()->add(QStringLiteral("latency:captures.list:300")));
        QTcpSocket client;
        client.connectToHost(QHostAddress::LocalHost, m_server->baseUrl().port());
        QVERIFY(client.waitForConnected(5000));
        client.write("GET /v1/captures HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer sk_test_key\r\n\r\n");
        QVERIFY(client.waitForBytesWritten(5000));
        QTest::qWait(50); // the sandbox has read the request and holds its answer back
        client.abort();
        QTest::qWait(500); // past the latency: the answer finds its client gone
        QNetworkReply *reply = m_network.deleteResource(QNetworkRequest(m_server->adminUrl()));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        reply->deleteLater();
        QCOMPARE(call("GET", QStringLiteral("/captures")).status, 200);
    }

    void faultStallUpload()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("stall-upload:100000")));
        const QString big = writeBytes(QStringLiteral("stall.mov"), 8 * 1024 * 1024);
        const Curl stalled = curl(m_server->uploadUrl().toString(), signedFields(QStringLiteral("tests/stall.mov")),
                                  big, { QStringLiteral("--max-time"), QStringLiteral("2") });
        QCOMPARE(stalled.exitCode, 28); // curl: operation timed out
        QVERIFY(!QFile::exists(m_server->objectsFolder() + QLatin1Char('/') + m_server->s3Target().bucket
                               + QStringLiteral("/tests/stall.mov")));
        // Used up: the next upload goes through.
        QCOMPARE(curl(m_server->uploadUrl().toString(), signedFields(QStringLiteral("tests/stall.mov")), big).status,
                 204);
    }

    void faultResetUpload()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("reset-upload:100000")));
        const QString big = writeBytes(QStringLiteral("reset.mov"), 8 * 1024 * 1024);
        const Curl reset = curl(m_server->uploadUrl().toString(), signedFields(QStringLiteral("tests/reset.mov")), big);
        QVERIFY2(reset.exitCode == 55 || reset.exitCode == 56,
                 qPrintable(QString::number(reset.exitCode))); // send/recv failure
        QVERIFY(reset.status == 0 || reset.status == 100); // no final answer, at most "100 Continue"
        QCOMPARE(curl(m_server->uploadUrl().toString(), signedFields(QStringLiteral("tests/reset.mov")), big).status,
                 204);
    }

    void faultFailUploadAndPolicyLifetime()
    {
        QVERIFY(m_server->faults()->add(QStringLiteral("fail:upload:503")));
        const Curl failed
            = curl(m_server->uploadUrl().toString(), signedFields(QStringLiteral("tests/x.mov")), m_video);
        QCOMPARE(failed.status, 503);
        QCOMPARE(xmlCode(failed.body), QByteArray("SlowDown"));

        QVERIFY(m_server->faults()->add(QStringLiteral("latency:upload:500")));
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(curl(m_server->uploadUrl().toString(), signedFields(QStringLiteral("tests/slow.mov")), m_video).status,
                 204);
        QVERIFY(timer.elapsed() >= 500);
        m_server->faults()->clear();

        QVERIFY(m_server->faults()->add(QStringLiteral("policy-lifetime:1")));
        const Reply reservation = reserve();
        const QDateTime expires = QDateTime::fromString(
            reservation.body.value(QStringLiteral("upload_expires_at")).toString(), Qt::ISODateWithMs);
        QVERIFY(QDateTime::currentDateTimeUtc().secsTo(expires) <= 1);
        QTest::qWait(2100);
        const Curl late = curl(m_server->uploadUrl().toString(), fieldsOf(reservation.body), m_video);
        QCOMPARE(late.status, 403);
        QVERIFY(late.body.contains("Policy expired"));
        m_server->faults()->clear();
    }

    // The random mode end to end through curl: whatever each upload met, a 503
    // or a reset mid-body never leaves an object, a lost answer always does,
    // and /admin/injected counts what was handed out.
    void faultRandomUploads()
    {
        // Earlier tests' faults are in the counts too (clear() keeps them): compare the differences.
        const QJsonObject before = m_server->faults()->injected();
        auto added = [&](const char *kind) {
            const QString name = QLatin1String(kind);
            return m_server->faults()->injected().value(name).toInt() - before.value(name).toInt();
        };
        QVERIFY(m_server->faults()->add(QStringLiteral("random:1:2026")));
        const QString body = writeBytes(QStringLiteral("random.mov"), 256 * 1024);
        int refused = 0, broken = 0, storedWithoutAnswer = 0;
        for (int i = 0; i < 16; ++i) {
            const QString key = QStringLiteral("tests/random-%1.mov").arg(i);
            const Curl result = curl(m_server->uploadUrl().toString(), signedFields(key), body,
                                     { QStringLiteral("--max-time"), QStringLiteral("1") });
            const bool stored = QFile::exists(m_server->objectsFolder() + QLatin1Char('/') + m_server->s3Target().bucket
                                              + QLatin1Char('/') + key);
            QVERIFY2(result.status != 204, "every upload meets a fault at rate 1");
            if (result.status == 503) {
                QCOMPARE(xmlCode(result.body), QByteArray("SlowDown"));
                QVERIFY(!stored);
                ++refused;
            } else {
                QVERIFY2(result.exitCode != 0, qPrintable(QString::number(result.status)));
                (stored ? storedWithoutAnswer : broken) += 1;
            }
        }
        QCOMPARE(added("status-503"), refused);
        QCOMPARE(added("answer-lost"), storedWithoutAnswer);
        QCOMPARE(added("reset") + added("stall"), broken);
        QVERIFY(refused > 0 && broken > 0 && storedWithoutAnswer > 0);

        QNetworkReply *reply = m_network.get(QNetworkRequest(
            QUrl(m_server->adminUrl().toString().replace(QStringLiteral("/faults"), QStringLiteral("/injected")))));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("injected")).toObject(),
                 m_server->faults()->injected());
        reply->deleteLater();
        m_server->faults()->clear();
        QCOMPARE(
            curl(m_server->uploadUrl().toString(), signedFields(QStringLiteral("tests/random-after.mov")), body).status,
            204);
    }

    // Issue 22: a client's stored upload target (reserved before the sandbox stopped, used
    // after it started again) still reaches it: the same ports when free, the same S3 key.
    void portsAndKeyAreKeptAcrossARestart()
    {
        QTemporaryDir dir(TestVideo::scratchPath(QStringLiteral("restart-XXXXXX")));
        SandboxOptions options;
        options.dataFolder = dir.filePath(QStringLiteral("data"));
        options.apiKey = QStringLiteral("sk_test_key");
        options.processingMs = 100;
        QUrl api, upload;
        QJsonObject r;
        {
            SandboxServer first(options);
            QString error;
            QVERIFY2(first.start(&error), qPrintable(error));
            api = first.baseUrl();
            upload = first.uploadUrl();
            const Reply reservation = call(
                &first, "POST", QStringLiteral("/captures"),
                captureBody(first.store()->athletes().first().value(QStringLiteral("id")).toString(),
                            QUuid::createUuid().toString(QUuid::WithoutBraces), QStringLiteral("kept.mov"), golf()));
            QCOMPARE(reservation.status, 200);
            r = reservation.body;
        }
        SandboxServer second(options);
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        QCOMPARE(second.baseUrl(), api);
        QCOMPARE(second.uploadUrl(), upload);
        // The target reserved before the restart takes the file after it.
        const Curl sent = curl(r.value(QStringLiteral("upload_url")).toString(), fieldsOf(r), m_video);
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(sent.status, 204);
        const QString id = r.value(QStringLiteral("session_id")).toString();
        QVERIFY(QTest::qWaitFor(
            [&] {
                return call(&second, "GET", QStringLiteral("/captures/") + id)
                           .body.value(QStringLiteral("status"))
                           .toString()
                    == QLatin1String("completed");
            },
            15000));
        QCOMPARE(second.store()->capture(id).value(QStringLiteral("uploads")).toInt(), 1);
    }

    void anotherPortWhenTheLastOneIsTaken()
    {
        QTemporaryDir dir(TestVideo::scratchPath(QStringLiteral("taken-XXXXXX")));
        SandboxOptions options;
        options.dataFolder = dir.filePath(QStringLiteral("data"));
        quint16 api = 0, upload = 0;
        {
            SandboxServer first(options);
            QString error;
            QVERIFY2(first.start(&error), qPrintable(error));
            api = quint16(first.baseUrl().port());
            upload = quint16(first.uploadUrl().port());
        }
        QTcpServer takenApi, takenUpload;
        QVERIFY(takenApi.listen(QHostAddress::LocalHost, api));
        QVERIFY(takenUpload.listen(QHostAddress::LocalHost, upload));
        SandboxServer second(options);
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        QVERIFY(second.baseUrl().port() > 0 && second.baseUrl().port() != api);
        QVERIFY(second.uploadUrl().port() > 0 && second.uploadUrl().port() != upload);
        QCOMPARE(call(&second, "GET", QStringLiteral("/athletes")).status, 200);
        // The ports of this run are the ones remembered next.
        QCOMPARE(second.store()->value(QStringLiteral("api_port")).toInt(), second.baseUrl().port());
    }

    // Issue 22: a capture processing when the sandbox stopped, or whose file had arrived when
    // it stopped, reaches "completed" after the restart instead of staying where it was.
    void processingStateSurvivesARestart()
    {
        QTemporaryDir dir(TestVideo::scratchPath(QStringLiteral("processing-XXXXXX")));
        SandboxOptions options;
        options.dataFolder = dir.filePath(QStringLiteral("data"));
        options.processingMs = 600000; // never within this run
        QString processing, arrived;
        {
            SandboxServer first(options);
            QString error;
            QVERIFY2(first.start(&error), qPrintable(error));
            const QString athlete = first.store()->athletes().first().value(QStringLiteral("id")).toString();
            QJsonObject reservations[2];
            for (int i = 0; i < 2; ++i) {
                const Reply reservation = call(&first, "POST", QStringLiteral("/captures"),
                                               captureBody(athlete, QUuid::createUuid().toString(QUuid::WithoutBraces),
                                                           QStringLiteral("restart-%1.mov").arg(i), golf()));
                QCOMPARE(reservation.status, 200);
                reservations[i] = reservation.body;
            }
            processing = reservations[0].value(QStringLiteral("session_id")).toString();
            arrived = reservations[1].value(QStringLiteral("session_id")).toString();
            const Curl sent = curl(reservations[0].value(QStringLiteral("upload_url")).toString(),
                                   fieldsOf(reservations[0]), m_video);
            QCOMPARE(sent.status, 204);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return call(&first, "GET", QStringLiteral("/captures/") + processing)
                               .body.value(QStringLiteral("status"))
                               .toString()
                        == QLatin1String("processing");
                },
                10000));
            // The second file is whole on disk under its key, its capture not yet told (the
            // stop came between the two).
            const QString key = reservations[1]
                                    .value(QStringLiteral("upload_fields"))
                                    .toObject()
                                    .value(QStringLiteral("key"))
                                    .toString();
            const QString object
                = first.objectsFolder() + QLatin1Char('/') + first.s3Target().bucket + QLatin1Char('/') + key;
            QVERIFY(QDir().mkpath(QFileInfo(object).absolutePath()));
            QVERIFY(QFile::copy(m_video, object));
            QCOMPARE(first.store()->capture(arrived).value(QStringLiteral("status")).toString(),
                     QStringLiteral("awaiting_upload"));
        }
        options.processingMs = 100;
        SandboxServer second(options);
        QString error;
        QVERIFY2(second.start(&error), qPrintable(error));
        for (const QString &id : { processing, arrived }) {
            QString status;
            QVERIFY2(QTest::qWaitFor(
                         [&] {
                             status = call(&second, "GET", QStringLiteral("/captures/") + id)
                                          .body.value(QStringLiteral("status"))
                                          .toString();
                             return status == QLatin1String("completed");
                         },
                         10000),
                     qPrintable(id + QStringLiteral(": ") + status));
            QCOMPARE(second.store()->capture(id).value(QStringLiteral("uploads")).toInt(), 1);
        }
    }

    void faultsFromOptions()
    {
        QTemporaryDir dir(TestVideo::scratchPath(QStringLiteral("faulty-XXXXXX")));
        SandboxOptions options;
        options.dataFolder = dir.filePath(QStringLiteral("data"));
        options.faults = { QStringLiteral("fail:any:500:1") };
        SandboxServer faulty(options);
        QString error;
        QVERIFY(faulty.start(&error));
        QCOMPARE(call(&faulty, "GET", QStringLiteral("/athletes")).status, 500);
        QCOMPARE(call(&faulty, "GET", QStringLiteral("/athletes")).status, 200);

        options.faults = { QStringLiteral("fail:nowhere:500") };
        SandboxServer wrong(options);
        QVERIFY(!wrong.start(&error));
        QVERIFY(error.contains(QStringLiteral("fail:ROUTE:STATUS")));
    }
};

QTEST_GUILESS_MAIN(TestSandboxServer)
#include "tst_sandboxserver.moc"
