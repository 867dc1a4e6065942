#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <chrono>

// A card, camera or phone whose videos can be imported: a mounted volume (or a
// folder of a phone the desktop mounted through gvfs) laid out the way cameras
// write, which is one of
//   DCIM/<DCF folder>/   "NNNxxxxx": three digits 100-999 and five characters,
//                        e.g. 100APPLE (iPhone), 100GOPRO (GoPro), 100MSDCF (Sony)
//   DCIM/Camera/         Android
//   PRIVATE/AVCHD/BDMV/STREAM/   AVCHD camcorders (.MTS)
// Names are matched without regard to case (FAT keeps what the camera wrote).
struct CameraSource
{
    Q_DECLARE_TR_FUNCTIONS(CameraSource)

public:
    enum class Kind { Card, Camera, Phone };

    QString root; // where DCIM/ or PRIVATE/ is; the source's key
    QString mountPoint; // the file system's mount point (root itself for a volume; the gvfs mount for a phone)
    QString label; // the volume's label or the phone's name; may be empty
    QString uuid; // the volume's UUID or serial ("1A2B-3C4D"); empty when unknown (phones)
    QString device; // "/dev/sdb1"; empty for gvfs
    QString fileSystem; // "vfat", "exfat", "fuseblk", "fuse.gvfsd-fuse", ...
    QString udisksObject; // the udisks2 block object path when udisks2 knows it (eject goes through it)
    Kind kind = Kind::Card;
    bool removable = false;
    bool viaGvfs = false; // a phone or camera mounted by gvfs (MTP, AFC, gphoto2)
    qint64 bytesTotal = -1;

    bool isValid() const { return !root.isEmpty(); }
    bool operator==(const CameraSource &other) const = default;

    // What a coach calls it: the label, else "Card", "Camera", "Phone".
    QString displayName() const;
    static QString kindName(Kind kind); // "card", "camera", "phone" (the CLI's JSON)

    // The folders that hold videos, relative to root, found by listing the
    // root, DCIM/ and PRIVATE/ (each listing within `timeout`). Empty when the
    // root is not laid out like a camera's (or did not answer in time).
    static QStringList videoFolders(const QString &root, std::chrono::milliseconds timeout);
    static bool isDcfFolderName(const QString &name);
    // The source for a folder given by hand (`uplift-capture import SOURCE`),
    // with the mount it lies on; invalid with *problem when it is not a camera's.
    static CameraSource forFolder(const QString &path, QString *problem);
};

Q_DECLARE_METATYPE(CameraSource)
