#include "common/sqliteconnection.h"

#include <QAtomicInteger>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace {
QAtomicInteger<int> connectionCounter;
}

SqliteConnection::SqliteConnection(const QString &purpose)
    : m_name(QStringLiteral("%1_%2").arg(purpose).arg(connectionCounter.fetchAndAddRelaxed(1)))
{
}

SqliteConnection::~SqliteConnection()
{
    if (QSqlDatabase::contains(m_name)) {
        close();
        QSqlDatabase::removeDatabase(m_name);
    }
}

SqliteConnection::Failure SqliteConnection::open(const QString &path, Durability durability, QString *detail)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *detail = info.absolutePath();
        return Failure::Folder;
    }
    const bool existed = info.exists();
    QSqlDatabase db = QSqlDatabase::contains(m_name) ? QSqlDatabase::database(m_name, false)
                                                     : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_name);
    db.setDatabaseName(path);
    if (durability == Durability::Durable)
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        *detail = db.lastError().text();
        return Failure::Open;
    }
    if (!existed)
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (durability == Durability::Durable) {
        // A new file opened by several connections at once (two cards' scans, the window and a
        // command): turning it into WAL is refused as "locked" to all but one, without SQLite's
        // busy wait. Tried again within the same 5 s.
        QSqlQuery q(db);
        QDeadlineTimer deadline(5000);
        while (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL"))) {
            const QString code = q.lastError().nativeErrorCode(); // SQLITE_BUSY, SQLITE_LOCKED
            if ((code != QLatin1String("5") && code != QLatin1String("6")) || deadline.hasExpired()) {
                *detail = q.lastError().text();
                return Failure::Setup;
            }
            QThread::msleep(20);
        }
        if (!q.exec(QStringLiteral("PRAGMA synchronous=FULL"))) {
            *detail = q.lastError().text();
            return Failure::Setup;
        }
    }
    return Failure::None;
}

void SqliteConnection::close()
{
    QSqlDatabase db = QSqlDatabase::database(m_name, false);
    if (db.isValid())
        db.close();
}

QSqlDatabase SqliteConnection::database() const
{
    return QSqlDatabase::database(m_name, false);
}

bool SqliteConnection::isOpen() const
{
    return QSqlDatabase::contains(m_name) && QSqlDatabase::database(m_name, false).isOpen();
}
