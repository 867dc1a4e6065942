#include "coachaccount.h"

#include "api/apireply.h"
#include "api/athlete.h"
#include "api/upliftclient.h"

#include <QJsonArray>

CoachAccount::CoachAccount(UpliftClient *client, QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_network(network)
{
}

QList<AthletePicker::Entry> CoachAccount::entries(const QList<Athlete> &athletes)
{
    QList<AthletePicker::Entry> result;
    for (const Athlete &athlete : athletes)
        result.append({athlete.id, athlete.displayName(), athlete.email, athlete.customAttributes.value(QStringLiteral("team"))});
    return result;
}

void CoachAccount::refreshAthletes()
{
    if (m_roster)
        m_roster->cancel();
    ApiReply *reply = m_client->listAthletes();
    m_roster = reply;
    reply->setParent(this);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (reply->succeeded())
            emit athletesChanged(entries(reply->athletes()));
        else if (reply->error().kind() != ApiError::Kind::Cancelled)
            emit athletesFailed(reply->error().message());
    });
}

void CoachAccount::createAthlete(const QJsonObject &body)
{
    Athlete athlete;
    QString problem;
    // The dialog's body has the create body's shape; read it back as an Athlete.
    QJsonObject withId = body;
    withId.insert(QStringLiteral("id"), QStringLiteral("new"));
    if (!Athlete::fromJson(withId, &athlete, &problem)) {
        emit athleteCreated(false, problem, {});
        return;
    }
    athlete.id.clear();
    ApiReply *reply = m_client->createAthlete(athlete);
    reply->setParent(this);
    connect(reply, &ApiReply::finished, this, [this, reply] {
        reply->deleteLater();
        if (!reply->succeeded()) {
            emit athleteCreated(false, reply->error().message(), {});
            return;
        }
        const QString id = reply->athlete().id;
        emit athleteCreated(true, {}, id);
        refreshAthletes();
    });
}

void CoachAccount::testConnection(const QString &apiUrl, const QString &apiKey)
{
    auto *probe = new UpliftClient(m_network, this);
    QString problem;
    if (!probe->setBaseUrl(QUrl(apiUrl), &problem)) {
        probe->deleteLater();
        emit connectionTested(false, problem);
        return;
    }
    probe->setApiKey(apiKey);
    AthleteQuery query;
    query.maxResults = 1;
    ApiReply *reply = probe->listAthletes(query);
    connect(reply, &ApiReply::finished, this, [this, reply, probe] {
        reply->deleteLater();
        probe->deleteLater();
        if (reply->succeeded())
            emit connectionTested(true, tr("Connected: the key works."));
        else
            emit connectionTested(false, reply->error().message());
    });
}

QList<NewAthleteDialog::Problem> CoachAccount::athleteProblems(const QJsonObject &body)
{
    Athlete athlete;
    QString problem;
    QJsonObject withId = body;
    withId.insert(QStringLiteral("id"), QStringLiteral("new"));
    QList<NewAthleteDialog::Problem> problems;
    if (!Athlete::fromJson(withId, &athlete, &problem)) {
        problems.append({QStringLiteral("first_name"), problem});
        return problems;
    }
    const QList<FieldError> errors = athlete.validateForCreate();
    for (const FieldError &error : errors)
        problems.append({error.field, error.message});
    return problems;
}
