#pragma once

#include <QtGlobal>

#include <atomic>

// An upload bandwidth cap shared by every upload of the queue (a gym's
// Wi-Fi is shared with the coach's colleagues). Each upload body reading
// through it (CappedBody) gets an equal share of the rate while it reads,
// so two parallel uploads split the cap instead of each getting all of it,
// and neither starves the other.
//
// Thread-safe: the queue sets the rate on the GUI thread while the bodies
// attach, detach and read their share on the upload thread.
class BandwidthCap
{
public:
    // Bytes per second; 0 or less = no cap.
    void setBytesPerSecond(qint64 rate) { m_rate.store(rate > 0 ? rate : 0, std::memory_order_relaxed); }
    qint64 bytesPerSecond() const { return m_rate.load(std::memory_order_relaxed); }
    bool isOn() const { return bytesPerSecond() > 0; }

    // A body starts or stops reading (reached its end, or went away).
    void attach() { m_readers.fetch_add(1, std::memory_order_relaxed); }
    void detach()
    {
        int readers = m_readers.load(std::memory_order_relaxed);
        while (readers > 0 && !m_readers.compare_exchange_weak(readers, readers - 1, std::memory_order_relaxed)) { }
    }
    int readers() const { return m_readers.load(std::memory_order_relaxed); }

    // What one reading body may send per second now; 0 = no cap.
    double shareBytesPerSecond() const
    {
        const qint64 rate = bytesPerSecond();
        const int readers = this->readers();
        return rate > 0 ? double(rate) / double(readers > 0 ? readers : 1) : 0;
    }

private:
    std::atomic<qint64> m_rate { 0 };
    std::atomic<int> m_readers { 0 };
};
