#pragma once

#include <QDateTime>
#include <QList>
#include <QSettings>
#include <QString>

#include <optional>

// The session groups the coach named on this computer. Uplift only knows a
// session group's UUID; its name ("Tuesday range session") and date are the
// coach's, kept with the other preferences (QSettings). A group belongs to
// one athlete.
class SessionGroups
{
public:
    struct Group
    {
        QString id;
        QString athleteId;
        QString name;
        QDateTime created;
    };

    // Uses the application's default QSettings location.
    SessionGroups();
    // A given INI file (tests, portable setups).
    explicit SessionGroups(const QString &iniFileName);

    // The athlete's groups, newest first.
    QList<Group> of(const QString &athleteId) const;
    std::optional<Group> group(const QString &id) const;

    // Mints a group with a fresh UUID for the athlete and keeps it. An empty
    // name becomes "Session"; no athlete gives no group (std::nullopt).
    std::optional<Group> create(const QString &athleteId, const QString &name,
                                const QDateTime &created = QDateTime::currentDateTimeUtc());
    // Keeps a group whose id was chosen beforehand (the window offers today's
    // session before it exists). A malformed or already used id gives no group.
    std::optional<Group> createWithId(const QString &id, const QString &athleteId, const QString &name,
                                      const QDateTime &created = QDateTime::currentDateTimeUtc());
    bool rename(const QString &id, const QString &name);
    bool remove(const QString &id);

private:
    QList<Group> all() const;
    void write(const QList<Group> &groups);

    QSettings m_settings;
};
