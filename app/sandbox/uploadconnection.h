#pragma once

#include "sandbox/faultplan.h"
#include "sandbox/postpolicy.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include <functional>
#include <memory>

class QTcpSocket;

// What the S3 side needs to know: the bucket and the credentials it accepts, and
// the folder under which objects are written (<objects>/<bucket>/<key>).
struct UploadSettings
{
    S3Target target;
    QString objectsFolder;
};

// One client connection of the S3 POST endpoint. It parses HTTP/1.1 by hand and
// streams the multipart/form-data body: form fields are collected and the policy
// is enforced when the file part begins (like S3 and radosgw, before any file byte
// is accepted); the file's bytes go straight to disk in large writes, so memory
// stays flat whatever the size. Errors are answered as soon as they are known.
class UploadConnection : public QObject
{
    Q_OBJECT

public:
    UploadConnection(qintptr descriptor, const UploadSettings &settings, FaultPlan *faults, QObject *parent = nullptr);
    ~UploadConnection() override;

signals:
    // The object is complete on disk at `path`.
    void objectStored(const QString &key, const QString &path, qint64 size);

private:
    enum class Stage {
        RequestHeaders,
        Preamble,
        AfterBoundary,
        PartHeaders,
        FieldValue,
        FileData,
        IgnoredPart,
        Epilogue,
        Draining,
        Stalled,
        Closed
    };

    void onReadyRead();
    bool pull();
    void consume();
    bool handleRequestHeaders(const QByteArray &head);
    bool acceptRequest(const QByteArray &method, const QString &path, const QHash<QByteArray, QByteArray> &headers);
    void startBody();
    void startPart(const QByteArray &headers);
    bool checkPolicy();
    void partData(const char *data, qint64 size);
    void partEnded();
    void finishBody();
    void reset();
    void resetConnection();
    void cleanUpPartial();

    void sendError(int status, const QByteArray &code, const QString &message,
                   const QList<QPair<QByteArray, QByteArray>> &extra = {});
    void sendResponse(int status, const QByteArray &reason, const QList<QPair<QByteArray, QByteArray>> &headers,
                      const QByteArray &body);
    QString field(const QString &name) const;

    QTcpSocket *m_socket = nullptr;
    UploadSettings m_settings;
    FaultPlan *m_faults = nullptr;
    Stage m_stage = Stage::RequestHeaders;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    qint64 m_bodyRemaining = 0;
    qint64 m_bodyReceived = 0;
    qint64 m_stallAt = -1;
    qint64 m_resetAt = -1;
    FaultPlan::UploadFault m_randomFault; // this request's random fault (FaultPlan's random mode)
    qint64 m_drainLimit = 0;
    bool m_keepAlive = true;
    QByteArray m_dashBoundary; // "--" boundary
    QByteArray m_delimiter; // CRLF "--" boundary
    std::unique_ptr<std::boyer_moore_horspool_searcher<const char *>> m_searcher;

    // the form
    QList<QPair<QString, QString>> m_fields;
    QString m_partName;
    QByteArray m_fieldValue;
    qint64 m_formBytes = 0;
    bool m_fileSeen = false;
    bool m_fileDone = false;
    QString m_key;
    qint64 m_minSize = 0;
    qint64 m_maxSize = -1;
    int m_successStatus = 204;
    std::unique_ptr<QFile> m_file;
    qint64 m_fileSize = 0;
    std::unique_ptr<QCryptographicHash> m_md5;
    QByteArray m_requestId;
};
