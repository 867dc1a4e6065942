#include "devices/linux/linuxsourcebackend.h"

#include "devices/deviceio.h"
#include "devices/linux/udisks.h"
#include "devices/volumeid.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSocketNotifier>
#include <QStandardPaths>
#include <QStorageInfo>
#include <QTimer>
#include <QUrl>

#include <mutex>
#include <thread>

#include <dirent.h>
#include <fcntl.h>
#include <unistd.h>

namespace {

constexpr auto ProbeTimeout = std::chrono::milliseconds(1500);

QString mountKey(const MountEntry &m)
{
    return QString::number(m.id) + QLatin1Char(':') + m.mountPoint;
}

// The device's UUID without udisks2: udev's /dev/disk/by-uuid, else the boot sector.
QString uuidWithoutUdisks(const QString &device, QString *label)
{
    const QString canonical = QFileInfo(device).canonicalFilePath();
    const QDir byUuid(QStringLiteral("/dev/disk/by-uuid"));
    for (const QFileInfo &link : byUuid.entryInfoList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        if (link.canonicalFilePath() == canonical)
            return link.fileName();
    }
    const VolumeId id = VolumeId::readDevice(canonical.isEmpty() ? device : canonical);
    if (label->isEmpty())
        *label = id.label;
    return id.uuid;
}

bool removableWithoutUdisks(const QString &device)
{
    // /sys/class/block/sdb1 -> .../block/sdb/sdb1: the disk's "removable", or a USB device on the way.
    const QString name = QFileInfo(QFileInfo(device).canonicalFilePath()).fileName();
    if (name.isEmpty())
        return false;
    QString sys = QFileInfo(QStringLiteral("/sys/class/block/") + name).canonicalFilePath();
    if (sys.isEmpty())
        return false;
    if (!QFile::exists(sys + QStringLiteral("/removable")) || QFile::exists(sys + QStringLiteral("/partition")))
        sys = QFileInfo(sys).path();
    QFile removable(sys + QStringLiteral("/removable"));
    if (removable.open(QIODevice::ReadOnly) && removable.read(4).trimmed() == "1")
        return true;
    return sys.contains(QLatin1String("/usb"));
}

// A camera's volume, or invalid (not a camera's, or it could not be read).
// Blocks until the volume answers: run on a thread of the mount's own, so that
// a volume that does not answer (a stopped FUSE daemon, a dying card) holds up
// only its own lookup, never another mount's.
CameraSource lookAtMount(const MountEntry &m)
{
    CameraSource s;
    const QByteArray path = QFile::encodeName(m.mountPoint);
    if (DIR *d = ::opendir(path.constData())) {
        ::readdir(d); // the first answer from the file system's daemon
        ::closedir(d);
    } else {
        return s;
    }
    if (CameraSource::videoFolders(m.mountPoint, ProbeTimeout).isEmpty())
        return s;
    s.root = m.mountPoint;
    s.mountPoint = m.mountPoint;
    s.fileSystem = m.fsType;
    s.kind = CameraSource::Kind::Card;
    if (m.source.startsWith(QLatin1String("/dev/")))
        s.device = m.source;
    LinuxSourceBackend::fillVolumeFacts(&s);
    if (s.label.isEmpty())
        s.label = QFileInfo(m.mountPoint).fileName();
    return s;
}

// "mtp:host=SAMSUNG_SAMSUNG_Android_R58M" -> kind and a name a coach knows.
CameraSource gvfsSource(const QString &gvfs, const QString &entry, const QString &root)
{
    CameraSource s;
    s.root = root;
    s.mountPoint = gvfs;
    s.viaGvfs = true;
    s.fileSystem = QStringLiteral("fuse.gvfsd-fuse");
    s.removable = true;
    s.kind = entry.startsWith(QLatin1String("gphoto2:")) ? CameraSource::Kind::Camera : CameraSource::Kind::Phone;
    QString host = entry.section(QLatin1String("host="), 1).section(QLatin1Char(','), 0, 0);
    host = QUrl::fromPercentEncoding(host.toUtf8()).replace(QLatin1Char('_'), QLatin1Char(' ')).simplified();
    s.label = host.isEmpty() ? entry : host;
    if (root != gvfs + QLatin1Char('/') + entry)
        s.label += QStringLiteral(" (%1)").arg(QFileInfo(root).fileName());
    return s;
}

} // namespace

void LinuxSourceBackend::fillVolumeFacts(CameraSource *s)
{
    const QStorageInfo storage(s->mountPoint);
    if (s->root == s->mountPoint)
        s->label = storage.name();
    s->bytesTotal = storage.bytesTotal();
    if (s->device.isEmpty())
        return;
    const Udisks::BlockFacts facts = Udisks::factsFor(s->device);
    if (facts.known) {
        s->udisksObject = facts.objectPath + QLatin1Char('|') + facts.drivePath;
        s->uuid = facts.uuid;
        if (!facts.label.isEmpty() && s->root == s->mountPoint)
            s->label = facts.label;
        s->removable = facts.removable;
        // udisks2 tells what udev's database holds: nothing yet when the volume
        // was mounted before udev looked into it. The boot sector then.
        if (s->uuid.isEmpty() || (s->label.isEmpty() && s->root == s->mountPoint)) {
            QString label;
            const QString uuid = uuidWithoutUdisks(s->device, &label);
            if (s->uuid.isEmpty())
                s->uuid = uuid;
            if (s->label.isEmpty() && s->root == s->mountPoint)
                s->label = label;
        }
    } else {
        QString label;
        s->uuid = uuidWithoutUdisks(s->device, &label);
        if (s->label.isEmpty() && s->root == s->mountPoint)
            s->label = label;
        s->removable = removableWithoutUdisks(s->device);
    }
}

struct LinuxSourceBackend::Probe
{
    std::mutex mutex;
    LinuxSourceBackend *receiver = nullptr;
};

LinuxSourceBackend::LinuxSourceBackend(QObject *parent)
    : SourceBackend(parent)
    , m_alive(std::make_shared<Probe>())
{
    m_alive->receiver = this;
}

LinuxSourceBackend::~LinuxSourceBackend()
{
    for (const std::shared_ptr<Probe> &p : { m_probe, m_alive }) {
        if (p) {
            const std::lock_guard lock(p->mutex);
            p->receiver = nullptr;
        }
    }
    if (m_fd >= 0)
        ::close(m_fd);
}

QString LinuxSourceBackend::gvfsFolder()
{
    QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (runtime.isEmpty())
        runtime = QStringLiteral("/run/user/%1").arg(::getuid());
    return runtime + QStringLiteral("/gvfs");
}

bool LinuxSourceBackend::isCandidate(const MountEntry &m)
{
    static const QStringList systemTypes = {
        QStringLiteral("proc"),
        QStringLiteral("sysfs"),
        QStringLiteral("cgroup"),
        QStringLiteral("cgroup2"),
        QStringLiteral("devtmpfs"),
        QStringLiteral("devpts"),
        QStringLiteral("tmpfs"),
        QStringLiteral("ramfs"),
        QStringLiteral("mqueue"),
        QStringLiteral("debugfs"),
        QStringLiteral("tracefs"),
        QStringLiteral("securityfs"),
        QStringLiteral("pstore"),
        QStringLiteral("bpf"),
        QStringLiteral("autofs"),
        QStringLiteral("hugetlbfs"),
        QStringLiteral("configfs"),
        QStringLiteral("fusectl"),
        QStringLiteral("overlay"),
        QStringLiteral("squashfs"),
        QStringLiteral("nsfs"),
        QStringLiteral("binfmt_misc"),
        QStringLiteral("efivarfs"),
        QStringLiteral("rpc_pipefs"),
        QStringLiteral("nfsd"),
        QStringLiteral("selinuxfs"),
        QStringLiteral("nfs"),
        QStringLiteral("nfs4"),
        QStringLiteral("cifs"),
        QStringLiteral("smb3"),
        QStringLiteral("9p"),
        QStringLiteral("virtiofs"),
        QStringLiteral("fuse.sshfs"),
        QStringLiteral("fuse.gvfsd-fuse"),
        QStringLiteral("fuse.portal"),
        QStringLiteral("fuse.lxcfs"),
        QStringLiteral("fuse.snapfuse"),
        QStringLiteral("iso9660"),
        QStringLiteral("udf"),
    };
    if (systemTypes.contains(m.fsType))
        return false;
    static const QStringList systemPoints = { QStringLiteral("/"),     QStringLiteral("/usr"), QStringLiteral("/var"),
                                              QStringLiteral("/home"), QStringLiteral("/opt"), QStringLiteral("/srv"),
                                              QStringLiteral("/root"), QStringLiteral("/tmp"), QStringLiteral("/etc") };
    if (systemPoints.contains(m.mountPoint))
        return false;
    for (const QLatin1String prefix :
         { QLatin1String("/proc/"), QLatin1String("/sys/"), QLatin1String("/dev/"), QLatin1String("/boot"),
           QLatin1String("/snap/"), QLatin1String("/var/"), QLatin1String("/usr/"), QLatin1String("/etc/") }) {
        if (m.mountPoint.startsWith(prefix))
            return false;
    }
    if (m.mountPoint.startsWith(QLatin1String("/run/")) && !m.mountPoint.startsWith(QLatin1String("/run/media/")))
        return false;
    return true;
}

void LinuxSourceBackend::start()
{
    m_fd = ::open("/proc/self/mountinfo", O_RDONLY | O_CLOEXEC);
    if (m_fd >= 0) {
        m_notifier = new QSocketNotifier(m_fd, QSocketNotifier::Exception, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &LinuxSourceBackend::rescan);
    }
    m_mountTimer = new QTimer(this);
    m_mountTimer->setInterval(2000);
    connect(m_mountTimer, &QTimer::timeout, this, &LinuxSourceBackend::rescan);
    m_mountTimer->start();
    m_gvfsTimer = new QTimer(this);
    m_gvfsTimer->setInterval(1000);
    connect(m_gvfsTimer, &QTimer::timeout, this, &LinuxSourceBackend::rescan);
    m_gvfsTimer->start();
    // The first list waits for the mounts there at the start, at most this long:
    // one that does not answer is added when it does.
    QTimer::singleShot(ProbeTimeout, this, [this]() {
        m_firstDeadlinePassed = true;
        publish();
    });
    rescan();
}

void LinuxSourceBackend::rescan()
{
    m_mounts = MountEntry::readCurrent();
    // Mounts that are gone are forgotten at once, without looking at anything;
    // each new one is looked into on a thread of its own, one at a time per mount.
    QSet<QString> present;
    for (const MountEntry &m : std::as_const(m_mounts)) {
        if (!isCandidate(m))
            continue;
        const QString key = mountKey(m);
        present.insert(key);
        if (!m_notCameras.contains(key) && !m_cameraMounts.contains(m.mountPoint) && !m_looking.contains(key))
            lookAt(m);
    }
    for (auto it = m_cameraMounts.begin(); it != m_cameraMounts.end();) {
        const bool still = std::any_of(m_mounts.cbegin(), m_mounts.cend(),
                                       [&](const MountEntry &m) { return m.mountPoint == it.key() && isCandidate(m); });
        it = still ? std::next(it) : m_cameraMounts.erase(it);
    }
    m_notCameras.intersect(present);
    publish();
    rescanGvfs();
}

void LinuxSourceBackend::lookAt(const MountEntry &mount)
{
    const QString key = mountKey(mount);
    m_looking.insert(key);
    std::thread([alive = m_alive, mount, key]() {
        const CameraSource s = lookAtMount(mount);
        const std::lock_guard lock(alive->mutex);
        if (LinuxSourceBackend *receiver = alive->receiver) {
            QMetaObject::invokeMethod(
                receiver, [receiver, key, s]() { receiver->looked(key, s); }, Qt::QueuedConnection);
        }
    }).detach();
}

void LinuxSourceBackend::looked(const QString &key, const CameraSource &source)
{
    m_looking.remove(key);
    const auto mount
        = std::find_if(m_mounts.cbegin(), m_mounts.cend(), [&](const MountEntry &m) { return mountKey(m) == key; });
    if (mount == m_mounts.cend())
        return; // gone meanwhile
    if (source.isValid())
        m_cameraMounts.insert(source.mountPoint, source);
    else
        m_notCameras.insert(key);
    publish();
}

void LinuxSourceBackend::rescanGvfs()
{
    if (m_probe) {
        m_again = true;
        return;
    }
    auto probe = std::make_shared<Probe>();
    probe->receiver = this;
    m_probe = probe;
    const QString gvfs = gvfsFolder();
    // A phone shows its files only once it is unlocked and allowed: an entry
    // without a camera's folders is looked into again every 5 s.
    QSet<QString> gvfsLooked;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_gvfsLooked.cbegin(); it != m_gvfsLooked.cend(); ++it) {
        const bool hasSource = std::any_of(m_gvfsSources.cbegin(), m_gvfsSources.cend(), [&](const CameraSource &src) {
            return src.root.mid(gvfs.size() + 1).section(QLatin1Char('/'), 0, 0) == it.key();
        });
        if (hasSource || now - it.value() < 5000)
            gvfsLooked.insert(it.key());
    }
    std::thread([probe, gvfs, gvfsLooked]() {
        QList<CameraSource> found;
        QStringList entries;
        QStringList looked;
        if (const auto list = DeviceIo::listWithin(gvfs, ProbeTimeout, 256); list && list->error == 0) {
            entries = list->names;
            for (const QString &entry : std::as_const(entries)) {
                if (gvfsLooked.contains(entry))
                    continue;
                looked.append(entry);
                const QString top = gvfs + QLatin1Char('/') + entry;
                QStringList roots = { top };
                // MTP and gphoto2 put each storage (internal, SD card) in a folder of its own.
                if (const auto inner = DeviceIo::listWithin(top, ProbeTimeout, 16); inner && inner->error == 0) {
                    for (const QString &name : inner->names)
                        roots.append(top + QLatin1Char('/') + name);
                }
                for (const QString &root : std::as_const(roots)) {
                    if (!CameraSource::videoFolders(root, ProbeTimeout).isEmpty())
                        found.append(gvfsSource(gvfs, entry, root));
                }
            }
        }
        const std::lock_guard lock(probe->mutex);
        if (LinuxSourceBackend *receiver = probe->receiver) {
            QMetaObject::invokeMethod(
                receiver,
                [receiver, probe, found, entries, looked]() {
                    if (receiver->m_probe == probe)
                        receiver->probed(found, entries, looked);
                },
                Qt::QueuedConnection);
        }
    }).detach();
}

void LinuxSourceBackend::probed(const QList<CameraSource> &found, const QStringList &gvfsEntries,
                                const QStringList &lookedNow)
{
    m_probe.reset();
    const QString gvfs = gvfsFolder();
    for (const CameraSource &s : found)
        m_gvfsSources.insert(s.root, s);
    // gvfs entries: remembered as looked into while they are there; their sources leave with them.
    const QSet<QString> entries(gvfsEntries.cbegin(), gvfsEntries.cend());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (auto it = m_gvfsLooked.begin(); it != m_gvfsLooked.end();)
        it = entries.contains(it.key()) ? std::next(it) : m_gvfsLooked.erase(it);
    for (const QString &entry : entries) {
        if (!lookedNow.contains(entry))
            continue;
        m_gvfsLooked.insert(entry, now);
    }
    for (auto it = m_gvfsSources.begin(); it != m_gvfsSources.end();) {
        const QString entry = it.key().mid(gvfs.size() + 1).section(QLatin1Char('/'), 0, 0);
        it = entries.contains(entry) ? std::next(it) : m_gvfsSources.erase(it);
    }
    m_gvfsDone = true;
    publish();
    if (m_again) {
        m_again = false;
        rescanGvfs();
    }
}

void LinuxSourceBackend::publish()
{
    // The first list once gvfs's folder was looked into and every mount there at
    // the start answered (or did not in time); after it, every change at once.
    if (!m_gvfsDone || (!m_firstDeadlinePassed && !m_looking.isEmpty()))
        return;
    QList<CameraSource> current = m_cameraMounts.values();
    current += m_gvfsSources.values();
    std::sort(current.begin(), current.end(),
              [](const CameraSource &a, const CameraSource &b) { return a.root < b.root; });
    if (m_publishedOnce && current == m_published)
        return;
    m_publishedOnce = true;
    m_published = current;
    emit sourcesChanged(current);
}

QStringList LinuxSourceBackend::ownFilesBelow(const QString &folder, int limit)
{
    QStringList open;
    if (folder.isEmpty())
        return open;
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        // The link's own text (a file of a dead FUSE mount cannot be followed further).
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (target == folder || target.startsWith(prefix)) {
            open << target;
            if (open.size() >= limit)
                break;
        }
    }
    return open;
}

void LinuxSourceBackend::eject(const CameraSource &source)
{
    const QString folder = source.viaGvfs ? source.root : source.mountPoint;
    if (ownFilesBelow(folder, 1).isEmpty()) {
        ejectNow(source);
        return;
    }
    // Our own files on it are being closed (a thumbnail's decoder, a scan's
    // last read): unmounted now, it would be refused as busy because of us.
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + OwnFilesWaitMs;
    connect(poll, &QTimer::timeout, this, [this, poll, folder, source, deadline]() {
        const bool stillOpen = !ownFilesBelow(folder, 1).isEmpty();
        if (stillOpen && QDateTime::currentMSecsSinceEpoch() < deadline)
            return;
        poll->deleteLater();
        if (stillOpen) // a read the card does not answer: said as it is, not as another program's
            emit ejectFinished(source.root, false,
                               tr("Uplift Capture is still reading from it (the card does not answer): try again "
                                  "in a moment."));
        else
            ejectNow(source);
    });
    poll->start();
}

void LinuxSourceBackend::ejectNow(const CameraSource &source)
{
    const QString root = source.root;
    if (!source.udisksObject.isEmpty()) {
        Udisks::eject(source.udisksObject.section(QLatin1Char('|'), 0, 0),
                      source.udisksObject.section(QLatin1Char('|'), 1, 1), this,
                      [this, root](bool ok, const QString &reason) { emit ejectFinished(root, ok, reason); });
        return;
    }
    QString program;
    QStringList arguments;
    if (source.viaGvfs) {
        // gio mount -u mtp://HOST/ : the gvfs entry's name is the URI's scheme and host.
        const QString entry = source.root.mid(source.mountPoint.size() + 1).section(QLatin1Char('/'), 0, 0);
        const QString scheme = entry.section(QLatin1Char(':'), 0, 0);
        const QString host = entry.section(QLatin1String("host="), 1).section(QLatin1Char(','), 0, 0);
        program = QStringLiteral("gio");
        arguments = { QStringLiteral("mount"), QStringLiteral("-u"),
                      QStringLiteral("%1://%2/").arg(scheme, QUrl::fromPercentEncoding(host.toUtf8())) };
    } else if (source.fileSystem.startsWith(QLatin1String("fuse"))) {
        program = QStandardPaths::findExecutable(QStringLiteral("fusermount3")).isEmpty()
            ? QStringLiteral("fusermount")
            : QStringLiteral("fusermount3");
        arguments = { QStringLiteral("-u"), source.mountPoint };
    } else {
        program = QStringLiteral("umount");
        arguments = { source.mountPoint };
    }
    auto *process = new QProcess(this);
    process->setProcessChannelMode(QProcess::MergedChannels);
    auto *deadline = new QTimer(process);
    deadline->setSingleShot(true);
    connect(deadline, &QTimer::timeout, process, [process]() { process->kill(); });
    connect(process, &QProcess::finished, this, [this, process, root](int code, QProcess::ExitStatus status) {
        process->deleteLater();
        const QString output = QString::fromLocal8Bit(process->readAll().left(4096)).trimmed();
        const bool ok = status == QProcess::NormalExit && code == 0;
        QString reason;
        if (!ok) {
            reason = output.contains(QLatin1String("busy"), Qt::CaseInsensitive)
                ? tr("Another program still has a file open on it.")
                : (output.isEmpty() ? tr("It could not be unmounted.") : output);
        }
        emit ejectFinished(root, ok, reason);
        rescan();
    });
    connect(process, &QProcess::errorOccurred, this, [this, process, root, program](QProcess::ProcessError error) {
        if (error != QProcess::FailedToStart)
            return;
        process->deleteLater();
        emit ejectFinished(root, false, tr("%1 is not installed, so it cannot be unmounted from here.").arg(program));
    });
    deadline->start(20000);
    process->start(program, arguments);
}
