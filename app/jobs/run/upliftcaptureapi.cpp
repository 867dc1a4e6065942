#include "jobs/run/upliftcaptureapi.h"

#include "api/client/apierror.h"
#include "api/client/apireply.h"
#include "api/client/upliftclient.h"
#include "api/messages/capturespec.h"

#include <QJsonDocument>
#include <QJsonObject>

UpliftCaptureApi::UpliftCaptureApi(UpliftClient *client, QObject *parent)
    : CaptureApi(parent)
    , m_client(client)
{
}

CaptureApi::Failure UpliftCaptureApi::failureFrom(const ApiError &error)
{
    CaptureApi::Failure f;
    f.httpStatus = error.httpStatus();
    f.code = error.serverError();
    f.message = error.message();
    f.retryable = error.isRetryable();
    f.timeout = error.kind() == ApiError::Kind::Timeout;
    f.retryAfterSeconds = error.retryAfterSeconds();
    return f;
}

void UpliftCaptureApi::reserve(qint64 jobId, const QByteArray &specJson)
{
    QList<FieldError> errors;
    const CaptureSpec spec = CaptureSpec::fromJson(QJsonDocument::fromJson(specJson).object(), &errors);
    ApiReply *reply = m_client->createCapture(spec);
    connect(reply, &ApiReply::finished, this, [this, reply, jobId] {
        reply->deleteLater();
        if (!reply->succeeded()) {
            emit reserveFailed(jobId, failureFrom(reply->error()));
            return;
        }
        const Reservation &r = reply->reservation();
        Reserved out;
        out.sessionId = r.sessionId;
        out.sessionGroupId = r.sessionGroupId;
        out.uploadUrl = r.uploadUrl;
        out.uploadFields = r.uploadFields;
        out.uploadExpiresAt = r.uploadExpiresAt;
        emit reserved(jobId, out);
    });
}

void UpliftCaptureApi::fetchStatus(qint64 jobId, const QString &sessionId)
{
    ApiReply *reply = m_client->getCapture(sessionId);
    connect(reply, &ApiReply::finished, this, [this, reply, jobId] {
        reply->deleteLater();
        if (!reply->succeeded()) {
            emit statusFailed(jobId, failureFrom(reply->error()));
            return;
        }
        const Capture &c = reply->capture();
        emit statusFetched(jobId, c.statusText, c.error);
    });
}

void UpliftCaptureApi::listCaptures(qint64 requestId, const ListQuery &query)
{
    CaptureQuery q;
    q.athleteId = query.athleteId;
    q.apiOnly = true;
    q.activity = query.activity;
    q.movement = query.movement;
    q.status = query.status;
    ApiReply *reply = m_client->listCaptures(q);
    connect(reply, &ApiReply::finished, this, [this, reply, requestId] {
        reply->deleteLater();
        if (!reply->succeeded()) {
            emit listFailed(requestId, failureFrom(reply->error()));
            return;
        }
        QList<Listed> out;
        out.reserve(reply->captures().size());
        for (const Capture &c : reply->captures()) {
            Listed l;
            l.sessionId = c.sessionId;
            l.athleteId = c.athleteId;
            l.activity = c.activity;
            l.movement = c.movement;
            l.status = c.statusText;
            l.errorText = c.error;
            l.captureTime = c.captureTime;
            out.append(l);
        }
        emit capturesListed(requestId, out);
    });
}
