#include "watchfolder.h"
#include "videointake.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QTimer>

WatchFolder::WatchFolder(QObject *parent)
    : QObject(parent)
    , m_watcher(new QFileSystemWatcher(this))
    , m_settle(new QTimer(this))
    , m_recheck(new QTimer(this))
{
    // A sync client writes a file in many steps; one scan after things calm
    // down instead of one per change notification.
    m_settle->setSingleShot(true);
    m_settle->setInterval(300);
    connect(m_settle, &QTimer::timeout, this, &WatchFolder::scan);
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, m_settle, qOverload<>(&QTimer::start));
    // Listed clips are watched themselves: rewriting one does not change the folder.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, m_settle, qOverload<>(&QTimer::start));
    // A file growing in place does not always change the folder: looked at
    // again every second while one is being copied.
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(1000);
    connect(m_recheck, &QTimer::timeout, this, &WatchFolder::scan);
}

bool WatchFolder::setFolder(const QString &folder)
{
    if (!m_watcher->directories().isEmpty())
        m_watcher->removePaths(m_watcher->directories());
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    m_folder = folder;
    m_seen.clear();
    m_recheck->stop();
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
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList fresh;
    QStringList copying;
    QStringList changed;
    QSet<QString> present;
    const QFileInfoList entries = QDir(m_folder).entryInfoList(QDir::Files, QDir::Name);
    for (const QFileInfo &entry : entries) {
        if (!VideoIntake::hasVideoExtension(entry.fileName()))
            continue;
        const QString path = entry.absoluteFilePath();
        present.insert(path);
        const qint64 size = entry.size();
        const QDateTime modified = entry.lastModified().toUTC();
        Seen &seen = m_seen[path];
        const bool same = seen.size == size && seen.modified == modified;
        const bool first = seen.size < 0;
        seen.size = size;
        seen.modified = modified;
        if (seen.announced) {
            if (same)
                continue;
            // A listed clip rewritten: taken back, and listed again once whole.
            seen.announced = false;
            changed << path;
        }
        // Whole once it has not changed for the settle time (a file renamed
        // in when finished is older than that already) and can be opened.
        const bool settled = size > 0 && modified.msecsTo(now) >= m_settleMs && (same || first);
        QFile probe(path);
        if (settled && probe.open(QIODevice::ReadOnly)) {
            seen.announced = true;
            fresh << path;
            m_watcher->addPath(path);
        } else {
            copying << path;
        }
    }
    QStringList gone;
    for (auto it = m_seen.begin(); it != m_seen.end();) {
        if (present.contains(it.key())) {
            ++it;
            continue;
        }
        gone << it.key();
        m_watcher->removePath(it.key());
        it = m_seen.erase(it);
    }
    if (!gone.isEmpty())
        emit videosGone(gone);
    for (const QString &path : std::as_const(changed))
        emit videoChanged(path);
    if (!copying.isEmpty()) {
        emit videosCopying(copying);
        m_recheck->start();
    }
    if (!fresh.isEmpty())
        emit videosAppeared(fresh);
}
