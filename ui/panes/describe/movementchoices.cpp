#include "movementchoices.h"

#include "api/messages/capturespec.h"

MainWindow::Catalogue MovementChoices::from(const MovementCatalogue &catalogue)
{
    MainWindow::Catalogue choices;
    // The coach reads labels ("Track and field · Discus"); the keys are sent.
    choices.activities = [catalogue] {
        QList<CaptureForm::Option> options;
        for (const MovementCatalogue::Activity &activity : catalogue.activities())
            options.append(CaptureForm::Option(activity.key, activity.label));
        return options;
    };
    choices.movements = [catalogue](const QString &activity) {
        QList<CaptureForm::Option> options;
        for (const MovementCatalogue::Activity &a : catalogue.activities()) {
            if (a.key != activity.trimmed())
                continue;
            for (const MovementCatalogue::Movement &movement : a.movements)
                options.append(CaptureForm::Option(movement.key, movement.label));
        }
        return options;
    };
    choices.dimensions = [catalogue](const QString &activity, const QString &movement) {
        QList<CaptureForm::Dimension> required;
        const QList<MovementCatalogue::Dimension> dimensions = catalogue.dimensions(activity, movement);
        for (const MovementCatalogue::Dimension &dimension : dimensions) {
            // Optional dimensions stay free key/value rows under "Other details".
            if (dimension.required) {
                QList<CaptureForm::Option> values;
                for (const MovementCatalogue::Choice &value : dimension.values)
                    values.append(CaptureForm::Option(value.key, value.label));
                required.append({ dimension.key, dimension.label, values });
            }
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
            dimensions.append({ it.key(), it.value() });
        errors += catalogue.checkDimensions(spec.activity, spec.movement, dimensions);
        QList<MainWindow::Validation> result;
        for (const FieldError &error : std::as_const(errors))
            result.append({ error.field, error.code, error.message });
        return result;
    };
}
