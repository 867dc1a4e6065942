#include "devices/clipidentity.h"

#include "devices/deviceio.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>

#include <cstring>

ClipIdentity ClipIdentity::fromEdges(qint64 size, QByteArrayView first, QByteArrayView last)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(first);
    hash.addData(last);
    ClipIdentity id;
    id.size = size;
    id.edgeSha256 = hash.result();
    return id;
}

ClipIdentity ClipIdentity::read(const QString &path, qint64 size, std::chrono::milliseconds timeout, QString *problem)
{
    const qint64 edge = qMin(size, EdgeBytes);
    const auto first = DeviceIo::readAt(path, 0, edge, timeout);
    const auto last = first && first->error == 0 ? DeviceIo::readAt(path, size - edge, edge, timeout) : first;
    if (!first || !last) {
        *problem = QCoreApplication::translate("ClipIdentity", "The card did not answer while reading %1.")
                       .arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (first->error != 0 || last->error != 0) {
        *problem = QCoreApplication::translate("ClipIdentity", "Cannot read %1: %2")
                       .arg(QDir::toNativeSeparators(path),
                            QString::fromLocal8Bit(std::strerror(first->error ? first->error : last->error)));
        return {};
    }
    if (first->bytes.size() != edge || last->bytes.size() != edge) {
        *problem = QCoreApplication::translate("ClipIdentity", "%1 changed while it was read.")
                       .arg(QDir::toNativeSeparators(path));
        return {};
    }
    return fromEdges(size, first->bytes, last->bytes);
}
