#include "api/client/upliftclient.h"
#include "sandbox/sandboxserver.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

// The client against the project's own sandbox server on 127.0.0.1: the two
// sides of the same contract must agree (shapes, paging, errors).
class tst_SandboxContract : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir dir { qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath())
                        + QStringLiteral("/contract-XXXXXX") };
    std::unique_ptr<SandboxServer> sandbox;
    QNetworkAccessManager network;
    std::unique_ptr<UpliftClient> client;

    static bool waitFor(ApiReply *reply)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &ApiReply::finished);
        return spy.wait(10000);
    }

    CaptureSpec spec(const QString &athleteId, int n) const
    {
        CaptureSpec s;
        s.athleteId = athleteId;
        s.sessionGroupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        s.cameraSetup = QStringLiteral("single.front_on");
        s.cameraOrientation = QStringLiteral("portrait");
        s.activity = QStringLiteral("golf");
        s.movement = QStringLiteral("full_swing");
        s.movementDimensions.insert(QStringLiteral("handedness"), QStringLiteral("right"));
        s.fileName = QStringLiteral("swing-%1.MOV").arg(n);
        s.captureTime = QDateTime::currentDateTimeUtc().addSecs(-60);
        return s;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(dir.isValid());
        SandboxOptions options;
        options.dataFolder = dir.filePath(QStringLiteral("data"));
        sandbox = std::make_unique<SandboxServer>(options);
        QString error;
        QVERIFY2(sandbox->start(&error), qPrintable(error));
        client = std::make_unique<UpliftClient>(&network);
        QVERIFY(client->setBaseUrl(sandbox->baseUrl()));
        client->setApiKey(sandbox->apiKey());
        client->setTimeout(5000);
    }

    void rosterPagesAndCreates()
    {
        client->setPageSize(2);
        ApiReply *all = client->listAthletes();
        QVERIFY(waitFor(all));
        QVERIFY2(all->succeeded(), qPrintable(all->error().details()));
        const qsizetype seeded = all->athletes().size();
        QVERIFY(seeded >= 3);
        QVERIFY(all->pagesFetched() >= 2);

        Athlete athlete;
        athlete.firstName = QStringLiteral("Contract");
        athlete.lastName = QStringLiteral("Tester");
        athlete.customAttributes.insert(QStringLiteral("team"), QStringLiteral("Contract XI"));
        ApiReply *created = client->createAthlete(athlete);
        QVERIFY(waitFor(created));
        QVERIFY2(created->succeeded(), qPrintable(created->error().details()));
        QVERIFY(!created->athlete().id.isEmpty());

        AthleteQuery byTeam;
        byTeam.filters.insert(QStringLiteral("team"), QStringLiteral("Contract XI"));
        ApiReply *team = client->listAthletes(byTeam);
        QVERIFY(waitFor(team));
        QCOMPARE(team->athletes().size(), 1);
        QCOMPARE(team->athletes().first().id, created->athlete().id);

        ApiReply *updated = client->updateAthlete(created->athlete().id,
                                                  { { QStringLiteral("last_name"), QStringLiteral("Passed") } });
        QVERIFY(waitFor(updated));
        QVERIFY2(updated->succeeded(), qPrintable(updated->error().details()));
        QCOMPARE(updated->athlete().lastName, QStringLiteral("Passed"));
    }

    void reserveFollowAndList()
    {
        ApiReply *roster = client->listAthletes();
        QVERIFY(waitFor(roster));
        QVERIFY(!roster->athletes().isEmpty());
        const QString athleteId = roster->athletes().first().id;

        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            ApiReply *reply = client->createCapture(spec(athleteId, i));
            QVERIFY(waitFor(reply));
            QVERIFY2(reply->succeeded(), qPrintable(reply->error().details()));
            const Reservation &r = reply->reservation();
            QCOMPARE(r.status, QStringLiteral("NEW"));
            QVERIFY(r.uploadExpiresAt > QDateTime::currentDateTimeUtc());
            QVERIFY(!r.uploadFields.isEmpty());
            // The sandbox sends boto3's field order, which is not the sorted
            // order a QJsonObject would have produced.
            QStringList names;
            for (const auto &field : r.uploadFields)
                names << field.first;
            QVERIFY(names.contains(QStringLiteral("key")));
            QVERIFY(names.contains(QStringLiteral("policy")));
            QStringList sorted = names;
            sorted.sort();
            QVERIFY2(names != sorted, qPrintable(names.join(QLatin1Char(','))));
            ids << r.sessionId;
        }

        ApiReply *one = client->getCapture(ids.first());
        QVERIFY(waitFor(one));
        QVERIFY2(one->succeeded(), qPrintable(one->error().details()));
        QCOMPARE(one->capture().status, Capture::Status::AwaitingUpload);
        QCOMPARE(one->capture().dimensions.value(QStringLiteral("handedness")).toString(), QStringLiteral("right"));

        client->setPageSize(2);
        CaptureQuery query;
        query.athleteId = athleteId;
        query.apiOnly = true;
        ApiReply *list = client->listCaptures(query);
        QVERIFY(waitFor(list));
        QVERIFY2(list->succeeded(), qPrintable(list->error().details()));
        QCOMPARE(list->pagesFetched(), 3);
        QStringList listed;
        for (const Capture &c : list->captures())
            listed << c.sessionId;
        for (const QString &id : ids)
            QVERIFY(listed.contains(id));

        ApiReply *missing = client->getCapture(QStringLiteral("no-such-capture"));
        QVERIFY(waitFor(missing));
        QCOMPARE(missing->error().httpStatus(), 404);
        QVERIFY(!missing->error().serverMessage().isEmpty());
    }

    void wrongKeyIs401()
    {
        UpliftClient wrong(&network);
        QVERIFY(wrong.setBaseUrl(sandbox->baseUrl()));
        wrong.setApiKey(QStringLiteral("sk_wrong_key_123456"));
        ApiReply *reply = wrong.listAthletes();
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().httpStatus(), 401);
        QCOMPARE(reply->error().serverError(), QStringLiteral("Unauthorized"));
        QVERIFY(!reply->error().isRetryable());
    }

    void unknownAthleteIs400WithTheServersMessage()
    {
        ApiReply *reply = client->createCapture(spec(QUuid::createUuid().toString(QUuid::WithoutBraces), 9));
        QVERIFY(waitFor(reply));
        QCOMPARE(reply->error().httpStatus(), 400);
        QVERIFY(reply->error().message().contains(QStringLiteral("athlete_id")));
    }

    void cleanupTestCase()
    {
        client.reset();
        sandbox.reset();
    }
};

QTEST_GUILESS_MAIN(tst_SandboxContract)
#include "tst_sandboxcontract.moc"
