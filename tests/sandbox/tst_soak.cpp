// The short fault soak of the default suite: 20 small uploads with the real
// program (`uplift-capture upload --wait`) through `uplift-capture sandbox
// --fault-rate 0.1`, the upload process killed twice at random moments and
// started again. Nothing may be lost or stored twice. bench/soak runs the long
// one (200 uploads, 10 kills).
#include "soakrun.h"

#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

class TestSoak : public QObject
{
    Q_OBJECT

private:
    static SoakOptions options(const QString &folder)
    {
        SoakOptions o;
        o.program = QStringLiteral(UPLIFT_CAPTURE_EXE);
        o.folder = folder;
        o.uploads = 20;
        o.kills = 2;
        o.faultRate = 0.1;
        o.parallel = 4;
        // 20 uploads, 4 at a time, each reservation answered 400 ms late: the first run
        // cannot end before 2 s, so its kill (at most 1.5 s after the start) always
        // lands mid-run, however fast the machine (a kill window of 2.5 s alone
        // missed a run that finished in under 2 s).
        o.reserveLatencyMs = 400;
        o.killWindowMs = 1500;
        o.finalRunSeconds = 90;
        o.log = [](const QString &line) { qInfo("%s", qPrintable(line)); };
        return o;
    }

private slots:
    void shortSoakLosesNothingAndStoresNothingTwice()
    {
        QTemporaryDir scratch(
            QDir(qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath())).filePath(QStringLiteral("soak-XXXXXX")));
        QVERIFY(scratch.isValid());
        SoakOptions o = options(scratch.path());
        // A new seed every run (printed): over many CI runs the soak sees many
        // fault sequences; a failure names the seed to repeat it with bench/soak.
        o.seed = quint32(QDateTime::currentMSecsSinceEpoch() % 1000000);
        qInfo("seed %u", o.seed);
        SoakResult r;
        QString error;
        QVERIFY2(SoakRun::run(o, &r, &error), qPrintable(error));
        qInfo("%s", qPrintable(r.report()));
        QCOMPARE(r.attempted, 20);
        QVERIFY2(r.faultsInjected > 0, "the sandbox injected no fault");
        QVERIFY2(r.restarts >= 1, "no upload process was killed");
        QCOMPARE(r.duplicates, 0);
        QCOMPARE(r.lost, 0);
        QCOMPARE(r.strayObjects, 0);
        QCOMPARE(r.jobsQueuedTwice, 0);
        QCOMPARE(r.completed + r.failed, 20);
    }

    // The soak's own eyes: files uploaded a second time on purpose must show
    // up as duplicates (the sandbox's objects) and as files queued twice (the
    // job store); otherwise the zeros above would prove nothing.
    void soakSeesDuplicatesMadeOnPurpose()
    {
        QTemporaryDir scratch(
            QDir(qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath())).filePath(QStringLiteral("soak-XXXXXX")));
        SoakOptions o = options(scratch.path());
        o.uploads = 4;
        o.kills = 0;
        o.faultRate = 0;
        o.seed = 7;
        o.reuploadOnPurpose = 2;
        SoakResult r;
        QString error;
        QVERIFY2(SoakRun::run(o, &r, &error), qPrintable(error));
        qInfo("%s", qPrintable(r.report()));
        QCOMPARE(r.faultsInjected, 0);
        QCOMPARE(r.completed, 4);
        QCOMPARE(r.duplicates, 2);
        QCOMPARE(r.jobsQueuedTwice, 2);
        QCOMPARE(r.lost, 0);
        QVERIFY(!r.passed());
    }
};

QTEST_GUILESS_MAIN(TestSoak)
#include "tst_soak.moc"
