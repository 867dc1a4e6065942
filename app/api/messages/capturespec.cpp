#include "api/messages/capturespec.h"

#include <QJsonValue>
#include <QRegularExpression>

namespace {

const QString kAthleteId = QStringLiteral("athlete_id");
const QString kSessionGroupId = QStringLiteral("session_group_id");
const QString kCamera = QStringLiteral("camera_configuration");
const QString kSetup = QStringLiteral("camera_setup_selection");
const QString kOrientation = QStringLiteral("camera_orientation");
const QString kMovementAttributes = QStringLiteral("movement_attributes");
const QString kActivity = QStringLiteral("activity");
const QString kMovement = QStringLiteral("movement");
const QString kFileName = QStringLiteral("file_name");
const QString kCaptureTime = QStringLiteral("capture_time");

QString path(const QString &object, const QString &key)
{
    return object + QLatin1Char('.') + key;
}

FieldError error(const QString &field, const char *code, const QString &message)
{
    return FieldError { field, QString::fromLatin1(code), message };
}

} // namespace

QStringList CaptureSpec::cameraSetups()
{
    return { QStringLiteral("single.front_on"), QStringLiteral("single.down_the_line") };
}

QStringList CaptureSpec::cameraOrientations()
{
    return { QStringLiteral("portrait"), QStringLiteral("landscape") };
}

bool CaptureSpec::isUuid(const QString &text)
{
    // The spec says "format: uuid". The strictest common reading is the
    // canonical textual form; QUuid::fromString would also take braces, which a
    // server validating "format: uuid" may refuse.
    static const QRegularExpression uuid(
        QStringLiteral("\\A[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\\z"));
    return uuid.match(text).hasMatch();
}

QDateTime CaptureSpec::parseDateTime(const QString &text)
{
    // JSON Schema "format: date-time" is RFC 3339, which requires an offset.
    // A time without one would be read in whatever zone the reader is in, so
    // it is refused rather than guessed.
    static const QRegularExpression rfc3339(
        QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}[Tt]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([Zz]|[+-]\\d{2}:\\d{2})\\z"));
    if (!rfc3339.match(text).hasMatch())
        return {};
    QString normalised = text;
    normalised[10] = QLatin1Char('T');
    if (normalised.endsWith(QLatin1Char('z')))
        normalised.back() = QLatin1Char('Z');
    // Qt reads at most milliseconds; drop finer digits instead of failing.
    static const QRegularExpression fineFraction(QStringLiteral("(\\.\\d{3})\\d+"));
    normalised.replace(fineFraction, QStringLiteral("\\1"));
    QDateTime parsed = QDateTime::fromString(normalised, Qt::ISODateWithMs);
    if (!parsed.isValid())
        return {};
    return parsed.toUTC();
}

QString CaptureSpec::formatDateTime(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

QList<FieldError> CaptureSpec::validate(const QDateTime &now) const
{
    QList<FieldError> errors;

    auto checkUuid = [&errors](const QString &field, const QString &value, const QString &requiredMessage,
                               const QString &invalidMessage) {
        if (value.isEmpty())
            errors << error(field, "required", requiredMessage);
        else if (!isUuid(value))
            errors << error(field, "invalid_uuid", invalidMessage);
    };
    checkUuid(kAthleteId, athleteId, tr("Choose an athlete (athlete_id is required)."),
              tr("The athlete id (athlete_id) is not a valid UUID."));
    checkUuid(kSessionGroupId, sessionGroupId, tr("A session group (session_group_id) is required."),
              tr("The session group id (session_group_id) is not a valid UUID."));

    // camera_configuration
    const QString setupField = path(kCamera, kSetup);
    if (cameraSetup.isEmpty())
        errors << error(setupField, "required", tr("Choose a camera setup (camera_setup_selection is required)."));
    else if (!cameraSetups().contains(cameraSetup))
        errors << error(setupField, "invalid_value",
                        tr("The camera setup (camera_setup_selection) must be single.front_on or "
                           "single.down_the_line."));
    // An empty orientation means "not given"; the field is optional.
    if (!cameraOrientation.isEmpty() && !cameraOrientations().contains(cameraOrientation))
        errors << error(path(kCamera, kOrientation), "invalid_value",
                        tr("The camera orientation (camera_orientation) must be portrait or landscape."));
    // Extra keys may not smuggle in a second value for a named field: toJson()
    // would have to pick one of them silently.
    for (const QString &key : { kSetup, kOrientation }) {
        if (cameraExtras.contains(key))
            errors << error(path(kCamera, key), "reserved_key",
                            tr("The camera key %1 cannot be given as an extra key.").arg(key));
    }
    for (auto it = cameraExtras.constBegin(); it != cameraExtras.constEnd(); ++it) {
        if (it.key().trimmed().isEmpty())
            errors << error(path(kCamera, it.key()), "blank", tr("A camera key must not be blank."));
    }

    // movement_attributes. maxLength 128 counts characters; QString::size()
    // counts UTF-16 units, which is never fewer than code points, so a label
    // accepted here is never too long for a server counting either way.
    auto checkLabel = [&errors](const QString &field, const QString &value, const QString &requiredMessage,
                                const QString &tooLongMessage) {
        if (value.trimmed().isEmpty())
            errors << error(field, value.isEmpty() ? "required" : "blank", requiredMessage);
        else if (value.size() > MaxLabelLength)
            errors << error(field, "too_long", tooLongMessage);
    };
    checkLabel(path(kMovementAttributes, kActivity), activity, tr("Choose an activity (activity is required)."),
               tr("The activity must be at most %n characters.", nullptr, int(MaxLabelLength)));
    checkLabel(path(kMovementAttributes, kMovement), movement, tr("Choose a movement (movement is required)."),
               tr("The movement must be at most %n characters.", nullptr, int(MaxLabelLength)));
    for (auto it = movementDimensions.constBegin(); it != movementDimensions.constEnd(); ++it) {
        const QString field = path(kMovementAttributes, it.key());
        if (it.key() == kActivity || it.key() == kMovement)
            errors << error(field, "reserved_key",
                            tr("The movement key %1 cannot be given as a dimension.").arg(it.key()));
        else if (it.key().trimmed().isEmpty())
            errors << error(field, "blank", tr("A movement dimension name must not be blank."));
    }

    // file_name
    if (fileName.isEmpty()) {
        errors << error(kFileName, "required", tr("A file name (file_name) is required."));
    } else if (fileName.trimmed().isEmpty()) {
        errors << error(kFileName, "blank", tr("The file name (file_name) must not be blank."));
    } else {
        if (fileName.size() > MaxFileNameLength)
            errors << error(kFileName, "too_long",
                            tr("The file name must be at most %n characters.", nullptr, int(MaxFileNameLength)));
        if (fileName.contains(QLatin1Char('/')) || fileName.contains(QLatin1Char('\\')))
            errors << error(kFileName, "path_separator", tr("The file name must not contain / or \\."));
        // The server trims before checking; check the same trimmed name, and
        // also refuse ".mov" alone, which names no file.
        const QString trimmed = fileName.trimmed();
        if (!trimmed.endsWith(QStringLiteral(".mov"), Qt::CaseInsensitive))
            errors << error(kFileName, "wrong_extension", tr("The file name must end in .mov."));
        else if (trimmed.size() == 4)
            errors << error(kFileName, "blank", tr("The file name needs a name before .mov."));
    }

    // capture_time: optional. Clock skew allowance: NONE into the future.
    // The rule is "must not be in the future" on the server's clock; we only
    // have ours. Allowing slack here could only let through times the server
    // refuses, so a capture time even 1 ms after our now is refused, and 1 s
    // in the past is accepted. (A coach's file times are minutes to days old.)
    // The body carries milliseconds, so compare at millisecond precision.
    if (captureTime.isValid() && captureTime.toMSecsSinceEpoch() > now.toMSecsSinceEpoch())
        errors << error(kCaptureTime, "future_time", tr("The capture time (capture_time) is in the future."));

    return errors;
}

QJsonObject CaptureSpec::toJson() const
{
    QJsonObject camera = cameraExtras;
    camera.insert(kSetup, cameraSetup);
    if (!cameraOrientation.isEmpty())
        camera.insert(kOrientation, cameraOrientation);

    QJsonObject movementAttributes;
    for (auto it = movementDimensions.constBegin(); it != movementDimensions.constEnd(); ++it)
        movementAttributes.insert(it.key(), it.value());
    movementAttributes.insert(kActivity, activity);
    movementAttributes.insert(kMovement, movement);

    QJsonObject body {
        { kAthleteId, athleteId }, { kSessionGroupId, sessionGroupId },         { kFileName, fileName },
        { kCamera, camera },       { kMovementAttributes, movementAttributes },
    };
    if (captureTime.isValid())
        body.insert(kCaptureTime, formatDateTime(captureTime));
    return body;
}

CaptureSpec CaptureSpec::fromJson(const QJsonObject &body, QList<FieldError> *errors)
{
    QList<FieldError> found;
    auto readString = [&found](const QJsonObject &object, const QString &key, const QString &field) {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return QString(); // missing: validate() says "required"
        if (!value.isString()) {
            found << error(field, "not_a_string", tr("The field %1 must be a string.").arg(field));
            return QString();
        }
        return value.toString();
    };

    CaptureSpec spec;
    spec.athleteId = readString(body, kAthleteId, kAthleteId);
    spec.sessionGroupId = readString(body, kSessionGroupId, kSessionGroupId);
    spec.fileName = readString(body, kFileName, kFileName);

    const QJsonValue camera = body.value(kCamera);
    if (camera.isObject()) {
        QJsonObject extras = camera.toObject();
        spec.cameraSetup = readString(extras, kSetup, path(kCamera, kSetup));
        spec.cameraOrientation = readString(extras, kOrientation, path(kCamera, kOrientation));
        if (extras.value(kOrientation).isString() && spec.cameraOrientation.isEmpty())
            found << error(path(kCamera, kOrientation), "invalid_value",
                           tr("The camera orientation (camera_orientation) must be portrait or landscape."));
        extras.remove(kSetup);
        extras.remove(kOrientation);
        spec.cameraExtras = extras;
    } else if (!camera.isUndefined()) {
        found << error(kCamera, "not_an_object", tr("The field camera_configuration must be an object."));
    }

    const QJsonValue movement = body.value(kMovementAttributes);
    if (movement.isObject()) {
        const QJsonObject attributes = movement.toObject();
        for (auto it = attributes.constBegin(); it != attributes.constEnd(); ++it) {
            const QString field = path(kMovementAttributes, it.key());
            if (!it.value().isString()) {
                found << error(field, "not_a_string", tr("The field %1 must be a string.").arg(field));
                continue;
            }
            if (it.key() == kActivity)
                spec.activity = it.value().toString();
            else if (it.key() == kMovement)
                spec.movement = it.value().toString();
            else
                spec.movementDimensions.insert(it.key(), it.value().toString());
        }
    } else if (!movement.isUndefined()) {
        found << error(kMovementAttributes, "not_an_object", tr("The field movement_attributes must be an object."));
    }

    const QJsonValue time = body.value(kCaptureTime);
    if (time.isString()) {
        spec.captureTime = parseDateTime(time.toString());
        if (!spec.captureTime.isValid())
            found << error(kCaptureTime, "invalid_date_time",
                           tr("The capture time (capture_time) is not an ISO 8601 date-time with a time zone."));
    } else if (!time.isUndefined()) {
        found << error(kCaptureTime, "not_a_string", tr("The field %1 must be a string.").arg(kCaptureTime));
    }

    if (errors)
        *errors = found;
    return spec;
}
