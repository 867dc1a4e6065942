#pragma once

#include "common/sqliteconnection.h"
#include "devices/clipidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

// The clips imported before, so that none comes in twice (issue 24, item 3).
// Its own SQLite file beside the job store (<AppDataLocation>/imported.sqlite;
// the devices room does not reach into the queue), one table:
//   imported_clips(size, edge_sha256, sha256, volume_uuid, device_path,
//                  capture_time, duration_ms, copied_to, imported_at)
// keyed by the ClipIdentity (size, edge_sha256). A row is written only after
// the copy was fsynced, checked against its full SHA-256 and renamed to its
// final name: nothing half-copied is ever recorded.
// One ImportedClips per thread (each has its own connection); WAL lets the
// window, a worker and the CLI use the file at once.
class ImportedClips
{
    Q_DECLARE_TR_FUNCTIONS(ImportedClips)

public:
    static constexpr int CurrentSchemaVersion = 1;

    struct Record
    {
        ClipIdentity identity;
        QByteArray sha256; // of the whole file, computed while it was copied
        QString volumeUuid;
        QString devicePath; // the path on the device, relative to its root
        QDateTime captureTime; // UTC; invalid when unknown
        qint64 durationMs = -1;
        QString copiedTo; // the copy's path
        QDateTime importedAt; // UTC
    };

    ImportedClips();
    ~ImportedClips();
    ImportedClips(const ImportedClips &) = delete;
    ImportedClips &operator=(const ImportedClips &) = delete;

    static QString defaultPath(); // <AppDataLocation>/imported.sqlite
    static QString sandboxPath(); // <ApplicationIdentity::sandboxFolder()>/imported.sqlite

    bool open(const QString &path = defaultPath());
    bool isOpen() const;
    QString path() const { return m_path; }
    QString errorString() const { return m_error; }

    // Every size a recorded clip has: a clip of any other size is new without
    // reading a byte of it.
    QSet<qint64> knownSizes() const;
    std::optional<Record> find(const ClipIdentity &identity) const;
    // Adds the record (or, for an identity recorded before, updates where it was copied to).
    bool record(const Record &record);
    int count() const;

private:
    bool fail(const QString &what, const QString &sqlError);

    SqliteConnection m_db;
    QString m_path;
    QString m_error;
};
