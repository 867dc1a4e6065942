#include "hostileuplift.h"

#include <QJsonDocument>
#include <QJsonObject>

HostileUplift::HostileUplift(QObject *parent)
    : HostileHttpServer(parent)
{
    setHandler([this](const Request &request) { return answer(request); });
}

CaptureSpec HostileUplift::golfSpec()
{
    CaptureSpec spec;
    spec.athleteId = QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee");
    spec.sessionGroupId = QStringLiteral("11111111-2222-3333-4444-555555555555");
    spec.cameraSetup = QStringLiteral("single.down_the_line");
    spec.activity = QStringLiteral("golf");
    spec.movement = QStringLiteral("full_swing");
    spec.movementDimensions.insert(QStringLiteral("handedness"), QStringLiteral("left"));
    spec.fileName = QStringLiteral("swing-001.mov");
    return spec;
}

QByteArray HostileUplift::reservationJson(const QString &sessionId) const
{
    const QDateTime expires = m_expiresAt.isValid() ? m_expiresAt : QDateTime::currentDateTimeUtc().addSecs(30 * 60);
    QJsonObject fields;
    fields.insert(QStringLiteral("key"), QStringLiteral("uploads/%1.mov").arg(sessionId));
    fields.insert(QStringLiteral("policy"), QStringLiteral("cG9saWN5"));
    fields.insert(QStringLiteral("x-amz-signature"), QStringLiteral("0123abcd"));
    QJsonObject o;
    o.insert(QStringLiteral("session_id"), sessionId);
    o.insert(QStringLiteral("session_group_id"), QStringLiteral("11111111-2222-3333-4444-555555555555"));
    o.insert(QStringLiteral("upload_url"), bucketUrl().toString());
    o.insert(QStringLiteral("upload_fields"), fields);
    o.insert(QStringLiteral("upload_expires_at"), expires.toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("status"), QStringLiteral("NEW"));
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

HostileHttpServer::Answer HostileUplift::answer(const Request &request)
{
    const QByteArray path = request.path();
    if (request.method == "POST" && path == "/v1/captures") {
        if (m_reserve)
            return m_reserve(request);
        return Answer::json(reservationJson(QStringLiteral("hostile-%1").arg(m_nextSession++)), 201);
    }
    if (request.method == "POST" && path == "/bucket") {
        if (m_upload)
            return m_upload(request);
        Answer stored;
        stored.status = 204;
        stored.reason = "No Content";
        return stored;
    }
    if (request.method == "GET" && path.startsWith("/v1/captures/")) {
        if (m_status)
            return m_status(request);
        const QString id = QString::fromUtf8(path.mid(int(qstrlen("/v1/captures/"))));
        return Answer::json(
            QStringLiteral("{\"session_id\":\"%1\",\"status\":\"awaiting_upload\",\"error\":null}").arg(id).toUtf8());
    }
    if (request.method == "GET" && path == "/v1/captures")
        return Answer::json(R"({"captures":[],"total_count":0})");
    if (request.method == "GET" && path == "/v1/athletes")
        return Answer::json(R"({"athletes":[],"total_count":0})");
    return Answer::json(R"({"error":"NotFound","message":"no such route"})", 404);
}
