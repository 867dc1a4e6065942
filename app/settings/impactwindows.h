#pragma once

#include "common/impactparts.h"

#include <QSettings>
#include <QString>

#include <optional>

// The time before and after an impact the coach chose for a movement, so the
// next split of a take of the same movement uses it. Only a value the coach
// changed is kept: a side equal to the movement's own number (the catalogue's,
// which the caller gives, since settings does not read the catalogue) is not
// stored, and a stored side that is the same as the catalogue's is forgotten,
// so a better number in a later catalogue reaches the coach. Kept with the
// other preferences (QSettings) on this computer.
class ImpactWindows
{
public:
    // At most this many movements are remembered (typed activities and
    // movements are free text); a further one is not kept.
    static constexpr int maxMovements = 200;

    struct Chosen
    {
        std::optional<qint64> beforeMs;
        std::optional<qint64> afterMs;
        bool operator==(const Chosen &) const = default;
    };

    ImpactWindows();
    explicit ImpactWindows(const QString &iniFileName);

    // `movementDefault` with the sides the coach chose for this movement in
    // place of its own (activity and movement compared trimmed and
    // case-insensitive, as the server does). The minimum gap is always the
    // movement's.
    ImpactWindow of(const QString &activity, const QString &movement, const ImpactWindow &movementDefault) const;
    // What the coach chose for this movement, side by side (nothing: the
    // movement's own numbers are used).
    Chosen chosen(const QString &activity, const QString &movement) const;

    // The coach set these sides for the movement. A side equal to
    // `movementDefault`'s is not a choice and is forgotten. Returns why the
    // pair cannot be used (ImpactWindow::problemWithSides), nothing stored,
    // or an empty string.
    QString choose(const QString &activity, const QString &movement, qint64 beforeMs, qint64 afterMs,
                   const ImpactWindow &movementDefault);
    // Back to the movement's own numbers.
    void forget(const QString &activity, const QString &movement);

private:
    QSettings m_settings;
};
