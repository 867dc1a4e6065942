#include "sandbox/sandboxserver.h"

#include "api/catalogue/movementcatalogue.h"
#include "api/messages/athlete.h"
#include "api/messages/capturespec.h"
#include "sandbox/framerate.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/uploadreceiver.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <QUrlQuery>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

using Status = QHttpServerResponse::StatusCode;

// QHttpServerResponder keeps a plain pointer to its connection, and Qt deletes
// a connection as soon as the client hangs up, so an answer held back by a
// latency fault must know whether its connection still exists. Qt 6.4 gives
// no way to ask, so this server notes which connection is being read: its
// readyRead handler is connected before QHttpServer's and therefore runs first.
class ObservedTcpServer : public QTcpServer
{
public:
    using QTcpServer::QTcpServer;

    QTcpSocket *nextPendingConnection() override
    {
        QTcpSocket *socket = QTcpServer::nextPendingConnection();
        if (socket)
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { m_reading = socket; });
        return socket;
    }

    QTcpSocket *reading() const { return m_reading.data(); }

private:
    QPointer<QTcpSocket> m_reading;
};

QHttpServerResponse error(Status status, const QString &code, const QString &message)
{
    return QHttpServerResponse(
        QJsonObject { { QStringLiteral("error"), code }, { QStringLiteral("message"), message } }, status);
}

QHttpServerResponse badRequest(const QString &message)
{
    return error(Status::BadRequest, QStringLiteral("BadRequest"), message);
}

// The body the spec gives for each status, used when a fault injects one.
QHttpServerResponse injected(int status)
{
    switch (status) {
    case 400:
        return badRequest(
            QStringLiteral("The request parameters are invalid. Please review the request and try again."));
    case 401:
        return error(Status::Unauthorized, QStringLiteral("Unauthorized"),
                     QStringLiteral("Bearer token is missing or invalid."));
    case 403:
        return error(Status::Forbidden, QStringLiteral("Forbidden"),
                     QStringLiteral("You do not have permission to access this resource."));
    case 404:
        return error(Status::NotFound, QStringLiteral("NotFound"), QStringLiteral("Not found."));
    case 429:
        return error(Status::TooManyRequests, QStringLiteral("TooManyRequests"),
                     QStringLiteral("The rate limit has been exceeded. Please wait and try again later."));
    case 503:
        return error(Status::ServiceUnavailable, QStringLiteral("ServiceUnavailable"),
                     QStringLiteral("Temporary upstream video reservation issue. Please retry shortly."));
    default:
        return error(Status(status), QStringLiteral("InternalServerError"),
                     QStringLiteral("An unexpected error occurred on the server. Please try again later."));
    }
}

QByteArray json(const QJsonValue &value)
{
    // QJsonDocument writes only objects and arrays; wrap and strip for scalars.
    const QByteArray wrapped = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return wrapped.mid(1, wrapped.size() - 2);
}

bool parseObject(const QHttpServerRequest &request, QJsonObject *object)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    *object = document.object();
    return true;
}

const QStringList &athleteStringFields()
{
    static const QStringList fields { QStringLiteral("first_name"), QStringLiteral("last_name"),
                                      QStringLiteral("date_of_birth"), QStringLiteral("email") };
    return fields;
}

const QStringList &athleteIntegerFields()
{
    static const QStringList fields { QStringLiteral("height"), QStringLiteral("weight") };
    return fields;
}

// The reference's custom attribute key rules, as the client applies them.
QString customKeyProblem(const QString &key)
{
    if (const auto error = Athlete::checkCustomAttributeKey(key))
        return QStringLiteral("%1: %2").arg(error->field, error->message);
    return {};
}

bool isCleared(const QJsonValue &value)
{
    return (value.isString() && value.toString().isEmpty()) || (value.isDouble() && value.toDouble() == 0);
}

} // namespace

SandboxServer::SandboxServer(const SandboxOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_http(new QHttpServer(this))
    , m_store(new SandboxStore(this))
{
    if (m_options.apiKey.isEmpty())
        m_options.apiKey = QStringLiteral("sk_sandbox_")
            + QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 16));
    m_http->setMissingHandler([this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        QString route;
        QHttpServerResponse response = dispatch(request, &route);
        const int latency = route.isEmpty() ? 0 : m_faults.latencyMs(route);
        QPointer<QTcpSocket> connection = m_tcp ? static_cast<ObservedTcpServer *>(m_tcp)->reading() : nullptr;
        if (latency <= 0 || !connection) {
            response.write(std::move(responder));
            return;
        }
        // Answer later without blocking the event loop: keep both alive until
        // then, and say nothing to a client that has hung up in the meantime.
        auto held = std::make_shared<std::pair<QHttpServerResponder, QHttpServerResponse>>(std::move(responder),
                                                                                           std::move(response));
        QTimer::singleShot(latency, this, [held, connection] {
            if (connection && connection->state() == QAbstractSocket::ConnectedState)
                held->second.write(std::move(held->first));
        });
    });
}

SandboxServer::~SandboxServer()
{
    // Stop the upload thread before m_faults, which its connections use, goes away.
    delete m_receiver;
}

bool SandboxServer::start(QString *errorText)
{
    for (const QString &spec : std::as_const(m_options.faults)) {
        QString why;
        if (!m_faults.add(spec, &why)) {
            *errorText = QStringLiteral("--fault %1: %2").arg(spec, why);
            return false;
        }
    }
    if (!m_store->open(m_options.dataFolder, errorText))
        return false;
    // The ports of the last run, kept where they are free: upload targets a client stored
    // (reserved before a restart, used after it) still point at this sandbox.
    const auto remembered = [this](const char *key) {
        const uint port = m_store->value(QLatin1String(key)).toUInt();
        return port > 0 && port <= 65535 ? quint16(port) : quint16(0);
    };
    if (m_options.externalS3) {
        m_target = *m_options.externalS3;
    } else {
        m_target.bucket = QStringLiteral("uplift-sandbox-uploads");
        m_target.region = QStringLiteral("us-east-1");
        m_target.accessKey = QStringLiteral("SANDBOXACCESSKEY");
        // Kept with the store like a real S3's keys, so that what was signed before a
        // restart is still good after it.
        m_target.secretKey = m_store->value(QStringLiteral("s3_secret_key"));
        if (m_target.secretKey.isEmpty()) {
            m_target.secretKey
                = QString::fromLatin1(QByteArray::number(QRandomGenerator::global()->generate64(), 36)
                                      + QByteArray::number(QRandomGenerator::global()->generate64(), 36));
            m_store->setValue(QStringLiteral("s3_secret_key"), m_target.secretKey);
        }
        UploadSettings settings { m_target, objectsFolder() };
        m_receiver = new UploadReceiver(settings, &m_faults, this);
        const quint16 last = remembered("upload_port");
        bool listening = false;
        if (m_options.uploadPort == 0 && last != 0)
            listening = m_receiver->listen(last);
        if (!listening && !m_receiver->listen(m_options.uploadPort)) {
            *errorText = m_receiver->errorString();
            return false;
        }
        m_target.endpoint = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_receiver->port()));
        m_store->setValue(QStringLiteral("upload_port"), QString::number(m_receiver->port()));
        connect(m_receiver, &UploadReceiver::objectStored, this, &SandboxServer::objectStored);
    }
    auto *tcp = new ObservedTcpServer(this);
    const quint16 last = remembered("api_port");
    bool listening = false;
    if (m_options.port == 0 && last != 0)
        listening = tcp->listen(QHostAddress::LocalHost, last);
    if (!listening)
        listening = tcp->listen(QHostAddress::LocalHost, m_options.port);
    const quint16 port = listening ? tcp->serverPort() : 0;
    if (port == 0) {
        delete tcp;
        *errorText = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(m_options.port);
        return false;
    }
    m_http->bind(tcp);
    m_tcp = tcp;
    m_port = port;
    m_store->setValue(QStringLiteral("api_port"), QString::number(port));
    resumeProcessing();
    return true;
}

void SandboxServer::resumeProcessing()
{
    if (m_options.externalS3)
        return; // the objects are not here to look at
    for (const QJsonObject &record : m_store->captures()) {
        const QString status = record.value(QStringLiteral("status")).toString();
        const QString key = record.value(QStringLiteral("object_key")).toString();
        const QString sessionId = record.value(QStringLiteral("session_id")).toString();
        const QString path = QDir(objectsFolder()).filePath(m_target.bucket + QLatin1Char('/') + key);
        if (status == QLatin1String("processing")) {
            QTimer::singleShot(m_options.processingMs, this,
                               [this, sessionId, path] { finishProcessing(sessionId, path); });
        } else if (status == QLatin1String("awaiting_upload") && !key.isEmpty() && QFileInfo(path).isFile()) {
            // Only whole objects are there under their key (a part file is renamed when complete).
            objectStored(key, path, QFileInfo(path).size());
        }
    }
}

QUrl SandboxServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(m_port));
}

QUrl SandboxServer::adminUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1/admin/faults").arg(m_port));
}

QUrl SandboxServer::uploadUrl() const
{
    return m_target.uploadUrl();
}

QString SandboxServer::objectsFolder() const
{
    return QDir(m_options.dataFolder).filePath(QStringLiteral("objects"));
}

bool SandboxServer::rateLimited(int *retryAfter)
{
    if (m_options.rateLimitPerMinute <= 0)
        return false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    while (!m_recentRequests.isEmpty() && m_recentRequests.first().secsTo(now) >= 60)
        m_recentRequests.removeFirst();
    if (m_recentRequests.size() >= m_options.rateLimitPerMinute) {
        *retryAfter = std::max<qint64>(1, 60 - m_recentRequests.first().secsTo(now));
        return true;
    }
    m_recentRequests.append(now);
    return false;
}

QHttpServerResponse SandboxServer::dispatch(const QHttpServerRequest &request, QString *route)
{
    const QString path = request.url().path();
    const auto method = request.method();
    using Method = QHttpServerRequest::Method;
    if (path == QLatin1String("/admin/faults") || path == QLatin1String("/admin/injected"))
        return admin(request);
    if (!path.startsWith(QLatin1String("/v1/")))
        return error(Status::NotFound, QStringLiteral("NotFound"), QStringLiteral("No such endpoint."));

    // The route name is what faults are aimed at.
    const QStringList parts = path.mid(4).split(QLatin1Char('/'));
    if (parts.value(0) == QLatin1String("captures") && parts.size() == 1)
        *route = method == Method::Post ? QStringLiteral("captures.create") : QStringLiteral("captures.list");
    else if (parts.value(0) == QLatin1String("captures") && parts.size() == 2)
        *route = QStringLiteral("captures.get");
    else if (parts.value(0) == QLatin1String("athletes") && parts.size() == 1)
        *route = method == Method::Post ? QStringLiteral("athletes.create") : QStringLiteral("athletes.list");
    else if (parts.value(0) == QLatin1String("athletes") && parts.size() == 2)
        *route = QStringLiteral("athletes.update");
    else
        return error(Status::NotFound, QStringLiteral("NotFound"), QStringLiteral("No such endpoint."));

    const QByteArray authorization = request.value("Authorization");
    if (authorization != "Bearer " + m_options.apiKey.toUtf8())
        return error(Status::Unauthorized, QStringLiteral("Unauthorized"),
                     QStringLiteral("Bearer token is missing or invalid."));
    int retryAfter = 0;
    if (rateLimited(&retryAfter)) {
        QHttpServerResponse response = injected(429);
        response.addHeader("Retry-After", QByteArray::number(retryAfter));
        return response;
    }
    if (const int status = m_faults.takeFailure(*route); status > 0) {
        QHttpServerResponse response = injected(status);
        if (status == 429 || status == 503)
            response.addHeader("Retry-After", "1");
        return response;
    }

    if (*route == QLatin1String("captures.create"))
        return createCapture(request);
    if (*route == QLatin1String("captures.list") && method == Method::Get)
        return listCaptures(request);
    if (*route == QLatin1String("captures.get") && method == Method::Get)
        return getCapture(parts[1]);
    if (*route == QLatin1String("athletes.create"))
        return createAthlete(request);
    if (*route == QLatin1String("athletes.list") && method == Method::Get)
        return listAthletes(request);
    if (*route == QLatin1String("athletes.update") && method == Method::Post)
        return updateAthlete(parts[1], request);
    return error(Status::MethodNotAllowed, QStringLiteral("MethodNotAllowed"), QStringLiteral("Method not allowed."));
}

QHttpServerResponse SandboxServer::admin(const QHttpServerRequest &request)
{
    if (!request.remoteAddress().isLoopback())
        return error(Status::Forbidden, QStringLiteral("Forbidden"),
                     QStringLiteral("The admin endpoint is loopback only."));
    using Method = QHttpServerRequest::Method;
    if (request.url().path() == QLatin1String("/admin/injected")) {
        if (request.method() != Method::Get)
            return error(Status::MethodNotAllowed, QStringLiteral("MethodNotAllowed"),
                         QStringLiteral("Method not allowed."));
        return QHttpServerResponse(QJsonObject { { QStringLiteral("injected"), m_faults.injected() } });
    }
    if (request.method() == Method::Delete) {
        m_faults.clear();
    } else if (request.method() == Method::Post) {
        QJsonObject body;
        if (!parseObject(request, &body) || !body.value(QStringLiteral("faults")).isArray())
            return badRequest(QStringLiteral("faults: expected {\"faults\": [\"spec\", ...]}."));
        for (const QJsonValue &spec : body.value(QStringLiteral("faults")).toArray()) {
            QString why;
            if (!m_faults.add(spec.toString(), &why))
                return badRequest(QStringLiteral("faults: %1").arg(why));
        }
    } else if (request.method() != Method::Get) {
        return error(Status::MethodNotAllowed, QStringLiteral("MethodNotAllowed"),
                     QStringLiteral("Method not allowed."));
    }
    return QHttpServerResponse(QJsonObject { { QStringLiteral("faults"), m_faults.describe() } });
}

QHttpServerResponse SandboxServer::createCapture(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (!parseObject(request, &body))
        return badRequest(QStringLiteral("The request body must be a JSON object."));
    if (const QString problem = captureRulesProblem(body); !problem.isEmpty())
        return badRequest(problem);

    const QString athleteId = body.value(QStringLiteral("athlete_id")).toString().trimmed().toLower();
    const QString groupId = body.value(QStringLiteral("session_group_id")).toString().trimmed().toLower();
    if (m_store->athlete(athleteId).isEmpty())
        return badRequest(QStringLiteral("athlete_id: no athlete with this id belongs to the organization."));
    const QString groupOwner = m_store->sessionGroupAthlete(groupId);
    if (!groupOwner.isEmpty() && groupOwner != athleteId)
        return badRequest(QStringLiteral("session_group_id: this session group belongs to another athlete."));
    m_store->addSessionGroup(groupId, athleteId);

    const QString sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString fileName = body.value(QStringLiteral("file_name")).toString().trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    PostPolicy::Request policy;
    policy.key = QStringLiteral("captures/%1/%2").arg(sessionId, fileName);
    policy.contentType = QStringLiteral("video/quicktime");
    policy.minimumSize = 1;
    policy.maximumSize = m_options.maximumUploadBytes;
    policy.signedAt = now;
    const qint64 lifetime = m_faults.takePolicyLifetimeSeconds();
    policy.lifetimeSeconds = lifetime > 0 ? lifetime : 30 * 60;
    const PostPolicy::Fields fields = PostPolicy::sign(m_target, policy);
    const QDateTime expires = now.addSecs(policy.lifetimeSeconds);

    const QJsonObject movement = body.value(QStringLiteral("movement_attributes")).toObject();
    QDateTime captureTime
        = QDateTime::fromString(body.value(QStringLiteral("capture_time")).toString(), Qt::ISODateWithMs);
    if (!captureTime.isValid())
        captureTime = now;
    const QJsonObject record {
        { QStringLiteral("session_id"), sessionId },
        { QStringLiteral("session_group_id"), groupId },
        { QStringLiteral("athlete_id"), athleteId },
        { QStringLiteral("activity"), movement.value(QStringLiteral("activity")).toString() },
        { QStringLiteral("movement"), movement.value(QStringLiteral("movement")).toString() },
        { QStringLiteral("movement_attributes"), movement },
        { QStringLiteral("camera_configuration"), body.value(QStringLiteral("camera_configuration")) },
        { QStringLiteral("file_name"), fileName },
        { QStringLiteral("capture_time"), captureTime.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("source"), QStringLiteral("api") },
        { QStringLiteral("status"), QStringLiteral("awaiting_upload") },
        { QStringLiteral("error"), QJsonValue::Null },
        { QStringLiteral("fps_detected"), QJsonValue::Null },
        { QStringLiteral("object_key"), policy.key },
    };
    m_store->saveCapture(record);

    // Written by hand so that upload_fields keep boto3's order (QJsonObject sorts keys).
    QByteArray fieldsJson = "{";
    for (const auto &field : fields) {
        if (fieldsJson.size() > 1)
            fieldsJson += ',';
        fieldsJson += json(field.first) + ':' + json(field.second);
    }
    fieldsJson += '}';
    const QByteArray out = "{\"session_id\":" + json(sessionId) + ",\"session_group_id\":" + json(groupId)
        + ",\"upload_url\":" + json(m_target.uploadUrl().toString()) + ",\"upload_fields\":" + fieldsJson
        + ",\"upload_expires_at\":" + json(expires.toString(Qt::ISODateWithMs)) + ",\"status\":\"NEW\"}";
    emit captureChanged(sessionId, QStringLiteral("awaiting_upload"));
    return QHttpServerResponse("application/json", out);
}

QJsonObject SandboxServer::publicCapture(const QJsonObject &record)
{
    QJsonObject capture;
    for (const char *name :
         { "session_id", "athlete_id", "activity", "movement", "status", "error", "capture_time", "fps_detected" })
        capture.insert(QLatin1String(name), record.value(QLatin1String(name)));
    // Published movement dimensions appear as extra top-level properties.
    const QJsonObject movement = record.value(QStringLiteral("movement_attributes")).toObject();
    for (auto it = movement.begin(); it != movement.end(); ++it) {
        if (!capture.contains(it.key()))
            capture.insert(it.key(), it.value());
    }
    return capture;
}

QHttpServerResponse SandboxServer::listCaptures(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    auto value = [&](const char *name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    const QString athleteId = value("athlete_id").trimmed().toLower();
    if (query.hasQueryItem(QStringLiteral("athlete_id")) && m_store->athlete(athleteId).isEmpty())
        return badRequest(QStringLiteral("athlete_id: no athlete with this id belongs to the organization."));
    if (query.hasQueryItem(QStringLiteral("source")) && value("source") != QLatin1String("api"))
        return badRequest(QStringLiteral("source: the only value is \"api\"."));
    static const QStringList statuses { QStringLiteral("awaiting_upload"), QStringLiteral("processing"),
                                        QStringLiteral("completed"), QStringLiteral("error") };
    const QString status = value("status");
    if (query.hasQueryItem(QStringLiteral("status")) && !statuses.contains(status))
        return badRequest(QStringLiteral("status: must be one of awaiting_upload, processing, completed, error."));
    const QString activity = value("activity").trimmed().toLower();
    const QString movement = value("movement").trimmed().toLower();
    if (activity.size() > 128 || movement.size() > 128)
        return badRequest(QStringLiteral("activity and movement are at most 128 characters."));
    bool ok = true;
    int limit = 100;
    if (query.hasQueryItem(QStringLiteral("limit"))) {
        limit = value("limit").toInt(&ok);
        if (!ok)
            return badRequest(QStringLiteral("limit: must be an integer."));
        limit = std::clamp(limit, 1, 500);
    }
    int offset = 0;
    if (query.hasQueryItem(QStringLiteral("offset"))) {
        offset = value("offset").toInt(&ok);
        if (!ok || offset < 0)
            return badRequest(QStringLiteral("offset: must be an integer of 0 or more."));
    }
    QJsonArray page;
    int total = 0;
    for (const QJsonObject &record : m_store->captures()) {
        if ((!athleteId.isEmpty() && record.value(QStringLiteral("athlete_id")).toString() != athleteId)
            || (!status.isEmpty() && record.value(QStringLiteral("status")).toString() != status)
            || (!activity.isEmpty() && record.value(QStringLiteral("activity")).toString().toLower() != activity)
            || (!movement.isEmpty() && record.value(QStringLiteral("movement")).toString().toLower() != movement))
            continue;
        if (total >= offset && page.size() < limit)
            page.append(publicCapture(record));
        ++total;
    }
    return QHttpServerResponse(QJsonObject { { QStringLiteral("captures"), page },
                                             { QStringLiteral("total_count"), total },
                                             { QStringLiteral("offset"), offset },
                                             { QStringLiteral("limit"), limit } });
}

QHttpServerResponse SandboxServer::getCapture(const QString &id)
{
    const QString trimmed = QUrl::fromPercentEncoding(id.toUtf8()).trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 255)
        return badRequest(QStringLiteral("captureId: must be 1 to 255 characters."));
    const QJsonObject record = m_store->capture(trimmed);
    if (record.isEmpty())
        return error(Status::NotFound, QStringLiteral("NotFound"), QStringLiteral("Capture not found."));
    return QHttpServerResponse(publicCapture(record));
}

void SandboxServer::objectStored(const QString &key, const QString &path, qint64 size)
{
    Q_UNUSED(size);
    const QString sessionId = m_store->captureWithObjectKey(key);
    if (sessionId.isEmpty())
        return; // an object nobody reserved: stored, like S3 would, but nothing to process
    QJsonObject record = m_store->capture(sessionId);
    record.insert(QStringLiteral("status"), QStringLiteral("processing"));
    // How many times the file arrived: never more than once from a client that keeps its word
    // (tests read it; not part of the API's answers).
    record.insert(QStringLiteral("uploads"), record.value(QStringLiteral("uploads")).toInt() + 1);
    m_store->saveCapture(record);
    emit captureChanged(sessionId, QStringLiteral("processing"));
    QTimer::singleShot(m_options.processingMs, this, [this, sessionId, path] { finishProcessing(sessionId, path); });
}

void SandboxServer::finishProcessing(const QString &sessionId, const QString &path)
{
    QJsonObject record = m_store->capture(sessionId);
    if (record.isEmpty())
        return;
    QString reason;
    const double fps = FrameRate::ofFile(path, &reason);
    if (fps > 0)
        reason = movementProblem(record.value(QStringLiteral("movement_attributes")).toObject());
    if (fps > 0)
        record.insert(QStringLiteral("fps_detected"), std::round(fps * 1000) / 1000);
    record.insert(QStringLiteral("status"), reason.isEmpty() ? QStringLiteral("completed") : QStringLiteral("error"));
    record.insert(QStringLiteral("error"), reason.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(reason));
    m_store->saveCapture(record);
    emit captureChanged(sessionId, record.value(QStringLiteral("status")).toString());
}

QHttpServerResponse SandboxServer::listAthletes(const QHttpServerRequest &request)
{
    const QUrlQuery query = request.query();
    bool ok = true;
    int limit = 100;
    int offset = 0;
    QString sortedBy;
    QList<QPair<QString, QString>> filters;
    for (const auto &item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("limit")) {
            limit = item.second.toInt(&ok);
            if (!ok)
                return badRequest(QStringLiteral("limit: must be an integer."));
            limit = std::clamp(limit, 1, 500);
        } else if (item.first == QLatin1String("offset")) {
            offset = item.second.toInt(&ok);
            if (!ok || offset < 0)
                return badRequest(QStringLiteral("offset: must be an integer of 0 or more."));
        } else if (item.first == QLatin1String("sorted_by")) {
            sortedBy = item.second;
            if (!athleteStringFields().contains(sortedBy) && !athleteIntegerFields().contains(sortedBy))
                return badRequest(QStringLiteral("sorted_by: cannot sort by \"%1\".").arg(sortedBy));
        } else {
            filters << item;
        }
    }
    QList<QJsonObject> athletes = m_store->athletes();
    athletes.erase(std::remove_if(athletes.begin(), athletes.end(),
                                  [&](const QJsonObject &a) {
                                      const QJsonObject custom
                                          = a.value(QStringLiteral("custom_attributes")).toObject();
                                      return std::any_of(filters.cbegin(), filters.cend(), [&](const auto &f) {
                                          return custom.value(f.first).toString() != f.second;
                                      });
                                  }),
                   athletes.end());
    if (!sortedBy.isEmpty()) {
        std::stable_sort(athletes.begin(), athletes.end(), [&](const QJsonObject &a, const QJsonObject &b) {
            const QJsonValue x = a.value(sortedBy);
            const QJsonValue y = b.value(sortedBy);
            if (x.isDouble() || y.isDouble())
                return x.toDouble() < y.toDouble();
            return x.toString().compare(y.toString(), Qt::CaseInsensitive) < 0;
        });
    }
    QJsonArray page;
    for (qsizetype i = offset; i < athletes.size() && page.size() < limit; ++i)
        page.append(athletes[i]);
    return QHttpServerResponse(QJsonObject { { QStringLiteral("athletes"), page },
                                             { QStringLiteral("total_count"), int(athletes.size()) },
                                             { QStringLiteral("offset"), offset },
                                             { QStringLiteral("limit"), limit } });
}

// Applies a create or update body to an athlete record; returns a message naming
// the field at fault, or an empty string. Update semantics: "" or 0 clears.
static QString applyAthleteFields(const QJsonObject &body, QJsonObject *athlete, bool creating)
{
    for (auto it = body.begin(); it != body.end(); ++it) {
        const QString name = it.key();
        const QJsonValue value = it.value();
        if (athleteStringFields().contains(name)) {
            if (!value.isString())
                return QStringLiteral("%1: must be a string.").arg(name);
            const QString text = value.toString().trimmed();
            if (name == QLatin1String("first_name") && text.isEmpty())
                return QStringLiteral("first_name: must not be empty.");
            if (name == QLatin1String("date_of_birth") && !text.isEmpty()
                && !QDate::fromString(text, QStringLiteral("yyyy-MM-dd")).isValid())
                return QStringLiteral("date_of_birth: must be a date written YYYY-MM-DD.");
            if (text.isEmpty())
                athlete->remove(name);
            else
                athlete->insert(name, text);
        } else if (athleteIntegerFields().contains(name)) {
            if (!value.isDouble() || value.toDouble() != double(qint64(value.toDouble())) || value.toDouble() < 0)
                return QStringLiteral("%1: must be a whole number.").arg(name);
            if (value.toInt() == 0)
                athlete->remove(name);
            else
                athlete->insert(name, value.toInt());
        } else if (name == QLatin1String("custom_attributes")) {
            if (!value.isObject())
                return QStringLiteral("custom_attributes: must be an object of names to text values.");
            QJsonObject custom = athlete->value(name).toObject();
            const QJsonObject given = value.toObject();
            for (auto c = given.begin(); c != given.end(); ++c) {
                if (!creating && custom.contains(c.key()) && isCleared(c.value())) {
                    custom.remove(c.key());
                    continue;
                }
                if (const QString problem = customKeyProblem(c.key()); !problem.isEmpty())
                    return problem;
                if (!c.value().isString())
                    return QStringLiteral("custom_attributes: the value of \"%1\" must be a string.").arg(c.key());
                if (c.value().toString().isEmpty())
                    custom.remove(c.key());
                else
                    custom.insert(c.key(), c.value().toString());
            }
            athlete->insert(name, custom);
        } else if (name != QLatin1String("id")) {
            return QStringLiteral("%1: not an athlete field; put other attributes in custom_attributes.").arg(name);
        }
    }
    return {};
}

QHttpServerResponse SandboxServer::createAthlete(const QHttpServerRequest &request)
{
    QJsonObject body;
    if (!parseObject(request, &body))
        return badRequest(QStringLiteral("The request body must be a JSON object."));
    if (!body.value(QStringLiteral("first_name")).isString()
        || body.value(QStringLiteral("first_name")).toString().trimmed().isEmpty())
        return badRequest(QStringLiteral("first_name: required and must not be empty."));
    QJsonObject athlete { { QStringLiteral("id"), QUuid::createUuid().toString(QUuid::WithoutBraces) },
                          { QStringLiteral("custom_attributes"), QJsonObject() } };
    if (const QString problem = applyAthleteFields(body, &athlete, true); !problem.isEmpty())
        return badRequest(problem);
    m_store->saveAthlete(athlete);
    return QHttpServerResponse(QJsonObject { { QStringLiteral("athlete"), athlete } });
}

QHttpServerResponse SandboxServer::updateAthlete(const QString &id, const QHttpServerRequest &request)
{
    QJsonObject athlete = m_store->athlete(QUrl::fromPercentEncoding(id.toUtf8()).trimmed());
    if (athlete.isEmpty())
        return error(Status::NotFound, QStringLiteral("NotFound"), QStringLiteral("Athlete not found."));
    QJsonObject body;
    if (!parseObject(request, &body))
        return badRequest(QStringLiteral("The request body must be a JSON object."));
    if (const QString problem = applyAthleteFields(body, &athlete, false); !problem.isEmpty())
        return badRequest(problem);
    m_store->saveAthlete(athlete);
    return QHttpServerResponse(QJsonObject { { QStringLiteral("athlete"), athlete } });
}

QString SandboxServer::captureRulesProblem(const QJsonObject &body)
{
    // The same rules as the client's (capture_api), so that both sides agree on what is valid.
    QList<FieldError> errors;
    const CaptureSpec spec = CaptureSpec::fromJson(body, &errors);
    if (errors.isEmpty())
        errors = spec.validate();
    if (errors.isEmpty())
        return {};
    const FieldError &first = errors.first();
    // The message names the field for people; make sure it does for programs too.
    return first.message.contains(first.field) ? first.message
                                               : QStringLiteral("%1: %2").arg(first.field, first.message);
}

QString SandboxServer::movementProblem(const QJsonObject &movementAttributes)
{
    // The published dimension mappings, as capture_api's catalogue holds them.
    const QString activity = movementAttributes.value(QStringLiteral("activity")).toString();
    const QString movement = movementAttributes.value(QStringLiteral("movement")).toString();
    QList<QPair<QString, QString>> dimensions;
    for (auto it = movementAttributes.begin(); it != movementAttributes.end(); ++it) {
        if (it.key() != QLatin1String("activity") && it.key() != QLatin1String("movement"))
            dimensions << qMakePair(it.key(), it.value().toString());
    }
    static const MovementCatalogue catalogue = MovementCatalogue::builtIn();
    const QList<FieldError> errors = catalogue.checkDimensions(activity, movement, dimensions);
    if (errors.isEmpty())
        return {};
    //: %1 explains which movement dimension is missing or wrong; %2 is its field, e.g. movement_attributes.handedness
    return QCoreApplication::translate("SandboxServer", "Processing failed: %1 (%2)")
        .arg(errors.first().message, errors.first().field);
}
