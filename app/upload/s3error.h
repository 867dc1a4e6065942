#pragma once

#include <QByteArray>
#include <QMap>
#include <QString>

// What an S3-compatible server said in its XML body: an <Error> document on
// failure, a <PostResponse> on a 201 success. Decisions are taken on the HTTP
// status and `code`, never on `message`: AWS and radosgw word the same error
// differently ("Policy expired" vs "Invalid according to Policy: Policy expired.").
struct S3Error
{
    QString code; // <Code>: AccessDenied, EntityTooLarge, SlowDown, ...
    QString message; // <Message>, verbatim, possibly empty (radosgw)
    // Every other child element: RequestId, HostId, ProposedSize,
    // MaxSizeAllowed, Endpoint (307), Location/Bucket/Key/ETag (PostResponse).
    QMap<QString, QString> details;

    bool isEmpty() const { return code.isEmpty() && message.isEmpty() && details.isEmpty(); }

    // Parses <Error> or <PostResponse>; anything else (HTML from a proxy,
    // an empty body) gives an empty S3Error.
    static S3Error parse(const QByteArray &xml);
};
