#include "api/client/apierror.h"
#include "api/client/apilog.h"

#include <QTest>

class tst_ApiError : public QObject
{
    Q_OBJECT

private slots:
    void retryableStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("retryable");
        for (int s : { 429, 500, 502, 503, 504 })
            QTest::addRow("%d", s) << s << true;
        for (int s : { 400, 401, 403, 404, 409, 422 })
            QTest::addRow("%d", s) << s << false;
    }
    void retryableStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, retryable);
        QCOMPARE(ApiError::http(status, {}, {}).isRetryable(), retryable);
    }

    void networkAndTimeoutAreRetryableButTlsIsNot()
    {
        QVERIFY(ApiError::timeout().isRetryable());
        QVERIFY(ApiError::network(QNetworkReply::ConnectionRefusedError, QStringLiteral("refused")).isRetryable());
        QVERIFY(ApiError::network(QNetworkReply::RemoteHostClosedError, QStringLiteral("closed")).isRetryable());
        QVERIFY(!ApiError::network(QNetworkReply::SslHandshakeFailedError, QStringLiteral("tls")).isRetryable());
        QVERIFY(!ApiError::cancelled().isRetryable());
        QVERIFY(!ApiError::validation({}).isRetryable());
        QVERIFY(!ApiError::invalidResponse(QStringLiteral("x")).isRetryable());
    }

    void serverErrorAndMessageAreKept()
    {
        const ApiError e = ApiError::http(404, R"({"error":"NotFound","message":"Capture not found."})", {});
        QCOMPARE(e.kind(), ApiError::Kind::Http);
        QCOMPARE(e.serverError(), QStringLiteral("NotFound"));
        QCOMPARE(e.serverMessage(), QStringLiteral("Capture not found."));
        QVERIFY(e.message().contains(QStringLiteral("Capture not found.")));
        QVERIFY(e.message().contains(QStringLiteral("404")));
    }

    void emptyAndNonJsonBodiesStillExplain()
    {
        const ApiError empty = ApiError::http(502, {}, {});
        QVERIFY(empty.message().contains(QStringLiteral("502")));
        QVERIFY(empty.serverMessage().isEmpty());
        const ApiError html = ApiError::http(500, "<html><body>Bad gateway</body></html>", {});
        QVERIFY(html.message().contains(QStringLiteral("500")));
        QVERIFY(html.details().contains(QStringLiteral("Bad gateway")));
        QVERIFY(html.message() != empty.message());
    }

    void retryAfterSeconds()
    {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QCOMPARE(ApiError::http(429, {}, "7", now).retryAfterSeconds(), std::optional<qint64>(7));
        QCOMPARE(ApiError::http(503, {}, " 0 ", now).retryAfterSeconds(), std::optional<qint64>(0));
        QCOMPARE(ApiError::http(429, {}, "-3", now).retryAfterSeconds(), std::nullopt);
        QCOMPARE(ApiError::http(429, {}, "soon", now).retryAfterSeconds(), std::nullopt);
        QCOMPARE(ApiError::http(429, {}, {}, now).retryAfterSeconds(), std::nullopt);
        // Only 429 and 503 carry a meaningful Retry-After here.
        QCOMPARE(ApiError::http(500, {}, "7", now).retryAfterSeconds(), std::nullopt);
    }

    void retryAfterHttpDate()
    {
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 49, 0), Qt::UTC);
        QCOMPARE(ApiError::parseRetryAfter("Sun, 06 Nov 1994 08:49:37 GMT", now), std::optional<qint64>(37));
        QCOMPARE(ApiError::parseRetryAfter("Sun, 06 Nov 1994 08:48:00 GMT", now), std::optional<qint64>(0));
        QCOMPARE(ApiError::parseRetryAfter("Sunday, 06-Nov-94 08:49:37 GMT", now), std::nullopt);
    }
    void redactsTokensAndS3Signatures_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("authorization header")
            << QStringLiteral("Authorization: Bearer abc.def-123") << QStringLiteral("abc.def-123");
        QTest::newRow("json signature") << QStringLiteral("{\"x-amz-signature\": \"f00dbabe\", \"key\": \"k\"}")
                                        << QStringLiteral("f00dbabe");
        QTest::newRow("json policy") << QStringLiteral("{\"policy\":\"eyJleHBpcmF0aW9uIjoi\"}")
                                     << QStringLiteral("eyJleHBpcmF0aW9uIjoi");
        QTest::newRow("query signature") << QStringLiteral(
            "https://s3/b?X-Amz-Signature=cafe01&X-Amz-Credential=AKIA%2F2026")
                                         << QStringLiteral("cafe01");
        QTest::newRow("query credential")
            << QStringLiteral("https://s3/b?X-Amz-Signature=cafe01&X-Amz-Credential=AKIA%2F2026")
            << QStringLiteral("AKIA");
        QTest::newRow("registered secret alone")
            << QStringLiteral("token was sk_live_registered_42 here") << QStringLiteral("sk_live_registered_42");
    }
    void redactsTokensAndS3Signatures()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        ApiLog::addSecret(QStringLiteral("sk_live_registered_42"));
        QVERIFY(text.contains(secret));
        const QString redacted = ApiLog::redactSecrets(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(QStringLiteral("[redacted]")));
    }

    void redactionKeepsOrdinaryText()
    {
        const QString text = QStringLiteral("GET http://127.0.0.1:5/v1/captures?limit=100 -> 200");
        QCOMPARE(ApiLog::redactSecrets(text), text);
    }
};

QTEST_GUILESS_MAIN(tst_ApiError)
#include "tst_apierror.moc"
