#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QMutex>
#include <QRandomGenerator>
#include <QString>
#include <QStringList>

// Faults the sandbox injects on purpose, so that reliability tests can see how the
// client copes with a flaky service. Off by default. Shared by the API thread and
// the upload receiver's thread, hence the mutex.
//
// Spec syntax (command line: `--fault SPEC`, repeatable; admin endpoint: see SandboxServer):
//   fail:ROUTE:STATUS[:COUNT]   answer the next COUNT (default 1) requests of ROUTE with STATUS
//   latency:ROUTE:MS            delay every answer of ROUTE by MS milliseconds
//   stall-upload:BYTES[:COUNT]  stop reading the next COUNT uploads after BYTES body bytes; the
//                               connection stays open (the client's timeout must fire)
//   reset-upload:BYTES[:COUNT]  reset (RST) the connection of the next COUNT uploads after BYTES body bytes
//   policy-lifetime:SECONDS     sign upload policies that expire after SECONDS instead of 30 minutes
//   random:RATE[:SEED]          random faults for soak runs: each API request meets, with probability
//                               RATE (0..1), a 429 or a 503; each reservation (independently) a policy
//                               that expires after one second; each upload one of: 503 SlowDown, a reset
//                               or a stall at a random byte of the body, or the answer lost (the object
//                               is stored, then the connection is reset). SEED makes the draws
//                               repeatable (default: random; describe() shows the one in use).
// ROUTE is one of: captures.create captures.list captures.get athletes.list athletes.create
// athletes.update upload any.
class FaultPlan
{
public:
    // Adds one fault; returns false (and explains in *error) if the spec is malformed.
    bool add(const QString &spec, QString *error = nullptr);
    void clear();
    QJsonArray describe() const;

    // If ROUTE (or "any") has a pending failure, consumes one and returns its status, else 0.
    int takeFailure(const QString &route);
    int latencyMs(const QString &route) const;

    // Byte offsets for the upload that is starting; -1 when none. Consumes one use.
    qint64 takeUploadStall();
    qint64 takeUploadReset();

    // 0 means "the normal lifetime".
    qint64 policyLifetimeSeconds() const;
    // For one reservation being signed: policyLifetimeSeconds(), or 1 when a random fault shortens it.
    qint64 takePolicyLifetimeSeconds();

    // What the random mode does to one upload whose body has `bodyBytes` bytes: answer `status` at
    // once, or reset/stall the connection at a byte offset, or store the object and then reset the
    // connection instead of answering (`answerLost`). Nothing when the random mode is off.
    struct UploadFault
    {
        int status = 0;
        qint64 resetAt = -1;
        qint64 stallAt = -1;
        bool answerLost = false;
    };
    UploadFault takeRandomUploadFault(qint64 bodyBytes);

    // How many faults were handed out since the start, by kind ("status-429", "status-503", "reset",
    // "stall", "answer-lost", "short-policy"), and their "total". clear() does not reset it.
    QJsonObject injected() const;

    static QStringList routes();

private:
    struct Failure
    {
        int status = 0;
        int remaining = 0;
    };
    struct ByteFault
    {
        qint64 after = -1;
        int remaining = 0;
    };

    mutable QMutex m_mutex;
    QHash<QString, Failure> m_failures;
    QHash<QString, int> m_latency;
    ByteFault m_stall;
    ByteFault m_reset;
    qint64 m_policyLifetime = 0;
    // Random mode: off while m_randomRate is 0.
    double m_randomRate = 0;
    quint32 m_randomSeed = 0;
    QRandomGenerator m_random;
    QHash<QString, int> m_injected;

    bool randomHit(); // with m_mutex held
    void count(const QString &kind); // with m_mutex held
};
