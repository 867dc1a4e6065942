#pragma once

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>
#include <QUrl>

#include <optional>

// What the job queue asks of the Uplift API, and nothing more: reserve an
// upload (POST /captures), read a capture's processing status
// (GET /captures/{id}) and list captures (GET /captures: one request for many
// waiting jobs, and finding a reservation whose answer was lost in a crash). UpliftClient is adapted to it; the queue
// stays testable against a real server without the whole client.
//
// Every call answers with exactly one signal carrying the same jobId.
class CaptureApi : public QObject
{
    Q_OBJECT

public:
    struct Reserved
    {
        QString sessionId;
        QString sessionGroupId;
        QUrl uploadUrl;
        QList<QPair<QString, QString>> uploadFields; // in the server's order
        QDateTime uploadExpiresAt;
    };
    struct Failure
    {
        int httpStatus = 0; // 0: no HTTP answer
        QString code; // the API's error code, if any
        QString message; // for the coach; never contains the API key
        bool retryable = false;
        bool timeout = false; // costs more of the retry budget
        std::optional<qint64> retryAfterSeconds;
    };
    // GET /captures filters; empty members are not sent. Always source=api.
    struct ListQuery
    {
        QString athleteId;
        QString activity;
        QString movement;
        QString status;
    };
    // One capture of the list, as far as the queue needs it.
    struct Listed
    {
        QString sessionId;
        QString athleteId;
        QString activity;
        QString movement;
        QString status; // awaiting_upload, processing, completed, error
        QString errorText;
        QDateTime captureTime; // the session's create time (capture_time when the client gave one)
    };

    using QObject::QObject;

    virtual void reserve(qint64 jobId, const QByteArray &specJson) = 0;
    virtual void fetchStatus(qint64 jobId, const QString &sessionId) = 0;
    // Every page of GET /captures for this query; answered with capturesListed
    // or listFailed carrying the same requestId.
    virtual void listCaptures(qint64 requestId, const ListQuery &query) = 0;

signals:
    void reserved(qint64 jobId, const CaptureApi::Reserved &reservation);
    void reserveFailed(qint64 jobId, const CaptureApi::Failure &failure);
    // status: awaiting_upload, processing, completed, error; errorText with "error".
    void statusFetched(qint64 jobId, const QString &status, const QString &errorText);
    void statusFailed(qint64 jobId, const CaptureApi::Failure &failure);
    void capturesListed(qint64 requestId, const QList<CaptureApi::Listed> &captures);
    void listFailed(qint64 requestId, const CaptureApi::Failure &failure);
};
