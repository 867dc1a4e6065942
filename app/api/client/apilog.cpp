#include "api/client/apilog.h"

#include <QMutex>
#include <QRegularExpression>
#include <QStringList>

Q_LOGGING_CATEGORY(lcUpliftApi, "uplift.api", QtInfoMsg)

namespace {

QMutex secretsMutex;

QStringList &secrets()
{
    static QStringList list;
    return list;
}

} // namespace

void ApiLog::addSecret(const QString &secret)
{
    // Very short strings would redact ordinary words; a real key is long.
    if (secret.size() < 4)
        return;
    QMutexLocker lock(&secretsMutex);
    if (!secrets().contains(secret))
        secrets().append(secret);
}

QString ApiLog::redactSecrets(QString text)
{
    static const QString redacted = QStringLiteral("[redacted]");
    {
        QMutexLocker lock(&secretsMutex);
        for (const QString &secret : std::as_const(secrets()))
            text.replace(secret, redacted);
    }
    static const QRegularExpression bearer(QStringLiteral("(Bearer\\s+)[^\\s\"',;]+"),
                                           QRegularExpression::CaseInsensitiveOption);
    text.replace(bearer, QStringLiteral("\\1[redacted]"));
    // "x-amz-signature": "abc" | x-amz-signature=abc | X-Amz-Signature: abc
    static const QRegularExpression s3(
        QStringLiteral("((?:x-amz-signature|x-amz-credential|x-amz-security-token|signature|policy)\"?\\s*[:=]\\s*\"?)"
                       "[^\\s\"&,;}]+"),
        QRegularExpression::CaseInsensitiveOption);
    text.replace(s3, QStringLiteral("\\1[redacted]"));
    return text;
}
