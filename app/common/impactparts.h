#pragma once

#include "common/cliprange.h"

#include <QCoreApplication>
#include <QList>
#include <QLocale>
#include <QString>

// How much of a take around each impact (a ball struck, a foot landing) is one
// part, and how close two sounds may be and still be one strike. Per movement
// (resources/movements.json), changeable by the coach, remembered per
// movement (settings/ImpactWindows).
struct ImpactWindow
{
    Q_DECLARE_TR_FUNCTIONS(ImpactWindow)

public:
    // For a movement the catalogue gives no numbers for: a movement of a few
    // seconds around its sound, and a strike at most every two seconds.
    static constexpr qint64 DefaultBeforeMs = 2000;
    static constexpr qint64 DefaultAfterMs = 2000;
    static constexpr qint64 DefaultMinGapMs = 2000;
    // A side longer than this is not one movement any more (a whole rally);
    // a typo (250 for 2.5) is refused rather than queued as 4-minute parts.
    static constexpr qint64 MaxSideMs = 30000;
    // Shorter parts than this hold no movement Uplift can analyse.
    static constexpr qint64 MinLengthMs = 500;
    // Sounds closer than this are merged into one strike; more than a minute
    // between strikes is the movement's pace, not a gap to require.
    static constexpr qint64 MinGapFloorMs = 100;
    static constexpr qint64 MaxGapMs = 60000;

    qint64 beforeMs = DefaultBeforeMs;
    qint64 afterMs = DefaultAfterMs;
    qint64 minGapMs = DefaultMinGapMs;

    bool operator==(const ImpactWindow &) const = default;

    // Why this before/after pair cannot be used (empty when it can): each
    // side 0–30 s, together at least 0.5 s.
    static QString problemWithSides(qint64 beforeMs, qint64 afterMs);
    // Why this minimum gap cannot be used (empty when it can): 0.1–60 s.
    static QString problemWithGap(qint64 minGapMs);
};

// One part of a take cut around one impact.
struct ImpactPart
{
    qint64 impactMs = 0; // on the take's timeline, ms from its first video frame
    ClipRange range;
    bool operator==(const ImpactPart &) const = default;
};

namespace ImpactParts {

// The part around each impact: impact − before … impact + after, clamped to
// the take [0, durationMs] (durationMs <= 0: the end is unknown and not
// clamped). Where two parts would overlap, the first ends and the next begins
// halfway between their impacts (the earlier millisecond when the gap is
// odd), so no part overlaps another; a part never reaches beyond its own
// impact − before … impact + after (with much more after than before, the
// halfway point can lie before the next impact's window: that part still
// starts at its impact − before). Returned in time order; impacts at the
// same millisecond give one part, an impact outside the take gives none, and
// a part left with no length (before or after 0 and impacts 1 ms apart) is
// left out. Negative before/after count as 0.
QList<ImpactPart> around(QList<qint64> impactsMs, qint64 beforeMs, qint64 afterMs, qint64 durationMs);

// The ranges of `parts`, in their order (what a hand-marked split is made of).
QList<ClipRange> ranges(const QList<ImpactPart> &parts);

} // namespace ImpactParts
