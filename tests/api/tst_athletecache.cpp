#include "api/client/apireply.h"
#include "api/client/upliftclient.h"
#include "api/roster/athletecache.h"

#include <QFile>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QUrlQuery>

namespace {

Athlete makeAthlete(const QString &id, const QString &first, const QString &last)
{
    Athlete athlete;
    athlete.id = id;
    athlete.firstName = first;
    athlete.lastName = last;
    return athlete;
}

QStringList ids(const QList<Athlete> &athletes)
{
    QStringList result;
    for (const Athlete &athlete : athletes)
        result << athlete.id;
    return result;
}

} // namespace

class TestAthleteCache : public QObject
{
    Q_OBJECT

private slots:
    void init();

    void defaultPathIsInAppDataLocation();
    void rosterSurvivesARestart();
    void listIsSortedByLastThenFirstName();
    void replaceAllDropsAthletesNoLongerOnTheRoster();
    void storeAddsAndUpdatesOneAthlete();
    void unknownMembersSurviveTheCache();
    void unusableFileIsReportedNotFatal();
    void refreshFillsTheCacheFromTheServer();
    void failedRefreshKeepsTheLastGoodRoster();

private:
    QString path() const { return qEnvironmentVariable("UPLIFT_TEST_TMP") + QStringLiteral("/athletes.sqlite"); }
};

void TestAthleteCache::init()
{
    QFile::remove(path());
}

void TestAthleteCache::defaultPathIsInAppDataLocation()
{
    const QString expected = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QVERIFY(!expected.isEmpty());
    QVERIFY(AthleteCache::defaultDatabasePath().startsWith(expected + QLatin1Char('/')));
    // The test's own XDG_DATA_HOME, never the coach's.
    QVERIFY(AthleteCache::defaultDatabasePath().startsWith(qEnvironmentVariable("XDG_DATA_HOME")));
    AthleteCache cache;
    QVERIFY(cache.open());
    QVERIFY(QFile::exists(AthleteCache::defaultDatabasePath()));
}

void TestAthleteCache::rosterSurvivesARestart()
{
    const QDateTime when = QDateTime::fromString(QStringLiteral("2026-05-13T12:00:00.250Z"), Qt::ISODateWithMs);
    {
        AthleteCache cache(path());
        QVERIFY(cache.open());
        QVERIFY(!cache.lastRefreshed().isValid());
        QVERIFY(cache.replaceAll({ makeAthlete(QStringLiteral("a1"), QStringLiteral("Ada"), QStringLiteral("Li")),
                                   makeAthlete(QStringLiteral("a2"), QStringLiteral("Bo"), QStringLiteral("Chen")) },
                                 when));
    }
    AthleteCache cache(path());
    QVERIFY(cache.open());
    QCOMPARE(ids(cache.athletes()), (QStringList { QStringLiteral("a2"), QStringLiteral("a1") }));
    QCOMPARE(cache.lastRefreshed(), when);
    QCOMPARE(cache.athlete(QStringLiteral("a1"))->displayName(), QStringLiteral("Ada Li"));
    QVERIFY(!cache.athlete(QStringLiteral("nobody")).has_value());
}

void TestAthleteCache::listIsSortedByLastThenFirstName()
{
    AthleteCache cache(path());
    QVERIFY(cache.open());
    QVERIFY(cache.replaceAll({ makeAthlete(QStringLiteral("3"), QStringLiteral("zoe"), QStringLiteral("adams")),
                               makeAthlete(QStringLiteral("1"), QStringLiteral("Max"), QStringLiteral("Young")),
                               makeAthlete(QStringLiteral("2"), QStringLiteral("Amy"), QStringLiteral("Adams")),
                               makeAthlete(QStringLiteral("4"), QStringLiteral("Solo"), QString()) }));
    QCOMPARE(ids(cache.athletes()),
             (QStringList { QStringLiteral("4"), QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("1") }));
}

void TestAthleteCache::replaceAllDropsAthletesNoLongerOnTheRoster()
{
    AthleteCache cache(path());
    QVERIFY(cache.open());
    QSignalSpy changed(&cache, &AthleteCache::changed);
    QVERIFY(cache.replaceAll({ makeAthlete(QStringLiteral("a1"), QStringLiteral("Ada"), QStringLiteral("Li")),
                               makeAthlete(QStringLiteral("a2"), QStringLiteral("Bo"), QStringLiteral("Chen")) }));
    QVERIFY(cache.replaceAll({ makeAthlete(QStringLiteral("a2"), QStringLiteral("Bob"), QStringLiteral("Chen")) }));
    QCOMPARE(changed.size(), 2);
    QCOMPARE(ids(cache.athletes()), QStringList { QStringLiteral("a2") });
    QCOMPARE(cache.athletes().first().firstName, QStringLiteral("Bob"));

    // An athlete without id cannot be stored: the whole replacement is undone.
    QVERIFY(!cache.replaceAll({ makeAthlete(QStringLiteral("a3"), QStringLiteral("C"), QStringLiteral("D")),
                                makeAthlete(QString(), QStringLiteral("No"), QStringLiteral("Id")) }));
    QCOMPARE(ids(cache.athletes()), QStringList { QStringLiteral("a2") });
    QCOMPARE(changed.size(), 2);
}

void TestAthleteCache::storeAddsAndUpdatesOneAthlete()
{
    AthleteCache cache(path());
    QVERIFY(cache.open());
    QVERIFY(cache.store(makeAthlete(QStringLiteral("a1"), QStringLiteral("Ada"), QStringLiteral("Li"))));
    Athlete updated = makeAthlete(QStringLiteral("a1"), QStringLiteral("Ada"), QStringLiteral("Lin"));
    updated.customAttributes.insert(QStringLiteral("team"), QStringLiteral("U18"));
    QVERIFY(cache.store(updated));
    QCOMPARE(cache.athletes().size(), 1);
    QCOMPARE(cache.athletes().first().lastName, QStringLiteral("Lin"));
    QCOMPARE(cache.athletes().first().customAttributes.value(QStringLiteral("team")), QStringLiteral("U18"));
    QVERIFY(!cache.store(makeAthlete(QString(), QStringLiteral("No"), QStringLiteral("Id"))));
}

void TestAthleteCache::unknownMembersSurviveTheCache()
{
    Athlete athlete = makeAthlete(QStringLiteral("a1"), QStringLiteral("Ada"), QStringLiteral("Li"));
    athlete.height = 70;
    athlete.dateOfBirth = QStringLiteral("2008-02-29");
    athlete.extra.insert(QStringLiteral("dominant_hand"), QStringLiteral("left"));
    AthleteCache cache(path());
    QVERIFY(cache.store(athlete));
    const Athlete back = cache.athlete(QStringLiteral("a1")).value();
    QCOMPARE(back.height, std::optional<int>(70));
    QCOMPARE(back.dateOfBirth, QStringLiteral("2008-02-29"));
    QCOMPARE(back.extra.value(QStringLiteral("dominant_hand")).toString(), QStringLiteral("left"));
}

void TestAthleteCache::unusableFileIsReportedNotFatal()
{
    const QString notAFolder = qEnvironmentVariable("UPLIFT_TEST_TMP") + QStringLiteral("/plain-file");
    QFile file(notAFolder);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    AthleteCache cache(notAFolder + QStringLiteral("/athletes.sqlite"));
    QString problem;
    QVERIFY(!cache.open(&problem));
    QVERIFY(!problem.isEmpty());
    QVERIFY(cache.athletes().isEmpty());
    QVERIFY(!cache.store(makeAthlete(QStringLiteral("a1"), QStringLiteral("A"), QStringLiteral("B"))));
}

void TestAthleteCache::refreshFillsTheCacheFromTheServer()
{
    // Three pages of two: the client pages, the cache gets the whole roster.
    QHttpServer server;
    int requests = 0;
    QByteArray authorization;
    server.route(QStringLiteral("/v1/athletes"), [&](const QHttpServerRequest &request) -> QHttpServerResponse {
        ++requests;
        authorization = request.value("Authorization");
        const QUrlQuery query(request.url());
        const int offset = query.queryItemValue(QStringLiteral("offset")).toInt();
        QJsonArray page;
        for (int i = offset; i < std::min(offset + 2, 5); ++i)
            page.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("id-%1").arg(i) },
                                      { QStringLiteral("first_name"), QStringLiteral("First%1").arg(i) },
                                      { QStringLiteral("last_name"), QStringLiteral("Last%1").arg(i) } });
        return QHttpServerResponse(QJsonObject { { QStringLiteral("athletes"), page } });
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);

    QNetworkAccessManager network;
    UpliftClient client(&network);
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))));
    client.setApiKey(QStringLiteral("cache-test-key"));
    client.setPageSize(2);

    AthleteCache cache(path());
    QVERIFY(cache.open());
    QVERIFY(cache.replaceAll({ makeAthlete(QStringLiteral("gone"), QStringLiteral("Old"), QStringLiteral("Entry")) }));
    QSignalSpy changed(&cache, &AthleteCache::changed);
    QSignalSpy failed(&cache, &AthleteCache::refreshFailed);
    cache.refresh(&client);
    QVERIFY(cache.isRefreshing());
    cache.refresh(&client); // ignored while the first runs
    QTRY_COMPARE_WITH_TIMEOUT(changed.size(), 1, 10000);
    QCOMPARE(failed.size(), 0);
    QVERIFY(!cache.isRefreshing());
    QCOMPARE(requests, 3);
    QCOMPARE(authorization, QByteArray("Bearer cache-test-key"));
    QCOMPARE(ids(cache.athletes()),
             (QStringList { QStringLiteral("id-0"), QStringLiteral("id-1"), QStringLiteral("id-2"),
                            QStringLiteral("id-3"), QStringLiteral("id-4") }));
    QVERIFY(cache.lastRefreshed().secsTo(QDateTime::currentDateTimeUtc()) < 60);
}

void TestAthleteCache::failedRefreshKeepsTheLastGoodRoster()
{
    QHttpServer server;
    server.route(QStringLiteral("/v1/athletes"), [](const QHttpServerRequest &) -> QHttpServerResponse {
        return QHttpServerResponse(
            QJsonObject { { QStringLiteral("error"), QStringLiteral("InternalError") },
                          { QStringLiteral("message"), QStringLiteral("Roster service is down for maintenance") } },
            QHttpServerResponse::StatusCode::InternalServerError);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    QVERIFY(port != 0);
    QNetworkAccessManager network;
    UpliftClient client(&network);
    QVERIFY(client.setBaseUrl(QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port))));
    client.setApiKey(QStringLiteral("cache-test-key"));

    AthleteCache cache(path());
    QVERIFY(cache.replaceAll({ makeAthlete(QStringLiteral("kept"), QStringLiteral("Ada"), QStringLiteral("Li")) }));
    const QDateTime before = cache.lastRefreshed();
    QSignalSpy changed(&cache, &AthleteCache::changed);
    QSignalSpy failed(&cache, &AthleteCache::refreshFailed);
    cache.refresh(&client);
    QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
    QVERIFY2(failed.first().first().toString().contains(QStringLiteral("Roster service is down")),
             qPrintable(failed.first().first().toString()));
    QVERIFY(!failed.first().first().toString().contains(QStringLiteral("cache-test-key")));
    QCOMPARE(changed.size(), 0);
    QCOMPARE(ids(cache.athletes()), QStringList { QStringLiteral("kept") });
    QCOMPARE(cache.lastRefreshed(), before);
}

QTEST_GUILESS_MAIN(TestAthleteCache)
#include "tst_athletecache.moc"
