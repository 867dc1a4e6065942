#pragma once

#include "captureform.h"

#include <QCoreApplication>
#include <QJsonObject>

// One clip's capture as the form describes it: the POST /captures body the
// upload job will carry. The rules that decide whether a body is acceptable
// belong to the core (CaptureSpec::validate, issue 2); until that lands,
// missingChoices() only reports what the form itself can see is not chosen.
class CaptureDraft
{
    Q_DECLARE_TR_FUNCTIONS(CaptureDraft)

public:
    static QJsonObject requestBody(const CaptureForm::Choices &choices, const VideoInfo &video);
    static QList<CaptureForm::FieldError> missingChoices(const CaptureForm::Choices &choices,
                                                         const QStringList &requiredDimensions);
    // ISO 8601 with milliseconds in UTC, as the API's example shows.
    static QString isoTime(const QDateTime &time);

    static inline const QString requiredCode = QStringLiteral("required");
};
