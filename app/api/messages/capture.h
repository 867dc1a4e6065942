#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

// One capture as GET /captures and GET /captures/{id} describe it.
class Capture
{
public:
    enum class Status { Unknown, AwaitingUpload, Processing, Completed, Error };

    QString sessionId;
    QString athleteId;
    QString activity;
    QString movement;
    Status status = Status::Unknown;
    QString statusText; // as sent, for display of values this program does not know
    QString error; // error or QA-failure summary
    QDateTime captureTime;
    std::optional<double> fpsDetected;
    QJsonObject dimensions; // any other top-level member (published dimensions)

    // "awaiting_upload" | "processing" | "completed" | "error"; the create
    // response's "NEW" means awaiting upload.
    static Status statusFromString(const QString &text);
    // False (with *problem) when there is no session_id or a member has a wrong type.
    static bool fromJson(const QJsonObject &object, Capture *out, QString *problem);
};
