#pragma once

#include "sandbox/faultplan.h"
#include "sandbox/postpolicy.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponse;
class QTcpServer;
class SandboxStore;
class UploadReceiver;

struct SandboxOptions
{
    // API port on 127.0.0.1; 0 = the one of the data folder's last run when it is free (so that
    // what a client stored, e.g. an upload target, still points here), else any free port.
    quint16 port = 0;
    quint16 uploadPort = 0; // the built-in S3 endpoint's port; 0 = as for the API port
    QString dataFolder; // SQLite store and uploaded objects; required
    QString apiKey; // empty = a random key for this run
    int rateLimitPerMinute = 0; // 0 = no limit
    // When set, POST /captures signs for this S3-compatible service and the
    // built-in endpoint is not started (captures then stay awaiting_upload).
    std::optional<S3Target> externalS3;
    QStringList faults; // FaultPlan specs
    int processingMs = 1500; // time a capture spends in "processing"
    qint64 maximumUploadBytes = 5LL * 1024 * 1024 * 1024; // content-length-range max
};

// The sandbox: a local stand-in for the Uplift API (QHttpServer, under /v1) and
// for S3's browser POST upload (UploadReceiver, its own port), for trying the app
// without an account and for the integration tests. Usable in-process (tests,
// `uplift-capture --sandbox`) and headless (`uplift-capture sandbox`).
//
// Admin endpoint, answered only to loopback clients and without the API key:
//   GET    /admin/faults                     -> {"faults": [spec, ...]}
//   POST   /admin/faults  {"faults": [spec]} -> adds faults (FaultPlan syntax); 400 on a bad spec
//   DELETE /admin/faults                     -> clears all faults
//   GET    /admin/injected                   -> {"injected": {kind: count, ..., "total": n}} (FaultPlan::injected)
class SandboxServer : public QObject
{
    Q_OBJECT

public:
    explicit SandboxServer(const SandboxOptions &options, QObject *parent = nullptr);
    ~SandboxServer() override;

    bool start(QString *error);

    QUrl baseUrl() const; // http://127.0.0.1:<port>/v1
    QUrl adminUrl() const; // http://127.0.0.1:<port>/admin/faults
    QUrl uploadUrl() const; // where POST /captures sends uploads
    QString apiKey() const { return m_options.apiKey; }
    S3Target s3Target() const { return m_target; }
    QString objectsFolder() const;
    FaultPlan *faults() { return &m_faults; }
    SandboxStore *store() const { return m_store; }

signals:
    void captureChanged(const QString &sessionId, const QString &status);

private:
    void respond(const QHttpServerRequest &request, QHttpServerResponse &&response, const QString &route);
    QHttpServerResponse dispatch(const QHttpServerRequest &request, QString *route);
    QHttpServerResponse admin(const QHttpServerRequest &request);
    QHttpServerResponse createCapture(const QHttpServerRequest &request);
    QHttpServerResponse listCaptures(const QHttpServerRequest &request);
    QHttpServerResponse getCapture(const QString &id);
    QHttpServerResponse listAthletes(const QHttpServerRequest &request);
    QHttpServerResponse createAthlete(const QHttpServerRequest &request);
    QHttpServerResponse updateAthlete(const QString &id, const QHttpServerRequest &request);
    bool rateLimited(int *retryAfter);
    void objectStored(const QString &key, const QString &path, qint64 size);
    void finishProcessing(const QString &sessionId, const QString &path);
    // After a restart: captures that were processing finish, and an object that arrived
    // just before the stop (stored, its capture not yet told) is processed.
    void resumeProcessing();
    static QJsonObject publicCapture(const QJsonObject &record);
    // Every rule of the spec for a POST /captures body; a message naming the field, or empty.
    static QString captureRulesProblem(const QJsonObject &body);
    // Why processing fails for these movement attributes (a required dimension missing or invalid), or empty.
    static QString movementProblem(const QJsonObject &movementAttributes);

    SandboxOptions m_options;
    S3Target m_target;
    FaultPlan m_faults;
    QHttpServer *m_http = nullptr;
    QTcpServer *m_tcp = nullptr; // the API's listening socket, bound to m_http
    UploadReceiver *m_receiver = nullptr;
    SandboxStore *m_store = nullptr;
    QList<QDateTime> m_recentRequests;
    quint16 m_port = 0;
};
