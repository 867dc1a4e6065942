#pragma once

#include "sandbox/uploadconnection.h"

#include <QTcpServer>

// The S3 side's listening socket. It lives in the receiver's own thread, and so do
// the connections it creates, so that the bytes of a large upload never wait for
// the API side (or the GUI) and the reverse.
class UploadListener : public QTcpServer
{
    Q_OBJECT

public:
    UploadListener(const UploadSettings &settings, FaultPlan *faults, QObject *parent = nullptr);

signals:
    void objectStored(const QString &key, const QString &path, qint64 size);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    UploadSettings m_settings;
    FaultPlan *m_faults;
};
