#include "common/impactparts.h"

#include <QTest>

// The parts a split at impacts makes: each impact − before … impact + after,
// clamped to the take, never overlapping (halfway between two impacts).
class tst_ImpactParts : public QObject
{
    Q_OBJECT

    static ImpactPart part(qint64 impact, qint64 start, qint64 end) { return { impact, ClipRange { start, end } }; }

private slots:
    void eachImpactGivesItsWindow()
    {
        // Golf full swing: 2.5 s before, 1.5 s after; strikes far apart.
        const auto parts = ImpactParts::around({ 10000, 30000, 50000 }, 2500, 1500, 60000);
        QCOMPARE(
            parts,
            (QList<ImpactPart> { part(10000, 7500, 11500), part(30000, 27500, 31500), part(50000, 47500, 51500) }));
        QCOMPARE(ImpactParts::ranges(parts),
                 (QList<ClipRange> { { 7500, 11500 }, { 27500, 31500 }, { 47500, 51500 } }));
        QVERIFY(ClipRange::problemWith(ImpactParts::ranges(parts), 60000).isEmpty());
    }

    void noImpactsNoParts()
    {
        QVERIFY(ImpactParts::around({}, 2000, 2000, 60000).isEmpty());
        QVERIFY(ImpactParts::ranges({}).isEmpty());
    }

    void aFirstImpactNearTheStartIsClampedToZero()
    {
        QCOMPARE(ImpactParts::around({ 300 }, 2500, 1500, 60000), QList<ImpactPart> { part(300, 0, 1800) });
        QCOMPARE(ImpactParts::around({ 0 }, 2000, 2000, 60000), QList<ImpactPart> { part(0, 0, 2000) });
    }

    void aLastImpactNearTheEndIsClampedToTheTake()
    {
        QCOMPARE(ImpactParts::around({ 59000 }, 2500, 1500, 60000), QList<ImpactPart> { part(59000, 56500, 60000) });
        QCOMPARE(ImpactParts::around({ 60000 }, 2000, 2000, 60000), QList<ImpactPart> { part(60000, 58000, 60000) });
        // A take shorter than one window is the whole take.
        QCOMPARE(ImpactParts::around({ 1000 }, 2500, 1500, 2000), QList<ImpactPart> { part(1000, 0, 2000) });
    }

    void anUnknownEndIsNotClamped()
    {
        QCOMPARE(ImpactParts::around({ 59000 }, 2500, 1500, 0), QList<ImpactPart> { part(59000, 56500, 60500) });
    }

    void impactsOutsideTheTakeGiveNoPart()
    {
        QCOMPARE(ImpactParts::around({ -5, 5000, 60001 }, 2000, 2000, 60000),
                 QList<ImpactPart> { part(5000, 3000, 7000) });
    }

    void overlappingWindowsMeetHalfwayBetweenTheImpacts()
    {
        // 3 s apart with 2.5 s before and 1.5 s after: 1.5 + 2.5 > 3, they meet at 11.5 s.
        QCOMPARE(ImpactParts::around({ 10000, 13000 }, 2500, 1500, 60000),
                 (QList<ImpactPart> { part(10000, 7500, 11500), part(13000, 11500, 14500) }));
        // 2 s apart with 2 s each side: they meet at 11 s.
        QCOMPARE(ImpactParts::around({ 10000, 12000 }, 2000, 2000, 60000),
                 (QList<ImpactPart> { part(10000, 8000, 11000), part(12000, 11000, 14000) }));
        // Windows that only touch are left as they are.
        QCOMPARE(ImpactParts::around({ 10000, 14000 }, 2000, 2000, 60000),
                 (QList<ImpactPart> { part(10000, 8000, 12000), part(14000, 12000, 16000) }));
        // A middle impact is cut on both sides.
        const auto three = ImpactParts::around({ 10000, 11000, 12000 }, 2000, 2000, 60000);
        QCOMPARE(
            three,
            (QList<ImpactPart> { part(10000, 8000, 10500), part(11000, 10500, 11500), part(12000, 11500, 14000) }));
        QVERIFY(ClipRange::problemWith(ImpactParts::ranges(three), 60000).isEmpty());
    }

    void aPartNeverReachesBeyondItsOwnWindow()
    {
        // 1 s before, 3 s after, impacts 3.5 s apart: halfway (11.75 s) lies before the second
        // impact's window (12.5 s); the first ends halfway, the second starts at its own 12.5 s.
        QCOMPARE(ImpactParts::around({ 10000, 13500 }, 1000, 3000, 60000),
                 (QList<ImpactPart> { part(10000, 9000, 11750), part(13500, 12500, 16500) }));
    }

    void anOddGapMeetsAtTheEarlierMillisecond()
    {
        QCOMPARE(ImpactParts::around({ 10000, 10003 }, 2000, 2000, 60000),
                 (QList<ImpactPart> { part(10000, 8000, 10001), part(10003, 10001, 12003) }));
    }

    void equalImpactsGiveOnePart()
    {
        QCOMPARE(ImpactParts::around({ 10000, 10000, 10000 }, 2000, 2000, 60000),
                 QList<ImpactPart> { part(10000, 8000, 12000) });
    }

    void veryCloseImpactsEachKeepAPart()
    {
        const auto parts = ImpactParts::around({ 10000, 10001 }, 2000, 2000, 60000);
        QCOMPARE(parts, (QList<ImpactPart> { part(10000, 8000, 10000), part(10001, 10000, 12001) }));
        // With nothing after an impact, the first of two 1 ms apart has no length left.
        QCOMPARE(ImpactParts::around({ 10000, 10001 }, 0, 2000, 60000),
                 (QList<ImpactPart> { part(10001, 10001, 12001) }));
    }

    void impactsAreTakenInTimeOrder()
    {
        QCOMPARE(ImpactParts::around({ 30000, 10000 }, 1000, 1000, 60000),
                 (QList<ImpactPart> { part(10000, 9000, 11000), part(30000, 29000, 31000) }));
    }

    void negativeSidesCountAsZero()
    {
        QCOMPARE(ImpactParts::around({ 10000 }, -500, 1000, 60000), QList<ImpactPart> { part(10000, 10000, 11000) });
    }

    void partsNeverOverlapWhateverTheImpacts()
    {
        // Every spacing from 0 to 6 s in 7 ms steps, with golf's and the default windows.
        for (const auto &[before, after] : { std::pair<qint64, qint64> { 2500, 1500 }, { 2000, 2000 }, { 0, 300 } }) {
            QList<qint64> impacts;
            qint64 t = 100;
            for (qint64 gap = 0; gap < 6000; gap += 7)
                impacts << (t += gap);
            const auto parts = ImpactParts::around(impacts, before, after, t - 1000);
            QVERIFY(!parts.isEmpty());
            QVERIFY2(ClipRange::problemWith(ImpactParts::ranges(parts), t - 1000).isEmpty(),
                     qPrintable(ClipRange::problemWith(ImpactParts::ranges(parts), t - 1000)));
            for (const ImpactPart &p : parts) {
                QVERIFY(p.range.startMs >= 0 && p.range.endMs <= t - 1000);
                QVERIFY(p.range.startMs <= p.impactMs && p.impactMs <= p.range.endMs);
                QVERIFY(p.range.startMs >= p.impactMs - before && p.range.endMs <= p.impactMs + after);
            }
        }
    }

    void sidesOutsideTheLimitsAreRefusedWithAReason()
    {
        QVERIFY(ImpactWindow::problemWithSides(2500, 1500).isEmpty());
        QVERIFY(ImpactWindow::problemWithSides(0, 500).isEmpty());
        QVERIFY(ImpactWindow::problemWithSides(-1, 1500).contains(QStringLiteral("negative")));
        QVERIFY(ImpactWindow::problemWithSides(30001, 1500).contains(QStringLiteral("30")));
        QVERIFY(ImpactWindow::problemWithSides(200, 200).contains(QStringLiteral("together")));
        QVERIFY(ImpactWindow::problemWithGap(2000).isEmpty());
        QVERIFY(!ImpactWindow::problemWithGap(99).isEmpty());
        QVERIFY(!ImpactWindow::problemWithGap(60001).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_ImpactParts)
#include "tst_impactparts.moc"
