#include "api/messages/fielderror.h"

bool hasFieldError(const QList<FieldError> &errors, const QString &field, const QString &code)
{
    for (const FieldError &error : errors) {
        if (error.field == field && (code.isEmpty() || error.code == code))
            return true;
    }
    return false;
}
