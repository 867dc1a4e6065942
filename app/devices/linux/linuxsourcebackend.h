#pragma once

#include "devices/mountinfo.h"
#include "devices/sourcewatcher.h"

#include <QHash>
#include <QSet>

#include <memory>

class QSocketNotifier;
class QTimer;

// Linux: a volume is noticed through /proc/self/mountinfo, which the kernel
// marks (POLLPRI, watched with a QSocketNotifier) whenever a mount comes or
// goes; a timer reads it again every 2 s in case the notifier is not woken.
// Mounts of system file systems (proc, cgroup, tmpfs, overlay, network file
// systems, /, /usr, ...) are never looked into. Each new mount is looked into
// (DCIM? AVCHD?) on a thread of its own, so a mount that does not answer (a
// stopped FUSE daemon) never delays another; it is added when it answers, and
// is not looked into a second time while the first look still waits; QStorageInfo gives the
// label, udisks2 (where the system bus has it) the UUID, removable and eject,
// else /dev/disk/by-uuid or the card's boot sector (VolumeId).
// Phones and cameras the desktop mounts through gvfs (MTP, AFC, gphoto2) are
// folders under $XDG_RUNTIME_DIR/gvfs/, which QStorageInfo does not list:
// that folder is listed every second (inotify does not see gvfs's changes);
// an entry without a camera's folders (a locked phone) is looked into again every 5 s.
// Eject first waits (within OwnFilesWaitMs, never blocking) until this process
// has no file open on the source any more: the window stops its thumbnails and
// scan of the card when the coach presses Eject, but a decoder closes its file
// a moment later, and an unmount in that moment would be refused as busy.
// Still open at the deadline (a read the device does not answer), eject is
// refused saying so.
class LinuxSourceBackend : public SourceBackend
{
    Q_OBJECT

public:
    explicit LinuxSourceBackend(QObject *parent = nullptr);
    ~LinuxSourceBackend() override;

    void start() override;
    void eject(const CameraSource &source) override;

    // Whether a mount could hold a camera's files (not a system or network file system).
    static bool isCandidate(const MountEntry &mount);
    // Label, UUID, removable and udisks2's object of a source's volume (root,
    // mountPoint and device set); blocking within a few seconds: not on the GUI thread.
    static void fillVolumeFacts(CameraSource *source);
    // $XDG_RUNTIME_DIR/gvfs (or /run/user/<uid>/gvfs).
    static QString gvfsFolder();
    // The files this process has open below a folder (/proc/self/fd), at most `limit`.
    static QStringList ownFilesBelow(const QString &folder, int limit = 16);
    // How long eject waits for this process's own files on the source to be closed.
    static constexpr int OwnFilesWaitMs = 5000;

private:
    struct Probe;
    void ejectNow(const CameraSource &source);
    void rescan();
    void lookAt(const MountEntry &mount);
    void looked(const QString &key, const CameraSource &source);
    void rescanGvfs();
    void probed(const QList<CameraSource> &found, const QStringList &gvfsEntries, const QStringList &lookedNow);
    void publish();

    std::shared_ptr<Probe> m_alive; // tells the mounts' lookups whether this is still there
    std::shared_ptr<Probe> m_probe; // gvfs's round being looked into; nullptr when none
    bool m_again = false;
    int m_fd = -1;
    QSocketNotifier *m_notifier = nullptr;
    QTimer *m_mountTimer = nullptr;
    QTimer *m_gvfsTimer = nullptr;
    QList<MountEntry> m_mounts;
    QHash<QString, CameraSource> m_cameraMounts; // mount point -> source
    QSet<QString> m_notCameras; // "mount id:mount point" looked into and not a camera's
    QSet<QString> m_looking; // "mount id:mount point" being looked into (a thread each, until it answers)
    QHash<QString, CameraSource> m_gvfsSources; // root -> source
    QHash<QString, qint64> m_gvfsLooked; // gvfs entries looked into -> when (ms since the epoch)
    QStringList m_gvfsEntries;
    QList<CameraSource> m_published;
    bool m_gvfsDone = false; // gvfs's folder looked into once
    bool m_firstDeadlinePassed = false;
    bool m_publishedOnce = false;
};
