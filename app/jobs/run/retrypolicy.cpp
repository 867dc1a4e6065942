#include "jobs/run/retrypolicy.h"

#include <QRandomGenerator>

#include <algorithm>

RetryBudget::RetryBudget(int capacity)
    : m_capacity(std::max(0, capacity))
    , m_available(m_capacity)
{
}

int RetryBudget::acquireRetry(bool afterTimeout)
{
    const int cost = afterTimeout ? TimeoutCost : RetryCost;
    if (m_available < cost)
        return 0;
    m_available -= cost;
    return cost;
}

void RetryBudget::recordSuccess(int spentForIt)
{
    const int back = spentForIt > 0 ? spentForIt : NoRetryIncrement;
    m_available = std::min(m_capacity, m_available + back);
}

std::chrono::milliseconds RetryPolicy::ceiling(int retry) const
{
    using std::chrono::milliseconds;
    if (retry < 1)
        retry = 1;
    // Beyond 2^40 the doubled wait is far past any cap; bounding the shift
    // keeps base << shift from overflowing.
    const int shift = std::min(retry - 1, 40);
    const qint64 baseMs = std::max<qint64>(0, base.count());
    const qint64 capMs = std::max<qint64>(0, cap.count());
    if (baseMs == 0)
        return milliseconds(0);
    if (baseMs > (capMs >> shift))
        return milliseconds(capMs);
    return milliseconds(std::min(capMs, baseMs << shift));
}

std::chrono::milliseconds RetryPolicy::backoff(int retry, QRandomGenerator *random) const
{
    const qint64 top = ceiling(retry).count();
    if (top <= 0)
        return std::chrono::milliseconds(0);
    QRandomGenerator *rng = random ? random : QRandomGenerator::global();
    return std::chrono::milliseconds(rng->bounded(top + 1));
}

RetryPolicy::Decision RetryPolicy::decide(int failedAttempts, bool afterTimeout,
                                          std::optional<qint64> retryAfterSeconds, RetryBudget *budget,
                                          QRandomGenerator *random) const
{
    Decision d;
    if (failedAttempts >= maxAttempts) {
        d.verdict = Verdict::AttemptsExhausted;
        return d;
    }
    if (budget) {
        d.tokensSpent = budget->acquireRetry(afterTimeout);
        if (d.tokensSpent == 0) {
            d.verdict = Verdict::BudgetExhausted;
            return d;
        }
    }
    if (retryAfterSeconds && *retryAfterSeconds >= 0) {
        const std::chrono::milliseconds asked = std::chrono::seconds(*retryAfterSeconds);
        d.delay = std::min(asked, maxRetryAfter);
    } else {
        d.delay = backoff(failedAttempts, random);
    }
    return d;
}
