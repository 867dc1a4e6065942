#pragma once

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

// One strike (a club or racket on a ball) heard in a take.
struct Impact
{
    // On the movie's presentation timeline, microseconds from the first video
    // frame (the timeline the preview and ClipRemux use); never negative.
    qint64 timeUs = 0;
    // The strike's level: the peak of its high-passed 5 ms envelope, dB (0: full scale; higher = louder).
    double strengthDb = 0;
};

// What the impact finder heard in a take.
struct ImpactSearch
{
    bool hasAudio = false; // false: the take has no audio track (nothing automatic offered)
    QList<Impact> impacts; // in time order
    QString problem; // in a coach's words when the file could not be read; empty otherwise
    bool cancelled = false;
    qint64 durationUs = 0; // the video's duration on the same timeline
};

// What the movement says about its strikes.
struct ImpactRules
{
    qint64 minGapMs = 2000; // the movement's minimum gap between strikes (golf full swing: 2 s)
};

// Finds the strikes in a take's sound (media/impactsignal.h says how), in the
// FFmpeg plugin MediaEngine loads: only the audio track is decoded, streamed.
namespace ImpactFinder {

using Progress = std::function<void(int percent)>;

// Blocking; call on a worker thread. The cancel flag stops it within one packet.
ImpactSearch find(const QString &path, const ImpactRules &rules, const std::atomic<bool> &cancel,
                  const Progress &progress = {});

} // namespace ImpactFinder
