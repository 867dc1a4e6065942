#pragma once

#include "media/clipremux.h"
#include "media/impactfinder.h"
#include "media/moviefacts.h"

#include <QImage>
#include <QString>
#include <QtPlugin>

#include <atomic>

class QIODevice;

// The part of the media room that needs FFmpeg (reading a file's facts, the
// remux and the cut), as a plugin of its own, uplift-capture-media, loaded
// the first time a video is read. FFmpeg's libraries bring about ninety
// shared libraries (every codec Debian builds in) whose loading and
// relocation took longer than all the rest of a start before the window's
// first paint; the window loads the plugin in the background after it.
//
// MovieFacts::read, ClipRemux::run, ClipRemux::keyframeAtOrBefore,
// ImpactFinder::find and VideoFrame::at go through it; nothing else calls it.
class MediaEngine
{
public:
    virtual ~MediaEngine() = default;
    virtual MovieFacts readFacts(const QString &path) = 0;
    virtual MovieFacts readFacts(QIODevice *device) = 0;
    virtual ClipRemux::Result remux(const ClipRemux::Request &request, const std::atomic<bool> &cancel,
                                    const ClipRemux::Progress &progress)
        = 0;
    virtual qint64 keyframeAtOrBefore(const QString &source, qint64 startMs) = 0;
    virtual ImpactSearch findImpacts(const QString &path, const ImpactRules &rules, const std::atomic<bool> &cancel,
                                     const ImpactFinder::Progress &progress)
        = 0;
    // The picture at or just after atMs (from the keyframe before it, the
    // video stream alone decoded; the last one when the video is shorter), at
    // most maxWidth wide (0: as stored), turned upright from the display
    // matrix, as QImage::Format_RGB32. Null with the coach's reason in
    // *problem when it cannot be made; `cancel` stops it between two reads.
    virtual QImage frameAt(const QString &path, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel,
                           QString *problem)
        = 0;

    // The engine, loaded on the first call from any thread (the others wait);
    // nullptr when the plugin is missing or broken, with the coach's sentence
    // in *problem. A failed load is not tried again.
    static MediaEngine *instance(QString *problem = nullptr);
    // Loads the plugin on a thread of its own and returns at once.
    static void preloadInBackground();
};

#define UpliftMediaEngine_iid "ai.uplift.Capture.MediaEngine/3"
Q_DECLARE_INTERFACE(MediaEngine, UpliftMediaEngine_iid)
