#include "api/client/upliftclient.h"

#include "api/client/apilog.h"
#include "api/messages/athletepage.h"
#include "api/messages/capturepage.h"
#include "common/apikey.h"
#include "common/applicationidentity.h"
#include "common/oneshotbody.h"
#include "common/secureurl.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSet>
#include <QTimer>
#include <QUrlQuery>

#include <memory>

namespace {

constexpr int MaxRedirects = 5;
// What Qt's HTTP thread may read ahead of this thread (see send()).
constexpr qint64 AnswerReadBuffer = 256 * 1024;

// Why a request was abandoned by this client rather than ended by the server.
constexpr char AbandonedProperty[] = "upliftAbandoned";
enum class Abandoned { No, Deadline, TooLarge };

Abandoned abandonedReason(const QNetworkReply *network)
{
    return Abandoned(network->property(AbandonedProperty).toInt());
}

void abandon(QNetworkReply *network, Abandoned why)
{
    if (abandonedReason(network) != Abandoned::No)
        return;
    network->setProperty(AbandonedProperty, int(why));
    network->abort();
}

int defaultPort(const QUrl &url)
{
    return url.port(url.scheme().toLower() == QLatin1String("https") ? 443 : 80);
}

bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme().compare(b.scheme(), Qt::CaseInsensitive) == 0
        && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 && defaultPort(a) == defaultPort(b);
}

QString describe(const QByteArray &method, const QUrl &url)
{
    return ApiLog::redactSecrets(QString::fromLatin1(method) + QLatin1Char(' ') + url.toDisplayString());
}

} // namespace

UpliftClient::UpliftClient(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_baseUrl(defaultBaseUrl())
{
}

QUrl UpliftClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.uplift.ai/v1"));
}

bool UpliftClient::isAllowedUrl(const QUrl &url)
{
    return SecureUrl::isAllowed(url);
}

bool UpliftClient::setBaseUrl(const QUrl &url, QString *problem)
{
    if (!isAllowedUrl(url)) {
        if (problem)
            *problem = tr("The API address must start with https:// (plain http only for this computer).");
        return false;
    }
    m_baseUrl = url;
    return true;
}

void UpliftClient::setApiKey(const QString &key)
{
    m_apiKey = key.trimmed();
    ApiLog::addSecret(m_apiKey);
}

QUrl UpliftClient::endpoint(const QString &path, const QList<QPair<QString, QString>> &query) const
{
    QUrl url = m_baseUrl;
    QString basePath = url.path(QUrl::FullyEncoded);
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + path, QUrl::TolerantMode);
    if (!query.isEmpty()) {
        QUrlQuery q;
        for (const auto &[key, value] : query)
            q.addQueryItem(QString::fromLatin1(QUrl::toPercentEncoding(key)),
                           QString::fromLatin1(QUrl::toPercentEncoding(value)));
        url.setQuery(q.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    }
    return url;
}

ApiReply *UpliftClient::newReply()
{
    return new ApiReply(this);
}

bool UpliftClient::refuseWithoutKey(ApiReply *reply)
{
    if (m_apiKey.isEmpty()) {
        finishLater(reply, ApiError::configuration(tr("No Uplift API key is set.")));
        return true;
    }
    // Checked where keys come in too; here again because a key with a line
    // break would write header lines of its own into every request.
    if (const QString problem = ApiKey::problem(m_apiKey); !problem.isEmpty()) {
        finishLater(reply, ApiError::configuration(problem));
        return true;
    }
    return false;
}

void UpliftClient::finishLater(ApiReply *reply, const ApiError &error)
{
    QMetaObject::invokeMethod(
        reply, [reply, error] { reply->finishWith(error); }, Qt::QueuedConnection);
}

void UpliftClient::send(ApiReply *reply, Call call, Success onSuccess)
{
    if (reply->m_cancelled) {
        reply->finishWith(ApiError::cancelled());
        return;
    }
    QNetworkRequest request(call.url);
    request.setRawHeader("Accept", "application/json");
    request.setHeader(QNetworkRequest::UserAgentHeader, ApplicationIdentity::userAgent());
    if (!call.body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (call.withAuth)
        request.setRawHeader("Authorization", "Bearer " + m_apiKey.toUtf8());
    request.setTransferTimeout(m_timeoutMs);
    // Redirects are followed here, not by Qt, so that the token only ever goes
    // to the origin of the base URL.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);

    if (lcUpliftApi().isDebugEnabled()) {
        QStringList headers;
        for (const QByteArray &name : request.rawHeaderList())
            headers << QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(request.rawHeader(name));
        qCDebug(lcUpliftApi).noquote() << describe(call.method, call.url)
                                       << ApiLog::redactSecrets(headers.join(QStringLiteral("; ")));
    }

    QNetworkReply *network = nullptr;
    if (call.method == "GET") {
        network = m_network->get(request);
    } else if (call.body.isEmpty()) {
        network = m_network->sendCustomRequest(request, call.method);
    } else {
        auto *body = new OneShotBody(call.body);
        network = m_network->sendCustomRequest(request, call.method, body);
        body->setParent(network);
    }
    reply->m_network = network;

    // The overall deadline runs from the request's last byte: restarted when
    // the body has gone (an API body is a few hundred bytes, so starting it
    // at once too bounds a request whose body never leaves).
    auto *deadline = new QTimer(network);
    deadline->setSingleShot(true);
    deadline->setInterval(m_answerDeadlineMs);
    connect(deadline, &QTimer::timeout, network, [network] { abandon(network, Abandoned::Deadline); });
    connect(network, &QNetworkReply::uploadProgress, deadline, [deadline](qint64 sent, qint64 total) {
        if (total > 0 && sent >= total)
            deadline->start();
    });
    deadline->start();
    // The size cap is checked as the body arrives, and against the declared
    // length before it does. A small read buffer makes QNAM stop reading the
    // socket until this thread has taken the bytes: without it Qt's HTTP
    // thread reads ahead without bound, and an endless answer fills memory
    // before the first check could run.
    network->setReadBufferSize(AnswerReadBuffer);
    // Qt 6.4 starts a request with a body on the next turn of the event loop
    // and tells its HTTP thread of a read buffer size only once started: set
    // before that, it is lost. Set again once started (queued after the
    // start) and when the headers arrive.
    QMetaObject::invokeMethod(
        network, [network] { network->setReadBufferSize(AnswerReadBuffer); }, Qt::QueuedConnection);
    auto received = std::make_shared<QByteArray>();
    const qint64 cap = m_maxAnswerBytes;
    connect(network, &QNetworkReply::metaDataChanged, network, [network, cap] {
        network->setReadBufferSize(AnswerReadBuffer); // see above
        if (network->header(QNetworkRequest::ContentLengthHeader).toLongLong() > cap)
            abandon(network, Abandoned::TooLarge);
    });
    connect(network, &QNetworkReply::readyRead, network, [network, received, cap] {
        received->append(network->readAll());
        if (received->size() > cap) {
            received->clear();
            abandon(network, Abandoned::TooLarge);
        }
    });
    connect(network, &QNetworkReply::finished, reply, [this, reply, network, call, onSuccess, received] {
        received->append(network->readAll());
        handleFinished(reply, network, *received, call, onSuccess);
    });
    // If the caller deletes the ApiReply, ~ApiReply() takes the request with it.
}

void UpliftClient::handleFinished(ApiReply *reply, QNetworkReply *network, const QByteArray &body, Call call,
                                  Success onSuccess)
{
    network->deleteLater();
    reply->m_network = nullptr;
    const int status = network->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();

    if (reply->m_cancelled) {
        reply->finishWith(ApiError::cancelled());
        return;
    }
    switch (abandonedReason(network)) {
    case Abandoned::Deadline:
        qCInfo(lcUpliftApi).noquote() << describe(call.method, call.url) << "failed: no complete answer within"
                                      << m_answerDeadlineMs << "ms";
        reply->finishWith(ApiError::timeout());
        return;
    case Abandoned::TooLarge: {
        const ApiError error = ApiError::invalidResponse(
            tr("its answer is larger than %1 MiB.").arg(double(m_maxAnswerBytes) / (1024 * 1024), 0, 'g', 3), status);
        qCInfo(lcUpliftApi).noquote() << describe(call.method, call.url) << "failed:" << error.details();
        reply->finishWith(error);
        return;
    }
    case Abandoned::No:
        break;
    }
    if (status == 0 || (network->error() != QNetworkReply::NoError && status < 300)) {
        // OperationCanceledError without our cancel() is the transfer timeout.
        ApiError error = network->error() == QNetworkReply::OperationCanceledError
                || network->error() == QNetworkReply::TimeoutError
            ? ApiError::timeout()
            : ApiError::network(network->error(), network->errorString());
        qCInfo(lcUpliftApi).noquote() << describe(call.method, call.url) << "failed:" << error.details();
        reply->finishWith(error);
        return;
    }
    qCDebug(lcUpliftApi).noquote() << describe(call.method, call.url) << "->" << status;

    if (status >= 300 && status < 400 && network->hasRawHeader("Location")) {
        const QUrl target = call.url.resolved(QUrl::fromEncoded(network->rawHeader("Location")));
        if (++call.redirects > MaxRedirects) {
            reply->finishWith(ApiError::network(QNetworkReply::TooManyRedirectsError, tr("Too many redirects.")));
            return;
        }
        if (!isAllowedUrl(target)) {
            reply->finishWith(ApiError::network(QNetworkReply::InsecureRedirectError,
                                                tr("The server redirected to an address that is not https.")));
            return;
        }
        // The bearer token belongs to the API's origin only: a redirect
        // elsewhere is followed without it.
        call.withAuth = call.withAuth && sameOrigin(target, m_baseUrl);
        if (status == 303 || ((status == 301 || status == 302) && call.method == "POST")) {
            call.method = "GET";
            call.body.clear();
        }
        call.url = target;
        qCInfo(lcUpliftApi).noquote() << "redirected to" << describe(call.method, target)
                                      << (call.withAuth ? "with" : "without") << "credentials";
        send(reply, call, onSuccess);
        return;
    }
    if (status >= 300) {
        ApiError error = ApiError::http(status, body, network->rawHeader("Retry-After"));
        qCInfo(lcUpliftApi).noquote() << describe(call.method, call.url) << "failed:" << error.details();
        reply->finishWith(error);
        return;
    }
    onSuccess(body);
}

ApiReply *UpliftClient::createCapture(const CaptureSpec &spec, const QDateTime &now)
{
    ApiReply *reply = newReply();
    const QList<FieldError> errors = spec.validate(now);
    if (!errors.isEmpty()) {
        const ApiError error = ApiError::validation(errors);
        finishLater(reply, error);
        return reply;
    }
    if (refuseWithoutKey(reply))
        return reply;
    const QString group = spec.sessionGroupId;
    send(reply,
         { "POST", endpoint(QStringLiteral("/captures")), QJsonDocument(spec.toJson()).toJson(QJsonDocument::Compact) },
         [reply, group](const QByteArray &body) {
             QString problem;
             if (!Reservation::fromJson(body, &reply->m_reservation, &problem)) {
                 reply->finishWith(ApiError::invalidResponse(problem));
                 return;
             }
             if (reply->m_reservation.sessionGroupId.compare(group, Qt::CaseInsensitive) != 0) {
                 reply->finishWith(ApiError::invalidResponse(tr("the reservation is for another session group.")));
                 return;
             }
             reply->finishWith({});
         });
    return reply;
}

ApiReply *UpliftClient::getCapture(const QString &captureId)
{
    ApiReply *reply = newReply();
    if (refuseWithoutKey(reply))
        return reply;
    const QString id = captureId.trimmed();
    if (id.isEmpty() || id.size() > 255) {
        const ApiError error
            = ApiError::validation({ FieldError { QStringLiteral("captureId"), QStringLiteral("invalid_value"),
                                                  tr("A capture id has 1 to 255 characters.") } });
        finishLater(reply, error);
        return reply;
    }
    send(reply, { "GET", endpoint(QStringLiteral("/captures/") + QString::fromLatin1(QUrl::toPercentEncoding(id))) },
         [reply](const QByteArray &body) {
             const QJsonDocument document = QJsonDocument::fromJson(body);
             QString problem = tr("the capture is not a JSON object.");
             if (!document.isObject() || !Capture::fromJson(document.object(), &reply->m_capture, &problem)) {
                 reply->finishWith(ApiError::invalidResponse(problem));
                 return;
             }
             reply->finishWith({});
         });
    return reply;
}

ApiReply *UpliftClient::listCaptures(const CaptureQuery &query)
{
    ApiReply *reply = newReply();
    if (!refuseWithoutKey(reply))
        fetchCapturePage(reply, query, 0, std::make_shared<QSet<QString>>());
    return reply;
}

void UpliftClient::fetchCapturePage(ApiReply *reply, CaptureQuery query, int offset,
                                    std::shared_ptr<QSet<QString>> seen)
{
    QList<QPair<QString, QString>> items;
    if (!query.athleteId.isEmpty())
        items << qMakePair(QStringLiteral("athlete_id"), query.athleteId);
    if (query.apiOnly)
        items << qMakePair(QStringLiteral("source"), QStringLiteral("api"));
    if (!query.status.isEmpty())
        items << qMakePair(QStringLiteral("status"), query.status);
    if (!query.activity.isEmpty())
        items << qMakePair(QStringLiteral("activity"), query.activity);
    if (!query.movement.isEmpty())
        items << qMakePair(QStringLiteral("movement"), query.movement);
    const int limit = pageLimit(query.maxResults, int(reply->m_captures.size()));
    items << qMakePair(QStringLiteral("limit"), QString::number(limit))
          << qMakePair(QStringLiteral("offset"), QString::number(offset));
    send(reply, { "GET", endpoint(QStringLiteral("/captures"), items) },
         [this, reply, query, offset, seen](const QByteArray &body) {
             CapturePage page;
             QString problem;
             if (!CapturePage::parse(body, &page, &problem)) {
                 reply->finishWith(ApiError::invalidResponse(problem));
                 return;
             }
             const int fresh
                 = takeNew(page.captures, &reply->m_captures, seen.get(), [](const Capture &c) { return c.sessionId; });
             ++reply->m_pages;
             const int pageSize = int(page.captures.size());
             if (morePages(query.maxResults, int(reply->m_captures.size()), fresh, offset, pageSize, page.totalCount,
                           -1))
                 fetchCapturePage(reply, query, offset + pageSize, seen);
             else
                 reply->finishWith({});
         });
}

ApiReply *UpliftClient::listAthletes(const AthleteQuery &query)
{
    ApiReply *reply = newReply();
    // Checked here because a filter named like a paging parameter would
    // silently change the query instead of filtering.
    QList<FieldError> errors;
    static const QStringList sortFields
        = { QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("date_of_birth") };
    if (!query.sortedBy.isEmpty() && !sortFields.contains(query.sortedBy))
        errors << FieldError { QStringLiteral("sorted_by"), QStringLiteral("invalid_value"),
                               tr("Athletes can be sorted by first_name, last_name or date_of_birth.") };
    for (auto it = query.filters.constBegin(); it != query.filters.constEnd(); ++it) {
        if (it.key() == QLatin1String("limit") || it.key() == QLatin1String("offset")
            || it.key() == QLatin1String("sorted_by"))
            errors << FieldError { it.key(), QStringLiteral("reserved_key"),
                                   tr("%1 cannot be used as a custom attribute filter.").arg(it.key()) };
        else if (const auto error = Athlete::checkCustomAttributeKey(it.key()))
            errors << *error;
    }
    if (!errors.isEmpty()) {
        const ApiError error = ApiError::validation(errors);
        finishLater(reply, error);
        return reply;
    }
    if (!refuseWithoutKey(reply))
        fetchAthletePage(reply, query, 0, std::make_shared<QSet<QString>>());
    return reply;
}

void UpliftClient::fetchAthletePage(ApiReply *reply, AthleteQuery query, int offset,
                                    std::shared_ptr<QSet<QString>> seen)
{
    QList<QPair<QString, QString>> items;
    for (auto it = query.filters.constBegin(); it != query.filters.constEnd(); ++it)
        items << qMakePair(it.key(), it.value());
    if (!query.sortedBy.isEmpty())
        items << qMakePair(QStringLiteral("sorted_by"), query.sortedBy);
    const int limit = pageLimit(query.maxResults, int(reply->m_athletes.size()));
    items << qMakePair(QStringLiteral("limit"), QString::number(limit))
          << qMakePair(QStringLiteral("offset"), QString::number(offset));
    send(reply, { "GET", endpoint(QStringLiteral("/athletes"), items) },
         [this, reply, query, offset, limit, seen](const QByteArray &body) {
             AthletePage page;
             QString problem;
             if (!AthletePage::parse(body, &page, &problem)) {
                 reply->finishWith(ApiError::invalidResponse(problem));
                 return;
             }
             const int fresh
                 = takeNew(page.athletes, &reply->m_athletes, seen.get(), [](const Athlete &a) { return a.id; });
             ++reply->m_pages;
             const int pageSize = int(page.athletes.size());
             // Without a total, a full page means "maybe more".
             if (morePages(query.maxResults, int(reply->m_athletes.size()), fresh, offset, pageSize, page.totalCount,
                           limit))
                 fetchAthletePage(reply, query, offset + pageSize, seen);
             else
                 reply->finishWith({});
         });
}

int UpliftClient::pageLimit(int maxResults, int fetched) const
{
    int limit = std::min(m_pageSize, m_maxListItems - fetched);
    if (maxResults > 0)
        limit = std::min(limit, maxResults - fetched);
    return std::max(1, limit);
}

bool UpliftClient::morePages(int maxResults, int fetched, int fresh, int offset, int pageSize, int total,
                             int fullPage) const
{
    // Whatever the server claims, the walk ends: at a page that brings
    // nothing new (a server that ignores offset, or repeats itself), at an
    // offset past what it promised, or at the hard cap.
    if (fresh <= 0 || fetched >= m_maxListItems || (maxResults > 0 && fetched >= maxResults))
        return false;
    const qint64 next = qint64(offset) + pageSize;
    if (total >= 0)
        return next < total;
    return fullPage > 0 && pageSize >= fullPage;
}

void UpliftClient::finishAthlete(ApiReply *reply, const QByteArray &body)
{
    // Documented as {"athlete": {...}}; a bare athlete object is accepted too.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QJsonObject object = document.object();
    if (object.value(QStringLiteral("athlete")).isObject())
        object = object.value(QStringLiteral("athlete")).toObject();
    QString problem = tr("the athlete is not a JSON object.");
    if (!document.isObject() || !Athlete::fromJson(object, &reply->m_athlete, &problem)) {
        reply->finishWith(ApiError::invalidResponse(problem));
        return;
    }
    reply->finishWith({});
}

ApiReply *UpliftClient::createAthlete(const Athlete &athlete)
{
    ApiReply *reply = newReply();
    const QList<FieldError> errors = athlete.validateForCreate();
    if (!errors.isEmpty()) {
        const ApiError error = ApiError::validation(errors);
        finishLater(reply, error);
        return reply;
    }
    if (refuseWithoutKey(reply))
        return reply;
    send(reply,
         { "POST", endpoint(QStringLiteral("/athletes")),
           QJsonDocument(athlete.toJson()).toJson(QJsonDocument::Compact) },
         [this, reply](const QByteArray &body) { finishAthlete(reply, body); });
    return reply;
}

ApiReply *UpliftClient::updateAthlete(const QString &athleteId, const QJsonObject &changes)
{
    ApiReply *reply = newReply();
    QList<FieldError> errors;
    if (athleteId.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("athleteId"), QStringLiteral("required"),
                               tr("Which athlete to update?") };
    if (changes.contains(QStringLiteral("first_name"))
        && changes.value(QStringLiteral("first_name")).toString().trimmed().isEmpty())
        errors << FieldError { QStringLiteral("first_name"), QStringLiteral("blank"),
                               tr("The first name cannot be cleared.") };
    const QJsonObject custom = changes.value(QStringLiteral("custom_attributes")).toObject();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it) {
        if (const auto error = Athlete::checkCustomAttributeKey(it.key()))
            errors << *error;
    }
    if (!errors.isEmpty()) {
        const ApiError error = ApiError::validation(errors);
        finishLater(reply, error);
        return reply;
    }
    if (refuseWithoutKey(reply))
        return reply;
    send(reply,
         { "POST",
           endpoint(QStringLiteral("/athletes/") + QString::fromLatin1(QUrl::toPercentEncoding(athleteId.trimmed()))),
           QJsonDocument(changes).toJson(QJsonDocument::Compact) },
         [this, reply](const QByteArray &body) { finishAthlete(reply, body); });
    return reply;
}
