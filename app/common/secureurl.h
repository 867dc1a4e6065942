#pragma once

#include <QString>
#include <QUrl>

// The one rule for where this program sends a request, the first and every
// redirected one alike, to the Uplift API and to S3: https anywhere, plain
// http only to this machine (the sandbox, a local S3 in tests).
class SecureUrl
{
public:
    // Hosts that never leave this machine: 127.0.0.0/8, ::1, "localhost".
    static bool isLoopbackHost(const QString &host);
    // https with a host, or http to a loopback host.
    static bool isAllowed(const QUrl &url);
};
