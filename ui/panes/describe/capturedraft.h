#pragma once

#include "captureform.h"

#include "api/messages/capturespec.h"

#include <QCoreApplication>
#include <QJsonObject>

// One clip's capture as the form describes it: the CaptureSpec (and so the
// POST /captures body) the upload job will carry. The rules are the core's
// (CaptureSpec::validate); missingChoices() adds what only the form knows:
// the dimensions the chosen movement requires.
class CaptureDraft
{
    Q_DECLARE_TR_FUNCTIONS(CaptureDraft)

public:
    // The capture of the whole video, or of its marked range `range`: named
    // as it is uploaded, filmed when that range's first frame was.
    static CaptureSpec spec(const CaptureForm::Choices &choices, const VideoInfo &video, int range = 0);
    static QJsonObject requestBody(const CaptureForm::Choices &choices, const VideoInfo &video);
    // Every problem for this clip: the spec's rules and the required dimensions.
    static QList<CaptureForm::FieldError> problems(const CaptureForm::Choices &choices, const VideoInfo &video,
                                                   const QStringList &requiredDimensions,
                                                   const QDateTime &now = QDateTime::currentDateTimeUtc());
    static QList<CaptureForm::FieldError> missingChoices(const CaptureForm::Choices &choices,
                                                         const QStringList &requiredDimensions);
    // ISO 8601 with milliseconds in UTC, as the API's example shows.
    static QString isoTime(const QDateTime &time);

    static inline const QString requiredCode = QStringLiteral("required");
};
