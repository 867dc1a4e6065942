#include "api/client/apilog.h"
#include "api/client/upliftclient.h"
#include "hostileuplift.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslKey>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>

#include <functional>
#include <memory>

namespace {

const QString kToken = QStringLiteral("sk_test_7f3a9c1e5b2d4f6a8c0e");

struct Seen
{
    QString method;
    QString path;
    QString encodedPath;
    QUrlQuery query;
    QByteArray authorization;
    QByteArray userAgent;
    QByteArray body;
};

// A real HTTP server on 127.0.0.1 whose answer the test sets per request.
class Fixture : public QObject
{
public:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;

    explicit Fixture(const QSslCertificate &certificate = QSslCertificate(), const QSslKey &key = QSslKey())
    {
        if (!certificate.isNull())
            server.sslSetup(certificate, key); // before listen(): it decides per listening socket
        server.setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
            seen.append({ QString::fromLatin1(
                              QMetaEnum::fromType<QHttpServerRequest::Method>().valueToKey(int(request.method()))),
                          request.url().path(), request.url().path(QUrl::FullyEncoded), QUrlQuery(request.url()),
                          request.value("Authorization"), request.value("User-Agent"), request.body() });
            QHttpServerResponse response
                = handler ? handler(request) : QHttpServerResponse(QHttpServerResponse::StatusCode::NotFound);
            if (delayMs <= 0) {
                response.write(std::move(responder));
                return;
            }
            // Answered later without blocking. The timer holds only a weak
            // reference: ~Fixture() drops pending answers while the server
            // still exists (a responder outliving its server writes to freed memory).
            auto held = std::make_shared<std::pair<QHttpServerResponder, QHttpServerResponse>>(std::move(responder),
                                                                                               std::move(response));
            pending.append(held);
            std::weak_ptr<std::pair<QHttpServerResponder, QHttpServerResponse>> weak = held;
            QTimer::singleShot(delayMs, this, [weak] {
                if (auto answer = weak.lock())
                    answer->second.write(std::move(answer->first));
            });
        });
        port = server.listen(QHostAddress::LocalHost, 0);
    }

    ~Fixture() override { pending.clear(); }

    QUrl base(const QString &host = QStringLiteral("127.0.0.1")) const
    {
        return QUrl(QStringLiteral("http://%1:%2/v1").arg(host).arg(port));
    }

    QHttpServer server;
    quint16 port = 0;
    Handler handler;
    int delayMs = 0;
    QList<Seen> seen;
    QList<std::shared_ptr<std::pair<QHttpServerResponder, QHttpServerResponse>>> pending;
};

QHttpServerResponse json(const QByteArray &body,
                         QHttpServerResponse::StatusCode status = QHttpServerResponse::StatusCode::Ok)
{
    return QHttpServerResponse(QByteArrayLiteral("application/json"), body, status);
}

CaptureSpec validSpec()
{
    return HostileUplift::golfSpec();
}

QByteArray reservationBody(const QString &uploadHost = QStringLiteral("127.0.0.1"))
{
    return QStringLiteral("{\"session_id\":\"sess-1\",\"session_group_id\":\"11111111-2222-3333-4444-555555555555\","
                          "\"upload_url\":\"http://%1:9/bucket\",\"upload_fields\":{\"key\":\"k\",\"policy\":\"p\","
                          "\"x-amz-signature\":\"s\",\"acl\":\"private\"},"
                          "\"upload_expires_at\":\"2026-05-13T12:30:00.000Z\",\"status\":\"NEW\"}")
        .arg(uploadHost)
        .toUtf8();
}

bool waitFor(ApiReply *reply, int ms = 5000)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(ms);
}

QStringList capturedLog;
QtMessageHandler previousHandler = nullptr;
void captureLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    capturedLog << QString::fromLatin1(context.category ? context.category : "") + QLatin1Char(' ') + message;
    Q_UNUSED(type);
}

} // namespace

class tst_UpliftClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Fixture> fixture;
    std::unique_ptr<QNetworkAccessManager> network;
    std::unique_ptr<UpliftClient> client;

private slots:
    void init()
    {
        fixture = std::make_unique<Fixture>();
        QVERIFY(fixture->port != 0);
        network = std::make_unique<QNetworkAccessManager>();
        client = std::make_unique<UpliftClient>(network.get());
        QVERIFY(client->setBaseUrl(fixture->base()));
        client->setApiKey(kToken);
        client->setTimeout(3000);
    }
    void cleanup()
    {
        client.reset();
        network.reset();
        fixture.reset();
    }

    void baseUrlMustBeHttpsExceptLoopback()
    {
        QCOMPARE(UpliftClient::defaultBaseUrl(), QUrl(QStringLiteral("https://api.uplift.ai/v1")));
        QVERIFY(client->setBaseUrl(QUrl(QStringLiteral("https://api.example.com/v1"))));
        QVERIFY(client->setBaseUrl(QUrl(QStringLiteral("http://localhost:8080/v1"))));
        QString problem;
        QVERIFY(!client->setBaseUrl(QUrl(QStringLiteral("http://api.example.com/v1")), &problem));
        QVERIFY(!problem.isEmpty());
        QCOMPARE(client->baseUrl(), QUrl(QStringLiteral("http://localhost:8080/v1")));
    }

    void createCaptureSuccess()
    {
        fixture->handler = [](const QHttpServerRequest &) { return json(reservationBody()); };
        ApiReply *reply = client->createCapture(validSpec());
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(reply->reservation().sessionId, QStringLiteral("sess-1"));
        QCOMPARE(reply->reservation().uploadFields.size(), 4);
        QCOMPARE(reply->reservation().uploadFields.at(3).first, QStringLiteral("acl"));

        QCOMPARE(fixture->seen.size(), 1);
        const Seen &request = fixture->seen.first();
        QCOMPARE(request.method, QStringLiteral("Post"));
        QCOMPARE(request.path, QStringLiteral("/v1/captures"));
        QCOMPARE(request.authorization, "Bearer " + kToken.toUtf8());
        QVERIFY(request.userAgent.startsWith("uplift-capture/"));
        QCOMPARE(QJsonDocument::fromJson(request.body).object(), validSpec().toJson());
    }

    void invalidSpecIsNotSent()
    {
        CaptureSpec spec = validSpec();
        spec.fileName = QStringLiteral("a/b.mov");
        ApiReply *reply = client->createCapture(spec);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Validation);
        QVERIFY(
            hasFieldError(reply->error().fieldErrors(), QStringLiteral("file_name"), QStringLiteral("path_separator")));
        QVERIFY(fixture->seen.isEmpty());
    }

    void errorStatusesMapWithServerMessage_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("retryable");
        QTest::newRow("400") << 400 << QStringLiteral("BadRequest") << false;
        QTest::newRow("401") << 401 << QStringLiteral("Unauthorized") << false;
        QTest::newRow("403") << 403 << QStringLiteral("Forbidden") << false;
        QTest::newRow("404") << 404 << QStringLiteral("NotFound") << false;
        QTest::newRow("429") << 429 << QStringLiteral("TooManyRequests") << true;
        QTest::newRow("500") << 500 << QStringLiteral("InternalServerError") << true;
        QTest::newRow("503") << 503 << QStringLiteral("ServiceUnavailable") << true;
    }
    void errorStatusesMapWithServerMessage()
    {
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(bool, retryable);
        const QString message = QStringLiteral("Message for %1 from the server.").arg(status);
        fixture->handler = [&](const QHttpServerRequest &) {
            QHttpServerResponse response = json(
                QJsonDocument(QJsonObject { { QStringLiteral("error"), code }, { QStringLiteral("message"), message } })
                    .toJson(),
                QHttpServerResponse::StatusCode(status));
            if (status == 429 || status == 503)
                response.addHeader("Retry-After", "12");
            return response;
        };
        ApiReply *reply = client->createCapture(validSpec());
        QVERIFY(waitFor(reply));
        const ApiError &error = reply->error();
        QCOMPARE(error.kind(), ApiError::Kind::Http);
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.serverError(), code);
        QCOMPARE(error.serverMessage(), message);
        QVERIFY(error.message().contains(message));
        QCOMPARE(error.isRetryable(), retryable);
        if (status == 429 || status == 503)
            QCOMPARE(error.retryAfterSeconds(), std::optional<qint64>(12));
        else
            QCOMPARE(error.retryAfterSeconds(), std::nullopt);
    }

    void malformedJsonIsAnInvalidResponse()
    {
        fixture->handler = [](const QHttpServerRequest &) { return json(R"({"session_id": "s", )"); };
        ApiReply *reply = client->createCapture(validSpec());
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(!reply->error().isRetryable());
        QVERIFY(!reply->error().message().isEmpty());
    }

    void reservationWithRemotePlainHttpUploadIsRefused()
    {
        fixture->handler
            = [](const QHttpServerRequest &) { return json(reservationBody(QStringLiteral("s3.example.com"))); };
        ApiReply *reply = client->createCapture(validSpec());
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidResponse);
    }

    void slowServerHitsTheTimeout()
    {
        client->setTimeout(300);
        fixture->delayMs = 2000;
        fixture->handler = [](const QHttpServerRequest &) { return json(reservationBody()); };
        QElapsedTimer timer;
        timer.start();
        ApiReply *reply = client->getCapture(QStringLiteral("sess-1"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Timeout);
        QVERIFY(reply->error().isRetryable());
        QVERIFY2(timer.elapsed() < 1800, qPrintable(QString::number(timer.elapsed())));
    }

    void redirectToAnotherHostDoesNotCarryTheToken()
    {
        Fixture other;
        other.handler = [](const QHttpServerRequest &) {
            return json(R"({"session_id":"sess-9","status":"processing","fps_detected":239.7})");
        };
        // Same address, other port: another origin.
        const QUrl target(QStringLiteral("http://127.0.0.1:%1/elsewhere/captures/sess-9").arg(other.port));
        fixture->handler = [target](const QHttpServerRequest &) {
            QHttpServerResponse response(QHttpServerResponse::StatusCode::TemporaryRedirect);
            response.addHeader("Location", target.toEncoded());
            return response;
        };
        ApiReply *reply = client->getCapture(QStringLiteral("sess-9"));
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(reply->capture().fpsDetected, std::optional<double>(239.7));
        QCOMPARE(fixture->seen.size(), 1);
        QCOMPARE(fixture->seen.first().authorization, "Bearer " + kToken.toUtf8());
        QCOMPARE(other.seen.size(), 1);
        QCOMPARE(other.seen.first().path, QStringLiteral("/elsewhere/captures/sess-9"));
        QVERIFY(other.seen.first().authorization.isEmpty());
    }

    void redirectToLocalhostNameIsAnotherHost()
    {
        // 127.0.0.1 and localhost reach the same server but are different
        // hosts by name: the token must not follow.
        fixture->handler = [this](const QHttpServerRequest &request) {
            if (request.url().path() == QLatin1String("/v1/captures/a")) {
                QHttpServerResponse response(QHttpServerResponse::StatusCode::Found);
                response.addHeader("Location", fixture->base(QStringLiteral("localhost")).toEncoded() + "/captures/b");
                return response;
            }
            return json(R"({"session_id":"b","status":"completed"})");
        };
        ApiReply *reply = client->getCapture(QStringLiteral("a"));
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(fixture->seen.size(), 2);
        QVERIFY(!fixture->seen.at(0).authorization.isEmpty());
        QVERIFY(fixture->seen.at(1).authorization.isEmpty());
    }

    void sameOriginRedirectKeepsTheToken()
    {
        fixture->handler = [](const QHttpServerRequest &request) {
            if (request.url().path() == QLatin1String("/v1/captures/a")) {
                QHttpServerResponse response(QHttpServerResponse::StatusCode::MovedPermanently);
                response.addHeader("Location", "/v1/captures/b");
                return response;
            }
            return json(R"({"session_id":"b","status":"awaiting_upload"})");
        };
        ApiReply *reply = client->getCapture(QStringLiteral("a"));
        QVERIFY(waitFor(reply));
        QVERIFY(reply->succeeded());
        QCOMPARE(reply->capture().status, Capture::Status::AwaitingUpload);
        QCOMPARE(fixture->seen.size(), 2);
        QCOMPARE(fixture->seen.at(1).authorization, "Bearer " + kToken.toUtf8());
    }

    void getCaptureReadsEveryMember()
    {
        fixture->handler = [](const QHttpServerRequest &) {
            return json(R"({"session_id":"s 1","athlete_id":null,"activity":"golf","movement":"full_swing",
                "status":"error","error":"Person not fully in frame","capture_time":"2026-05-13T12:00:00.000Z",
                "fps_detected":null,"handedness":"left"})");
        };
        ApiReply *reply = client->getCapture(QStringLiteral("s 1/x"));
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(fixture->seen.first().encodedPath, QStringLiteral("/v1/captures/s%201%2Fx"));
        const Capture &c = reply->capture();
        QCOMPARE(c.status, Capture::Status::Error);
        QCOMPARE(c.error, QStringLiteral("Person not fully in frame"));
        QVERIFY(!c.fpsDetected);
        QCOMPARE(c.dimensions.value(QStringLiteral("handedness")).toString(), QStringLiteral("left"));
        QCOMPARE(Capture::statusFromString(QStringLiteral("NEW")), Capture::Status::AwaitingUpload);
    }

    void capturesArePagedForTheCaller()
    {
        const int total = 23;
        fixture->handler = [total](const QHttpServerRequest &request) {
            const QUrlQuery query(request.url());
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
            QJsonArray page;
            for (int i = offset; i < std::min(total, offset + limit); ++i)
                page.append(QJsonObject { { QStringLiteral("session_id"), QStringLiteral("c%1").arg(i) },
                                          { QStringLiteral("status"), QStringLiteral("completed") } });
            return QHttpServerResponse(QJsonObject { { QStringLiteral("captures"), page },
                                                     { QStringLiteral("total_count"), total },
                                                     { QStringLiteral("offset"), offset },
                                                     { QStringLiteral("limit"), limit } });
        };
        client->setPageSize(10);
        CaptureQuery query;
        query.apiOnly = true;
        query.activity = QStringLiteral("golf");
        query.status = QStringLiteral("completed");
        ApiReply *reply = client->listCaptures(query);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(reply->captures().size(), total);
        QCOMPARE(reply->pagesFetched(), 3);
        for (int i = 0; i < total; ++i)
            QCOMPARE(reply->captures().at(i).sessionId, QStringLiteral("c%1").arg(i));
        QCOMPARE(fixture->seen.size(), 3);
        QCOMPARE(fixture->seen.at(2).query.queryItemValue(QStringLiteral("offset")), QStringLiteral("20"));
        QCOMPARE(fixture->seen.at(0).query.queryItemValue(QStringLiteral("source")), QStringLiteral("api"));
        QCOMPARE(fixture->seen.at(0).query.queryItemValue(QStringLiteral("activity")), QStringLiteral("golf"));
        QCOMPARE(fixture->seen.at(0).query.queryItemValue(QStringLiteral("status")), QStringLiteral("completed"));

        // maxResults stops early.
        query.maxResults = 15;
        ApiReply *limited = client->listCaptures(query);
        QVERIFY(waitFor(limited));
        QCOMPARE(limited->captures().size(), 15);
    }

    void athletesBothShapesAndPaging_data()
    {
        QTest::addColumn<bool>("bareArray");
        QTest::newRow("bare array") << true;
        QTest::newRow("object with athletes") << false;
    }
    void athletesBothShapesAndPaging()
    {
        QFETCH(bool, bareArray);
        const int total = 12;
        fixture->handler = [total, bareArray](const QHttpServerRequest &request) {
            const QUrlQuery query(request.url());
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
            QJsonArray page;
            for (int i = offset; i < std::min(total, offset + limit); ++i)
                page.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("a%1").arg(i) },
                                          { QStringLiteral("first_name"), QStringLiteral("Ann%1").arg(i) },
                                          { QStringLiteral("custom_attributes"),
                                            QJsonObject { { QStringLiteral("team"), QStringLiteral("XYZ") } } } });
            if (bareArray)
                return QHttpServerResponse(page);
            return QHttpServerResponse(QJsonObject { { QStringLiteral("athletes"), page } });
        };
        client->setPageSize(5);
        AthleteQuery query;
        query.sortedBy = QStringLiteral("last_name");
        query.filters.insert(QStringLiteral("team"), QStringLiteral("X Y&Z"));
        ApiReply *reply = client->listAthletes(query);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(reply->athletes().size(), total);
        QCOMPARE(reply->pagesFetched(), 3);
        QCOMPARE(reply->athletes().at(11).id, QStringLiteral("a11"));
        QCOMPARE(reply->athletes().at(11).customAttributes.value(QStringLiteral("team")), QStringLiteral("XYZ"));
        QCOMPARE(fixture->seen.first().query.queryItemValue(QStringLiteral("sorted_by")), QStringLiteral("last_name"));
        QCOMPARE(fixture->seen.first().query.queryItemValue(QStringLiteral("team"), QUrl::FullyDecoded),
                 QStringLiteral("X Y&Z"));
    }

    void athleteQueryIsCheckedBeforeSending_data()
    {
        QTest::addColumn<QString>("sortedBy");
        QTest::addColumn<QString>("filter");
        QTest::newRow("sort by email") << QStringLiteral("email") << QString();
        QTest::newRow("filter named limit") << QString() << QStringLiteral("limit");
        QTest::newRow("filter named offset") << QString() << QStringLiteral("offset");
        QTest::newRow("filter with space") << QString() << QStringLiteral("my team");
    }
    void athleteQueryIsCheckedBeforeSending()
    {
        QFETCH(QString, sortedBy);
        QFETCH(QString, filter);
        AthleteQuery query;
        query.sortedBy = sortedBy;
        if (!filter.isEmpty())
            query.filters.insert(filter, QStringLiteral("1"));
        ApiReply *reply = client->listAthletes(query);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Validation);
        QVERIFY(fixture->seen.isEmpty());
    }

    void athletesUnknownShapeFailsClearly_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("string") << QByteArray(R"("athletes")");
        QTest::newRow("object without list") << QByteArray(R"({"count":3})");
        QTest::newRow("two lists") << QByteArray(R"({"a":[],"b":[]})");
        QTest::newRow("html") << QByteArray("<html></html>");
        QTest::newRow("athlete without id") << QByteArray(R"([{"first_name":"Ann"}])");
    }
    void athletesUnknownShapeFailsClearly()
    {
        QFETCH(QByteArray, body);
        fixture->handler = [body](const QHttpServerRequest &) { return json(body); };
        ApiReply *reply = client->listAthletes();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY(!reply->error().message().isEmpty());
    }

    // The same page forever, with a total of 2^31-1: the second page brings
    // nothing new and the walk ends (it used to ask without end and grow past
    // a gigabyte).
    void capturesSamePageForeverEnds()
    {
        fixture->handler = [](const QHttpServerRequest &) {
            return json(R"({"captures":[{"session_id":"s1","status":"processing"},)"
                        R"({"session_id":"s2","status":"processing"}],"total_count":2147483647})");
        };
        client->setPageSize(2);
        ApiReply *reply = client->listCaptures();
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(reply->captures().size(), 2);
        QCOMPARE(fixture->seen.size(), 2);
    }

    // A server that ignores offset answers every page with the first one. With
    // a plausible total the walk used to collect each capture once per page
    // (15 here, 10 of them copies); the second page brings nothing new.
    void capturesServerIgnoringOffsetHasEachCaptureOnce()
    {
        fixture->handler = [](const QHttpServerRequest &) {
            QJsonArray page;
            for (int i = 0; i < 5; ++i)
                page.append(QJsonObject { { QStringLiteral("session_id"), QStringLiteral("c%1").arg(i) },
                                          { QStringLiteral("status"), QStringLiteral("completed") } });
            return QHttpServerResponse(
                QJsonObject { { QStringLiteral("captures"), page }, { QStringLiteral("total_count"), 12 } });
        };
        client->setPageSize(5);
        ApiReply *reply = client->listCaptures();
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(reply->captures().size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(reply->captures().at(i).sessionId, QStringLiteral("c%1").arg(i));
        QCOMPARE(fixture->seen.size(), 2);
        QCOMPARE(fixture->seen.at(1).query.queryItemValue(QStringLiteral("offset")), QStringLiteral("5"));
    }

    // Every page new, the total absurd: the hard cap ends it.
    void listsStopAtTheHardCap_data()
    {
        QTest::addColumn<bool>("athletes");
        QTest::newRow("captures") << false;
        QTest::newRow("athletes") << true;
    }

    void listsStopAtTheHardCap()
    {
        QFETCH(bool, athletes);
        QCOMPARE(UpliftClient::DefaultMaxListItems, 100000);
        fixture->handler = [athletes](const QHttpServerRequest &request) {
            const QUrlQuery query(request.url());
            const int limit = query.queryItemValue(QStringLiteral("limit")).toInt();
            const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
            QJsonArray page;
            for (int i = offset; i < offset + limit; ++i)
                page.append(athletes ? QJsonObject { { QStringLiteral("id"), QStringLiteral("a%1").arg(i) },
                                                     { QStringLiteral("first_name"), QStringLiteral("A") } }
                                     : QJsonObject { { QStringLiteral("session_id"), QStringLiteral("c%1").arg(i) } });
            return QHttpServerResponse(
                QJsonObject { { athletes ? QStringLiteral("athletes") : QStringLiteral("captures"), page },
                              { QStringLiteral("total_count"), 2147483647 } });
        };
        client->setPageSize(10);
        client->setMaxListItems(35);
        ApiReply *reply = athletes ? client->listAthletes() : client->listCaptures();
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(athletes ? reply->athletes().size() : reply->captures().size(), 35);
        QCOMPARE(fixture->seen.size(), 4);
        // The last page asked only for what the cap leaves.
        QCOMPARE(fixture->seen.last().query.queryItemValue(QStringLiteral("limit")), QStringLiteral("5"));
    }

    // A total the pages have passed ends the walk even if pages keep coming.
    void offsetPastThePromisedTotalEnds()
    {
        int asked = 0;
        fixture->handler = [&asked](const QHttpServerRequest &) {
            ++asked;
            QJsonArray page;
            for (int i = 0; i < 10; ++i)
                page.append(
                    QJsonObject { { QStringLiteral("session_id"), QStringLiteral("p%1-%2").arg(asked).arg(i) } });
            return QHttpServerResponse(
                QJsonObject { { QStringLiteral("captures"), page }, { QStringLiteral("total_count"), 15 } });
        };
        client->setPageSize(10);
        ApiReply *reply = client->listCaptures();
        QVERIFY(waitFor(reply));
        QVERIFY(reply->succeeded());
        QCOMPARE(fixture->seen.size(), 2);
        QCOMPARE(reply->captures().size(), 20);
    }

    void athletesServerIgnoringOffsetDoesNotLoop()
    {
        fixture->handler = [](const QHttpServerRequest &) { return json(R"([{"id":"a"},{"id":"b"}])"); };
        client->setPageSize(2);
        ApiReply *reply = client->listAthletes();
        QVERIFY(waitFor(reply));
        QVERIFY(reply->succeeded());
        QCOMPARE(reply->athletes().size(), 2);
        QCOMPARE(fixture->seen.size(), 2);
    }

    void createAthleteWithInvalidCustomKeysIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("space") << QStringLiteral("my team");
        QTest::newRow("digit first") << QStringLiteral("1team");
        QTest::newRow("at sign") << QStringLiteral("team@");
        QTest::newRow("hash") << QStringLiteral("#team");
        QTest::newRow("reserved DOB") << QStringLiteral("DOB");
        QTest::newRow("reserved email") << QStringLiteral("email");
        QTest::newRow("empty") << QString();
    }
    void createAthleteWithInvalidCustomKeysIsRefusedBeforeSending()
    {
        QFETCH(QString, key);
        Athlete athlete;
        athlete.firstName = QStringLiteral("Ann");
        athlete.customAttributes.insert(key, QStringLiteral("v"));
        ApiReply *reply = client->createAthlete(athlete);
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Validation);
        QVERIFY(hasFieldError(reply->error().fieldErrors(), QStringLiteral("custom_attributes.") + key));
        QVERIFY(fixture->seen.isEmpty());

        ApiReply *update = client->updateAthlete(
            QStringLiteral("a1"),
            { { QStringLiteral("custom_attributes"), QJsonObject { { key, QStringLiteral("v") } } } });
        QVERIFY(waitFor(update));
        QCOMPARE(update->error().kind(), ApiError::Kind::Validation);
        QVERIFY(fixture->seen.isEmpty());
    }

    void createAndUpdateAthlete()
    {
        fixture->handler = [](const QHttpServerRequest &request) {
            QJsonObject athlete = QJsonDocument::fromJson(request.body()).object();
            athlete.insert(QStringLiteral("id"), QStringLiteral("new-1"));
            return QHttpServerResponse(QJsonObject { { QStringLiteral("athlete"), athlete } });
        };
        Athlete athlete;
        athlete.firstName = QStringLiteral("Ann");
        athlete.lastName = QStringLiteral("Lee");
        athlete.height = 70;
        athlete.customAttributes.insert(QStringLiteral("team_A-1"), QStringLiteral("XYZ"));
        ApiReply *reply = client->createAthlete(athlete);
        QVERIFY(waitFor(reply));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
        QCOMPARE(reply->athlete().id, QStringLiteral("new-1"));
        QCOMPARE(reply->athlete().height, std::optional<int>(70));
        QCOMPARE(fixture->seen.first().path, QStringLiteral("/v1/athletes"));

        Athlete nameless;
        ApiReply *refused = client->createAthlete(nameless);
        QVERIFY(waitFor(refused));
        QVERIFY(
            hasFieldError(refused->error().fieldErrors(), QStringLiteral("first_name"), QStringLiteral("required")));

        ApiReply *update
            = client->updateAthlete(QStringLiteral("new-1"), { { QStringLiteral("last_name"), QStringLiteral("Li") } });
        QVERIFY(waitFor(update));
        QVERIFY(update->succeeded());
        QCOMPARE(fixture->seen.last().path, QStringLiteral("/v1/athletes/new-1"));
        QCOMPARE(fixture->seen.last().method, QStringLiteral("Post"));
        QCOMPARE(update->athlete().lastName, QStringLiteral("Li"));
    }

    void cancelStopsTheCall()
    {
        fixture->delayMs = 2000;
        fixture->handler = [](const QHttpServerRequest &) { return json(reservationBody()); };
        ApiReply *reply = client->getCapture(QStringLiteral("x"));
        QSignalSpy spy(reply, &ApiReply::finished);
        QTimer::singleShot(100, reply, &ApiReply::cancel);
        QVERIFY(spy.wait(1500));
        QCOMPARE(spy.size(), 1);
        QCOMPARE(reply->error().kind(), ApiError::Kind::Cancelled);
    }

    void deletingAReplyAbortsItsRequest()
    {
        fixture->delayMs = 500;
        fixture->handler
            = [](const QHttpServerRequest &) { return json(R"({"session_id":"x","status":"completed"})"); };
        QPointer<ApiReply> reply = client->getCapture(QStringLiteral("x"));
        QTRY_COMPARE(fixture->seen.size(), 1);
        QCOMPARE(network->findChildren<QNetworkReply *>().size(), 1);
        delete reply.data();
        // The network reply goes too, and nothing touches the deleted ApiReply.
        QTRY_COMPARE(network->findChildren<QNetworkReply *>().size(), 0);
        QTest::qWait(700);
    }

    void noKeyNoRequest()
    {
        UpliftClient keyless(network.get());
        keyless.setBaseUrl(fixture->base());
        ApiReply *reply = keyless.getCapture(QStringLiteral("x"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Configuration);
        QVERIFY(fixture->seen.isEmpty());
    }

    void selfSignedTlsIsNeverIgnored()
    {
        // A real TLS server on 127.0.0.1 with a certificate nobody trusts,
        // made at test time with openssl.
        QTemporaryDir dir(qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath()) + QStringLiteral("/tls-XXXXXX"));
        QVERIFY(dir.isValid());
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                        QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"),
                        QStringLiteral("-nodes"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
                        QStringLiteral("-days"), QStringLiteral("1"), QStringLiteral("-keyout"),
                        dir.filePath(QStringLiteral("key.pem")), QStringLiteral("-out"),
                        dir.filePath(QStringLiteral("cert.pem")) });
        QVERIFY(openssl.waitForFinished(20000));
        QCOMPARE(openssl.exitCode(), 0);
        QFile certFile(dir.filePath(QStringLiteral("cert.pem")));
        QFile keyFile(dir.filePath(QStringLiteral("key.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        const QSslCertificate certificate(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        QVERIFY(!certificate.isNull() && !key.isNull());

        Fixture tls(certificate, key);
        tls.handler = [](const QHttpServerRequest &) { return json(R"({"session_id":"x","status":"completed"})"); };
        QVERIFY(client->setBaseUrl(QUrl(QStringLiteral("https://127.0.0.1:%1/v1").arg(tls.port))));
        ApiReply *reply = client->getCapture(QStringLiteral("x"));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
        QCOMPARE(reply->error().networkError(), QNetworkReply::SslHandshakeFailedError);
        QVERIFY(!reply->error().isRetryable());
        QVERIFY(tls.seen.isEmpty());
    }

    void tokenNeverInLogsOrErrors()
    {
        // A hostile server echoes the token back in its errors, headers and
        // redirect targets; debug logging is on.
        QLoggingCategory::setFilterRules(QStringLiteral("uplift.api.debug=true"));
        capturedLog.clear();
        previousHandler = qInstallMessageHandler(captureLog);
        fixture->handler = [](const QHttpServerRequest &request) {
            const QString echoed = QString::fromUtf8(request.value("Authorization"));
            if (request.url().path().endsWith(QLatin1String("/captures/redirect"))) {
                QHttpServerResponse response(QHttpServerResponse::StatusCode::TemporaryRedirect);
                response.addHeader("Location", "/v1/captures/" + QUrl::toPercentEncoding(echoed));
                return response;
            }
            return json(QJsonDocument(
                            QJsonObject {
                                { QStringLiteral("error"), echoed },
                                { QStringLiteral("message"),
                                  QStringLiteral("Token %1 is invalid; policy=abc x-amz-signature=def").arg(echoed) } })
                            .toJson(),
                        QHttpServerResponse::StatusCode::Unauthorized);
        };
        QList<ApiError> errors;
        for (const QString &id : { QStringLiteral("plain"), QStringLiteral("redirect") }) {
            ApiReply *reply = client->getCapture(id);
            QVERIFY(waitFor(reply));
            errors << reply->error();
        }
        fixture->handler = [](const QHttpServerRequest &request) {
            return json(request.value("Authorization"), QHttpServerResponse::StatusCode::InternalServerError);
        };
        ApiReply *reply = client->createCapture(validSpec());
        QVERIFY(waitFor(reply));
        errors << reply->error();
        qInstallMessageHandler(previousHandler);
        QLoggingCategory::setFilterRules(QString());

        // The server really did get and echo the token...
        QCOMPARE(fixture->seen.first().authorization, "Bearer " + kToken.toUtf8());
        QVERIFY(capturedLog.size() >= 4);
        QVERIFY(capturedLog.join(QLatin1Char('\n')).contains(QStringLiteral("[redacted]")));
        // ...and it appears nowhere on our side.
        for (const QString &line : std::as_const(capturedLog))
            QVERIFY2(!line.contains(kToken), qPrintable(line.left(30)));
        for (const ApiError &error : errors) {
            QCOMPARE(error.httpStatus() >= 400, true);
            for (const QString &text :
                 { error.message(), error.details(), error.serverError(), error.serverMessage() }) {
                QVERIFY(!text.contains(kToken));
                QVERIFY(!text.contains(QStringLiteral("x-amz-signature=def")));
            }
        }
    }
};

QTEST_GUILESS_MAIN(tst_UpliftClient)
#include "tst_upliftclient.moc"
