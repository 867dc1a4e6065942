#include "movementchoices.h"

#include "api/capturespec.h"

MainWindow::Catalogue MovementChoices::from(const MovementCatalogue &catalogue)
{
    MainWindow::Catalogue choices;
    choices.activities = [catalogue] { return catalogue.activityKeys(); };
    choices.movements = [catalogue](const QString &activity) { return catalogue.movementKeys(activity.trimmed()); };
    choices.dimensions = [catalogue](const QString &activity, const QString &movement) {
        QList<CaptureForm::Dimension> required;
        const QList<MovementCatalogue::Dimension> dimensions = catalogue.dimensions(activity, movement);
        for (const MovementCatalogue::Dimension &dimension : dimensions) {
            // Optional dimensions stay free key/value rows under "Other details".
            if (dimension.required)
                required.append({dimension.key, dimension.label, dimension.valueKeys()});
        }
        return required;
    };
    return choices;
}

std::function<QList<MainWindow::Validation>(const QJsonObject &)>
MovementChoices::rules(const MovementCatalogue &catalogue)
{
    return [catalogue](const QJsonObject &body) {
        QList<FieldError> errors;
        const CaptureSpec spec = CaptureSpec::fromJson(body, &errors);
        errors += spec.validate();
        QList<QPair<QString, QString>> dimensions;
        for (auto it = spec.movementDimensions.cbegin(); it != spec.movementDimensions.cend(); ++it)
            dimensions.append({it.key(), it.value()});
        errors += catalogue.checkDimensions(spec.activity, spec.movement, dimensions);
        QList<MainWindow::Validation> result;
        for (const FieldError &error : std::as_const(errors))
            result.append({error.field, error.code, error.message});
        return result;
    };
}
