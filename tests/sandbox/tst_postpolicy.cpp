#include "sandbox/postpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

class TestPostPolicy : public QObject
{
    Q_OBJECT

private:
    // HMAC-SHA256 by openssl, an implementation that is not ours. Key given as hex.
    static QByteArray opensslHmac(const QByteArray &hexKey, const QByteArray &message)
    {
        QProcess openssl;
        openssl.start(QStringLiteral("openssl"),
                      { QStringLiteral("dgst"), QStringLiteral("-sha256"), QStringLiteral("-mac"),
                        QStringLiteral("HMAC"), QStringLiteral("-macopt"),
                        QStringLiteral("hexkey:") + QString::fromLatin1(hexKey) });
        openssl.write(message);
        openssl.closeWriteChannel();
        if (!openssl.waitForFinished(10000) || openssl.exitCode() != 0)
            return {};
        // "SHA2-256(stdin)= <hex>" (the prefix differs between versions)
        const QByteArray out = openssl.readAllStandardOutput().trimmed();
        return out.mid(out.lastIndexOf(' ') + 1);
    }

private slots:
    void publishedGetObjectExample()
    {
        // AWS "Signature Calculations for the Authorization Header", GET Object example:
        // secret wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY, 20130524/us-east-1/s3.
        const QByteArray stringToSign = "AWS4-HMAC-SHA256\n20130524T000000Z\n20130524/us-east-1/s3/aws4_request\n"
                                        "7344ae5b7ee6c3e7e6b0fe0640412a37625d1fbfff95c48bbb2dc43964946972";
        QCOMPARE(PostPolicy::signature("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "20130524", "us-east-1", "s3",
                                       stringToSign),
                 QByteArray("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41"));
    }

    void signingKeyMatchesOpenssl()
    {
        const QByteArray secret = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
        const QByteArray k1 = opensslHmac(("AWS4" + secret).toHex(), "20130524");
        QVERIFY2(!k1.isEmpty(), "openssl dgst -mac HMAC failed");
        const QByteArray k2 = opensslHmac(k1, "us-east-1");
        const QByteArray k3 = opensslHmac(k2, "s3");
        const QByteArray k4 = opensslHmac(k3, "aws4_request");
        QCOMPARE(PostPolicy::signingKey(secret, "20130524", "us-east-1", "s3").toHex(), k4);
    }

    void policyFieldsAreWhatBoto3Produces()
    {
        S3Target target;
        target.endpoint = QUrl(QStringLiteral("http://127.0.0.1:7480"));
        target.bucket = QStringLiteral("uploads");
        target.region = QStringLiteral("us-east-1");
        target.accessKey = QStringLiteral("AKIAIOSFODNN7EXAMPLE");
        target.secretKey = QStringLiteral("wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY");
        PostPolicy::Request request;
        request.key = QStringLiteral("captures/abc/swing-001.mov");
        request.contentType = QStringLiteral("video/quicktime");
        request.minimumSize = 1;
        request.maximumSize = 1000;
        request.signedAt = QDateTime(QDate(2026, 5, 13), QTime(12, 0), Qt::UTC);
        request.lifetimeSeconds = 1800;
        const PostPolicy::Fields fields = PostPolicy::sign(target, request);
        QStringList names;
        for (const auto &f : fields)
            names << f.first;
        QCOMPARE(names,
                 QStringList({ QStringLiteral("Content-Type"), QStringLiteral("key"), QStringLiteral("x-amz-algorithm"),
                               QStringLiteral("x-amz-credential"), QStringLiteral("x-amz-date"),
                               QStringLiteral("policy"), QStringLiteral("x-amz-signature") }));
        QCOMPARE(fields[3].second, QStringLiteral("AKIAIOSFODNN7EXAMPLE/20260513/us-east-1/s3/aws4_request"));
        QCOMPARE(fields[4].second, QStringLiteral("20260513T120000Z"));
        // json.dumps(policy) of botocore, byte for byte.
        const QByteArray expectedPolicy
            = "{\"expiration\": \"2026-05-13T12:30:00Z\", \"conditions\": [{\"Content-Type\": \"video/quicktime\"}, "
              "[\"content-length-range\", 1, 1000], {\"bucket\": \"uploads\"}, {\"key\": "
              "\"captures/abc/swing-001.mov\"}, "
              "{\"x-amz-algorithm\": \"AWS4-HMAC-SHA256\"}, {\"x-amz-credential\": "
              "\"AKIAIOSFODNN7EXAMPLE/20260513/us-east-1/s3/aws4_request\"}, {\"x-amz-date\": \"20260513T120000Z\"}]}";
        QCOMPARE(QByteArray::fromBase64(fields[5].second.toLatin1()), expectedPolicy);

        // The signature, derived independently with openssl over the base64 policy.
        const QByteArray secret = target.secretKey.toLatin1();
        QByteArray key = opensslHmac(("AWS4" + secret).toHex(), "20260513");
        key = opensslHmac(key, "us-east-1");
        key = opensslHmac(key, "s3");
        key = opensslHmac(key, "aws4_request");
        QCOMPARE(fields[6].second.toLatin1(), opensslHmac(key, fields[5].second.toLatin1()));
    }

    void uploadUrlIsPathStyle()
    {
        S3Target target;
        target.endpoint = QUrl(QStringLiteral("http://127.0.0.1:9000"));
        target.bucket = QStringLiteral("b");
        QCOMPARE(target.uploadUrl(), QUrl(QStringLiteral("http://127.0.0.1:9000/b")));
    }
};

QTEST_GUILESS_MAIN(TestPostPolicy)
#include "tst_postpolicy.moc"
