#include "upload/transferrate.h"

#include <cmath>

TransferRate::TransferRate(qint64 halfLifeMs, qint64 minimumIntervalMs)
    : m_halfLifeMs(qMax<qint64>(1, halfLifeMs))
    , m_minimumIntervalMs(qMax<qint64>(1, minimumIntervalMs))
{
}

void TransferRate::start(qint64 total)
{
    m_total = total;
    m_done = m_sampleDone = 0;
    m_sampleAt = -1;
    m_rate = 0;
    m_haveRate = false;
    m_clock.start();
}

void TransferRate::update(qint64 done)
{
    update(done, m_clock.isValid() ? m_clock.elapsed() : 0);
}

void TransferRate::update(qint64 done, qint64 nowMs)
{
    m_done = done;
    if (m_sampleAt < 0) {
        m_sampleAt = nowMs;
        m_sampleDone = done;
        return;
    }
    const qint64 interval = nowMs - m_sampleAt;
    if (interval < m_minimumIntervalMs)
        return;
    const double instant = double(done - m_sampleDone) * 1000.0 / double(interval);
    if (!m_haveRate) {
        m_rate = instant;
        m_haveRate = true;
    } else {
        // Weight of the old average after `interval` ms with the given half-life.
        const double keep = std::exp2(-double(interval) / double(m_halfLifeMs));
        m_rate = keep * m_rate + (1.0 - keep) * instant;
    }
    m_sampleAt = nowMs;
    m_sampleDone = done;
}

qint64 TransferRate::secondsLeft() const
{
    if (!m_haveRate || m_rate <= 0.0 || m_total <= 0)
        return -1;
    return qint64(std::ceil(double(qMax<qint64>(0, m_total - m_done)) / m_rate));
}
