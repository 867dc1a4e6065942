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
    // The drive's media are removable, or it is ejectable or on USB; or udisks2
    // does not count the device as the system's (HintSystem false: a desktop
    // shows it as a volume of its own to take away, e.g. a card reader's card or
    // a disk image a user attached).
    bool removable = false;
};

// Whether org.freedesktop.UDisks2 is on the system bus (asked once, within 1 s).
bool available();
// What udisks2 says about the block device /dev/... (blocking, within 1 s; any thread).
BlockFacts factsFor(const QString &device);
// Unmounts the file system (Filesystem.Unmount), then powers the drive off
// (Drive.PowerOff) or, for a loop device without a drive, detaches it
// (Loop.Delete); calls done (in the context object's thread) with ok and,
// when not, the reason in a coach's words. Unmounted is what counts: a card
// reader that cannot power off is still safe to pull.
void eject(const QString &blockObject, const QString &driveObject, QObject *context,
           const std::function<void(bool ok, const QString &reason)> &done);

} // namespace Udisks
