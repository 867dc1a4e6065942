#include "api/roster/athletecache.h"

#include "api/client/apireply.h"
#include "api/client/upliftclient.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>

namespace {

// The whole athlete as JSON, so members this version does not know survive a
// round trip through the cache.
QByteArray athleteJson(const Athlete &athlete)
{
    QJsonObject object = athlete.extra;
    const QJsonObject known = athlete.toJson();
    for (auto it = known.constBegin(); it != known.constEnd(); ++it)
        object.insert(it.key(), it.value());
    object.insert(QStringLiteral("id"), athlete.id);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QString AthleteCache::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/athletes.sqlite");
}

AthleteCache::AthleteCache(const QString &databasePath, QObject *parent)
    : QObject(parent)
    , m_path(databasePath)
    // One named connection per cache object: QSqlDatabase connections are
    // process-wide, and two caches (tests, a second window) must not share one.
    , m_db(QStringLiteral("athletecache"))
{
}

AthleteCache::~AthleteCache()
{
    if (m_refresh)
        m_refresh->cancel();
}

bool AthleteCache::open(QString *problem)
{
    QString ignored;
    QString *why = problem ? problem : &ignored;
    if (isOpen())
        return true;
    QString detail;
    switch (m_db.open(m_path, SqliteConnection::Durability::Default, &detail)) {
    case SqliteConnection::Failure::Folder:
        *why = tr("The folder for the athlete list cannot be created: %1").arg(detail);
        return false;
    case SqliteConnection::Failure::Open:
    case SqliteConnection::Failure::Setup:
        *why = tr("The athlete list %1 cannot be opened: %2").arg(m_path, detail);
        return false;
    case SqliteConnection::Failure::None:
        break;
    }
    QSqlDatabase db = m_db.database();
    QSqlQuery query(db);
    const bool created
        = query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS athletes ("
                                    "id TEXT PRIMARY KEY, last_name TEXT NOT NULL, first_name TEXT NOT NULL, "
                                    "json TEXT NOT NULL)"))
        && query.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS facts (name TEXT PRIMARY KEY, value TEXT)"));
    if (!created) {
        *why = tr("The athlete list %1 cannot be used: %2").arg(m_path, query.lastError().text());
        db.close();
        return false;
    }
    return true;
}

bool AthleteCache::isOpen() const
{
    return m_db.isOpen();
}

QList<Athlete> AthleteCache::athletes() const
{
    QList<Athlete> result;
    if (!isOpen())
        return result;
    QSqlQuery query(QSqlDatabase::database(m_db.name(), false));
    // Sorted in C++ below: SQLite's NOCASE folds ASCII only.
    if (!query.exec(QStringLiteral("SELECT json FROM athletes")))
        return result;
    while (query.next()) {
        Athlete athlete;
        QString problem;
        const QJsonObject object = QJsonDocument::fromJson(query.value(0).toByteArray()).object();
        if (Athlete::fromJson(object, &athlete, &problem))
            result << athlete;
    }
    std::sort(result.begin(), result.end(), [](const Athlete &a, const Athlete &b) {
        const int last = QString::localeAwareCompare(a.lastName.toCaseFolded(), b.lastName.toCaseFolded());
        if (last != 0)
            return last < 0;
        const int first = QString::localeAwareCompare(a.firstName.toCaseFolded(), b.firstName.toCaseFolded());
        return first != 0 ? first < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Athlete> AthleteCache::athlete(const QString &id) const
{
    if (!isOpen())
        return std::nullopt;
    QSqlQuery query(QSqlDatabase::database(m_db.name(), false));
    query.prepare(QStringLiteral("SELECT json FROM athletes WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec() || !query.next())
        return std::nullopt;
    Athlete athlete;
    QString problem;
    if (!Athlete::fromJson(QJsonDocument::fromJson(query.value(0).toByteArray()).object(), &athlete, &problem))
        return std::nullopt;
    return athlete;
}

QDateTime AthleteCache::lastRefreshed() const
{
    if (!isOpen())
        return {};
    QSqlQuery query(QSqlDatabase::database(m_db.name(), false));
    if (!query.exec(QStringLiteral("SELECT value FROM facts WHERE name = 'last_refreshed'")) || !query.next())
        return {};
    return QDateTime::fromString(query.value(0).toString(), Qt::ISODateWithMs);
}

bool AthleteCache::writeAthlete(const Athlete &athlete)
{
    QSqlQuery query(QSqlDatabase::database(m_db.name(), false));
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO athletes (id, last_name, first_name, json) VALUES (?, ?, ?, ?)"));
    query.addBindValue(athlete.id);
    // A null QString binds as SQL NULL; the columns hold text, possibly empty.
    query.addBindValue(athlete.lastName.isNull() ? QStringLiteral("") : athlete.lastName);
    query.addBindValue(athlete.firstName.isNull() ? QStringLiteral("") : athlete.firstName);
    query.addBindValue(QString::fromUtf8(athleteJson(athlete)));
    return query.exec();
}

bool AthleteCache::replaceAll(const QList<Athlete> &athletes, const QDateTime &when)
{
    if (!isOpen() && !open())
        return false;
    QSqlDatabase db = QSqlDatabase::database(m_db.name(), false);
    if (!db.transaction())
        return false;
    QSqlQuery query(db);
    bool ok = query.exec(QStringLiteral("DELETE FROM athletes"));
    for (const Athlete &athlete : athletes) {
        if (!ok)
            break;
        ok = !athlete.id.isEmpty() && writeAthlete(athlete);
    }
    if (ok) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO facts (name, value) VALUES ('last_refreshed', ?)"));
        query.addBindValue(when.toUTC().toString(Qt::ISODateWithMs));
        ok = query.exec();
    }
    if (!ok || !db.commit()) {
        db.rollback();
        return false;
    }
    emit changed();
    return true;
}

bool AthleteCache::store(const Athlete &athlete)
{
    if (athlete.id.isEmpty() || (!isOpen() && !open()))
        return false;
    if (!writeAthlete(athlete))
        return false;
    emit changed();
    return true;
}

void AthleteCache::refresh(UpliftClient *client)
{
    if (m_refresh || !client)
        return;
    ApiReply *reply = client->listAthletes();
    m_refresh = reply;
    connect(reply, &ApiReply::finished, this, [this, reply] {
        m_refresh.clear();
        reply->deleteLater();
        if (!reply->succeeded()) {
            emit refreshFailed(reply->error().message());
            return;
        }
        if (!replaceAll(reply->athletes()))
            emit refreshFailed(tr("The athlete list could not be saved on this computer (%1).").arg(m_path));
    });
}
