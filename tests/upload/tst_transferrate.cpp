#include "upload/transferrate.h"

#include <QTest>

class TestTransferRate : public QObject
{
    Q_OBJECT

private slots:
    void unknownBeforeTwoSamples()
    {
        TransferRate rate;
        rate.start(1000);
        QCOMPARE(rate.bytesPerSecond(), 0.0);
        QCOMPARE(rate.secondsLeft(), -1);
        rate.update(100, 0);
        QCOMPARE(rate.secondsLeft(), -1);
    }

    void steadySpeedGivesItsRateAndEta()
    {
        TransferRate rate(2000, 100);
        rate.start(10'000'000);
        for (int t = 0; t <= 2000; t += 200)
            rate.update(qint64(t) * 1000, t); // 1,000,000 bytes per second
        QCOMPARE(qRound(rate.bytesPerSecond()), 1'000'000);
        QCOMPARE(rate.secondsLeft(), 8);
    }

    void samplesCloserThanTheIntervalAreIgnoredForSpeed()
    {
        TransferRate rate(2000, 100);
        rate.start(1000);
        rate.update(0, 0);
        rate.update(500, 10); // a burst 10 ms later must not read as 50 kB/s
        QCOMPARE(rate.bytesPerSecond(), 0.0);
        QCOMPARE(rate.done(), 500);
    }

    void speedChangeIsSmoothedNotJumped()
    {
        TransferRate rate(1000, 100);
        rate.start(1'000'000'000);
        qint64 done = 0;
        int t = 0;
        for (; t <= 3000; t += 100) {
            rate.update(done, t);
            done += 100'000; // 1 MB/s
        }
        const double before = rate.bytesPerSecond();
        rate.update(done + 100'000 * 9, t); // one sample at 10 MB/s
        const double after = rate.bytesPerSecond();
        QVERIFY(after > before);
        QVERIFY2(after < 2.0 * before, qPrintable(QString::number(after)));
        // ...but a sustained change is followed within a few half-lives.
        done += 100'000 * 9;
        for (int i = 0; i < 60; ++i) {
            t += 100;
            done += 1'000'000;
            rate.update(done, t);
        }
        QVERIFY(rate.bytesPerSecond() > 9'000'000);
    }
};

QTEST_GUILESS_MAIN(TestTransferRate)
#include "tst_transferrate.moc"
