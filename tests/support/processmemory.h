#pragma once

#include <QFile>
#include <QTimer>

#include <QtGlobal>
#include <algorithm>

// The resident set of this process in KiB (Linux /proc), 0 where unknown.
inline qint64 residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

// The peak resident set while it lives, sampled every 5 ms: how much a test's
// work made the process grow, whatever it freed again before the end.
class PeakResident
{
public:
    PeakResident()
        : m_before(residentKiB())
        , m_peak(m_before)
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] { m_peak = std::max(m_peak, residentKiB()); });
        m_timer.start(5);
    }
    qint64 grewKiB()
    {
        m_peak = std::max(m_peak, residentKiB());
        return m_peak - m_before;
    }

private:
    QTimer m_timer;
    qint64 m_before;
    qint64 m_peak;
};
