#pragma once

#include "api/messages/fielderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

// Everything POST /captures needs to reserve an upload for one video: who,
// which session group, how the camera stood, what movement, which file, when.
// A value type; validate() applies every rule of the create-capture spec
// client-side so the coach learns about a mistake before anything is sent.
class CaptureSpec
{
    Q_DECLARE_TR_FUNCTIONS(CaptureSpec)

public:
    static constexpr qsizetype MaxLabelLength = 128; // activity, movement
    static constexpr qsizetype MaxFileNameLength = 255; // file_name

    QString athleteId;
    QString sessionGroupId;
    QString cameraSetup; // "single.front_on" | "single.down_the_line"
    QString cameraOrientation; // "portrait" | "landscape"; empty = omitted
    QJsonObject cameraExtras; // forwarded inside camera_configuration
    QString activity;
    QString movement;
    QMap<QString, QString> movementDimensions; // inside movement_attributes
    QString fileName;
    QDateTime captureTime; // invalid = omitted (server uses its own "now")

    // Every rule of the spec; empty when the spec may be sent.
    QList<FieldError> validate(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // The request body exactly as the spec shows it.
    QJsonObject toJson() const;

    // Reads a request body. Type errors a CaptureSpec cannot hold (a non-object
    // camera_configuration, a number as file_name, an unparsable capture_time,
    // a non-string movement dimension, ...) go to *errors; rules on the values
    // are left to validate().
    static CaptureSpec fromJson(const QJsonObject &body, QList<FieldError> *errors);

    static QStringList cameraSetups();
    static QStringList cameraOrientations();
    // Canonical 8-4-4-4-12 hexadecimal form, no braces.
    static bool isUuid(const QString &text);
    // RFC 3339 date-time with an explicit offset ("Z" or "+hh:mm");
    // invalid QDateTime when the text is not one.
    static QDateTime parseDateTime(const QString &text);
    // UTC with milliseconds: "2026-05-13T12:00:00.000Z".
    static QString formatDateTime(const QDateTime &time);

    bool operator==(const CaptureSpec &) const = default;
};
