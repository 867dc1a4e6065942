#pragma once

#include "media/clipremux.h"
#include "media/impactfinder.h"
#include "media/moviefacts.h"

#include <atomic>

class QIODevice;

// What FFmpeg's libraries do for the media room, inside the plugin
// uplift-capture-media (mediaplugin.cpp) and the fuzz target, nowhere else:
// the program reaches them through MediaEngine.
namespace FfmpegMedia {

MovieFacts readFacts(const QString &path);
MovieFacts readFacts(QIODevice *device);
ClipRemux::Result remux(const ClipRemux::Request &request, const std::atomic<bool> &cancel,
                        const ClipRemux::Progress &progress);
qint64 keyframeAtOrBefore(const QString &source, qint64 startMs);
ImpactSearch findImpacts(const QString &path, const ImpactRules &rules, const std::atomic<bool> &cancel,
                         const ImpactFinder::Progress &progress);

} // namespace FfmpegMedia
