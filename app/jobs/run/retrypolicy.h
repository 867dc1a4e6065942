#pragma once

#include <QtGlobal>

#include <chrono>
#include <optional>

class QRandomGenerator;

// A token bucket shared by every job of the queue, in the manner of the AWS
// SDKs' "standard" retry mode: each retry spends tokens (a timeout spends
// more), each success puts some back. When the network is dead every attempt
// fails, the bucket empties and retries stop instead of burning thousands of
// attempts across forty queued clips.
class RetryBudget
{
public:
    // The AWS SDK defaults: 500 tokens, 5 per retry, 10 per retry after a
    // timeout, 1 back for a success at the first try.
    static constexpr int DefaultCapacity = 500;
    static constexpr int RetryCost = 5;
    static constexpr int TimeoutCost = 10;
    static constexpr int NoRetryIncrement = 1;

    explicit RetryBudget(int capacity = DefaultCapacity);

    int capacity() const { return m_capacity; }
    int available() const { return m_available; }

    // Takes the cost of one retry (TimeoutCost when the failure was a timeout
    // or stall). Returns the tokens taken, or 0 when the bucket cannot pay:
    // then the caller must not retry now.
    int acquireRetry(bool afterTimeout);
    // A request succeeded. `spentForIt` is what acquireRetry() returned for
    // the attempt that succeeded (0 for a first try): a retry that worked
    // gives its whole cost back, a first-try success gives NoRetryIncrement.
    void recordSuccess(int spentForIt);

private:
    int m_capacity;
    int m_available;
};

// Exponential backoff with "full jitter" (a uniformly random wait between 0
// and min(cap, base * 2^attempt)), an attempt limit, and Retry-After honoured
// as a floor. Pure: the random generator is passed in so tests can seed it.
class RetryPolicy
{
public:
    std::chrono::milliseconds base { 1000 };
    std::chrono::milliseconds cap { std::chrono::minutes(5) };
    // Failed attempts after which a retryable failure becomes final.
    int maxAttempts = 8;
    // A server may ask for a very long pause; beyond this the job waits this
    // long and tries again rather than sleeping for a day.
    std::chrono::milliseconds maxRetryAfter { std::chrono::hours(1) };

    // The ceiling of the jittered wait before retry number `retry` (1 = the
    // first retry): min(cap, base * 2^(retry-1)).
    std::chrono::milliseconds ceiling(int retry) const;
    // A random wait in [0, ceiling(retry)].
    std::chrono::milliseconds backoff(int retry, QRandomGenerator *random) const;

    enum class Verdict {
        Retry, // wait `delay`, then try again
        AttemptsExhausted, // maxAttempts failures: final
        BudgetExhausted, // the shared budget is empty: final for now
    };
    struct Decision
    {
        Verdict verdict = Verdict::Retry;
        std::chrono::milliseconds delay { 0 };
        int tokensSpent = 0; // hand back to RetryBudget::recordSuccess() if the retry works
    };

    // `failedAttempts` counts the failures so far including this one (>= 1).
    // `retryAfterSeconds` is the server's Retry-After, if any: the wait is at
    // least that long (bounded by maxRetryAfter), jitter on top of it is not
    // added so that a 429's instruction is followed, not exceeded by minutes.
    Decision decide(int failedAttempts, bool afterTimeout, std::optional<qint64> retryAfterSeconds, RetryBudget *budget,
                    QRandomGenerator *random) const;
};
