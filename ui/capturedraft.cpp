#include "capturedraft.h"

#include <QFileInfo>

QString CaptureDraft::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonObject CaptureDraft::requestBody(const CaptureForm::Choices &choices, const VideoInfo &video)
{
    QJsonObject camera;
    // Extra pairs first so the named keys cannot be overwritten by them.
    for (const auto &pair : choices.cameraExtras)
        camera.insert(pair.first, pair.second);
    camera.insert(QStringLiteral("camera_setup_selection"), choices.cameraSetup);
    const QString orientation = CaptureForm::orientationFor(choices, video);
    if (!orientation.isEmpty())
        camera.insert(QStringLiteral("camera_orientation"), orientation);

    QJsonObject movement;
    for (const auto &pair : choices.dimensions) {
        if (!pair.second.isEmpty())
            movement.insert(pair.first, pair.second);
    }
    movement.insert(QStringLiteral("activity"), choices.activity);
    movement.insert(QStringLiteral("movement"), choices.movement);

    QJsonObject body{
        {QStringLiteral("athlete_id"), choices.athleteId},
        {QStringLiteral("session_group_id"), choices.sessionGroupId},
        {QStringLiteral("file_name"), QFileInfo(video.path).fileName()},
        {QStringLiteral("camera_configuration"), camera},
        {QStringLiteral("movement_attributes"), movement},
    };
    const QDateTime when = CaptureForm::captureTimeFor(choices, video);
    if (when.isValid())
        body.insert(QStringLiteral("capture_time"), isoTime(when));
    return body;
}

QList<CaptureForm::FieldError> CaptureDraft::missingChoices(const CaptureForm::Choices &choices,
                                                            const QStringList &requiredDimensions)
{
    QList<CaptureForm::FieldError> errors;
    const auto need = [&errors](bool missing, const QString &field, const QString &message) {
        if (missing)
            errors.append({field, message, requiredCode});
    };
    need(choices.athleteId.isEmpty(), QStringLiteral("athlete_id"), tr("Choose the athlete"));
    need(choices.sessionGroupId.isEmpty(), QStringLiteral("session_group_id"),
         tr("Choose a session group, or create one with New…"));
    need(choices.cameraSetup.isEmpty(), QStringLiteral("camera_configuration.camera_setup_selection"),
         tr("Choose how the camera was set up: front-on or down-the-line"));
    need(choices.activity.isEmpty(), QStringLiteral("movement_attributes.activity"), tr("Choose the activity"));
    need(choices.movement.isEmpty(), QStringLiteral("movement_attributes.movement"), tr("Choose the movement"));
    for (const QString &key : requiredDimensions) {
        QString value;
        for (const auto &pair : choices.dimensions) {
            if (pair.first == key)
                value = pair.second;
        }
        need(value.isEmpty(), QStringLiteral("movement_attributes.") + key,
             tr("Choose the %1; this movement needs it").arg(key));
    }
    return errors;
}
