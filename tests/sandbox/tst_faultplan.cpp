// FaultPlan's random mode (random:RATE[:SEED], what `uplift-capture sandbox
// --fault-rate R --fault-seed N` and the soak use): parsing, repeatability for
// a seed, the rate, which kinds reach which route, and the counts it reports.
#include "sandbox/faultplan.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>

class TestFaultPlan : public QObject
{
    Q_OBJECT

private slots:
    void parsesRandomSpecs_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<bool>("valid");
        QTest::newRow("rate") << QStringLiteral("random:0.1") << true;
        QTest::newRow("rate and seed") << QStringLiteral("random:0.25:42") << true;
        QTest::newRow("zero") << QStringLiteral("random:0") << true;
        QTest::newRow("one") << QStringLiteral("random:1:7") << true;
        QTest::newRow("no rate") << QStringLiteral("random") << false;
        QTest::newRow("rate above one") << QStringLiteral("random:1.5") << false;
        QTest::newRow("negative rate") << QStringLiteral("random:-0.1") << false;
        QTest::newRow("not a number") << QStringLiteral("random:often") << false;
        QTest::newRow("negative seed") << QStringLiteral("random:0.1:-3") << false;
        QTest::newRow("too many parts") << QStringLiteral("random:0.1:3:4") << false;
    }

    void parsesRandomSpecs()
    {
        QFETCH(QString, spec);
        QFETCH(bool, valid);
        FaultPlan plan;
        QString error;
        QCOMPARE(plan.add(spec, &error), valid);
        if (!valid)
            QVERIFY(error.contains(QStringLiteral("random:RATE")));
    }

    void describesRateAndSeed()
    {
        FaultPlan plan;
        QVERIFY(plan.add(QStringLiteral("random:0.5:42")));
        QVERIFY(plan.describe().contains(QStringLiteral("random:0.5:42")));
        // Without a seed one is chosen, and shown so that the run can be repeated.
        FaultPlan unseeded;
        QVERIFY(unseeded.add(QStringLiteral("random:0.5")));
        const QString shown = unseeded.describe().at(0).toString();
        QVERIFY2(shown.startsWith(QStringLiteral("random:0.5:")) && shown.size() > 11, qPrintable(shown));
        plan.clear();
        QVERIFY(plan.describe().isEmpty());
        for (int i = 0; i < 50; ++i)
            QCOMPARE(plan.takeFailure(QStringLiteral("captures.list")), 0);
    }

    void sameSeedSameFaults()
    {
        auto draws = [](const QString &spec) {
            FaultPlan plan;
            plan.add(spec);
            QList<qint64> seen;
            for (int i = 0; i < 300; ++i) {
                seen << plan.takeFailure(QStringLiteral("captures.get"));
                const FaultPlan::UploadFault upload = plan.takeRandomUploadFault(100000);
                seen << upload.status << upload.resetAt << upload.stallAt << int(upload.answerLost);
                seen << plan.takePolicyLifetimeSeconds();
            }
            return seen;
        };
        const QList<qint64> first = draws(QStringLiteral("random:0.3:1234"));
        QCOMPARE(draws(QStringLiteral("random:0.3:1234")), first);
        QVERIFY(draws(QStringLiteral("random:0.3:1235")) != first);
    }

    void rateIsHonoured()
    {
        FaultPlan plan;
        QVERIFY(plan.add(QStringLiteral("random:0.1:99")));
        int hits = 0;
        for (int i = 0; i < 10000; ++i)
            hits += plan.takeFailure(QStringLiteral("athletes.list")) > 0;
        // Binomial(10000, 0.1): mean 1000, sd 30.
        QVERIFY2(hits > 880 && hits < 1120, qPrintable(QString::number(hits)));
        QCOMPARE(plan.injected().value(QStringLiteral("total")).toInt(), hits);

        FaultPlan never;
        QVERIFY(never.add(QStringLiteral("random:0:5")));
        FaultPlan always;
        QVERIFY(always.add(QStringLiteral("random:1:5")));
        for (int i = 0; i < 200; ++i) {
            QCOMPARE(never.takeFailure(QStringLiteral("captures.create")), 0);
            QVERIFY(always.takeFailure(QStringLiteral("captures.create")) > 0);
        }
        QCOMPARE(never.injected().value(QStringLiteral("total")).toInt(), 0);
    }

    void apiRoutesGet429And503()
    {
        FaultPlan plan;
        QVERIFY(plan.add(QStringLiteral("random:1:3")));
        QSet<int> statuses;
        for (int i = 0; i < 200; ++i)
            statuses << plan.takeFailure(QStringLiteral("captures.list"));
        QCOMPARE(statuses, (QSet<int> { 429, 503 }));
        const QJsonObject counts = plan.injected();
        QCOMPARE(counts.value(QStringLiteral("status-429")).toInt()
                     + counts.value(QStringLiteral("status-503")).toInt(),
                 200);
        // The upload route draws in takeRandomUploadFault(), never here.
        for (int i = 0; i < 100; ++i)
            QCOMPARE(plan.takeFailure(QStringLiteral("upload")), 0);
    }

    void uploadsGetEveryKindInsideTheBody()
    {
        FaultPlan plan;
        QVERIFY(plan.add(QStringLiteral("random:1:11")));
        int statuses = 0, resets = 0, stalls = 0, lost = 0;
        for (int i = 0; i < 400; ++i) {
            const FaultPlan::UploadFault f = plan.takeRandomUploadFault(5000);
            // Exactly one kind per upload.
            QCOMPARE(int(f.status > 0) + int(f.resetAt >= 0) + int(f.stallAt >= 0) + int(f.answerLost), 1);
            if (f.status > 0) {
                QCOMPARE(f.status, 503);
                ++statuses;
            }
            if (f.resetAt >= 0) {
                QVERIFY(f.resetAt < 4999);
                ++resets;
            }
            if (f.stallAt >= 0) {
                QVERIFY(f.stallAt < 4999);
                ++stalls;
            }
            lost += f.answerLost;
        }
        QVERIFY(statuses > 50 && resets > 50 && stalls > 50 && lost > 50);
        const QJsonObject counts = plan.injected();
        QCOMPARE(counts.value(QStringLiteral("reset")).toInt(), resets);
        QCOMPARE(counts.value(QStringLiteral("stall")).toInt(), stalls);
        QCOMPARE(counts.value(QStringLiteral("answer-lost")).toInt(), lost);
        QCOMPARE(counts.value(QStringLiteral("total")).toInt(), 400);

        FaultPlan off;
        const FaultPlan::UploadFault none = off.takeRandomUploadFault(5000);
        QVERIFY(none.status == 0 && none.resetAt < 0 && none.stallAt < 0 && !none.answerLost);
    }

    void reservationsGetShortPolicies()
    {
        FaultPlan plan;
        QCOMPARE(plan.takePolicyLifetimeSeconds(), 0); // the normal lifetime
        QVERIFY(plan.add(QStringLiteral("policy-lifetime:90")));
        QCOMPARE(plan.takePolicyLifetimeSeconds(), 90);
        QVERIFY(plan.add(QStringLiteral("random:1:8")));
        QCOMPARE(plan.takePolicyLifetimeSeconds(), 1);
        QCOMPARE(plan.injected().value(QStringLiteral("short-policy")).toInt(), 1);
    }

    void deterministicFaultsAreCountedToo()
    {
        FaultPlan plan;
        QVERIFY(plan.add(QStringLiteral("fail:captures.create:503:2")));
        QVERIFY(plan.add(QStringLiteral("reset-upload:10")));
        QCOMPARE(plan.takeFailure(QStringLiteral("captures.create")), 503);
        QCOMPARE(plan.takeFailure(QStringLiteral("captures.create")), 503);
        QCOMPARE(plan.takeFailure(QStringLiteral("captures.create")), 0);
        QCOMPARE(plan.takeUploadReset(), 10);
        QCOMPARE(plan.takeUploadReset(), -1);
        QCOMPARE(plan.injected().value(QStringLiteral("status-503")).toInt(), 2);
        QCOMPARE(plan.injected().value(QStringLiteral("reset")).toInt(), 1);
        QCOMPARE(plan.injected().value(QStringLiteral("total")).toInt(), 3);
    }
};

QTEST_GUILESS_MAIN(TestFaultPlan)
#include "tst_faultplan.moc"
