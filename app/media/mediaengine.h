#pragma once

#include "media/clipremux.h"
#include "media/impactfinder.h"
#include "media/moviefacts.h"

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
// MovieFacts::read, ClipRemux::run, ClipRemux::keyframeAtOrBefore and
// ImpactFinder::find go through it; nothing else calls it.
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

    // The engine, loaded on the first call from any thread (the others wait);
    // nullptr when the plugin is missing or broken, with the coach's sentence
    // in *problem. A failed load is not tried again.
    static MediaEngine *instance(QString *problem = nullptr);
    // Loads the plugin on a thread of its own and returns at once.
    static void preloadInBackground();
};

#define UpliftMediaEngine_iid "ai.uplift.Capture.MediaEngine/2"
Q_DECLARE_INTERFACE(MediaEngine, UpliftMediaEngine_iid)
