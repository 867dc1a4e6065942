#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

// What POST /captures answers: where and how to upload one video.
class Reservation
{
    Q_DECLARE_TR_FUNCTIONS(Reservation)

public:
    QString sessionId; // = the capture id for GET /captures/{id}
    QString sessionGroupId;
    QUrl uploadUrl;
    // S3 POST form fields IN THE ORDER THE SERVER SENT THEM: S3 checks the
    // policy against the fields and the form must be sent "exactly as
    // returned"; QJsonObject would sort them.
    QList<QPair<QString, QString>> uploadFields;
    QDateTime uploadExpiresAt;
    QString status; // "NEW": awaiting upload

    // Reads the raw response body. Missing members, a non-object upload_fields,
    // non-string field values, an unreadable expiry, or an upload_url that is
    // not https (plain http only for loopback hosts) give nullopt-like failure:
    // returns false and says why in *problem.
    static bool fromJson(const QByteArray &body, Reservation *out, QString *problem);

    // The keys of the object member `member` of the top-level object of `json`,
    // in document order. `json` must already be valid JSON. Empty + *ok=false
    // when the member is missing, not an object, or appears twice.
    static QStringList orderedKeys(const QByteArray &json, const QString &member, bool *ok);
};
