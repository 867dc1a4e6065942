#pragma once

#include <QSqlDatabase>
#include <QString>

// One named SQLite connection per object that keeps a file: QSqlDatabase's connections
// are process-wide, and two stores in one process (the window's and a test's, two caches)
// must never share one. Opening makes the file's folder; a file it creates is its owner's
// alone (clip paths, athletes' names). The connection is closed and removed with the object.
// Used by the job store, the list of imported clips, the athlete cache and the sandbox.
class SqliteConnection
{
public:
    // `purpose` names the connection ("capture_jobs", …), a counter makes it unique.
    explicit SqliteConnection(const QString &purpose);
    ~SqliteConnection();
    SqliteConnection(const SqliteConnection &) = delete;
    SqliteConnection &operator=(const SqliteConnection &) = delete;

    enum class Durability {
        // SQLite's defaults: a cache that can be fetched again.
        Default,
        // WAL (readers never block the writer: window and CLI share the file), synchronous FULL
        // (a committed transaction survives a power cut), a 5 s wait for another process's lock.
        Durable,
    };
    enum class Failure { None, Folder, Open, Setup };

    // Opens `path`, or reopens it after close(). On failure, which step failed, and the folder
    // or the SQL driver's words in *detail.
    Failure open(const QString &path, Durability durability, QString *detail);
    void close();

    QSqlDatabase database() const;
    bool isOpen() const;
    const QString &name() const { return m_name; }

private:
    QString m_name;
};
