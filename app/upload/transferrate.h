#pragma once

#include <QElapsedTimer>
#include <QtGlobal>

// Speed and time left of one transfer, smoothed so the numbers a coach reads
// do not jump with every network buffer: an exponentially weighted average of
// the rate over samples at least `minimumInterval` apart.
class TransferRate
{
public:
    // halfLifeMs: how quickly old speed is forgotten.
    explicit TransferRate(qint64 halfLifeMs = 2000, qint64 minimumIntervalMs = 100);

    void start(qint64 total);
    // Bytes done so far, at time `nowMs` (milliseconds on any monotonic clock).
    void update(qint64 done, qint64 nowMs);
    // Same, using the rate's own clock.
    void update(qint64 done);

    qint64 total() const { return m_total; }
    qint64 done() const { return m_done; }
    // Bytes per second; 0 until there is a measurement.
    double bytesPerSecond() const { return m_rate; }
    // Seconds left at the current speed; -1 when unknown.
    qint64 secondsLeft() const;

private:
    qint64 m_halfLifeMs;
    qint64 m_minimumIntervalMs;
    qint64 m_total = 0;
    qint64 m_done = 0;
    qint64 m_sampleDone = 0;
    qint64 m_sampleAt = -1;
    double m_rate = 0;
    bool m_haveRate = false;
    QElapsedTimer m_clock;
};
