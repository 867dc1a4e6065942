#pragma once

#include "athletepicker.h"
#include "newathletedialog.h"

#include <QObject>
#include <QPointer>

class ApiReply;
class AthleteCache;
class QNetworkAccessManager;
class UpliftClient;

// The window's line to the coach's Uplift organisation through the core's
// UpliftClient: the athlete roster, creating an athlete, testing a key.
// Every call is asynchronous; answers come back as signals. With an
// AthleteCache the roster shows the copy kept on this computer at once (the
// picker works offline) and the server's answer replaces it when it comes.
class CoachAccount : public QObject
{
    Q_OBJECT

public:
    CoachAccount(UpliftClient *client, QNetworkAccessManager *network, QObject *parent = nullptr);

    // The roster kept on this computer; nullptr = the server's answer only.
    void setCache(AthleteCache *cache);
    AthleteCache *cache() const { return m_cache; }

    void refreshAthletes();
    void createAthlete(const QJsonObject &body);
    // Tries a key against a server without touching the client in use.
    void testConnection(const QString &apiUrl, const QString &apiKey);
    // The create rules of POST /athletes (Athlete::validateForCreate) for the dialog.
    static QList<NewAthleteDialog::Problem> athleteProblems(const QJsonObject &body);
    static QList<AthletePicker::Entry> entries(const QList<class Athlete> &athletes);
    // A failed connection test or roster load in the coach's words.
    static QString problemText(const class ApiError &error);

signals:
    void athletesChanged(const QList<AthletePicker::Entry> &athletes);
    void athletesFailed(const QString &message);
    void athleteCreated(bool ok, const QString &message, const QString &athleteId);
    void connectionTested(bool ok, const QString &message);

private:
    UpliftClient *m_client;
    QNetworkAccessManager *m_network;
    QPointer<ApiReply> m_roster;
    QPointer<AthleteCache> m_cache;
};
