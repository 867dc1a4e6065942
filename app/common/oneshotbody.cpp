#include "common/oneshotbody.h"

#include <cstring>

OneShotBody::OneShotBody(const QByteArray &data, QObject *parent)
    : QIODevice(parent)
    , m_data(data)
{
    open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool OneShotBody::seek(qint64 pos)
{
    if (pos < 0 || pos > m_data.size() || (m_readAny && pos < this->pos()))
        return false;
    return QIODevice::seek(pos);
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 n = std::min<qint64>(maxSize, m_data.size() - pos());
    if (n <= 0)
        return 0;
    std::memcpy(data, m_data.constData() + pos(), size_t(n));
    m_readAny = true;
    return n;
}

qint64 OneShotBody::writeData(const char *, qint64)
{
    return -1;
}
