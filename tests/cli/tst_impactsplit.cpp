#include "cli/impactsplit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

// What `impacts` prints from what the finder heard: exactly the documented keys,
// seconds to the millisecond, nothing before the first video frame.
class tst_ImpactSplit : public QObject
{
    Q_OBJECT

    static ImpactSearch heard(const QList<Impact> &impacts, qint64 durationUs = 12'000'000)
    {
        ImpactSearch search;
        search.hasAudio = true;
        search.impacts = impacts;
        search.durationUs = durationUs;
        return search;
    }

private slots:
    void jsonHasExactlyTheDocumentedKeys()
    {
        const auto found = ImpactSplit::partsOf(heard({ { 5'500'123, -11.23 }, { 8'000'400, -4.06 } }),
                                                ImpactWindow { 2500, 1500, 2000 });
        const QJsonObject line = ImpactSplit::json(QStringLiteral("take.mp4"), true, found);
        QCOMPARE(QJsonDocument(line).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"audio":true,"file":"take.mp4","impacts":[)"
                            R"({"end":6.75,"start":3,"strength_db":-11.2,"time":5.5},)"
                            R"({"end":9.5,"start":6.75,"strength_db":-4.1,"time":8}]})"));
    }

    // The line printed: the same object, its keys in the order the README and issue give them.
    void theLineKeepsTheDocumentedOrder()
    {
        const auto found = ImpactSplit::partsOf(heard({ { 5'500'123, -11.23 } }), ImpactWindow { 2500, 1500, 2000 });
        const QString file = QStringLiteral("a \"quoted\" take.mp4");
        const QByteArray line = ImpactSplit::jsonLine(file, true, found);
        QCOMPARE(line,
                 QByteArray("{\"file\":\"a \\\"quoted\\\" take.mp4\",\"audio\":true,\"impacts\":["
                            R"({"time":5.5,"start":3,"end":7,"strength_db":-11.2}]})"
                            "\n"));
        QCOMPARE(QJsonDocument::fromJson(line).object(), ImpactSplit::json(file, true, found));
        QCOMPARE(ImpactSplit::jsonLine(QStringLiteral("b.mov"), false, {}),
                 QByteArray(R"({"file":"b.mov","audio":false,"impacts":[]})"
                            "\n"));
    }

    void aTakeWithoutSoundHasNoImpacts()
    {
        QCOMPARE(QJsonDocument(ImpactSplit::json(QStringLiteral("a.mov"), false, {})).toJson(QJsonDocument::Compact),
                 QByteArray(R"({"audio":false,"file":"a.mov","impacts":[]})"));
        QVERIFY(ImpactSplit::text(QStringLiteral("a.mov"), false, {}, {}).first().contains(QStringLiteral("no sound")));
        QVERIFY(ImpactSplit::text(QStringLiteral("a.mov"), true, {}, {}).first().contains(QStringLiteral("no impact")));
    }

    void soundBeforeTheFirstFrameIsLeftOut()
    {
        const auto found = ImpactSplit::partsOf(heard({ { -300'000, -3 }, { 1'000'000, -6 } }), ImpactWindow {});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().part.impactMs, 1000);
        QCOMPARE(found.first().part.range, (ClipRange { 0, 3000 }));
        QCOMPARE(found.first().strengthDb, -6.0);
    }

    void partsAreClampedToTheGivenDurationElseTheSearchs()
    {
        const ImpactSearch search = heard({ { 11'500'000, -6 } }, 12'000'000);
        QCOMPARE(ImpactSplit::partsOf(search, ImpactWindow {}).first().part.range, (ClipRange { 9500, 12000 }));
        QCOMPARE(ImpactSplit::partsOf(search, ImpactWindow {}, 11'800).first().part.range, (ClipRange { 9500, 11800 }));
    }

    void impactsInOneMillisecondAreOneWithTheLouderStrength()
    {
        const auto found = ImpactSplit::partsOf(heard({ { 2'000'100, -20 }, { 2'000'300, -8 } }), ImpactWindow {});
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().strengthDb, -8.0);
    }

    void textListsEachImpact()
    {
        const auto found = ImpactSplit::partsOf(heard({ { 5'500'000, -11.2 } }), ImpactWindow { 2500, 1500, 2000 });
        const QStringList lines = ImpactSplit::text(QStringLiteral("take.mp4"), true, found, { 2500, 1500, 2000 });
        QCOMPARE(lines.size(), 2);
        QVERIFY2(lines.first().startsWith(QStringLiteral("take.mp4: impacts heard: 1;")), qPrintable(lines.first()));
        QCOMPARE(lines.at(1), QStringLiteral("  1\t5.500 s\t3.000-7.000 s\t-11.2 dB"));
    }

    void secondsAreReadAsTheTrimRangesAre()
    {
        QCOMPARE(ImpactSplit::parseSeconds(QStringLiteral("2.5")), 2500);
        QCOMPARE(ImpactSplit::parseSeconds(QStringLiteral("0")), 0);
        QCOMPARE(ImpactSplit::parseSeconds(QStringLiteral("-1")), -1);
        QCOMPARE(ImpactSplit::parseSeconds(QStringLiteral("x")), -1);
    }
};

QTEST_GUILESS_MAIN(tst_ImpactSplit)
#include "tst_impactsplit.moc"
