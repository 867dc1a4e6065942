#include "api/catalogue/movementcatalogue.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace {

QString normalised(const QString &key)
{
    return key.trimmed().toLower();
}

// Labels live in the data file; they are looked up in the translation
// context "MovementCatalogue" so a translator can still provide them.
QString translatedLabel(const QJsonObject &object)
{
    const QByteArray label = object.value(QLatin1String("label")).toString().toUtf8();
    return QCoreApplication::translate("MovementCatalogue", label.constData());
}

bool readKey(const QJsonObject &object, const QString &where, QString *key, QString *error)
{
    const QJsonValue value = object.value(QLatin1String("key"));
    if (!value.isString() || value.toString().trimmed().isEmpty()) {
        *error = QStringLiteral("%1: missing or empty \"key\"").arg(where);
        return false;
    }
    *key = value.toString();
    if (*key != normalised(*key)) {
        *error = QStringLiteral("%1: key \"%2\" must be trimmed lower case").arg(where, *key);
        return false;
    }
    if (!object.value(QLatin1String("label")).isString()) {
        *error = QStringLiteral("%1: missing \"label\"").arg(where);
        return false;
    }
    return true;
}

// A movement's "impact" object: every number given, in seconds, within
// ImpactWindow's limits, with its reason; nothing else in it.
bool readImpact(const QJsonObject &object, const QString &where, std::optional<ImpactWindow> *impact, QString *why,
                QString *error)
{
    const QJsonValue value = object.value(QLatin1String("impact"));
    if (value.isUndefined())
        return true;
    if (!value.isObject()) {
        *error = QStringLiteral("%1: \"impact\" is not an object").arg(where);
        return false;
    }
    const QJsonObject numbers = value.toObject();
    static const QStringList known { QStringLiteral("before_s"), QStringLiteral("after_s"), QStringLiteral("min_gap_s"),
                                     QStringLiteral("why") };
    for (auto it = numbers.begin(); it != numbers.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QStringLiteral("%1: unknown \"impact\" field \"%2\"").arg(where, it.key());
            return false;
        }
    }
    auto milliseconds = [&](const char *name, qint64 *ms) {
        const QJsonValue seconds = numbers.value(QLatin1String(name));
        if (!seconds.isDouble() || !std::isfinite(seconds.toDouble()) || std::abs(seconds.toDouble()) > 1e6) {
            *error
                = QStringLiteral("%1: \"impact\" needs \"%2\" as a number of seconds").arg(where, QLatin1String(name));
            return false;
        }
        // -0.0004 is no 0: a negative number of seconds is refused before it is rounded.
        if (seconds.toDouble() < 0) {
            *error = QStringLiteral("%1: \"impact\": \"%2\" cannot be negative").arg(where, QLatin1String(name));
            return false;
        }
        *ms = qRound64(seconds.toDouble() * 1000);
        return true;
    };
    ImpactWindow window;
    if (!milliseconds("before_s", &window.beforeMs) || !milliseconds("after_s", &window.afterMs)
        || !milliseconds("min_gap_s", &window.minGapMs))
        return false;
    QString problem = ImpactWindow::problemWithSides(window.beforeMs, window.afterMs);
    if (problem.isEmpty())
        problem = ImpactWindow::problemWithGap(window.minGapMs);
    if (!problem.isEmpty()) {
        *error = QStringLiteral("%1: \"impact\": %2").arg(where, problem);
        return false;
    }
    const QJsonValue reason = numbers.value(QLatin1String("why"));
    if (!reason.isString() || reason.toString().trimmed().isEmpty()) {
        *error = QStringLiteral("%1: \"impact\" needs \"why\": the reason for its numbers").arg(where);
        return false;
    }
    *impact = window;
    *why = reason.toString();
    return true;
}

} // namespace

QStringList MovementCatalogue::Dimension::valueKeys() const
{
    QStringList keys;
    for (const Choice &choice : values)
        keys << choice.key;
    return keys;
}

MovementCatalogue MovementCatalogue::builtIn()
{
    QFile file(QStringLiteral(":/uplift/movements.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return fromJson(file.readAll());
}

MovementCatalogue MovementCatalogue::fromJson(const QByteArray &json, QString *error)
{
    QString problem;
    QString *why = error ? error : &problem;
    why->clear();

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *why = parseError.errorString();
        return {};
    }
    if (document.object().value(QLatin1String("format")).toInt() != 1) {
        *why = QStringLiteral("unknown \"format\" (expected 1)");
        return {};
    }
    const QJsonValue activitiesValue = document.object().value(QLatin1String("activities"));
    if (!activitiesValue.isArray()) {
        *why = QStringLiteral("\"activities\" is not an array");
        return {};
    }

    MovementCatalogue catalogue;
    for (const QJsonValue &activityValue : activitiesValue.toArray()) {
        const QJsonObject activityObject = activityValue.toObject();
        Activity activity;
        if (!readKey(activityObject, QStringLiteral("activity"), &activity.key, why))
            return {};
        if (catalogue.activityKeys().contains(activity.key)) {
            *why = QStringLiteral("activity \"%1\" listed twice").arg(activity.key);
            return {};
        }
        activity.label = translatedLabel(activityObject);
        activity.confirmed = activityObject.value(QLatin1String("confirmed")).toBool();
        if (!activityObject.value(QLatin1String("movements")).isArray()) {
            *why = QStringLiteral("activity \"%1\": \"movements\" is not an array").arg(activity.key);
            return {};
        }
        for (const QJsonValue &movementValue : activityObject.value(QLatin1String("movements")).toArray()) {
            const QJsonObject movementObject = movementValue.toObject();
            Movement movement;
            movement.activity = activity.key;
            const QString where = QStringLiteral("activity \"%1\" movement").arg(activity.key);
            if (!readKey(movementObject, where, &movement.key, why))
                return {};
            for (const Movement &earlier : std::as_const(activity.movements)) {
                if (earlier.key == movement.key) {
                    *why = QStringLiteral("%1 \"%2\" listed twice").arg(where, movement.key);
                    return {};
                }
            }
            movement.label = translatedLabel(movementObject);
            movement.confirmed = movementObject.value(QLatin1String("confirmed")).toBool();
            movement.note = movementObject.value(QLatin1String("note")).toString();
            if (!readImpact(movementObject, QStringLiteral("%1/%2").arg(activity.key, movement.key), &movement.impact,
                            &movement.impactWhy, why))
                return {};
            for (const QJsonValue &dimensionValue : movementObject.value(QLatin1String("dimensions")).toArray()) {
                const QJsonObject dimensionObject = dimensionValue.toObject();
                Dimension dimension;
                const QString dimensionWhere = QStringLiteral("%1/%2 dimension").arg(activity.key, movement.key);
                if (!readKey(dimensionObject, dimensionWhere, &dimension.key, why))
                    return {};
                // These two are the movement itself, never a dimension.
                if (dimension.key == QLatin1String("activity") || dimension.key == QLatin1String("movement")) {
                    *why = QStringLiteral("%1 uses the reserved key \"%2\"").arg(dimensionWhere, dimension.key);
                    return {};
                }
                dimension.label = translatedLabel(dimensionObject);
                dimension.required = dimensionObject.value(QLatin1String("required")).toBool();
                dimension.confirmed = dimensionObject.value(QLatin1String("confirmed")).toBool();
                for (const QJsonValue &choiceValue : dimensionObject.value(QLatin1String("values")).toArray()) {
                    Choice choice;
                    if (!readKey(choiceValue.toObject(), dimensionWhere + QStringLiteral(" value"), &choice.key, why))
                        return {};
                    choice.label = translatedLabel(choiceValue.toObject());
                    dimension.values << choice;
                }
                if (dimension.values.isEmpty()) {
                    *why = QStringLiteral("%1 \"%2\" has no values").arg(dimensionWhere, dimension.key);
                    return {};
                }
                movement.dimensions << dimension;
            }
            activity.movements << movement;
        }
        catalogue.m_activities << activity;
    }
    return catalogue;
}

bool MovementCatalogue::isEmpty() const
{
    return m_activities.isEmpty();
}

QList<MovementCatalogue::Activity> MovementCatalogue::activities() const
{
    return m_activities;
}

QStringList MovementCatalogue::activityKeys() const
{
    QStringList keys;
    for (const Activity &activity : m_activities)
        keys << activity.key;
    return keys;
}

QStringList MovementCatalogue::movementKeys(const QString &activity) const
{
    QStringList keys;
    for (const Activity &candidate : m_activities) {
        if (candidate.key != normalised(activity))
            continue;
        for (const Movement &movement : candidate.movements)
            keys << movement.key;
    }
    return keys;
}

std::optional<MovementCatalogue::Movement> MovementCatalogue::movement(const QString &activity,
                                                                       const QString &movement) const
{
    for (const Activity &candidate : m_activities) {
        if (candidate.key != normalised(activity))
            continue;
        for (const Movement &known : candidate.movements) {
            if (known.key == normalised(movement))
                return known;
        }
    }
    return std::nullopt;
}

QList<MovementCatalogue::Dimension> MovementCatalogue::dimensions(const QString &activity,
                                                                  const QString &movement) const
{
    const auto known = this->movement(activity, movement);
    return known ? known->dimensions : QList<Dimension> {};
}

ImpactWindow MovementCatalogue::impactWindow(const QString &activity, const QString &movement) const
{
    const auto known = this->movement(activity, movement);
    return known && known->impact ? *known->impact : ImpactWindow {};
}

QList<FieldError> MovementCatalogue::checkDimensions(const QString &activity, const QString &movement,
                                                     const QList<QPair<QString, QString>> &dimensions) const
{
    QList<FieldError> errors;
    const auto known = this->movement(activity, movement);
    if (!known)
        return errors;
    for (const Dimension &dimension : known->dimensions) {
        const QString field = QStringLiteral("movement_attributes.") + dimension.key;
        std::optional<QString> given;
        for (const auto &[key, value] : dimensions) {
            if (key.trimmed() == dimension.key)
                given = value;
        }
        if (!given || given->trimmed().isEmpty()) {
            if (dimension.required)
                errors << FieldError { field, QStringLiteral("required"),
                                       QCoreApplication::translate("MovementCatalogue", "%1 needs %2 (%3).")
                                           .arg(known->label, dimension.label,
                                                dimension.valueKeys().join(QStringLiteral(", "))) };
            continue;
        }
        // Values are compared as sent: the docs spell them in lower case and
        // do not say the server folds case for dimensions.
        if (!dimension.valueKeys().contains(given->trimmed()))
            errors << FieldError {
                field, QStringLiteral("invalid_value"),
                QCoreApplication::translate("MovementCatalogue", "%1 \"%2\" is not one of the known values (%3).")
                    .arg(dimension.label, *given, dimension.valueKeys().join(QStringLiteral(", ")))
            };
    }
    return errors;
}
