#pragma once

#include "api/messages/fielderror.h"
#include "common/impactparts.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

// The activities, movements and movement dimensions the Uplift docs show,
// read from data (resources/movements.json, compiled in as
// ":/uplift/movements.json"), so the Describe pane can offer the right choices.
// It is advice, not law: the server validates movement_attributes, so an
// activity or movement missing here stays allowed as free text.
class MovementCatalogue
{
public:
    struct Choice
    {
        QString key; // what is sent, e.g. "left"
        QString label; // in the coach's words (translated)
    };
    struct Dimension
    {
        QString key; // the movement_attributes key, e.g. "handedness"
        QString label;
        QList<Choice> values;
        bool required = false;
        bool confirmed = false; // the key appears verbatim in the docs
        QStringList valueKeys() const;
    };
    struct Movement
    {
        QString activity;
        QString key;
        QString label;
        bool confirmed = false;
        QString note;
        QList<Dimension> dimensions;
        // Seconds before and after an impact that make one part, and the
        // shortest time between two strikes, when the file gives them
        // ("impact": {"before_s", "after_s", "min_gap_s", "why"}).
        std::optional<ImpactWindow> impact;
        QString impactWhy; // the file's reason for these numbers
    };
    struct Activity
    {
        QString key;
        QString label;
        bool confirmed = false;
        QList<Movement> movements;
    };

    // The catalogue compiled into the program. Empty only if the resource is
    // broken, which the unit test rules out.
    static MovementCatalogue builtIn();
    // Parses the file format; on any structural problem returns an empty
    // catalogue and says what is wrong in *error.
    static MovementCatalogue fromJson(const QByteArray &json, QString *error = nullptr);

    // Every label the built-in catalogue may show, as lupdate sees them.
    static QStringList translatableLabels();

    bool isEmpty() const;
    QList<Activity> activities() const;
    QStringList activityKeys() const;
    QStringList movementKeys(const QString &activity) const;
    // Matches keys as the server does: trimmed and case-insensitive.
    std::optional<Movement> movement(const QString &activity, const QString &movement) const;
    QList<Dimension> dimensions(const QString &activity, const QString &movement) const;
    // The movement's numbers for a split at impacts; ImpactWindow's defaults
    // (2 s before, 2 s after, 2 s between strikes) for a movement the file
    // gives none for, or does not know.
    ImpactWindow impactWindow(const QString &activity, const QString &movement) const;

    // Problems with the extra movement_attributes of a known movement: a
    // required dimension missing ("required") or a value outside the known
    // list ("invalid_value"), with field "movement_attributes.<key>". Unknown
    // movements and dimensions the catalogue does not list give no error: the
    // server decides about those.
    QList<FieldError> checkDimensions(const QString &activity, const QString &movement,
                                      const QList<QPair<QString, QString>> &dimensions) const;

private:
    QList<Activity> m_activities;
};
