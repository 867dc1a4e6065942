#pragma once

#include "jobs/run/captureapi.h"

class ApiError;
class UpliftClient;

// The job queue's CaptureApi over the real UpliftClient: POST /captures from
// the job's stored spec JSON, GET /captures/{id} for processing status, GET /captures for many at once.
class UpliftCaptureApi : public CaptureApi
{
    Q_OBJECT

public:
    explicit UpliftCaptureApi(UpliftClient *client, QObject *parent = nullptr);

    void reserve(qint64 jobId, const QByteArray &specJson) override;
    void fetchStatus(qint64 jobId, const QString &sessionId) override;
    void listCaptures(qint64 requestId, const ListQuery &query) override;

    static CaptureApi::Failure failureFrom(const ApiError &error);

private:
    UpliftClient *m_client;
};
