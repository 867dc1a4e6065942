#include "fakecaptureapi.h"

#include <QDateTime>
#include <QMetaObject>
#include <QUrl>

void FakeCaptureApi::reserve(qint64 jobId, const QByteArray &specJson)
{
    Call c;
    c.kind = Kind::Reserve;
    c.id = jobId;
    c.specJson = specJson;
    m_calls.append(c);
    if (!m_reserveScript.isEmpty())
        answerReserve(jobId, m_reserveScript.takeFirst());
}

void FakeCaptureApi::fetchStatus(qint64 jobId, const QString &sessionId)
{
    Call c;
    c.kind = Kind::FetchStatus;
    c.id = jobId;
    c.sessionId = sessionId;
    m_calls.append(c);
    if (!m_statusScript.isEmpty())
        answerStatus(jobId, m_statusScript.takeFirst());
}

void FakeCaptureApi::listCaptures(qint64 requestId, const ListQuery &query)
{
    Call c;
    c.kind = Kind::ListCaptures;
    c.id = requestId;
    c.query = query;
    m_calls.append(c);
    if (!m_listScript.isEmpty())
        answerList(requestId, m_listScript.takeFirst());
}

void FakeCaptureApi::answerReserve(qint64 jobId, const ReserveAnswer &answer)
{
    QMetaObject::invokeMethod(
        this,
        [this, jobId, answer] {
            if (const auto *r = std::get_if<Reserved>(&answer))
                emit reserved(jobId, *r);
            else
                emit reserveFailed(jobId, std::get<Failure>(answer));
        },
        Qt::QueuedConnection);
}

void FakeCaptureApi::answerStatus(qint64 jobId, const StatusAnswer &answer)
{
    QMetaObject::invokeMethod(
        this,
        [this, jobId, answer] {
            if (const auto *s = std::get_if<Status>(&answer))
                emit statusFetched(jobId, s->status, s->errorText);
            else
                emit statusFailed(jobId, std::get<Failure>(answer));
        },
        Qt::QueuedConnection);
}

void FakeCaptureApi::answerList(qint64 requestId, const ListAnswer &answer)
{
    QMetaObject::invokeMethod(
        this,
        [this, requestId, answer] {
            if (const auto *l = std::get_if<QList<Listed>>(&answer))
                emit capturesListed(requestId, *l);
            else
                emit listFailed(requestId, std::get<Failure>(answer));
        },
        Qt::QueuedConnection);
}

QList<FakeCaptureApi::Call> FakeCaptureApi::callsOf(Kind kind) const
{
    QList<Call> out;
    for (const Call &c : m_calls) {
        if (c.kind == kind)
            out.append(c);
    }
    return out;
}

CaptureApi::Reserved FakeCaptureApi::reservation(const QString &sessionId, int minutes)
{
    Reserved r;
    r.sessionId = sessionId;
    r.sessionGroupId = QStringLiteral("group-") + sessionId;
    r.uploadUrl = QUrl(QStringLiteral("http://127.0.0.1:9/bucket"));
    r.uploadFields = { { QStringLiteral("key"), QStringLiteral("captures/") + sessionId },
                       { QStringLiteral("policy"), QStringLiteral("e30=") } };
    r.uploadExpiresAt = QDateTime::currentDateTimeUtc().addSecs(60LL * minutes);
    return r;
}

CaptureApi::Failure FakeCaptureApi::noAnswer(bool timeout)
{
    Failure f;
    f.retryable = true;
    f.timeout = timeout;
    f.message = timeout ? QStringLiteral("timed out") : QStringLiteral("connection reset");
    return f;
}

CaptureApi::Failure FakeCaptureApi::httpFailure(int status, const QString &code, bool retryable)
{
    Failure f;
    f.httpStatus = status;
    f.code = code;
    f.retryable = retryable;
    f.message = QStringLiteral("HTTP %1").arg(status);
    return f;
}
