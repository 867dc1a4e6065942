#include "jobs/run/retrypolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace std::chrono_literals;

class tst_RetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void ceilingDoublesUpToTheCap()
    {
        RetryPolicy p;
        p.base = 100ms;
        p.cap = 1000ms;
        QCOMPARE(p.ceiling(1), 100ms);
        QCOMPARE(p.ceiling(2), 200ms);
        QCOMPARE(p.ceiling(3), 400ms);
        QCOMPARE(p.ceiling(4), 800ms);
        QCOMPARE(p.ceiling(5), 1000ms);
        QCOMPARE(p.ceiling(60), 1000ms); // no overflow far out
        QCOMPARE(p.ceiling(100000), 1000ms);
    }

    void fullJitterSpreadsOverTheWholeRange()
    {
        RetryPolicy p;
        p.base = 1000ms;
        p.cap = 1000ms;
        QRandomGenerator rng(42);
        qint64 lo = 1000000, hi = -1;
        double sum = 0;
        const int n = 2000;
        for (int i = 0; i < n; ++i) {
            const auto d = p.backoff(3, &rng);
            QVERIFY(d >= 0ms);
            QVERIFY(d <= 1000ms);
            lo = std::min<qint64>(lo, d.count());
            hi = std::max<qint64>(hi, d.count());
            sum += double(d.count());
        }
        // Full jitter: uniform on [0, ceiling], not "ceiling ± a little".
        QVERIFY2(lo < 50, qPrintable(QString::number(lo)));
        QVERIFY2(hi > 950, qPrintable(QString::number(hi)));
        QVERIFY(qAbs(sum / n - 500.0) < 40.0);
    }

    void sameSeedSameWaits()
    {
        RetryPolicy p;
        QRandomGenerator a(7), b(7);
        for (int i = 1; i < 10; ++i)
            QCOMPARE(p.backoff(i, &a), p.backoff(i, &b));
    }

    void attemptsRunOut()
    {
        RetryPolicy p;
        p.maxAttempts = 3;
        RetryBudget budget;
        QRandomGenerator rng(1);
        QCOMPARE(p.decide(1, false, std::nullopt, &budget, &rng).verdict, RetryPolicy::Verdict::Retry);
        QCOMPARE(p.decide(2, false, std::nullopt, &budget, &rng).verdict, RetryPolicy::Verdict::Retry);
        const auto last = p.decide(3, false, std::nullopt, &budget, &rng);
        QCOMPARE(last.verdict, RetryPolicy::Verdict::AttemptsExhausted);
        QCOMPARE(last.tokensSpent, 0); // a final failure spends nothing
        QCOMPARE(budget.available(), RetryBudget::DefaultCapacity - 2 * RetryBudget::RetryCost);
    }

    void retryAfterIsAFloorAndIsBounded()
    {
        RetryPolicy p;
        p.base = 10ms;
        p.cap = 20ms;
        p.maxRetryAfter = 30s;
        QRandomGenerator rng(3);
        auto d = p.decide(1, false, qint64(7), nullptr, &rng);
        QCOMPARE(d.verdict, RetryPolicy::Verdict::Retry);
        QCOMPARE(d.delay, 7000ms);
        d = p.decide(1, false, qint64(86400), nullptr, &rng);
        QCOMPARE(d.delay, 30000ms);
        d = p.decide(1, false, qint64(0), nullptr, &rng);
        QCOMPARE(d.delay, 0ms);
        d = p.decide(1, false, std::nullopt, nullptr, &rng);
        QVERIFY(d.delay <= 10ms);
    }

    void budgetStopsADeadNetwork()
    {
        // Forty jobs failing on a dead network: the shared bucket (500, 5 a
        // retry, 10 after a timeout) allows 50 timeouts in all, then says no.
        RetryPolicy p;
        p.maxAttempts = 1000;
        RetryBudget budget;
        QRandomGenerator rng(5);
        int retries = 0;
        for (int job = 0; job < 40; ++job) {
            for (int attempt = 1; attempt <= 20; ++attempt) {
                const auto d = p.decide(attempt, true, std::nullopt, &budget, &rng);
                if (d.verdict != RetryPolicy::Verdict::Retry) {
                    QCOMPARE(d.verdict, RetryPolicy::Verdict::BudgetExhausted);
                    break;
                }
                ++retries;
            }
        }
        QCOMPARE(retries, RetryBudget::DefaultCapacity / RetryBudget::TimeoutCost);
        QCOMPARE(budget.available(), 0);
    }

    void successesRefund()
    {
        RetryBudget budget(20);
        const int spent = budget.acquireRetry(false);
        QCOMPARE(spent, RetryBudget::RetryCost);
        QCOMPARE(budget.available(), 15);
        budget.recordSuccess(spent); // the retry worked: its cost comes back
        QCOMPARE(budget.available(), 20);
        QCOMPARE(budget.acquireRetry(true), RetryBudget::TimeoutCost);
        QCOMPARE(budget.acquireRetry(true), RetryBudget::TimeoutCost);
        QCOMPARE(budget.acquireRetry(false), 0); // empty: no retry
        QCOMPARE(budget.available(), 0);
        budget.recordSuccess(0); // a first-try success gives one token
        QCOMPARE(budget.available(), 1);
        for (int i = 0; i < 100; ++i)
            budget.recordSuccess(RetryBudget::TimeoutCost);
        QCOMPARE(budget.available(), 20); // never above capacity
    }
};

QTEST_GUILESS_MAIN(tst_RetryPolicy)
#include "tst_retrypolicy.moc"
