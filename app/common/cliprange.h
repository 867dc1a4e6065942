#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// A part of a recording to upload: from startMs to endMs, milliseconds from
// its first frame. Written by coaches as "START-END", each side seconds
// ("2.5") or [hh:]mm:ss[.fff] ("1:02.5", "00:01:02.500").
struct ClipRange
{
    Q_DECLARE_TR_FUNCTIONS(ClipRange)

public:
    qint64 startMs = 0;
    qint64 endMs = 0;

    static constexpr qint64 MaxMs = qint64(1000) * 3600 * 1000; // 1000 hours

    qint64 lengthMs() const { return endMs - startMs; }
    bool operator==(const ClipRange &) const = default;

    // Empty *error on success; the reason otherwise.
    static ClipRange parse(const QString &text, QString *error);
    // One time: seconds or [hh:]mm:ss[.fff]; -1 when it is not one.
    static qint64 parseTime(const QString &text);
    // "1:02.5" style, as parse() reads it back.
    static QString formatTime(qint64 ms);
    // Why these ranges cannot be cut from a recording of this length (0:
    // unknown); empty when they can. Ranges must not overlap.
    static QString problemWith(const QList<ClipRange> &ranges, qint64 durationMs);
    // The file name of range `index` (0-based) of `count` from a recording:
    // "<base>.mov" alone, "<base>-1.mov", "<base>-2.mov", … when split.
    static QString clipFileName(const QString &recordingFileName, int index, int count);
};
