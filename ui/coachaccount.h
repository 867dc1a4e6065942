#pragma once

#include "athletepicker.h"
#include "newathletedialog.h"

#include <QObject>
#include <QPointer>

class ApiReply;
class QNetworkAccessManager;
class UpliftClient;

// The window's line to the coach's Uplift organisation through the core's
// UpliftClient: the athlete roster, creating an athlete, testing a key.
// Every call is asynchronous; answers come back as signals.
class CoachAccount : public QObject
{
    Q_OBJECT

public:
    CoachAccount(UpliftClient *client, QNetworkAccessManager *network, QObject *parent = nullptr);

    void refreshAthletes();
    void createAthlete(const QJsonObject &body);
    // Tries a key against a server without touching the client in use.
    void testConnection(const QString &apiUrl, const QString &apiKey);
    // The create rules of POST /athletes (Athlete::validateForCreate) for the dialog.
    static QList<NewAthleteDialog::Problem> athleteProblems(const QJsonObject &body);
    static QList<AthletePicker::Entry> entries(const QList<class Athlete> &athletes);

signals:
    void athletesChanged(const QList<AthletePicker::Entry> &athletes);
    void athletesFailed(const QString &message);
    void athleteCreated(bool ok, const QString &message, const QString &athleteId);
    void connectionTested(bool ok, const QString &message);

private:
    UpliftClient *m_client;
    QNetworkAccessManager *m_network;
    QPointer<ApiReply> m_roster;
};
