#include "devices/camerasource.h"

#include "devices/deviceio.h"
#include "devices/mountinfo.h"
#if defined(Q_OS_LINUX)
#include "devices/linux/linuxsourcebackend.h"
#endif

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace {

// The entry of `names` that equals `wanted` regardless of case; empty when none.
QString findName(const QStringList &names, QLatin1String wanted)
{
    for (const QString &n : names) {
        if (n.compare(wanted, Qt::CaseInsensitive) == 0)
            return n;
    }
    return {};
}

} // namespace

QString CameraSource::displayName() const
{
    if (!label.isEmpty())
        return label;
    switch (kind) {
    case Kind::Phone:
        return tr("Phone");
    case Kind::Camera:
        return tr("Camera");
    case Kind::Card:
        break;
    }
    return tr("Memory card");
}

QString CameraSource::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Phone:
        return QStringLiteral("phone");
    case Kind::Camera:
        return QStringLiteral("camera");
    case Kind::Card:
        break;
    }
    return QStringLiteral("card");
}

bool CameraSource::isDcfFolderName(const QString &name)
{
    static const QRegularExpression dcf(QStringLiteral("^[1-9][0-9]{2}[0-9A-Za-z_]{5}$"));
    return dcf.match(name).hasMatch();
}

QStringList CameraSource::videoFolders(const QString &root, std::chrono::milliseconds timeout)
{
    QStringList folders;
    const auto top = DeviceIo::listWithin(root, timeout, 4096);
    if (!top || top->error != 0)
        return folders;
    const QString dcim = findName(top->names, QLatin1String("DCIM"));
    if (!dcim.isEmpty()) {
        const auto inDcim = DeviceIo::listWithin(root + QLatin1Char('/') + dcim, timeout, 4096);
        if (inDcim && inDcim->error == 0) {
            for (const QString &name : inDcim->names) {
                if (isDcfFolderName(name) || name.compare(QLatin1String("Camera"), Qt::CaseInsensitive) == 0)
                    folders.append(dcim + QLatin1Char('/') + name);
            }
        }
    }
    const QString priv = findName(top->names, QLatin1String("PRIVATE"));
    if (!priv.isEmpty()) {
        QString path = priv;
        for (const QLatin1String step : { QLatin1String("AVCHD"), QLatin1String("BDMV"), QLatin1String("STREAM") }) {
            const auto list = DeviceIo::listWithin(root + QLatin1Char('/') + path, timeout, 4096);
            const QString next = list && list->error == 0 ? findName(list->names, step) : QString();
            if (next.isEmpty()) {
                path.clear();
                break;
            }
            path += QLatin1Char('/') + next;
        }
        if (!path.isEmpty())
            folders.append(path);
    }
    folders.sort(Qt::CaseInsensitive);
    return folders;
}

CameraSource CameraSource::forFolder(const QString &path, QString *problem)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        *problem = tr("There is no folder %1.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    if (!info.isDir()) {
        *problem = tr("%1 is a file, not a card or a folder.").arg(QDir::toNativeSeparators(path));
        return {};
    }
    CameraSource source;
    source.root = info.canonicalFilePath();
    if (videoFolders(source.root, std::chrono::seconds(5)).isEmpty()) {
        *problem = tr("%1 has no DCIM folder and no AVCHD folder: it does not look like a camera's card.")
                       .arg(QDir::toNativeSeparators(path));
        return {};
    }
    // The mount it lies on: the longest mount point that contains it.
    for (const MountEntry &m : MountEntry::readCurrent()) {
        const bool contains = source.root == m.mountPoint
            || source.root.startsWith(m.mountPoint.endsWith(QLatin1Char('/')) ? m.mountPoint
                                                                              : m.mountPoint + QLatin1Char('/'));
        if (contains && m.mountPoint.size() >= source.mountPoint.size()) {
            source.mountPoint = m.mountPoint;
            source.fileSystem = m.fsType;
            source.device = m.source.startsWith(QLatin1String("/dev/")) ? m.source : QString();
            source.viaGvfs = m.fsType.contains(QLatin1String("gvfs"));
        }
    }
    if (source.viaGvfs)
        source.kind = Kind::Phone;
#if defined(Q_OS_LINUX)
    if (!source.viaGvfs)
        LinuxSourceBackend::fillVolumeFacts(&source);
#endif
    if (source.label.isEmpty())
        source.label = info.fileName();
    return source;
}
