#include "jobs/upliftcaptureapi.h"

#include "api/apierror.h"
#include "api/apireply.h"
#include "api/capturespec.h"
#include "api/upliftclient.h"

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
