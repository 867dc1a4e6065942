#pragma once

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QString>

class QFileSystemWatcher;
class QTimer;

// An optional folder (e.g. where the camera or phone syncs) whose videos are
// announced once each, and only once they are whole: a file still being
// copied (its size or time changed within the last few seconds, or it cannot
// be opened yet) is announced as copying until it settles. A file renamed in
// when finished (as cameras' import tools do) is older than that and is
// announced at once. A listed file that changes is announced as changed
// and then again once whole; one that disappears, as gone.
class WatchFolder : public QObject
{
    Q_OBJECT

public:
    explicit WatchFolder(QObject *parent = nullptr);

    bool setFolder(const QString &folder); // empty stops watching
    QString folder() const { return m_folder; }
    // How long a file must stay the same before it is taken (3 s).
    void setSettleMs(int ms) { m_settleMs = ms; }

signals:
    void videosAppeared(const QStringList &paths);
    void videosCopying(const QStringList &paths);
    void videoChanged(const QString &path);
    void videosGone(const QStringList &paths);

private:
    void scan();

    struct Seen
    {
        qint64 size = -1;
        QDateTime modified;
        bool announced = false;
    };
    QString m_folder;
    QHash<QString, Seen> m_seen;
    QFileSystemWatcher *m_watcher;
    QTimer *m_settle; // a scan shortly after the folder changes
    QTimer *m_recheck; // while files are still being copied
    int m_settleMs = 3000;
};
