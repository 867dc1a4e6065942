#pragma once

#include "sandbox/uploadconnection.h"

#include <QObject>
#include <QThread>

class UploadListener;

// The sandbox's S3 endpoint: a small HTTP/1.1 server of its own rather than
// QHttpServer, because QHttpServer (6.4) keeps a whole request body in memory and
// this one must take multi-gigabyte uploads with flat memory and at loopback speed.
// It listens on 127.0.0.1 only, on its own port, like a separate S3 host.
class UploadReceiver : public QObject
{
    Q_OBJECT

public:
    UploadReceiver(const UploadSettings &settings, FaultPlan *faults, QObject *parent = nullptr);
    ~UploadReceiver() override;

    bool listen(quint16 port = 0);
    quint16 port() const { return m_port; }
    QString errorString() const { return m_error; }

signals:
    // Emitted in the receiver's owner thread once an object is complete on disk.
    void objectStored(const QString &key, const QString &path, qint64 size);

private:
    QThread m_thread;
    UploadListener *m_listener = nullptr;
    quint16 m_port = 0;
    QString m_error;
};
