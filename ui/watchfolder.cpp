#include "watchfolder.h"
#include "videointake.h"

#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

WatchFolder::WatchFolder(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
{
    // A sync client writes a file in many steps; one scan after things calm
    // down instead of one per change notification.
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &WatchFolder::scan);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
}

bool WatchFolder::setFolder(const QString &folder)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    m_folder = folder;
    if (folder.isEmpty())
        return true;
    if (!QFileInfo(folder).isDir() || !m_watcher->addPath(folder))
        return false;
    m_settle->start();
    return true;
}

void WatchFolder::scan()
{
    if (m_folder.isEmpty())
        return;
    QStringList fresh;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        const QString path = entry.absoluteFilePath();
        if (!VideoIntake::hasVideoExtension(entry.fileName()) || m_seen.contains(path) || entry.size() == 0)
            continue;
        m_seen.insert(path);
        fresh << path;
    }
    if (!fresh.isEmpty())
        emit videosAppeared(fresh);
}
