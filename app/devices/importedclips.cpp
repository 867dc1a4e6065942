#include "devices/importedclips.h"

#include "common/applicationidentity.h"

#include <QAtomicInt>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QThread>
#include <QVariant>

namespace {

QAtomicInt connectionCounter;

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
    : m_connection(QStringLiteral("capture_imported_%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

ImportedClips::~ImportedClips()
{
    if (QSqlDatabase::contains(m_connection)) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

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
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(tr("Cannot create the folder for the list of imported clips"), info.absolutePath());
    QSqlDatabase db = QSqlDatabase::contains(m_connection)
        ? QSqlDatabase::database(m_connection, false)
        : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return fail(tr("Cannot open the list of imported clips"), db.lastError().text());
    // Several scans open the file at once when a coach plugs in two cards: on
    // its first day, turning it into WAL (and making its table) is refused as
    // "locked" to all but one, without SQLite's busy wait. Tried again, within 5 s.
    QString what;
    QString error;
    bool busy = false;
    const auto setUp = [&]() -> bool {
        const auto failed = [&](const QString &w, const QSqlError &e) {
            what = w;
            error = e.text();
            const QString code = e.nativeErrorCode();
            busy = code == QLatin1String("5") || code == QLatin1String("6") // SQLITE_BUSY, SQLITE_LOCKED
                || error.contains(QLatin1String("locked")) || error.contains(QLatin1String("busy"));
            return false;
        };
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")) || !q.exec(QStringLiteral("PRAGMA synchronous=FULL")))
            return failed(tr("Cannot set up the list of imported clips"), q.lastError());
        if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
            return failed(tr("Cannot read the list of imported clips"), q.lastError());
        const int version = q.value(0).toInt();
        q.finish();
        if (version > CurrentSchemaVersion) {
            what = tr("The list of imported clips was written by a newer version of Uplift Capture");
            error = QString::number(version);
            busy = false;
            return false;
        }
        if (version == 0) {
            if (!db.transaction())
                return failed(tr("Cannot set up the list of imported clips"), db.lastError());
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
                const QSqlError e = q.lastError();
                db.rollback();
                return failed(tr("Cannot set up the list of imported clips"), e);
            }
            if (!db.commit()) {
                const QSqlError e = db.lastError();
                db.rollback();
                return failed(tr("Cannot set up the list of imported clips"), e);
            }
        }
        return true;
    };
    QDeadlineTimer deadline(5000);
    while (!setUp()) {
        if (!busy || deadline.hasExpired())
            return fail(what, error);
        QThread::msleep(20);
    }
    return true;
}

bool ImportedClips::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

QSet<qint64> ImportedClips::knownSizes() const
{
    QSet<qint64> sizes;
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
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
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
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
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
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
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    if (q.exec(QStringLiteral("SELECT COUNT(*) FROM imported_clips")) && q.next())
        return q.value(0).toInt();
    return 0;
}
