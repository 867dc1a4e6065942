#pragma once

#include <QObject>
#include <QSet>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// An optional folder (e.g. where the camera or phone syncs) whose new .mov
// files are announced once each: files already there when watching starts
// are announced too, and a file is never announced twice.
class WatchFolder : public QObject
{
    Q_OBJECT

public:
    explicit WatchFolder(QObject *parent = nullptr);

    bool setFolder(const QString &folder); // empty stops watching
    QString folder() const { return m_folder; }

signals:
    void videosAppeared(const QStringList &paths);

private:
    void scan();

    QString m_folder;
    QSet<QString> m_seen;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle;
};
