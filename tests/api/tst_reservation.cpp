#include "api/messages/reservation.h"

#include <QTest>

namespace {

const QByteArray kFields
    = R"({"key":"k/1.mov","Content-Type":"video/quicktime","x-amz-algorithm":"AWS4-HMAC-SHA256","policy":"cG9s","x-amz-signature":"abc"})";

QByteArray body(const QByteArray &url = "https://bucket.s3.amazonaws.com/", const QByteArray &fields = kFields)
{
    return R"({"session_id":"s1","session_group_id":"11111111-2222-3333-4444-555555555555","upload_url":")" + url
        + R"(","upload_fields":)" + fields + R"(,"upload_expires_at":"2026-05-13T12:30:00Z","status":"NEW"})";
}

} // namespace

class tst_Reservation : public QObject
{
    Q_OBJECT

private slots:
    void readsEveryMember()
    {
        Reservation r;
        QString problem;
        QVERIFY2(Reservation::fromJson(body(), &r, &problem), qPrintable(problem));
        QCOMPARE(r.sessionId, QStringLiteral("s1"));
        QCOMPARE(r.sessionGroupId, QStringLiteral("11111111-2222-3333-4444-555555555555"));
        QCOMPARE(r.uploadUrl, QUrl(QStringLiteral("https://bucket.s3.amazonaws.com/")));
        QCOMPARE(r.uploadExpiresAt, QDateTime(QDate(2026, 5, 13), QTime(12, 30), Qt::UTC));
        QCOMPARE(r.status, QStringLiteral("NEW"));
    }

    void uploadFieldsKeepTheServersOrder()
    {
        // Deliberately not alphabetical: QJsonObject would reorder these.
        Reservation r;
        QString problem;
        QVERIFY(Reservation::fromJson(body("https://b/",
                                           "{ \"z\" : \"1\", \"key\":\"k\\\"q\\u00e9\", \"A\":\"2\", "
                                           "\"nested\\u002Dname\":\"{\\\"x\\\":[1]}\", \"b\":\"3\" }"),
                                      &r, &problem));
        QStringList names;
        for (const auto &field : r.uploadFields)
            names << field.first;
        QCOMPARE(names,
                 (QStringList { QStringLiteral("z"), QStringLiteral("key"), QStringLiteral("A"),
                                QStringLiteral("nested-name"), QStringLiteral("b") }));
        QCOMPARE(r.uploadFields.at(1).second, QString::fromUtf8("k\"q\xC3\xA9"));
        QCOMPARE(r.uploadFields.at(3).second, QStringLiteral("{\"x\":[1]}"));
    }

    void orderedKeysSkipsOtherMembers()
    {
        bool ok = false;
        const QStringList keys = Reservation::orderedKeys("{\"a\":{\"upload_fields\":{\"no\":1}},\"b\":[{\"c\":\"}\"}],"
                                                          "\"upload_fields\":{\"y\":1,\"x\":[2,{\"w\":3}]},\"n\":null}",
                                                          QStringLiteral("upload_fields"), &ok);
        QVERIFY(ok);
        QCOMPARE(keys, (QStringList { QStringLiteral("y"), QStringLiteral("x") }));
        Reservation::orderedKeys("{\"upload_fields\":{}, \"upload_fields\":{\"a\":\"b\"}}",
                                 QStringLiteral("upload_fields"), &ok);
        QVERIFY(!ok);
    }

    void refusesIncompleteOrWrongResponses_data()
    {
        QTest::addColumn<QByteArray>("json");
        const QByteArray good = body();
        for (const char *member :
             { "session_id", "session_group_id", "upload_url", "upload_fields", "upload_expires_at", "status" }) {
            QByteArray without = good;
            without.replace(QByteArray("\"") + member + "\":", QByteArray("\"") + member + "_gone\":");
            QTest::addRow("no %s", member) << without;
        }
        QTest::newRow("fields not object") << body("https://b/", "\"key=k\"");
        QTest::newRow("fields array") << body("https://b/", "[[\"key\",\"k\"]]");
        QTest::newRow("field not string") << body("https://b/", "{\"key\":5}");
        QTest::newRow("field repeated") << body("https://b/", "{\"key\":\"a\",\"key\":\"b\"}");
        QTest::newRow("http remote") << body("http://bucket.s3.amazonaws.com/");
        QTest::newRow("ftp") << body("ftp://127.0.0.1/");
        QTest::newRow("no host") << body("https:///path");
        QTest::newRow("bad expiry") << QByteArray(good).replace("2026-05-13T12:30:00Z", "in 30 minutes");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("not json") << QByteArray("<html>");
        QTest::newRow("empty") << QByteArray();
    }
    void refusesIncompleteOrWrongResponses()
    {
        QFETCH(QByteArray, json);
        Reservation r;
        QString problem;
        QVERIFY(!Reservation::fromJson(json, &r, &problem));
        QVERIFY(!problem.isEmpty());
    }

    void plainHttpOnlyForLoopback_data()
    {
        QTest::addColumn<QByteArray>("url");
        QTest::addColumn<bool>("ok");
        QTest::newRow("127.0.0.1") << QByteArray("http://127.0.0.1:9000/b") << true;
        QTest::newRow("127.1.2.3") << QByteArray("http://127.1.2.3/b") << true;
        QTest::newRow("localhost") << QByteArray("http://localhost:9000/b") << true;
        QTest::newRow("::1") << QByteArray("http://[::1]:9000/b") << true;
        QTest::newRow("lan") << QByteArray("http://192.168.1.2/b") << false;
        QTest::newRow("localhost.evil") << QByteArray("http://localhost.evil.com/b") << false;
        QTest::newRow("https lan") << QByteArray("https://192.168.1.2/b") << true;
    }
    void plainHttpOnlyForLoopback()
    {
        QFETCH(QByteArray, url);
        QFETCH(bool, ok);
        Reservation r;
        QString problem;
        QCOMPARE(Reservation::fromJson(body(url), &r, &problem), ok);
    }
};

QTEST_GUILESS_MAIN(tst_Reservation)
#include "tst_reservation.moc"
