#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// Where uploads go and the credentials that sign for it: the sandbox's own
// receiver, or any S3-compatible service (radosgw, AWS) given on the command line.
struct S3Target
{
    QUrl endpoint; // e.g. http://127.0.0.1:7480 (path-style addressing: endpoint/bucket)
    QString bucket;
    QString region = QStringLiteral("us-east-1");
    QString accessKey;
    QString secretKey;

    QUrl uploadUrl() const;
};

// An AWS Signature Version 4 browser-upload (POST) policy, built exactly the way
// botocore's generate_presigned_post builds it for
//   Fields={"Content-Type": type}, Conditions=[{"Content-Type": type}, ["content-length-range", min, max]]
// so that a client tested against the sandbox sends what it would send to S3.
class PostPolicy
{
public:
    using Fields = QList<QPair<QString, QString>>;

    struct Request
    {
        QString key;
        QString contentType;
        qint64 minimumSize = 1;
        qint64 maximumSize = 0;
        QDateTime signedAt; // UTC; x-amz-date
        qint64 lifetimeSeconds = 1800;
        bool successStatus201 = false;
    };

    // The form fields in boto3's order (Content-Type, [success_action_status], key,
    // x-amz-algorithm, x-amz-credential, x-amz-date, policy, x-amz-signature).
    static Fields sign(const S3Target &target, const Request &request);

    // The policy JSON (as json.dumps writes it) before base64.
    static QByteArray document(const S3Target &target, const Request &request);

    // kSigning = HMAC(HMAC(HMAC(HMAC("AWS4" + secret, date), region), service), "aws4_request")
    static QByteArray signingKey(const QByteArray &secret, const QByteArray &date, const QByteArray &region,
                                 const QByteArray &service);
    // Lower-case hex HMAC-SHA256 of stringToSign under the derived key.
    static QByteArray signature(const QByteArray &secret, const QByteArray &date, const QByteArray &region,
                                const QByteArray &service, const QByteArray &stringToSign);

    static QString credentialScope(const S3Target &target, const QDateTime &signedAt);
    static QString amzDate(const QDateTime &signedAt);
};
