#include "cardimage.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

namespace {

QStringList mountPointsBelow(const QString &folder)
{
    QStringList points;
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return points;
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() < 5)
            continue;
        QByteArray point = fields.at(4);
        point.replace("\\040", " ");
        const QString path = QString::fromUtf8(point);
        if (path.startsWith(folder + QLatin1Char('/')))
            points.prepend(path); // deepest last mounted first
    }
    return points;
}

bool waitUntil(const std::function<bool()> &done, int ms)
{
    for (int waited = 0; waited < ms; waited += 20) {
        if (done())
            return true;
        QThread::msleep(20);
    }
    return done();
}

// Alive and not a zombie (a daemon's parent exits at once; nobody here may reap it).
bool isAlive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close > 0 && close + 2 < text.size() && text.at(close + 2) != 'Z' && text.at(close + 2) != 'X';
}

// fusermount -u, again for up to 3 s while the mount is busy: a program watching
// the machine's mounts (a running Uplift Capture, another test's) looks into a
// card the moment it is mounted.
QString fuseUnmount(const QString &point)
{
    QString e;
    for (int waited = 0; waited <= 3000; waited += 100) {
        e = CardImage::run(QStringLiteral("fusermount"), { QStringLiteral("-u"), point });
        if (e.isEmpty() || !e.contains(QLatin1String("busy")))
            return e;
        QThread::msleep(100);
    }
    return e;
}

bool isMountPoint(const QString &path)
{
    return mountPointsBelow(QFileInfo(path).path()).contains(path);
}

} // namespace

QString CardImage::run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(program, arguments);
    if (!p.waitForStarted(10000))
        return QStringLiteral("%1 did not start: %2").arg(program, p.errorString());
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished(5000);
        return QStringLiteral("%1 did not finish within 60 s").arg(program);
    }
    const QString output = QString::fromLocal8Bit(p.readAll()).trimmed();
    if (p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0)
        return QStringLiteral("%1 %2 failed (%3): %4")
            .arg(program, arguments.join(QLatin1Char(' ')))
            .arg(p.exitCode())
            .arg(output);
    return {};
}

QString CardImage::missingTools(Format format)
{
    QStringList missing;
    const QStringList tools = format == Format::ExFat
        ? QStringList { QStringLiteral("mkfs.exfat"), QStringLiteral("losetup"), QStringLiteral("mount.exfat-fuse"),
                        QStringLiteral("fusermount") }
        : QStringList { QStringLiteral("mkfs.vfat"), QStringLiteral("mcopy"), QStringLiteral("mmd"),
                        QStringLiteral("fusefat"), QStringLiteral("fusermount") };
    const QStringList path
        = { QStringLiteral("/usr/sbin"), QStringLiteral("/sbin"), QStringLiteral("/usr/bin"), QStringLiteral("/bin") };
    for (const QString &tool : tools) {
        if (QStandardPaths::findExecutable(tool).isEmpty() && QStandardPaths::findExecutable(tool, path).isEmpty())
            missing.append(tool);
    }
    QString problem;
    if (!missing.isEmpty())
        problem
            = QStringLiteral("missing %1 (scripts/setup-deps installs them)").arg(missing.join(QStringLiteral(", ")));
    if (::geteuid() != 0)
        problem += QStringLiteral("%1not root: loop devices and FUSE mounts need root")
                       .arg(problem.isEmpty() ? QLatin1String("") : QLatin1String("; "));
    if (!QFileInfo::exists(QStringLiteral("/dev/fuse")))
        problem += QStringLiteral("%1no /dev/fuse").arg(problem.isEmpty() ? QLatin1String("") : QLatin1String("; "));
    return problem;
}

void CardImage::cleanStale(const QString &folder)
{
    // A daemon an earlier run stopped and could not continue (killed): continued first.
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(proc.filePath(pid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const QByteArray name = comm.readAll().trimmed();
        if (!name.startsWith("mount.exfat") && name != "fusefat")
            continue;
        QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (pid.toLongLong() > 0 && cmdline.open(QIODevice::ReadOnly)) {
            const QByteArray args = cmdline.readAll();
            if ((args.startsWith("/usr/sbin/mount.exfat-fuse") || args.contains("fusefat"))
                && args.contains(QFile::encodeName(folder + QLatin1Char('/'))))
                ::kill(pid_t(pid.toLongLong()), SIGCONT);
        }
    }
    // FUSE cards and the tmpfs destinations of the tests alike (as root, umount -l detaches both).
    for (const QString &point : mountPointsBelow(folder))
        run(QStringLiteral("umount"), { QStringLiteral("-l"), point });
    QDirIterator images(folder, { QStringLiteral("*.img") }, QDir::Files, QDirIterator::Subdirectories);
    while (images.hasNext())
        detachLoopsOf(images.next());
}

void CardImage::detachLoopsOf(const QString &image)
{
    QProcess p;
    p.start(QStringLiteral("losetup"), { QStringLiteral("-j"), image });
    p.waitForFinished(10000);
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        const QByteArray device = line.left(line.indexOf(':')).trimmed();
        if (device.startsWith("/dev/loop"))
            run(QStringLiteral("losetup"), { QStringLiteral("-d"), QString::fromLatin1(device) });
    }
}

CardImage::~CardImage()
{
    pauseDaemon(false);
    if (isMounted())
        unmount(true);
    if (!m_cgroup.isEmpty()) {
        // Empty once the daemon has ended (a lazy unmount ends it when its last file closes).
        waitUntil([&] { return QDir().rmdir(m_cgroup) || !QFileInfo::exists(m_cgroup); }, 5000);
    }
    // The loop devices that still show this image (an eject through udisks2 may
    // have detached ours, and the number may serve another image by now).
    if (!m_loop.isEmpty())
        detachLoopsOf(m_image);
    if (!m_image.isEmpty())
        QFile::remove(m_image);
}

QString CardImage::create(Format format, const QString &imagePath, qint64 bytes, const QString &label,
                          const QString &tree)
{
    m_format = format;
    m_image = imagePath;
    QDir().mkpath(QFileInfo(imagePath).path());
    QFile::remove(imagePath);
    {
        QFile image(imagePath);
        if (!image.open(QIODevice::WriteOnly) || !image.resize(bytes))
            return QStringLiteral("cannot make %1").arg(imagePath);
    }
    if (format == Format::ExFat) {
        if (QString e = run(QStringLiteral("mkfs.exfat"), { QStringLiteral("-L"), label, imagePath }); !e.isEmpty())
            return e;
        if (QString e = attachLoop(); !e.isEmpty())
            return e;
        // Filled through a first mount, so that the card holds its files before
        // the mount the test watches (a camera's card is never empty when it comes).
        const QString fillPoint = imagePath + QStringLiteral(".fill");
        QDir().mkpath(fillPoint);
        if (QString e = run(QStringLiteral("mount.exfat-fuse"), { m_loop, fillPoint }); !e.isEmpty())
            return e;
        QString e;
        if (!tree.isEmpty())
            e = run(QStringLiteral("cp"),
                    { QStringLiteral("-r"), QStringLiteral("--preserve=timestamps"), tree + QStringLiteral("/."),
                      fillPoint });
        const QString u = fuseUnmount(fillPoint);
        QDir().rmdir(fillPoint);
        return e.isEmpty() ? u : e;
    }
    if (QString e = run(QStringLiteral("mkfs.vfat"),
                        { QStringLiteral("-F"), QStringLiteral("32"), QStringLiteral("-n"), label, imagePath });
        !e.isEmpty())
        return e;
    // mtools: every folder, then every file, as the tree has them.
    QDirIterator it(tree, QDir::AllEntries | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    QStringList dirs, files;
    while (it.hasNext()) {
        const QString path = it.next();
        (QFileInfo(path).isDir() ? dirs : files).append(path);
    }
    std::sort(dirs.begin(), dirs.end());
    const QDir root(tree);
    for (const QString &d : std::as_const(dirs)) {
        if (QString e = run(QStringLiteral("mmd"),
                            { QStringLiteral("-i"), imagePath, QStringLiteral("::") + root.relativeFilePath(d) });
            !e.isEmpty())
            return e;
    }
    for (const QString &f : std::as_const(files)) {
        // -m keeps the file's time, as a camera's clock wrote it.
        if (QString e = run(QStringLiteral("mcopy"),
                            { QStringLiteral("-m"), QStringLiteral("-i"), imagePath, f,
                              QStringLiteral("::") + root.relativeFilePath(f) });
            !e.isEmpty())
            return e;
    }
    return attachLoop();
}

QString CardImage::attachLoop()
{
    QProcess p;
    p.start(QStringLiteral("losetup"), { QStringLiteral("-f"), QStringLiteral("--show"), m_image });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return QStringLiteral("losetup failed: %1").arg(QString::fromLocal8Bit(p.readAllStandardError()));
    m_loop = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
    return {};
}

QString CardImage::mount(const QString &mountPoint)
{
    // The daemon of a card unmounted lazily serves it until its last file is closed.
    if (m_daemonPid > 0 && !waitUntil([&] { return !isAlive(m_daemonPid); }, 10000))
        return QStringLiteral("the card's last FUSE daemon (%1) is still running").arg(m_daemonPid);
    m_daemonPid = -1;
    QDir().mkpath(mountPoint);
    QString e;
    if (m_format == Format::ExFat)
        e = run(QStringLiteral("mount.exfat-fuse"), { m_loop, mountPoint });
    else // a read-only FAT32 on the loop device, named after it in the mount table as the kernel's vfat would be
        e = run(QStringLiteral("fusefat"),
                { QStringLiteral("-o"), QStringLiteral("ro,fsname=") + m_loop, m_loop, mountPoint });
    if (!e.isEmpty())
        return e;
    if (!waitUntil([&] { return isMountPoint(mountPoint); }, 5000))
        return QStringLiteral("%1 did not appear in the mount table").arg(mountPoint);
    m_mountPoint = mountPoint;
    m_daemonPid = findDaemon();
    if (m_daemonPid <= 0)
        return QStringLiteral("no FUSE daemon found for %1").arg(mountPoint);
    return {};
}

QString CardImage::throttleReads(qint64 bytesPerSecond)
{
    if (m_daemonPid <= 0 || m_loop.isEmpty())
        return QStringLiteral("no card mounted");
    struct stat loop
    {
    };
    if (::stat(QFile::encodeName(m_loop).constData(), &loop) != 0)
        return QStringLiteral("stat %1: %2").arg(m_loop, QString::fromLocal8Bit(std::strerror(errno)));
    const QString device = QStringLiteral("%1:%2").arg(major(loop.st_rdev)).arg(minor(loop.st_rdev));
    const QString name = QStringLiteral("uplift-test-card-%1-%2").arg(::getpid()).arg(m_daemonPid);
    QString group;
    QString limitFile;
    QByteArray limit;
    if (QFileInfo::exists(QStringLiteral("/sys/fs/cgroup/blkio/blkio.throttle.read_bps_device"))) {
        group = QStringLiteral("/sys/fs/cgroup/blkio/") + name;
        limitFile = QStringLiteral("blkio.throttle.read_bps_device");
        limit = QStringLiteral("%1 %2\n").arg(device).arg(bytesPerSecond).toLatin1();
    } else if (QFile controllers(QStringLiteral("/sys/fs/cgroup/cgroup.controllers"));
               controllers.open(QIODevice::ReadOnly) && controllers.readAll().split(' ').contains("io")) {
        QFile subtree(QStringLiteral("/sys/fs/cgroup/cgroup.subtree_control"));
        if (subtree.open(QIODevice::ReadWrite) && !subtree.readAll().contains("io"))
            subtree.write("+io");
        group = QStringLiteral("/sys/fs/cgroup/") + name;
        limitFile = QStringLiteral("io.max");
        limit = QStringLiteral("%1 rbps=%2\n").arg(device).arg(bytesPerSecond).toLatin1();
    } else {
        return QStringLiteral("neither a blkio (cgroup v1) nor an io (cgroup v2) controller on this machine");
    }
    if (!QDir().mkpath(group))
        return QStringLiteral("cannot create %1 (root is needed)").arg(group);
    m_cgroup = group;
    QFile limits(group + QLatin1Char('/') + limitFile);
    if (!limits.open(QIODevice::WriteOnly) || limits.write(limit) != limit.size() || !limits.flush())
        return QStringLiteral("cannot write %1: %2").arg(limits.fileName(), limits.errorString());
    QFile procs(group + QStringLiteral("/cgroup.procs"));
    const QByteArray pid = QByteArray::number(m_daemonPid) + '\n';
    if (!procs.open(QIODevice::WriteOnly) || procs.write(pid) != pid.size() || !procs.flush())
        return QStringLiteral("cannot move the daemon into %1: %2").arg(group, procs.errorString());
    // What the card was filled with is still in the loop device's cache, which the limit does
    // not reach: let go of it, so that the daemon's reads go to the device.
    const int fd = ::open(QFile::encodeName(m_loop).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QStringLiteral("open %1: %2").arg(m_loop, QString::fromLocal8Bit(std::strerror(errno)));
    const int flushed = ::ioctl(fd, BLKFLSBUF, 0);
    const int error = errno;
    ::close(fd);
    if (flushed != 0)
        return QStringLiteral("BLKFLSBUF %1: %2").arg(m_loop, QString::fromLocal8Bit(std::strerror(error)));
    return {};
}

QString CardImage::unmount(bool lazy)
{
    if (m_mountPoint.isEmpty())
        return {};
    const QString point = m_mountPoint;
    if (lazy) {
        // umount -l, without anything that would look into the mount (a stalled daemon would hang it).
        if (::umount2(QFile::encodeName(point).constData(), MNT_DETACH) != 0 && errno != EINVAL && errno != ENOENT)
            return QStringLiteral("umount -l %1: %2").arg(point, QString::fromLocal8Bit(std::strerror(errno)));
        m_mountPoint.clear();
        return {};
    }
    if (QString e = fuseUnmount(point); !e.isEmpty())
        return e;
    m_mountPoint.clear();
    return {};
}

qint64 CardImage::findDaemon() const
{
    const QString wanted = m_loop;
    const QDir proc(QStringLiteral("/proc"));
    for (const QString &pid : proc.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        bool number = false;
        const qint64 n = pid.toLongLong(&number);
        if (!number)
            continue;
        // comm first: reading another process's cmdline waits for its memory, which a process
        // stuck on a stopped FUSE daemon holds.
        QFile comm(proc.filePath(pid + QStringLiteral("/comm")));
        if (!comm.open(QIODevice::ReadOnly))
            continue;
        const QByteArray name = comm.readAll().trimmed();
        if (!name.startsWith("mount.exfat") && !name.startsWith("exfat") && name != "fusefat")
            continue;
        QFile cmdline(proc.filePath(pid + QStringLiteral("/cmdline")));
        if (!cmdline.open(QIODevice::ReadOnly))
            continue;
        const QList<QByteArray> args = cmdline.readAll().split('\0');
        if (args.isEmpty())
            continue;
        const QByteArray program = args.first();
        const bool daemon
            = program.endsWith("mount.exfat-fuse") || program.endsWith("exfat-fuse") || program.endsWith("fusefat");
        if (daemon && args.contains(QFile::encodeName(wanted)) && args.contains(QFile::encodeName(m_mountPoint)))
            return n;
    }
    return -1;
}

bool CardImage::killDaemon()
{
    return m_daemonPid > 0 && ::kill(pid_t(m_daemonPid), SIGKILL) == 0;
}

bool CardImage::pauseDaemon(bool paused)
{
    if (m_daemonPid <= 0)
        return false;
    // A stopped FUSE daemon blocks every sync(2) on the machine and whoever reads its
    // files. Should this test be killed before it continues the daemon (a timeout),
    // a watchdog of its own continues it after 30 s anyway. Started before the stop:
    // a process started while a FUSE file is open would close it at exec, which waits
    // for the daemon.
    if (paused)
        QProcess::startDetached(
            QStringLiteral("sh"),
            { QStringLiteral("-c"), QStringLiteral("sleep 30; kill -CONT %1 2>/dev/null").arg(m_daemonPid) });
    return ::kill(pid_t(m_daemonPid), paused ? SIGSTOP : SIGCONT) == 0;
}
