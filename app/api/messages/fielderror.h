#pragma once

#include <QList>
#include <QString>

// One problem with one field of a request, as the client's validation and the
// sandbox server's 400 answers both report it.
struct FieldError
{
    // JSON path of the field: "file_name", "movement_attributes.activity",
    // "camera_configuration.camera_orientation", ...
    QString field;
    // Machine code: "required", "invalid_uuid", "too_long", "invalid_value",
    // "not_a_string", "not_an_object", "future_time", "path_separator",
    // "wrong_extension", "blank", "invalid_date_time", "reserved_key", ...
    QString code;
    // Translated sentence for the coach; names the field.
    QString message;

    bool operator==(const FieldError &) const = default;
};

// True when some error in the list concerns `field` (and has `code`, when given).
bool hasFieldError(const QList<FieldError> &errors, const QString &field, const QString &code = QString());
