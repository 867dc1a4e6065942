#include "jobs/run/cappedbody.h"

#include "jobs/run/bandwidthcap.h"

#include <algorithm>
#include <cmath>

namespace {

// A twentieth of a second of allowance at most, and never less than one
// 16 KiB read of QNAM: bursts stay short, reads stay whole.
double bucketSize(double share)
{
    return std::max(share / 20.0, 16.0 * 1024.0);
}

} // namespace

CappedBody::CappedBody(QIODevice *body, std::shared_ptr<BandwidthCap> cap, QObject *parent)
    : QIODevice(parent)
    , m_body(body)
    , m_cap(std::move(cap))
{
    m_wake.setSingleShot(true);
    connect(&m_wake, &QTimer::timeout, this, &QIODevice::readyRead);
    m_clock.start();
    // Unbuffered: QIODevice's own read-ahead would take allowance for bytes
    // that are not sent yet.
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    if (!m_body->isSequential() && m_body->pos() != 0)
        m_body->seek(0);
}

CappedBody::~CappedBody()
{
    setReading(false);
}

void CappedBody::setReading(bool reading)
{
    if (reading == m_reading)
        return;
    m_reading = reading;
    if (reading) {
        m_cap->attach();
        m_tokens = 0; // no burst at the start
        m_lastNs = m_clock.nsecsElapsed();
    } else {
        m_cap->detach();
    }
}

bool CappedBody::isSequential() const
{
    return m_body->isSequential();
}

qint64 CappedBody::size() const
{
    return m_body->size();
}

bool CappedBody::seek(qint64 pos)
{
    if (!m_body->seek(pos))
        return false;
    return QIODevice::seek(pos);
}

bool CappedBody::atEnd() const
{
    return m_body->atEnd();
}

qint64 CappedBody::take(qint64 maxSize)
{
    const double share = m_cap->shareBytesPerSecond();
    if (share <= 0)
        return maxSize; // no cap (any more)
    const qint64 now = m_clock.nsecsElapsed();
    m_tokens = std::min(bucketSize(share), m_tokens + share * double(now - m_lastNs) / 1e9);
    m_lastNs = now;
    const qint64 granted = std::min<qint64>(maxSize, qint64(std::floor(m_tokens)));
    if (granted <= 0)
        return 0;
    m_tokens -= double(granted);
    return granted;
}

int CappedBody::msUntilAvailable() const
{
    const double share = m_cap->shareBytesPerSecond();
    if (share <= 0)
        return 1;
    // Wait for a useful amount (a 16th of the bucket), not for a single byte.
    const double missing = std::max(0.0, bucketSize(share) / 16.0 - m_tokens);
    return std::max(1, int(std::ceil(missing * 1000.0 / share)));
}

qint64 CappedBody::readData(char *data, qint64 maxSize)
{
    if (maxSize <= 0)
        return 0;
    setReading(true);
    const qint64 allowed = take(maxSize);
    if (allowed == 0) {
        if (!m_wake.isActive())
            m_wake.start(msUntilAvailable());
        return 0;
    }
    const qint64 read = m_body->read(data, allowed);
    if (read < allowed)
        m_tokens += double(allowed - std::max<qint64>(read, 0)); // unused allowance goes back
    if (read < 0)
        setErrorString(m_body->errorString());
    if (read < 0 || m_body->atEnd())
        setReading(false); // its share goes to the others
    return read;
}

qint64 CappedBody::writeData(const char *, qint64)
{
    return -1;
}
