#pragma once

#include "api/messages/athlete.h"
#include "common/sqliteconnection.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

class ApiReply;
class UpliftClient;

// The organisation's roster kept on disk (SQLite, in AppDataLocation), so the
// athlete picker fills instantly at start and keeps working offline. The
// server stays the authority: refresh() replaces the whole roster with what
// GET /athletes answers, and a failed refresh leaves the last good copy.
class AthleteCache : public QObject
{
    Q_OBJECT

public:
    // <AppDataLocation>/athletes.sqlite
    static QString defaultDatabasePath();

    explicit AthleteCache(const QString &databasePath = defaultDatabasePath(), QObject *parent = nullptr);
    ~AthleteCache() override;

    // Opens (creating folder, file and table when needed). False with a reason
    // when the file cannot be used; the cache is then empty but harmless.
    bool open(QString *problem = nullptr);
    bool isOpen() const;
    QString databasePath() const { return m_path; }

    // Sorted as a coach scans a list: last name, then first name (case-insensitive).
    QList<Athlete> athletes() const;
    std::optional<Athlete> athlete(const QString &id) const;
    // When the roster was last replaced from the server; invalid = never.
    QDateTime lastRefreshed() const;

    // Replaces the roster in one transaction (nothing changes if it fails).
    bool replaceAll(const QList<Athlete> &athletes, const QDateTime &when = QDateTime::currentDateTimeUtc());
    // Adds or updates one athlete (after POST /athletes or POST /athletes/{id}).
    bool store(const Athlete &athlete);

    // GET /athletes through the client, every page; changed() on success,
    // refreshFailed() with the error's message otherwise. A second call while
    // one is running is ignored.
    void refresh(UpliftClient *client);
    bool isRefreshing() const { return !m_refresh.isNull(); }

signals:
    void changed();
    void refreshFailed(const QString &message);

private:
    bool writeAthlete(const Athlete &athlete);

    QString m_path;
    SqliteConnection m_db;
    QPointer<ApiReply> m_refresh;
};
