#pragma once

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QSettings>
#include <QString>

#include <optional>

// What the coach chose for an athlete the last time (only what they chose:
// nothing the app read from a video): camera setup, orientation
// mode, activity, movement and movement dimensions (handedness first of all),
// so that the next batch for the same athlete asks nothing again. Kept with
// the other preferences (QSettings) on this computer, for the most recently
// described athletes only.
class AthleteDefaults
{
public:
    struct Values
    {
        QString cameraSetup; // "single.front_on", "single.down_the_line" or empty
        // "landscape" or "portrait" as the coach chose it; empty = each clip's
        // own. An orientation read from the video is never kept here.
        QString orientation;
        QString activity;
        QString movement;
        QList<QPair<QString, QString>> dimensions; // movement_attributes pairs
        bool operator==(const Values &) const = default;
    };

    // At most this many athletes are remembered; the least recently used go.
    static constexpr int maxAthletes = 500;

    AthleteDefaults();
    explicit AthleteDefaults(const QString &iniFileName);

    std::optional<Values> of(const QString &athleteId) const;
    void remember(const QString &athleteId, const Values &values,
                  const QDateTime &when = QDateTime::currentDateTimeUtc());

private:
    QSettings m_settings;
};
