#pragma once

#include <QCoreApplication>
#include <QString>

// The one rule for what may be sent as the Uplift API key, checked wherever a
// key comes in (UPLIFT_API_KEY, the keychain, the Settings dialog) and again
// before a request carries it: a key goes into an HTTP header line, so a CR,
// LF or any other control character in it could add headers of its own, and
// a bearer token is visible ASCII only (RFC 6750).
class ApiKey
{
    Q_DECLARE_TR_FUNCTIONS(ApiKey)

public:
    // Empty when the key (already trimmed) can be sent; otherwise why not,
    // in the coach's words, without repeating the key.
    static QString problem(const QString &key);
};
