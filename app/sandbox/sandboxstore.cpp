#include "sandbox/sandboxstore.h"

#include <QDateTime>
#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QVariant>

SandboxStore::SandboxStore(QObject *parent)
    : QObject(parent)
    , m_db(QStringLiteral("sandbox"))
{
}

SandboxStore::~SandboxStore() = default;

bool SandboxStore::open(const QString &folder, QString *error)
{
    QString detail;
    if (m_db.open(QDir(folder).filePath(QStringLiteral("sandbox.sqlite")), SqliteConnection::Durability::Default,
                  &detail)
        != SqliteConnection::Failure::None) {
        if (error)
            *error = detail;
        return false;
    }
    QSqlDatabase db = m_db.database();
    const bool ok
        = exec(QStringLiteral("CREATE TABLE IF NOT EXISTS athletes (id TEXT PRIMARY KEY, data TEXT NOT NULL)"))
        && exec(QStringLiteral(
            "CREATE TABLE IF NOT EXISTS session_groups (id TEXT PRIMARY KEY, athlete_id TEXT NOT NULL)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS captures (session_id TEXT PRIMARY KEY, object_key TEXT, "
                               "created_at TEXT NOT NULL, data TEXT NOT NULL)"))
        && exec(QStringLiteral("CREATE TABLE IF NOT EXISTS server (key TEXT PRIMARY KEY, value TEXT NOT NULL)"));
    if (!ok) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    if (athletes().isEmpty())
        seed();
    return true;
}

bool SandboxStore::exec(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_db.name()));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    return query.exec();
}

QList<QJsonObject> SandboxStore::documents(const QString &sql, const QVariantList &values) const
{
    QSqlQuery query(QSqlDatabase::database(m_db.name()));
    query.prepare(sql);
    for (const QVariant &value : values)
        query.addBindValue(value);
    QList<QJsonObject> list;
    if (!query.exec())
        return list;
    while (query.next())
        list << QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
    return list;
}

QList<QJsonObject> SandboxStore::athletes() const
{
    return documents(QStringLiteral("SELECT data FROM athletes ORDER BY rowid"));
}

QJsonObject SandboxStore::athlete(const QString &id) const
{
    return documents(QStringLiteral("SELECT data FROM athletes WHERE id = ?"), { id }).value(0);
}

bool SandboxStore::saveAthlete(const QJsonObject &athlete)
{
    return exec(QStringLiteral(
                    "INSERT INTO athletes (id, data) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET data = excluded.data"),
                { athlete.value(QStringLiteral("id")).toString(),
                  QString::fromUtf8(QJsonDocument(athlete).toJson(QJsonDocument::Compact)) });
}

QString SandboxStore::sessionGroupAthlete(const QString &groupId) const
{
    QSqlQuery query(QSqlDatabase::database(m_db.name()));
    query.prepare(QStringLiteral("SELECT athlete_id FROM session_groups WHERE id = ?"));
    query.addBindValue(groupId);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool SandboxStore::addSessionGroup(const QString &groupId, const QString &athleteId)
{
    return exec(QStringLiteral("INSERT OR IGNORE INTO session_groups (id, athlete_id) VALUES (?, ?)"),
                { groupId, athleteId });
}

QList<QJsonObject> SandboxStore::captures() const
{
    return documents(QStringLiteral("SELECT data FROM captures ORDER BY created_at DESC, rowid DESC"));
}

QJsonObject SandboxStore::capture(const QString &sessionId) const
{
    return documents(QStringLiteral("SELECT data FROM captures WHERE session_id = ?"), { sessionId }).value(0);
}

QString SandboxStore::captureWithObjectKey(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_db.name()));
    query.prepare(QStringLiteral("SELECT session_id FROM captures WHERE object_key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool SandboxStore::saveCapture(const QJsonObject &capture)
{
    return exec(
        QStringLiteral("INSERT INTO captures (session_id, object_key, created_at, data) VALUES (?, ?, ?, ?) "
                       "ON CONFLICT(session_id) DO UPDATE SET object_key = excluded.object_key, data = excluded.data"),
        { capture.value(QStringLiteral("session_id")).toString(),
          capture.value(QStringLiteral("object_key")).toString(),
          QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs),
          QString::fromUtf8(QJsonDocument(capture).toJson(QJsonDocument::Compact)) });
}

QString SandboxStore::value(const QString &key) const
{
    QSqlQuery query(QSqlDatabase::database(m_db.name()));
    query.prepare(QStringLiteral("SELECT value FROM server WHERE key = ?"));
    query.addBindValue(key);
    if (query.exec() && query.next())
        return query.value(0).toString();
    return {};
}

bool SandboxStore::setValue(const QString &key, const QString &value)
{
    return exec(
        QStringLiteral(
            "INSERT INTO server (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value"),
        { key, value });
}

void SandboxStore::seed()
{
    struct Person
    {
        const char *first, *last, *born, *sport, *team, *position;
        int height, weight;
    };
    // A demo organisation's roster: enough variety to try the pickers and filters.
    static const Person roster[] = {
        { "Maya", "Okafor", "2004-03-12", "golf", "Varsity Golf", "captain", 66, 130 },
        { "Liam", "Brennan", "2005-07-30", "golf", "Varsity Golf", "player", 71, 165 },
        { "Sofia", "Marquez", "2003-11-02", "golf", "Club Golf", "player", 64, 125 },
        { "Jordan", "Reyes", "2002-05-19", "baseball", "Hawks", "pitcher", 74, 195 },
        { "Ethan", "Kowalski", "2003-09-08", "baseball", "Hawks", "catcher", 72, 205 },
        { "Noah", "Takahashi", "2004-01-25", "baseball", "Hawks", "shortstop", 70, 175 },
        { "Ava", "Lindqvist", "2005-02-14", "jumps", "Track & Field", "high_jump", 69, 140 },
        { "Isaac", "Mensah", "2004-06-21", "jumps", "Track & Field", "long_jump", 73, 170 },
        { "Chloe", "Dubois", "2003-08-17", "lunges", "Strength Group A", "forward", 65, 135 },
        { "Mateo", "Rossi", "2002-12-03", "lunges", "Strength Group B", "forward", 71, 180 },
        { "Zara", "Haddad", "2005-04-09", "agility", "Soccer", "winger", 66, 128 },
        { "Owen", "Fitzgerald", "2004-10-27", "agility", "Soccer", "defender", 72, 172 },
    };
    for (const Person &p : roster) {
        QJsonObject custom { { QStringLiteral("team"), QString::fromUtf8(p.team) },
                             { QStringLiteral("position"), QString::fromUtf8(p.position) },
                             { QStringLiteral("sport"), QString::fromUtf8(p.sport) } };
        const QString first = QString::fromUtf8(p.first);
        const QString last = QString::fromUtf8(p.last);
        saveAthlete(
            { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
              { QStringLiteral("first_name"), first },
              { QStringLiteral("last_name"), last },
              { QStringLiteral("date_of_birth"), QString::fromUtf8(p.born) },
              { QStringLiteral("email"), QStringLiteral("%1.%2@example.com").arg(first.toLower(), last.toLower()) },
              { QStringLiteral("height"), p.height },
              { QStringLiteral("weight"), p.weight },
              { QStringLiteral("custom_attributes"), custom } });
    }
}
