#include "sandbox/postpolicy.h"

#include <QMessageAuthenticationCode>

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// json.dumps(str) for the characters a key, bucket or type can hold: escapes the
// JSON specials and keeps non-ASCII as \uXXXX (json.dumps' default ensure_ascii).
QByteArray jsonString(const QString &text)
{
    QByteArray out = "\"";
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'"')
            out += "\\\"";
        else if (u == u'\\')
            out += "\\\\";
        else if (u == u'\n')
            out += "\\n";
        else if (u == u'\r')
            out += "\\r";
        else if (u == u'\t')
            out += "\\t";
        else if (u < 0x20 || u > 0x7e)
            out += "\\u" + QByteArray::number(u, 16).rightJustified(4, '0');
        else
            out += char(u);
    }
    return out + "\"";
}

QByteArray eq(const char *name, const QString &value)
{
    return "{\"" + QByteArray(name) + "\": " + jsonString(value) + "}";
}

} // namespace

QUrl S3Target::uploadUrl() const
{
    QUrl url = endpoint;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + bucket);
    return url;
}

QString PostPolicy::amzDate(const QDateTime &signedAt)
{
    return signedAt.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'"));
}

QString PostPolicy::credentialScope(const S3Target &target, const QDateTime &signedAt)
{
    return target.accessKey + QLatin1Char('/') + signedAt.toUTC().toString(QStringLiteral("yyyyMMdd"))
        + QLatin1Char('/') + target.region + QStringLiteral("/s3/aws4_request");
}

QByteArray PostPolicy::document(const S3Target &target, const Request &request)
{
    const QDateTime expiry = request.signedAt.toUTC().addSecs(request.lifetimeSeconds);
    QList<QByteArray> conditions;
    conditions << eq("Content-Type", request.contentType);
    if (request.successStatus201)
        conditions << eq("success_action_status", QStringLiteral("201"));
    conditions << "[\"content-length-range\", " + QByteArray::number(request.minimumSize) + ", "
            + QByteArray::number(request.maximumSize) + "]";
    conditions << eq("bucket", target.bucket) << eq("key", request.key)
               << eq("x-amz-algorithm", QStringLiteral("AWS4-HMAC-SHA256"))
               << eq("x-amz-credential", credentialScope(target, request.signedAt))
               << eq("x-amz-date", amzDate(request.signedAt));
    return "{\"expiration\": " + jsonString(expiry.toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss'Z'")))
        + ", \"conditions\": [" + conditions.join(", ") + "]}";
}

PostPolicy::Fields PostPolicy::sign(const S3Target &target, const Request &request)
{
    Fields fields;
    fields << qMakePair(QStringLiteral("Content-Type"), request.contentType);
    if (request.successStatus201)
        fields << qMakePair(QStringLiteral("success_action_status"), QStringLiteral("201"));
    fields << qMakePair(QStringLiteral("key"), request.key);
    fields << qMakePair(QStringLiteral("x-amz-algorithm"), QStringLiteral("AWS4-HMAC-SHA256"));
    fields << qMakePair(QStringLiteral("x-amz-credential"), credentialScope(target, request.signedAt));
    fields << qMakePair(QStringLiteral("x-amz-date"), amzDate(request.signedAt));
    const QByteArray policy = document(target, request).toBase64();
    fields << qMakePair(QStringLiteral("policy"), QString::fromLatin1(policy));
    const QByteArray date = request.signedAt.toUTC().toString(QStringLiteral("yyyyMMdd")).toLatin1();
    fields << qMakePair(
        QStringLiteral("x-amz-signature"),
        QString::fromLatin1(signature(target.secretKey.toUtf8(), date, target.region.toUtf8(), "s3", policy)));
    return fields;
}

QByteArray PostPolicy::signingKey(const QByteArray &secret, const QByteArray &date, const QByteArray &region,
                                  const QByteArray &service)
{
    const QByteArray dateKey = hmac("AWS4" + secret, date);
    const QByteArray regionKey = hmac(dateKey, region);
    const QByteArray serviceKey = hmac(regionKey, service);
    return hmac(serviceKey, "aws4_request");
}

QByteArray PostPolicy::signature(const QByteArray &secret, const QByteArray &date, const QByteArray &region,
                                 const QByteArray &service, const QByteArray &stringToSign)
{
    return hmac(signingKey(secret, date, region, service), stringToSign).toHex();
}
