#pragma once

#include <QObject>
#include <QString>

#include <functional>

// udisks2 over the system D-Bus: what it says about a mounted block device
// (label, UUID, removable) and ejecting (Filesystem.Unmount, then
// Drive.PowerOff). Everything answers within a deadline; where the system bus
// or udisks2 is missing, available() is false and the caller does without.
namespace Udisks {

struct BlockFacts
{
    bool known = false;
    QString objectPath; // /org/freedesktop/UDisks2/block_devices/sdb1
    QString drivePath; // /org/freedesktop/UDisks2/drives/...
    QString label;
    QString uuid;
    bool removable = false; // the drive's media are removable, or it is ejectable / on USB
};

// Whether org.freedesktop.UDisks2 is on the system bus (asked once, within 1 s).
bool available();
// What udisks2 says about the block device /dev/... (blocking, within 1 s; any thread).
BlockFacts factsFor(const QString &device);
// Unmounts the file system and powers the drive off; calls done (in the
// context object's thread) with ok and, when not, the reason in a coach's words.
void eject(const QString &blockObject, const QString &driveObject, QObject *context,
           const std::function<void(bool ok, const QString &reason)> &done);

} // namespace Udisks
