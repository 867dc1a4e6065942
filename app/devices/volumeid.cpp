#include "devices/volumeid.h"

#include "devices/deviceio.h"

namespace {

quint32 le32(QByteArrayView b, qsizetype at)
{
    return quint32(quint8(b[at])) | quint32(quint8(b[at + 1])) << 8 | quint32(quint8(b[at + 2])) << 16
        | quint32(quint8(b[at + 3])) << 24;
}

QString serialText(quint32 serial)
{
    return QStringLiteral("%1-%2")
        .arg(serial >> 16, 4, 16, QLatin1Char('0'))
        .arg(serial & 0xffff, 4, 16, QLatin1Char('0'))
        .toUpper();
}

QString fatLabel(QByteArrayView raw)
{
    QString label;
    for (const char c : raw) {
        // Boot-sector labels are OEM code page text; keep printable ASCII only.
        if (quint8(c) >= 0x20 && quint8(c) < 0x7f)
            label.append(QLatin1Char(c));
    }
    label = label.trimmed();
    return label == QLatin1String("NO NAME") ? QString() : label;
}

} // namespace

VolumeId VolumeId::fromBootSector(QByteArrayView sector)
{
    VolumeId id;
    if (sector.size() < 512 || quint8(sector[510]) != 0x55 || quint8(sector[511]) != 0xAA)
        return id;
    if (sector.sliced(3, 8) == "EXFAT   ") {
        id.fileSystem = QStringLiteral("exfat");
        id.uuid = serialText(le32(sector, 0x64));
        const int bytesPerSectorShift = quint8(sector[0x6C]);
        const int sectorsPerClusterShift = quint8(sector[0x6D]);
        const quint32 heapOffset = le32(sector, 0x58);
        const quint32 rootCluster = le32(sector, 0x60);
        // The specification's limits: 512-4096 byte sectors, clusters up to 32 MiB.
        if (bytesPerSectorShift >= 9 && bytesPerSectorShift <= 12 && bytesPerSectorShift + sectorsPerClusterShift <= 25
            && rootCluster >= 2) {
            id.exfatRootOffset = (qint64(heapOffset) << bytesPerSectorShift)
                + (qint64(rootCluster - 2) << (bytesPerSectorShift + sectorsPerClusterShift));
        }
        return id;
    }
    // FAT32: the extended boot record (signature 0x29) at 0x42; FAT12/16 at 0x26.
    const quint16 bytesPerSector = quint16(quint8(sector[11]) | quint8(sector[12]) << 8);
    if (bytesPerSector < 512 || bytesPerSector > 4096 || (bytesPerSector & (bytesPerSector - 1)))
        return id;
    if (sector.sliced(0x52, 5) == "FAT32" && quint8(sector[0x42]) == 0x29) {
        id.fileSystem = QStringLiteral("vfat");
        id.uuid = serialText(le32(sector, 0x43));
        id.label = fatLabel(sector.sliced(0x47, 11));
    } else if (sector.sliced(0x36, 3) == "FAT" && quint8(sector[0x26]) == 0x29) {
        id.fileSystem = QStringLiteral("vfat");
        id.uuid = serialText(le32(sector, 0x27));
        id.label = fatLabel(sector.sliced(0x2B, 11));
    }
    return id;
}

QString VolumeId::exfatLabelFromRootDirectory(QByteArrayView directory)
{
    const qsizetype end = qMin<qsizetype>(directory.size(), 64 * 1024);
    for (qsizetype at = 0; at + 32 <= end; at += 32) {
        const quint8 type = quint8(directory[at]);
        if (type == 0x00)
            break; // the end of the directory
        if (type != 0x83)
            continue;
        const int characters = qMin(int(quint8(directory[at + 1])), 11);
        QString label;
        for (int i = 0; i < characters; ++i) {
            const char16_t c = char16_t(quint8(directory[at + 2 + 2 * i]) | quint8(directory[at + 3 + 2 * i]) << 8);
            if (c < 0x20 || (c >= 0xD800 && c <= 0xDFFF))
                return {}; // control characters or half a surrogate pair: not a label
            label.append(QChar(c));
        }
        return label.trimmed();
    }
    return {};
}

VolumeId VolumeId::readDevice(const QString &devicePath)
{
    const auto read = DeviceIo::readAt(devicePath, 0, 512, std::chrono::milliseconds(1500));
    if (!read || read->error != 0)
        return {};
    VolumeId id = fromBootSector(read->bytes);
    if (id.exfatRootOffset > 0) {
        const auto root = DeviceIo::readAt(devicePath, id.exfatRootOffset, 64 * 1024, std::chrono::milliseconds(1500));
        if (root && root->error == 0)
            id.label = exfatLabelFromRootDirectory(root->bytes);
    }
    return id;
}
