#pragma once

#include <QtGlobal>

// An upload bandwidth cap shared by every upload of the queue (a gym's
// Wi-Fi is shared with the coach's colleagues). Each upload body reading
// through it (CappedBody) gets an equal share of the rate while it reads,
// so two parallel uploads split the cap instead of each getting all of it,
// and neither starves the other.
class BandwidthCap
{
public:
    // Bytes per second; 0 or less = no cap.
    void setBytesPerSecond(qint64 rate) { m_rate = rate > 0 ? rate : 0; }
    qint64 bytesPerSecond() const { return m_rate; }
    bool isOn() const { return m_rate > 0; }

    // A body starts or stops reading (reached its end, or went away).
    void attach() { ++m_readers; }
    void detach()
    {
        if (m_readers > 0)
            --m_readers;
    }
    int readers() const { return m_readers; }

    // What one reading body may send per second now; 0 = no cap.
    double shareBytesPerSecond() const
    {
        return m_rate > 0 ? double(m_rate) / double(m_readers > 0 ? m_readers : 1) : 0;
    }

private:
    qint64 m_rate = 0;
    int m_readers = 0;
};
