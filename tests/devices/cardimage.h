#pragma once

#include <QString>
#include <QStringList>

// A camera card made at test time, as a real card reader would show it:
//   ExFat  an image formatted with mkfs.exfat, attached to a loop device
//          (losetup) and mounted through FUSE (mount.exfat-fuse): writable,
//          so it can be filled, changed, unmounted lazily, its daemon killed;
//   Fat32  an image formatted with mkfs.vfat, filled with mtools (mcopy),
//          attached to a loop device and mounted read-only through FUSE (fusefat).
// The kernel here has neither vfat nor exfat. Everything it set up (mount,
// loop device, daemon) is undone by its destructor, also when a test fails;
// cleanStale() undoes what a crashed earlier run left under a folder.
class CardImage
{
public:
    enum class Format { ExFat, Fat32 };

    CardImage() = default;
    ~CardImage();
    CardImage(const CardImage &) = delete;
    CardImage &operator=(const CardImage &) = delete;

    // The tools a format needs that are missing, and whether we may mount (root, /dev/fuse).
    static QString missingTools(Format format);
    // Unmounts every mount (lazily) and detaches every loop device whose image is below `folder`.
    static void cleanStale(const QString &folder);
    // Detaches the loop devices (losetup -j) that show this image file.
    static void detachLoopsOf(const QString &image);

    // Makes the image (bytes long) and fills it with the files under `tree`
    // (the card's root); then mounts it at `mountPoint`. Empty on success, else what failed.
    QString create(Format format, const QString &imagePath, qint64 bytes, const QString &label, const QString &tree);
    QString mount(const QString &mountPoint);
    QString unmount(bool lazy = false);
    // Kills the FUSE daemon serving the card (SIGKILL): reads fail with ENOTCONN.
    bool killDaemon();
    // Stops (SIGSTOP) or continues (SIGCONT) the daemon: a stalled card.
    bool pauseDaemon(bool paused);
    // A slow card that still answers: the daemon's reads of the loop device limited to
    // bytesPerSecond, by a blkio (cgroup v1) or io (cgroup v2) group of its own. Empty on
    // success, else why not (no such cgroup here, not root).
    QString throttleReads(qint64 bytesPerSecond);

    QString imagePath() const { return m_image; }
    QString mountPoint() const { return m_mountPoint; }
    QString loopDevice() const { return m_loop; }
    bool isMounted() const { return !m_mountPoint.isEmpty(); }
    qint64 daemonPid() const { return m_daemonPid; }

    // Runs a program (within 60 s); empty on success, else its output.
    static QString run(const QString &program, const QStringList &arguments);

private:
    QString attachLoop();
    qint64 findDaemon() const;

    Format m_format = Format::ExFat;
    QString m_image;
    QString m_loop;
    QString m_mountPoint;
    qint64 m_daemonPid = -1;
    QString m_cgroup; // the throttle's group, removed once its daemon is gone
};
