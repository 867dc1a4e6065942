#pragma once

#include "sandbox/postpolicy.h"

#include <QProcessEnvironment>
#include <QString>

// A throwaway Ceph RGW on 127.0.0.1 for one test program, run through the
// project's scripts/s3-server: a state folder of its own under UPLIFT_TEST_TMP
// and ports nobody else holds, one bucket "captures" with the given keys.
class RadosGwServer
{
public:
    RadosGwServer(const QString &accessKey, const QString &secretKey);

    // Stops and removes what earlier runs killed by a timeout left (the daemons
    // detach from us), then starts a fresh cluster. Empty, or what went wrong.
    QString start();
    // Stops the daemons and removes the state folder. Empty, or what went wrong.
    QString reset();

    bool wasStarted() const { return !m_stateDir.isEmpty(); }
    QString stateDir() const { return m_stateDir; }
    quint16 port() const { return m_port; }
    // Endpoint, bucket, region and keys as scripts/s3-server reported them.
    const S3Target &target() const { return m_target; }

private:
    QProcessEnvironment environment() const;
    QString run(const QString &command, QByteArray *output = nullptr) const;

    QString m_accessKey;
    QString m_secretKey;
    QString m_stateDir;
    quint16 m_port = 0;
    quint16 m_monPort = 0;
    S3Target m_target;
};
