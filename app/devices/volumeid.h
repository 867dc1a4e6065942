#pragma once

#include <QByteArrayView>
#include <QString>

// A card's volume serial and label from its boot sector, for when neither
// udisks2 nor /dev/disk/by-uuid (udev) is there to say: FAT12/16/32 and exFAT,
// the file systems cards are formatted with (SD: FAT32 up to 32 GB, exFAT
// above). The serial is written like blkid's UUID ("1A2B-3C4D"). The bytes come
// from the card and are parsed as such: only the first 512 are looked at.
struct VolumeId
{
    QString fileSystem; // "vfat", "exfat"; empty when the sector is neither
    QString uuid; // "1A2B-3C4D"; empty when unknown
    QString label; // trimmed; empty when "NO NAME" or unknown
    qint64 exfatRootOffset = -1; // exFAT: where the root directory starts on the device (its label is there)

    bool isValid() const { return !fileSystem.isEmpty(); }

    static VolumeId fromBootSector(QByteArrayView sector);
    // exFAT keeps its label in the root directory: a Volume Label entry (type
    // 0x83) among the first entries. At most the first 64 KiB are looked at.
    static QString exfatLabelFromRootDirectory(QByteArrayView directory);
    // Reads the first sector of a block device (which needs the right to read it:
    // root, or the group "disk"); an invalid VolumeId when it cannot.
    static VolumeId readDevice(const QString &devicePath);
};
