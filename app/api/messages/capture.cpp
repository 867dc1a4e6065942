#include "api/messages/capture.h"

#include "api/messages/capturespec.h"

#include <QCoreApplication>

Capture::Status Capture::statusFromString(const QString &text)
{
    if (text == QLatin1String("awaiting_upload") || text == QLatin1String("NEW"))
        return Status::AwaitingUpload;
    if (text == QLatin1String("processing"))
        return Status::Processing;
    if (text == QLatin1String("completed"))
        return Status::Completed;
    if (text == QLatin1String("error"))
        return Status::Error;
    return Status::Unknown;
}

bool Capture::fromJson(const QJsonObject &object, Capture *out, QString *problem)
{
    Capture c;
    const QJsonValue id = object.value(QStringLiteral("session_id"));
    if (!id.isString() || id.toString().isEmpty()) {
        *problem = QCoreApplication::translate("Capture", "a capture has no session_id.");
        return false;
    }
    c.sessionId = id.toString();
    // Documented as "string | null": null and absent read as empty; any other
    // type means the server and this program disagree, which must be loud.
    auto text = [&object, problem](const char *key, QString *value) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isNull() || v.isUndefined())
            return true;
        if (!v.isString()) {
            *problem = QCoreApplication::translate("Capture", "the capture member %1 is not a string.")
                           .arg(QLatin1String(key));
            return false;
        }
        *value = v.toString();
        return true;
    };
    QString time;
    if (!text("athlete_id", &c.athleteId) || !text("activity", &c.activity) || !text("movement", &c.movement)
        || !text("status", &c.statusText) || !text("error", &c.error) || !text("capture_time", &time))
        return false;
    c.status = statusFromString(c.statusText);
    if (!time.isEmpty()) {
        c.captureTime = CaptureSpec::parseDateTime(time);
        if (!c.captureTime.isValid()) {
            *problem = QCoreApplication::translate("Capture", "the capture_time of a capture is not a date-time.");
            return false;
        }
    }
    const QJsonValue fps = object.value(QStringLiteral("fps_detected"));
    if (fps.isDouble())
        c.fpsDetected = fps.toDouble();
    else if (!fps.isNull() && !fps.isUndefined()) {
        *problem = QCoreApplication::translate("Capture", "the fps_detected of a capture is not a number.");
        return false;
    }
    static const QStringList known
        = { QStringLiteral("session_id"),   QStringLiteral("athlete_id"),  QStringLiteral("activity"),
            QStringLiteral("movement"),     QStringLiteral("status"),      QStringLiteral("error"),
            QStringLiteral("capture_time"), QStringLiteral("fps_detected") };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            c.dimensions.insert(it.key(), it.value());
    }
    *out = c;
    return true;
}
