#include "devices/importedclips.h"

#include "common/applicationidentity.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace {

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toUTC().toString(Qt::ISODateWithMs)) : QVariant();
}

QDateTime timeFrom(const QVariant &v)
{
    if (v.isNull())
        return {};
    return QDateTime::fromString(v.toString(), Qt::ISODateWithMs).toUTC();
}

} // namespace

ImportedClips::ImportedClips()
    : m_db(QStringLiteral("capture_imported"))
{
}

ImportedClips::~ImportedClips() = default;

QString ImportedClips::defaultPath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("imported.sqlite"));
}

QString ImportedClips::sandboxPath()
{
    return QDir(ApplicationIdentity::sandboxFolder()).filePath(QStringLiteral("imported.sqlite"));
}

bool ImportedClips::fail(const QString &what, const QString &sqlError)
{
    m_error = tr("%1: %2").arg(what, sqlError);
    return false;
}

bool ImportedClips::open(const QString &path)
{
    m_path = path;
    QString detail;
    switch (m_db.open(path, SqliteConnection::Durability::Durable, &detail)) {
    case SqliteConnection::Failure::Folder:
        return fail(tr("Cannot create the folder for the list of imported clips"), detail);
    case SqliteConnection::Failure::Open:
        return fail(tr("Cannot open the list of imported clips"), detail);
    case SqliteConnection::Failure::Setup:
        return fail(tr("Cannot set up the list of imported clips"), detail);
    case SqliteConnection::Failure::None:
        break;
    }
    QSqlDatabase db = m_db.database();
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(tr("Cannot read the list of imported clips"), q.lastError().text());
    const int version = q.value(0).toInt();
    if (version > CurrentSchemaVersion)
        return fail(tr("The list of imported clips was written by a newer version of Uplift Capture"),
                    QString::number(version));
    if (version == 0) {
        // BEGIN IMMEDIATE: the write lock first, waited for (busy timeout). A deferred
        // transaction that read the schema before writing is refused at once, without
        // waiting, when another connection (the other card's scan) made the table meanwhile.
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return fail(tr("Cannot set up the list of imported clips"), q.lastError().text());
        const bool made = q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS imported_clips ("
                                                " id INTEGER PRIMARY KEY,"
                                                " size INTEGER NOT NULL,"
                                                " edge_sha256 TEXT NOT NULL,"
                                                " sha256 TEXT,"
                                                " volume_uuid TEXT,"
                                                " device_path TEXT,"
                                                " capture_time TEXT,"
                                                " duration_ms INTEGER,"
                                                " copied_to TEXT,"
                                                " imported_at TEXT NOT NULL,"
                                                " UNIQUE(size, edge_sha256))"))
            && q.exec(QStringLiteral("PRAGMA user_version = 1"));
        if (!made) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(tr("Cannot set up the list of imported clips"), error);
        }
        if (!q.exec(QStringLiteral("COMMIT"))) {
            const QString error = q.lastError().text();
            q.exec(QStringLiteral("ROLLBACK"));
            return fail(tr("Cannot set up the list of imported clips"), error);
        }
    }
    return true;
}

bool ImportedClips::isOpen() const
{
    return QSqlDatabase::contains(m_db.name()) && QSqlDatabase::database(m_db.name(), false).isOpen();
}

QSet<qint64> ImportedClips::knownSizes() const
{
    QSet<qint64> sizes;
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    if (q.exec(QStringLiteral("SELECT DISTINCT size FROM imported_clips"))) {
        while (q.next())
            sizes.insert(q.value(0).toLongLong());
    }
    return sizes;
}

std::optional<ImportedClips::Record> ImportedClips::find(const ClipIdentity &identity) const
{
    if (!identity.isValid())
        return std::nullopt;
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.prepare(QStringLiteral("SELECT sha256, volume_uuid, device_path, capture_time, duration_ms, copied_to,"
                             " imported_at FROM imported_clips WHERE size = ? AND edge_sha256 = ?"));
    q.addBindValue(identity.size);
    q.addBindValue(identity.edgeHex());
    if (!q.exec() || !q.next())
        return std::nullopt;
    Record r;
    r.identity = identity;
    r.sha256 = QByteArray::fromHex(q.value(0).toString().toLatin1());
    r.volumeUuid = q.value(1).toString();
    r.devicePath = q.value(2).toString();
    r.captureTime = timeFrom(q.value(3));
    r.durationMs = q.value(4).isNull() ? -1 : q.value(4).toLongLong();
    r.copiedTo = q.value(5).toString();
    r.importedAt = timeFrom(q.value(6));
    return r;
}

bool ImportedClips::record(const Record &r)
{
    if (!r.identity.isValid()) {
        m_error = tr("A clip without its identity cannot be recorded");
        return false;
    }
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    q.prepare(
        QStringLiteral("INSERT INTO imported_clips (size, edge_sha256, sha256, volume_uuid, device_path, capture_time,"
                       " duration_ms, copied_to, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT(size, edge_sha256) DO UPDATE SET copied_to = excluded.copied_to,"
                       " sha256 = COALESCE(excluded.sha256, sha256)"));
    q.addBindValue(r.identity.size);
    q.addBindValue(r.identity.edgeHex());
    q.addBindValue(r.sha256.isEmpty() ? QVariant() : QVariant(QString::fromLatin1(r.sha256.toHex())));
    q.addBindValue(r.volumeUuid);
    q.addBindValue(r.devicePath);
    q.addBindValue(timeValue(r.captureTime));
    q.addBindValue(r.durationMs >= 0 ? QVariant(r.durationMs) : QVariant());
    q.addBindValue(r.copiedTo);
    q.addBindValue(timeValue(r.importedAt.isValid() ? r.importedAt : QDateTime::currentDateTimeUtc()));
    if (!q.exec())
        return fail(tr("Cannot record the imported clip"), q.lastError().text());
    return true;
}

int ImportedClips::count() const
{
    QSqlQuery q(QSqlDatabase::database(m_db.name(), false));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM imported_clips")) && q.next())
        return q.value(0).toInt();
    return 0;
}
