#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <optional>

// One line of /proc/self/mountinfo (proc(5)):
//   36 35 98:0 /mnt1 /mnt2 rw,noatime master:1 - ext3 /dev/root rw,errors=continue
// The kernel escapes space, tab, newline and backslash in paths as \040 \011
// \012 \134; parse() undoes that. Lines come from the kernel but name paths
// anyone may choose (a label, a FUSE source), so parsing is bounded and
// rejects what does not have the shape rather than guessing.
struct MountEntry
{
    int id = -1;
    int parentId = -1;
    int major = 0;
    int minor = 0;
    QString root; // the path inside the filesystem that is mounted here
    QString mountPoint;
    QString fsType; // "vfat", "exfat", "fuseblk", "fuse.gvfsd-fuse", ...
    QString source; // "/dev/sdb1", "/dev/loop3", "gvfsd-fuse"
    bool readOnly = false;

    static std::optional<MountEntry> parse(QByteArrayView line);
    // Every well-formed line of a whole file (at most maxLines); malformed ones are left out.
    static QList<MountEntry> parseAll(QByteArrayView text, int maxLines = 100000);
    // /proc/self/mountinfo now (at most 16 MiB).
    static QList<MountEntry> readCurrent();
    // Undoes the kernel's octal escapes (\040 and the like); nullopt for a malformed escape.
    static std::optional<QByteArray> unescape(QByteArrayView field);
};
