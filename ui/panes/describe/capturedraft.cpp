#include "capturedraft.h"

#include "api/catalogue/movementcatalogue.h"

#include <QFileInfo>

#include <optional>

QString CaptureDraft::isoTime(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}

CaptureSpec CaptureDraft::spec(const CaptureForm::Choices &choices, const VideoInfo &video, int range)
{
    CaptureSpec spec;
    spec.athleteId = choices.athleteId;
    spec.sessionGroupId = choices.sessionGroupId;
    spec.cameraSetup = choices.cameraSetup;
    spec.cameraOrientation = CaptureForm::orientationFor(choices, video);
    for (const auto &pair : choices.cameraExtras)
        spec.cameraExtras.insert(pair.first, pair.second);
    spec.activity = choices.activity;
    spec.movement = choices.movement;
    // A required dimension not chosen yet is not sent; missingChoices() says so.
    for (const auto &pair : choices.dimensions) {
        if (!pair.second.isEmpty())
            spec.movementDimensions.insert(pair.first, pair.second);
    }
    spec.fileName = video.uploadName(range);
    spec.captureTime = CaptureForm::captureTimeFor(choices, video);
    if (range >= 0 && range < video.ranges.size() && spec.captureTime.isValid())
        spec.captureTime
            = std::min(spec.captureTime.addMSecs(video.ranges.at(range).startMs), QDateTime::currentDateTimeUtc());
    return spec;
}

QJsonObject CaptureDraft::requestBody(const CaptureForm::Choices &choices, const VideoInfo &video)
{
    return spec(choices, video).toJson();
}

QList<CaptureForm::FieldError> CaptureDraft::problems(const CaptureForm::Choices &choices, const VideoInfo &video,
                                                      const QStringList &requiredDimensions, const QDateTime &now)
{
    QList<CaptureForm::FieldError> found;
    // A choice not made yet is said in the form's words; every other rule in the spec's.
    const QHash<QString, QString> choose {
        { QStringLiteral("athlete_id"), tr("Choose the athlete") },
        { QStringLiteral("session_group_id"), tr("Choose a session group, or create one with New…") },
        { QStringLiteral("camera_configuration.camera_setup_selection"),
          tr("Choose how the camera was set up: front-on or down-the-line") },
        { QStringLiteral("movement_attributes.activity"), tr("Choose the activity") },
        { QStringLiteral("movement_attributes.movement"), tr("Choose the movement") },
    };
    const QList<FieldError> errors = spec(choices, video).validate(now);
    for (const FieldError &error : errors) {
        const bool notChosen = error.code == requiredCode && choose.contains(error.field);
        found.append({ error.field, notChosen ? choose.value(error.field) : error.message, error.code });
    }
    const QList<CaptureForm::FieldError> missing = missingChoices(choices, requiredDimensions);
    for (const CaptureForm::FieldError &error : missing) {
        const bool known = std::any_of(found.cbegin(), found.cend(),
                                       [&error](const CaptureForm::FieldError &e) { return e.field == error.field; });
        if (!known)
            found.append(error);
    }
    return found;
}

QList<CaptureForm::FieldError> CaptureDraft::missingChoices(const CaptureForm::Choices &choices,
                                                            const QStringList &requiredDimensions)
{
    QList<CaptureForm::FieldError> errors;
    const auto need = [&errors](bool missing, const QString &field, const QString &message) {
        if (missing)
            errors.append({ field, message, requiredCode });
    };
    std::optional<QList<MovementCatalogue::Dimension>> known; // read once, and only when a choice is missing
    for (const QString &key : requiredDimensions) {
        QString value;
        for (const auto &pair : choices.dimensions) {
            if (pair.first == key)
                value = pair.second;
        }
        if (!value.isEmpty())
            continue;
        // The dimension as the catalogue names it ("Handedness", translated), never its key.
        if (!known)
            known = MovementCatalogue::builtIn().dimensions(choices.activity, choices.movement);
        QString label = key;
        for (const MovementCatalogue::Dimension &d : std::as_const(*known)) {
            if (d.key == key && !d.label.isEmpty())
                label = d.label;
        }
        need(true, QStringLiteral("movement_attributes.") + key,
             tr("%1: choose one; this movement needs it").arg(label));
    }
    return errors;
}
