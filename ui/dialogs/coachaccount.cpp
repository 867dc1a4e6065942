#include "coachaccount.h"

#include "api/client/apierror.h"
#include "api/client/apireply.h"
#include "api/client/upliftclient.h"
#include "api/messages/athlete.h"
#include "api/roster/athletecache.h"
#include "common/printabletext.h"

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
    // Names come from the server: a newline, a terminal escape or a bidi
    // override in one must neither break the picker's rows nor disguise a
    // name, so each is shown with its control characters made visible.
    for (const Athlete &athlete : athletes)
        result.append({ athlete.id, PrintableText::line(athlete.displayName()), PrintableText::line(athlete.email),
                        PrintableText::line(athlete.customAttributes.value(QStringLiteral("team"))) });
    return result;
}

void CoachAccount::setCache(AthleteCache *cache)
{
    if (m_cache)
        m_cache->disconnect(this);
    m_cache = cache;
    if (!cache)
        return;
    connect(cache, &AthleteCache::changed, this, [this] { emit athletesChanged(entries(m_cache->athletes())); });
    connect(cache, &AthleteCache::refreshFailed, this, [this](const QString &message) {
        if (m_cache && !m_cache->athletes().isEmpty())
            emit athletesFailed(tr("the list saved on this computer is shown (%1)").arg(message));
        else
            emit athletesFailed(message);
    });
}

void CoachAccount::refreshAthletes()
{
    if (m_cache) {
        // The saved copy first, so the picker is usable before (or without) the server's answer.
        const QList<Athlete> saved = m_cache->athletes();
        if (!saved.isEmpty())
            emit athletesChanged(entries(saved));
        m_cache->refresh(m_client);
        return;
    }
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
        if (m_cache)
            m_cache->store(reply->athlete());
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
            emit connectionTested(false, problemText(reply->error()));
    });
}

QString CoachAccount::problemText(const ApiError &error)
{
    switch (error.kind()) {
    case ApiError::Kind::Network:
        return tr("The server cannot be reached. Check the address and this computer's internet connection.");
    case ApiError::Kind::Timeout:
        return tr("The server did not answer in time. Try again in a moment.");
    case ApiError::Kind::InvalidResponse:
        return tr("Something answered at this address, but it is not the Uplift API. Check the address.");
    case ApiError::Kind::Http:
        if (error.httpStatus() == 401)
            return tr("The server refused this API key. Check that it was copied completely, or make a new one "
                      "in the Uplift Capture web app.");
        if (error.httpStatus() == 403)
            return tr("This API key may not read the athletes. Ask your organisation's admin for a key with "
                      "access.");
        if (error.httpStatus() == 404)
            return tr("There is no Uplift API at this address. Check the address (it normally ends in /v1).");
        if (error.httpStatus() == 429)
            return tr("The server is busy (too many requests). Try again in a minute.");
        if (error.httpStatus() >= 500)
            return tr("The Uplift server has a problem right now (HTTP %1). Try again later.").arg(error.httpStatus());
        break;
    default:
        break;
    }
    return error.message();
}

QList<NewAthleteDialog::Problem> CoachAccount::athleteProblems(const QJsonObject &body)
{
    Athlete athlete;
    QString problem;
    QJsonObject withId = body;
    withId.insert(QStringLiteral("id"), QStringLiteral("new"));
    QList<NewAthleteDialog::Problem> problems;
    if (!Athlete::fromJson(withId, &athlete, &problem)) {
        problems.append({ QStringLiteral("first_name"), problem });
        return problems;
    }
    const QList<FieldError> errors = athlete.validateForCreate();
    for (const FieldError &error : errors)
        problems.append({ error.field, error.message });
    return problems;
}
