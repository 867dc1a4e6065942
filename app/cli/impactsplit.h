#pragma once

#include "common/impactparts.h"
#include "media/impactfinder.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

// What `uplift-capture impacts` prints and `upload --split-at-impacts` cuts:
// the impacts the finder heard in a take, each with its part.
class ImpactSplit
{
    Q_DECLARE_TR_FUNCTIONS(ImpactSplit)

public:
    // One impact heard, with the part cut around it (ms from the first video frame).
    struct Found
    {
        ImpactPart part;
        double strengthDb = 0;
    };

    // The numbers for a movement: the catalogue's (its defaults for a movement
    // without numbers or none given), with the sides the coach changed for it
    // in the window (settings/ImpactWindows) in their place.
    static ImpactWindow windowFor(const QString &activity, const QString &movement);

    // "2.5" (seconds) or [hh:]mm:ss[.fff] into milliseconds; -1 when it is not a time.
    static qint64 parseSeconds(const QString &text);

    // The impacts of a search with their parts (ImpactParts::around, clamped
    // to the take of durationMs; 0: the search's own duration). Sound before
    // the first video frame has no part and is left out.
    static QList<Found> partsOf(const ImpactSearch &search, const ImpactWindow &window, qint64 durationMs = 0);
    static QList<ClipRange> rangesOf(const QList<Found> &found);

    // One line of `impacts --json`:
    // {"file": …, "audio": true|false, "impacts": [{"time", "start", "end", "strength_db"}, …]},
    // times in seconds (to the millisecond), strength in dB (to a tenth).
    static QJsonObject json(const QString &file, bool hasAudio, const QList<Found> &found);
    // The same object as one line of text with its keys in the documented order
    // (file, audio, impacts; time, start, end, strength_db), as a reader expects them.
    static QByteArray jsonLine(const QString &file, bool hasAudio, const QList<Found> &found);
    // What `impacts` prints for a take without --json.
    static QStringList text(const QString &file, bool hasAudio, const QList<Found> &found, const ImpactWindow &window);
};
