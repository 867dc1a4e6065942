#include "api/messages/athlete.h"

#include <QDate>
#include <QRegularExpression>

std::optional<FieldError> Athlete::checkCustomAttributeKey(const QString &key)
{
    const QString field = QStringLiteral("custom_attributes.") + key;
    static const QStringList reserved
        = { QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("date_of_birth"),
            QStringLiteral("email"),      QStringLiteral("height"),    QStringLiteral("weight"),
            QStringLiteral("DOB") };
    // The reference lists the reserved names without saying whether the check
    // ignores case; refusing "dob" and "Email" too is the safe reading.
    for (const QString &name : reserved) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return FieldError { field, QStringLiteral("reserved_key"),
                                tr("The custom attribute name %1 is reserved.").arg(key) };
    }
    // "Letters" read as ASCII letters: a server regex [A-Za-z] would refuse
    // other alphabets, so do not promise them.
    static const QRegularExpression shape(QStringLiteral("\\A[A-Za-z_][A-Za-z0-9_-]*\\z"));
    if (!shape.match(key).hasMatch())
        return FieldError { field, QStringLiteral("invalid_key"),
                            tr("The custom attribute name \"%1\" must start with a letter or _ and hold only letters, "
                               "digits, _ and -.")
                                .arg(key) };
    return std::nullopt;
}

QList<FieldError> Athlete::validateForCreate() const
{
    QList<FieldError> errors;
    if (firstName.trimmed().isEmpty())
        errors << FieldError { QStringLiteral("first_name"), QStringLiteral("required"),
                               tr("The first name is required.") };
    if (!dateOfBirth.isEmpty()) {
        static const QRegularExpression shape(QStringLiteral("\\A\\d{4}-\\d{2}-\\d{2}\\z"));
        if (!shape.match(dateOfBirth).hasMatch() || !QDate::fromString(dateOfBirth, Qt::ISODate).isValid())
            errors << FieldError { QStringLiteral("date_of_birth"), QStringLiteral("invalid_date"),
                                   tr("The date of birth must be a date written YYYY-MM-DD.") };
    }
    if (height && *height < 0)
        errors << FieldError { QStringLiteral("height"), QStringLiteral("invalid_value"),
                               tr("The height (inches) must not be negative.") };
    if (weight && *weight < 0)
        errors << FieldError { QStringLiteral("weight"), QStringLiteral("invalid_value"),
                               tr("The weight (pounds) must not be negative.") };
    for (auto it = customAttributes.constBegin(); it != customAttributes.constEnd(); ++it) {
        if (const auto error = checkCustomAttributeKey(it.key()))
            errors << *error;
    }
    return errors;
}

QJsonObject Athlete::toJson() const
{
    QJsonObject body;
    body.insert(QStringLiteral("first_name"), firstName);
    if (!lastName.isEmpty())
        body.insert(QStringLiteral("last_name"), lastName);
    if (!dateOfBirth.isEmpty())
        body.insert(QStringLiteral("date_of_birth"), dateOfBirth);
    if (!email.isEmpty())
        body.insert(QStringLiteral("email"), email);
    if (height)
        body.insert(QStringLiteral("height"), *height);
    if (weight)
        body.insert(QStringLiteral("weight"), *weight);
    if (!customAttributes.isEmpty()) {
        QJsonObject custom;
        for (auto it = customAttributes.constBegin(); it != customAttributes.constEnd(); ++it)
            custom.insert(it.key(), it.value());
        body.insert(QStringLiteral("custom_attributes"), custom);
    }
    return body;
}

bool Athlete::fromJson(const QJsonObject &object, Athlete *out, QString *problem)
{
    Athlete a;
    for (const char *key : { "id", "athlete_id", "uuid" }) {
        const QJsonValue v = object.value(QLatin1String(key));
        if (v.isString() && !v.toString().isEmpty()) {
            a.id = v.toString();
            break;
        }
    }
    if (a.id.isEmpty()) {
        *problem = tr("an athlete has no id.");
        return false;
    }
    a.firstName = object.value(QStringLiteral("first_name")).toString();
    a.lastName = object.value(QStringLiteral("last_name")).toString();
    a.dateOfBirth = object.value(QStringLiteral("date_of_birth")).toString();
    a.email = object.value(QStringLiteral("email")).toString();
    if (object.value(QStringLiteral("height")).isDouble())
        a.height = object.value(QStringLiteral("height")).toInt();
    if (object.value(QStringLiteral("weight")).isDouble())
        a.weight = object.value(QStringLiteral("weight")).toInt();
    const QJsonObject custom = object.value(QStringLiteral("custom_attributes")).toObject();
    for (auto it = custom.constBegin(); it != custom.constEnd(); ++it)
        a.customAttributes.insert(it.key(), it.value().toVariant().toString());
    static const QStringList known = { QStringLiteral("id"),        QStringLiteral("athlete_id"),
                                       QStringLiteral("uuid"),      QStringLiteral("first_name"),
                                       QStringLiteral("last_name"), QStringLiteral("date_of_birth"),
                                       QStringLiteral("email"),     QStringLiteral("height"),
                                       QStringLiteral("weight"),    QStringLiteral("custom_attributes") };
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (!known.contains(it.key()))
            a.extra.insert(it.key(), it.value());
    }
    *out = a;
    return true;
}

QString Athlete::displayName() const
{
    if (lastName.isEmpty())
        return firstName;
    //: athlete's name as shown in lists: %1 first name, %2 last name
    return tr("%1 %2").arg(firstName, lastName);
}
