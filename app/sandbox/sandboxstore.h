#pragma once

#include "common/sqliteconnection.h"
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

// The sandbox's records, in SQLite in its data folder: athletes, session groups
// and captures. Each row keeps its record as a JSON document (the shapes are the
// API's own), with the columns the sandbox looks things up by.
class SandboxStore : public QObject
{
    Q_OBJECT

public:
    explicit SandboxStore(QObject *parent = nullptr);
    ~SandboxStore() override;

    // Opens (creating and seeding it with a roster on first use) <folder>/sandbox.sqlite.
    bool open(const QString &folder, QString *error);

    QList<QJsonObject> athletes() const;
    QJsonObject athlete(const QString &id) const;
    bool saveAthlete(const QJsonObject &athlete); // insert or replace, by "id"

    // The athlete a session group belongs to; empty when the group is new.
    QString sessionGroupAthlete(const QString &groupId) const;
    bool addSessionGroup(const QString &groupId, const QString &athleteId);

    QList<QJsonObject> captures() const; // newest first
    QJsonObject capture(const QString &sessionId) const;
    QString captureWithObjectKey(const QString &key) const;
    bool saveCapture(const QJsonObject &capture); // insert or replace, by "session_id"

    // What the sandbox keeps about itself from one run to the next (its ports, its S3 key);
    // empty when never set.
    QString value(const QString &key) const;
    bool setValue(const QString &key, const QString &value);

private:
    bool exec(const QString &sql, const QVariantList &values = {}) const;
    QList<QJsonObject> documents(const QString &sql, const QVariantList &values = {}) const;
    void seed();

    SqliteConnection m_db;
};
