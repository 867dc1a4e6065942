#include "devices/linux/udisks.h"

#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusReply>
#include <QDBusVariant>
#include <QFile>
#include <QFileInfo>
#include <QVariantMap>

#include <mutex>

namespace {

const QString Service = QStringLiteral("org.freedesktop.UDisks2");
const QString Properties = QStringLiteral("org.freedesktop.DBus.Properties");
constexpr int TimeoutMs = 1000;

QVariant property(const QString &object, const QString &interface, const QString &name)
{
    QDBusMessage call = QDBusMessage::createMethodCall(Service, object, Properties, QStringLiteral("Get"));
    call << interface << name;
    const QDBusMessage reply = QDBusConnection::systemBus().call(call, QDBus::Block, TimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage || reply.arguments().isEmpty())
        return {};
    return reply.arguments().first().value<QDBusVariant>().variant();
}

} // namespace

namespace Udisks {

bool available()
{
    static std::once_flag once;
    static bool there = false;
    std::call_once(once, []() {
        QDBusConnection bus = QDBusConnection::systemBus();
        if (!bus.isConnected() || !bus.interface())
            return;
        const QDBusReply<bool> reply = bus.interface()->isServiceRegistered(Service);
        there = reply.isValid() && reply.value();
        if (!there) {
            // udisks2 is D-Bus activated: it need not be running yet to be there.
            const QDBusReply<QStringList> names = bus.interface()->activatableServiceNames();
            there = names.isValid() && names.value().contains(Service);
        }
    });
    return there;
}

BlockFacts factsFor(const QString &device)
{
    BlockFacts facts;
    if (!available() || !device.startsWith(QLatin1String("/dev/")))
        return facts;
    // udisks2 names block objects after the kernel's name of the device.
    const QString kernelName = QFileInfo(QFileInfo(device).canonicalFilePath()).fileName();
    if (kernelName.isEmpty())
        return facts;
    QString safe;
    for (const QChar c : kernelName)
        safe += c.isLetterOrNumber() ? QString(c) : QStringLiteral("_%1").arg(c.unicode(), 2, 16, QLatin1Char('0'));
    const QString object = QStringLiteral("/org/freedesktop/UDisks2/block_devices/") + safe;
    const QString blockInterface = QStringLiteral("org.freedesktop.UDisks2.Block");
    const QVariant drive = property(object, blockInterface, QStringLiteral("Drive"));
    if (!drive.isValid())
        return facts;
    facts.known = true;
    facts.objectPath = object;
    facts.drivePath = drive.value<QDBusObjectPath>().path();
    facts.label = property(object, blockInterface, QStringLiteral("IdLabel")).toString();
    facts.uuid = property(object, blockInterface, QStringLiteral("IdUUID")).toString();
    // udisks2's own judgement (from the drive, the bus and udev's UDISKS_SYSTEM): not the system's.
    const QVariant system = property(object, blockInterface, QStringLiteral("HintSystem"));
    facts.removable = system.isValid() && !system.toBool();
    if (!facts.drivePath.isEmpty() && facts.drivePath != QLatin1String("/")) {
        const QString driveInterface = QStringLiteral("org.freedesktop.UDisks2.Drive");
        facts.removable = facts.removable
            || property(facts.drivePath, driveInterface, QStringLiteral("Removable")).toBool()
            || property(facts.drivePath, driveInterface, QStringLiteral("Ejectable")).toBool()
            || property(facts.drivePath, driveInterface, QStringLiteral("ConnectionBus")).toString()
                == QLatin1String("usb");
    }
    return facts;
}

void eject(const QString &blockObject, const QString &driveObject, QObject *context,
           const std::function<void(bool ok, const QString &reason)> &done)
{
    QDBusMessage unmount = QDBusMessage::createMethodCall(
        Service, blockObject, QStringLiteral("org.freedesktop.UDisks2.Filesystem"), QStringLiteral("Unmount"));
    unmount << QVariantMap();
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(unmount, 15000), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context, [=](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        if (w->isError()) {
            const QString name = w->error().name();
            done(false,
                 name.endsWith(QLatin1String(".DeviceBusy"))
                     ? QCoreApplication::translate("Udisks", "Another program still has a file open on it.")
                     : w->error().message());
            return;
        }
        // A drive is powered off; a loop device (a disk image, no drive) is detached.
        const bool drive = !driveObject.isEmpty() && driveObject != QLatin1String("/");
        QDBusMessage after = drive
            ? QDBusMessage::createMethodCall(Service, driveObject, QStringLiteral("org.freedesktop.UDisks2.Drive"),
                                             QStringLiteral("PowerOff"))
            : QDBusMessage::createMethodCall(Service, blockObject, QStringLiteral("org.freedesktop.UDisks2.Loop"),
                                             QStringLiteral("Delete"));
        after << QVariantMap();
        auto *second = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(after, 15000), context);
        QObject::connect(second, &QDBusPendingCallWatcher::finished, context, [=](QDBusPendingCallWatcher *w2) {
            w2->deleteLater();
            // Unmounted is what matters: a card reader that cannot power off is
            // still safe to pull, and a block device that is neither a drive
            // nor a loop device has nothing more to undo (UnknownInterface).
            done(true, {});
        });
    });
}

} // namespace Udisks
