#pragma once

#include "media/clipremux.h"
#include "media/impactfinder.h"
#include "media/moviefacts.h"

#include <QImage>

#include <atomic>

class AvInput;

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

// The picture at or just after atMs (the last one when the video ends before),
// at most maxWidth wide, upright; null with the reason in *problem.
QImage frameAt(const QString &path, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel, QString *problem);
QImage frameAt(QIODevice *device, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel, QString *problem);
QImage frameAt(AvInput &input, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel, QString *problem);

} // namespace FfmpegMedia
