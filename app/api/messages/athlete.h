#pragma once

#include "api/messages/fielderror.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

#include <optional>

// An athlete of the organisation, as POST /athletes takes and answers it.
// Only the fields the reference names are typed; the rest stays in `extra`.
class Athlete
{
    Q_DECLARE_TR_FUNCTIONS(Athlete)

public:
    QString id;
    QString firstName;
    QString lastName;
    QString dateOfBirth; // "YYYY-MM-DD"
    QString email;
    std::optional<int> height; // inches
    std::optional<int> weight; // pounds
    QMap<QString, QString> customAttributes;
    QJsonObject extra; // members this program does not know, kept for display

    // Rules of POST /athletes (create): first_name required and non-empty,
    // date_of_birth YYYY-MM-DD, height/weight not negative, custom attribute
    // keys valid. Field paths as in the body ("custom_attributes.team").
    QList<FieldError> validateForCreate() const;
    // Custom attribute key rules: letters, digits, '_' and '-' only, starting
    // with a letter or '_', and not a reserved name (first_name, last_name,
    // date_of_birth, email, height, weight, DOB).
    static std::optional<FieldError> checkCustomAttributeKey(const QString &key);

    // The create body: only the fields that are set.
    QJsonObject toJson() const;
    // The id member's name is not published: "id", then "athlete_id", then "uuid".
    static bool fromJson(const QJsonObject &object, Athlete *out, QString *problem);
    QString displayName() const;
};
