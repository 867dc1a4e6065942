// The real udisks2 daemon (issue 24, items 1 and 4): on a private system bus
// of its own (dbus-daemon with the system bus's policies, on a socket in a
// short temporary folder, DBUS_SYSTEM_BUS_ADDRESS pointing there for udisksd
// and for this process), with udev's database filled by systemd-udevd (started
// here when no udevd runs), so that udisks2 knows a card's label and UUID as
// on a desktop. The cards are exFAT images on loop devices mounted through
// FUSE; a udev rule of this test marks the "removable" ones UDISKS_SYSTEM=0,
// as udisks2 sees a card reader's card (a loop device's own sysfs "removable"
// is 0, so a removable card can only have been told by udisks2).
#include "cardimage.h"

#include "devices/linux/udisks.h"
#include "devices/sourcewatcher.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

#include <unistd.h>

namespace {

const QString Service = QStringLiteral("org.freedesktop.UDisks2");

QString findTool(const QString &name, const QStringList &paths)
{
    for (const QString &path : paths) {
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return QStandardPaths::findExecutable(name);
}

// A property of a udisks2 object, straight from the bus; invalid when there is none.
QVariant udisksProperty(const QString &object, const QString &interface, const QString &name)
{
    QDBusMessage call = QDBusMessage::createMethodCall(
        Service, object, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << interface << name;
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, 2000);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first().value<QDBusVariant>().variant();
}

QString blockObject(const QString &loop)
{
    return QStringLiteral("/org/freedesktop/UDisks2/block_devices/") + QFileInfo(loop).fileName();
}

// What the boot sector says, read by blkid itself (no udev, no cache).
QString blkid(const QString &device, const QString &tag)
{
    QProcess p;
    p.start(QStringLiteral("blkid"),
            { QStringLiteral("-p"), QStringLiteral("-o"), QStringLiteral("value"), QStringLiteral("-s"), tag, device });
    p.waitForFinished(10000);
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

// Filesystem.MountPoints (aay) of a block object.
QByteArrayList mountPointsOf(const QString &object)
{
    const QVariant v
        = udisksProperty(object, QStringLiteral("org.freedesktop.UDisks2.Filesystem"), QStringLiteral("MountPoints"));
    QByteArrayList points;
    if (v.canConvert<QDBusArgument>())
        v.value<QDBusArgument>() >> points;
    return points;
}

bool mounted(const QString &point)
{
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && QString::fromUtf8(fields.at(4)) == point)
            return true;
    }
    return false;
}

QStringList loopsOf(const QString &image)
{
    QProcess p;
    p.start(QStringLiteral("losetup"), { QStringLiteral("-j"), image });
    p.waitForFinished(10000);
    QStringList loops;
    for (const QByteArray &line : p.readAllStandardOutput().split('\n')) {
        if (line.startsWith("/dev/loop"))
            loops << QString::fromLatin1(line.left(line.indexOf(':')));
    }
    return loops;
}

void stop(QProcess *process)
{
    if (!process || process->state() == QProcess::NotRunning)
        return;
    process->terminate();
    if (!process->waitForFinished(5000)) {
        process->kill();
        process->waitForFinished(5000);
    }
}

} // namespace

class tst_Udisks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();

    void udisksTellsLabelUuidAndRemovable();
    void cardListedWithinASecondThroughUdisksAndGoneWhenUnmounted();
    void ejectUnmountsThroughUdisksAndDetachesTheImage();

private:
    CardImage *makeCard(const QString &name, const QString &label);
    QString udisksLog() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_tree;
    QString m_rule;
    QProcess m_bus;
    QProcess m_udisks;
    QProcess m_udevd;
    QString m_udevadm;
    bool m_runUdevExisted = true;
    bool m_devDiskExisted = true;
    bool m_runUdisksExisted = true;
    std::vector<std::unique_ptr<CardImage>> m_cards;
};

void tst_Udisks::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("not root: a private udisks2 daemon, udevd, loop devices and FUSE mounts need root");
    const QString dbusDaemon = findTool(QStringLiteral("dbus-daemon"), { QStringLiteral("/usr/bin/dbus-daemon") });
    const QString udisksd
        = findTool(QStringLiteral("udisksd"),
                   { QStringLiteral("/usr/libexec/udisks2/udisksd"), QStringLiteral("/usr/lib/udisks2/udisksd") });
    const QString udevd
        = findTool(QStringLiteral("systemd-udevd"),
                   { QStringLiteral("/lib/systemd/systemd-udevd"), QStringLiteral("/usr/lib/systemd/systemd-udevd") });
    m_udevadm
        = findTool(QStringLiteral("udevadm"), { QStringLiteral("/usr/bin/udevadm"), QStringLiteral("/bin/udevadm") });
    QStringList missing;
    if (dbusDaemon.isEmpty())
        missing << QStringLiteral("dbus-daemon (dbus)");
    if (udisksd.isEmpty())
        missing << QStringLiteral("udisksd (udisks2)");
    if (udevd.isEmpty() || m_udevadm.isEmpty())
        missing << QStringLiteral("systemd-udevd, udevadm (udev)");
    if (QStandardPaths::findExecutable(QStringLiteral("blkid")).isEmpty())
        missing << QStringLiteral("blkid");
    const QString cardTools = CardImage::missingTools(CardImage::Format::ExFat);
    if (!missing.isEmpty() || !cardTools.isEmpty())
        QSKIP(qPrintable(QStringLiteral("missing %1 %2 (scripts/setup-deps installs them)")
                             .arg(missing.join(QStringLiteral(", ")), cardTools)));

    // A short folder: a unix socket's path has room for 107 bytes.
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/udisks-XXXXXX"));
    QVERIFY(m_dir->isValid());
    const QString dir = m_dir->path();
    m_tree = dir + QStringLiteral("/tree");
    QVERIFY(QDir(m_tree).mkpath(QStringLiteral("DCIM/100GOPRO")));
    {
        QFile clip(m_tree + QStringLiteral("/DCIM/100GOPRO/GX010001.MP4"));
        QVERIFY(clip.open(QIODevice::WriteOnly));
        clip.write(QByteArray(256 * 1024, 'v'));
    }

    m_runUdevExisted = QFileInfo::exists(QStringLiteral("/run/udev"));
    m_devDiskExisted = QFileInfo::exists(QStringLiteral("/dev/disk"));
    m_runUdisksExisted = QFileInfo::exists(QStringLiteral("/run/udisks2"));

    // udev: the one running, else one of ours for the length of the test.
    const auto ping = [this] {
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(m_udevadm,
                { QStringLiteral("control"), QStringLiteral("--ping"), QStringLiteral("-t"), QStringLiteral("1") });
        return p.waitForFinished(5000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    };
    const bool udevRuns = ping();
    if (!udevRuns) {
        m_udevd.setProgram(udevd);
        m_udevd.setStandardOutputFile(dir + QStringLiteral("/udevd.log"));
        m_udevd.setStandardErrorFile(dir + QStringLiteral("/udevd.log"), QIODevice::Append);
        m_udevd.start();
        QVERIFY2(m_udevd.waitForStarted(5000), qPrintable(m_udevd.errorString()));
        QElapsedTimer t;
        t.start();
        while (!ping()) {
            QVERIFY2(m_udevd.state() == QProcess::Running && t.elapsed() < 10000, "systemd-udevd did not answer");
            QTest::qWait(100);
        }
    }
    // The cards named removable-*: a card reader's card as udisks2 knows it.
    QVERIFY(QDir().mkpath(QStringLiteral("/run/udev/rules.d")));
    m_rule = QStringLiteral("/run/udev/rules.d/99-uplift-tst-udisks-%1.rules").arg(QCoreApplication::applicationPid());
    {
        QFile rule(m_rule);
        QVERIFY(rule.open(QIODevice::WriteOnly));
        rule.write(
            QStringLiteral("SUBSYSTEM==\"block\", KERNEL==\"loop*\", ATTR{loop/backing_file}==\"%1/removable-*\", "
                           "ENV{UDISKS_SYSTEM}=\"0\"\n")
                .arg(dir)
                .toUtf8());
    }
    QCOMPARE(QProcess::execute(m_udevadm, { QStringLiteral("control"), QStringLiteral("--reload") }), 0);

    // The private system bus: the system bus's policies (udisks2's among them), a socket of its own.
    const QString config = dir + QStringLiteral("/system-bus.conf");
    {
        QFile f(config);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QStringLiteral(R"(<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=%1/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow user="*"/>
    <deny own="*"/>
    <deny send_type="method_call"/>
    <allow send_type="signal"/>
    <allow send_requested_reply="true" send_type="method_return"/>
    <allow send_requested_reply="true" send_type="error"/>
    <allow receive_type="method_call"/>
    <allow receive_type="method_return"/>
    <allow receive_type="error"/>
    <allow receive_type="signal"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Introspectable"/>
    <allow send_destination="org.freedesktop.DBus" send_interface="org.freedesktop.DBus.Properties"/>
  </policy>
  <includedir>/usr/share/dbus-1/system.d</includedir>
</busconfig>
)")
                    .arg(dir)
                    .toUtf8());
    }
    m_bus.start(
        dbusDaemon,
        { QStringLiteral("--config-file=") + config, QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
    QVERIFY2(m_bus.waitForStarted(5000), qPrintable(m_bus.errorString()));
    QElapsedTimer t;
    t.start();
    while (!m_bus.canReadLine() && t.elapsed() < 10000)
        m_bus.waitForReadyRead(500);
    const QByteArray address = m_bus.readLine().trimmed();
    QVERIFY2(address.startsWith("unix:"), m_bus.readAllStandardError().constData());
    // Before the first QDBusConnection::systemBus(): this process's system bus is the private one.
    qputenv("DBUS_SYSTEM_BUS_ADDRESS", address);

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SYSTEM_BUS_ADDRESS"), QString::fromLatin1(address));
    m_udisks.setProcessEnvironment(env);
    m_udisks.setStandardOutputFile(dir + QStringLiteral("/udisksd.log"));
    m_udisks.setStandardErrorFile(dir + QStringLiteral("/udisksd.log"), QIODevice::Append);
    m_udisks.start(udisksd, { QStringLiteral("--debug") });
    QVERIFY2(m_udisks.waitForStarted(5000), qPrintable(m_udisks.errorString()));
    QDBusConnection bus = QDBusConnection::systemBus();
    QVERIFY2(bus.isConnected(), qPrintable(bus.lastError().message()));
    t.restart();
    while (!bus.interface()->isServiceRegistered(Service).value()) {
        QVERIFY2(m_udisks.state() == QProcess::Running && t.elapsed() < 15000, qPrintable(udisksLog()));
        QTest::qWait(100);
    }
    QVERIFY(Udisks::available());
}

void tst_Udisks::cleanupTestCase()
{
    m_cards.clear();
    if (m_dir)
        CardImage::cleanStale(m_dir->path());
    stop(&m_udisks);
    stop(&m_bus);
    if (!m_rule.isEmpty()) {
        QFile::remove(m_rule);
        if (m_udevd.state() == QProcess::NotRunning)
            QProcess::execute(m_udevadm, { QStringLiteral("control"), QStringLiteral("--reload") });
    }
    stop(&m_udevd);
    // What our daemons left where nothing was before: udev's database and
    // /dev/disk links would be stale once udevd is gone (a loop device's
    // number serves another image next), udisks2's state file with them.
    if (!m_runUdevExisted)
        QDir(QStringLiteral("/run/udev")).removeRecursively();
    if (!m_devDiskExisted)
        QDir(QStringLiteral("/dev/disk")).removeRecursively();
    if (!m_runUdisksExisted)
        QDir(QStringLiteral("/run/udisks2")).removeRecursively();
}

void tst_Udisks::cleanup()
{
    m_cards.clear();
    CardImage::cleanStale(m_dir->path());
}

QString tst_Udisks::udisksLog() const
{
    QFile f(m_dir->path() + QStringLiteral("/udisksd.log"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLocal8Bit(f.readAll().right(8000)) : QString();
}

// An exFAT card on a loop device, not yet mounted, once udisks2 knows its file system.
CardImage *tst_Udisks::makeCard(const QString &name, const QString &label)
{
    auto card = std::make_unique<CardImage>();
    const QString image = m_dir->path() + QLatin1Char('/') + name + QStringLiteral(".img");
    const QString e = card->create(CardImage::Format::ExFat, image, 32 * 1024 * 1024, label, m_tree);
    if (!e.isEmpty()) {
        qWarning("%s", qPrintable(e));
        return nullptr;
    }
    QProcess::execute(m_udevadm, { QStringLiteral("settle"), QStringLiteral("-t"), QStringLiteral("10") });
    // udisks2 knows this image's file system (not the last image's on the same loop device's number).
    const QString object = blockObject(card->loopDevice());
    const QString uuid = blkid(card->loopDevice(), QStringLiteral("UUID"));
    const auto known = [&] {
        const QByteArray backing
            = udisksProperty(object, QStringLiteral("org.freedesktop.UDisks2.Loop"), QStringLiteral("BackingFile"))
                  .toByteArray();
        return QFile::decodeName(backing.left(backing.indexOf('\0'))) == image
            && udisksProperty(object, QStringLiteral("org.freedesktop.UDisks2.Block"), QStringLiteral("IdUUID"))
                   .toString()
            == uuid;
    };
    QElapsedTimer t;
    t.start();
    while (uuid.isEmpty() || !known()) {
        if (t.elapsed() > 10000) {
            qWarning("udisks2 does not know %s (%s) within 10 s: %s", qPrintable(card->loopDevice()), qPrintable(uuid),
                     qPrintable(udisksLog()));
            return nullptr;
        }
        QTest::qWait(50);
    }
    m_cards.push_back(std::move(card));
    return m_cards.back().get();
}

void tst_Udisks::udisksTellsLabelUuidAndRemovable()
{
    CardImage *card = makeCard(QStringLiteral("removable-gopro"), QStringLiteral("GOPRO1"));
    QVERIFY(card);
    CardImage *fixed = makeCard(QStringLiteral("fixed"), QStringLiteral("FIXED"));
    QVERIFY(fixed);
    const QString loopName = QFileInfo(card->loopDevice()).fileName();
    QFile sysRemovable(QStringLiteral("/sys/block/%1/removable").arg(loopName));
    QVERIFY(sysRemovable.open(QIODevice::ReadOnly));
    QCOMPARE(sysRemovable.readAll().trimmed(), QByteArray("0")); // the kernel says a loop device is not removable

    const Udisks::BlockFacts facts = Udisks::factsFor(card->loopDevice());
    QVERIFY(facts.known);
    QCOMPARE(facts.objectPath, blockObject(card->loopDevice()));
    QCOMPARE(facts.drivePath, QStringLiteral("/")); // a loop device has no drive
    QCOMPARE(facts.label, QStringLiteral("GOPRO1"));
    const QString uuid = blkid(card->loopDevice(), QStringLiteral("UUID"));
    QVERIFY(!uuid.isEmpty());
    QCOMPARE(facts.uuid, uuid);
    QVERIFY2(facts.removable, "udisks2's HintSystem is false for the card (UDISKS_SYSTEM=0)");

    const Udisks::BlockFacts fixedFacts = Udisks::factsFor(fixed->loopDevice());
    QVERIFY(fixedFacts.known);
    QCOMPARE(fixedFacts.label, QStringLiteral("FIXED"));
    QCOMPARE(fixedFacts.uuid, blkid(fixed->loopDevice(), QStringLiteral("UUID")));
    QVERIFY(fixedFacts.uuid != facts.uuid);
    QVERIFY2(!fixedFacts.removable, "a loop device root set up is the system's to udisks2");
    // A device udisks2 does not know.
    QVERIFY(!Udisks::factsFor(QStringLiteral("/dev/null")).known);
}

void tst_Udisks::cardListedWithinASecondThroughUdisksAndGoneWhenUnmounted()
{
    CardImage *card = makeCard(QStringLiteral("removable-listed"), QStringLiteral("HERO9"));
    QVERIFY(card);
    SourceWatcher watcher;
    QSignalSpy listed(&watcher, &SourceWatcher::sourcesListed);
    QSignalSpy added(&watcher, &SourceWatcher::sourceAdded);
    QSignalSpy removed(&watcher, &SourceWatcher::sourceRemoved);
    watcher.start();
    QVERIFY(listed.wait(5000));
    const QString point = m_dir->path() + QStringLiteral("/mnt-listed");
    added.clear();
    QCOMPARE(card->mount(point), QString());
    QElapsedTimer sinceMount;
    sinceMount.start();
    // Other cards may be mounted on this machine (other tests): this one is ours.
    const auto ours = [&](const QSignalSpy &spy) {
        for (const QList<QVariant> &args : spy) {
            if (args.constFirst().canConvert<CameraSource>() ? args.constFirst().value<CameraSource>().root == point
                                                             : args.constFirst().toString() == point)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(ours(added), 1000);
    qInfo("listed %lld ms after the mount", sinceMount.elapsed());
    const CameraSource source = watcher.source(point);
    QCOMPARE(source.root, point);
    QCOMPARE(source.device, card->loopDevice());
    QCOMPARE(source.udisksObject.section(QLatin1Char('|'), 0, 0), blockObject(card->loopDevice()));
    QCOMPARE(source.label, QStringLiteral("HERO9"));
    QCOMPARE(source.uuid, blkid(card->loopDevice(), QStringLiteral("UUID")));
    QVERIFY2(source.removable, "removable, as udisks2 says (the loop device's sysfs says not)");
    // udisks2 sees the FUSE mount as the loop device's (fuseblk carries its major:minor).
    QTRY_VERIFY_WITH_TIMEOUT(mountPointsOf(blockObject(card->loopDevice())).contains(QFile::encodeName(point) + '\0'),
                             2000);

    QCOMPARE(card->unmount(), QString());
    QElapsedTimer sinceUnmount;
    sinceUnmount.start();
    QTRY_VERIFY_WITH_TIMEOUT(ours(removed), 1000);
    qInfo("gone %lld ms after the unmount", sinceUnmount.elapsed());
    QVERIFY(!watcher.source(point).isValid());
}

void tst_Udisks::ejectUnmountsThroughUdisksAndDetachesTheImage()
{
    CardImage *card = makeCard(QStringLiteral("removable-eject"), QStringLiteral("EJECTME"));
    QVERIFY(card);
    const QString loop = card->loopDevice();
    SourceWatcher watcher;
    QSignalSpy listed(&watcher, &SourceWatcher::sourcesListed);
    QSignalSpy ejected(&watcher, &SourceWatcher::ejectFinished);
    watcher.start();
    QVERIFY(listed.wait(5000));
    const QString point = m_dir->path() + QStringLiteral("/mnt-eject");
    QCOMPARE(card->mount(point), QString());
    QTRY_VERIFY_WITH_TIMEOUT(watcher.source(point).isValid(), 2000);
    QVERIFY(!watcher.source(point).udisksObject.isEmpty());

    // Another program holds a file open on it: udisks2 refuses, and the coach is told why.
    {
        QProcess holder;
        holder.setStandardInputFile(point + QStringLiteral("/DCIM/100GOPRO/GX010001.MP4"));
        holder.start(QStringLiteral("sleep"), { QStringLiteral("60") });
        QVERIFY(holder.waitForStarted(5000));
        watcher.eject(point);
        QTRY_VERIFY_WITH_TIMEOUT(!ejected.isEmpty(), 20000);
        QCOMPARE(ejected.constFirst().at(1).toBool(), false);
        QCOMPARE(ejected.constFirst().at(2).toString(), QStringLiteral("Another program still has a file open on it."));
        QVERIFY(mounted(point));
        holder.kill();
        holder.waitForFinished(5000);
    }
    ejected.clear();
    watcher.eject(point);
    QTRY_VERIFY_WITH_TIMEOUT(!ejected.isEmpty(), 20000);
    QCOMPARE(ejected.constFirst().at(0).toString(), point);
    QVERIFY2(ejected.constFirst().at(1).toBool(), qPrintable(ejected.constFirst().at(2).toString()));
    QVERIFY(!mounted(point));
    // udisks2 did it (not fusermount): its log says so, and the image's loop device is detached (Loop.Delete).
    QTRY_VERIFY_WITH_TIMEOUT(udisksLog().contains(QStringLiteral("Unmounted %1 on behalf of uid 0").arg(loop)), 2000);
    QTRY_VERIFY_WITH_TIMEOUT(loopsOf(card->imagePath()).isEmpty(), 5000);
    QTRY_VERIFY_WITH_TIMEOUT(!watcher.source(point).isValid(), 3000);
}

QTEST_GUILESS_MAIN(tst_Udisks)
#include "tst_udisks.moc"
