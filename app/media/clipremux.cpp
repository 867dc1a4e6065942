#include "media/clipremux.h"
#include "media/mediaengine.h"

ClipRemux::Result ClipRemux::run(const Request &request, const std::atomic<bool> &cancel, const Progress &progress)
{
    QString problem;
    if (MediaEngine *engine = MediaEngine::instance(&problem))
        return engine->remux(request, cancel, progress);
    Result result;
    result.problem = problem;
    return result;
}

qint64 ClipRemux::keyframeAtOrBefore(const QString &source, qint64 startMs)
{
    MediaEngine *engine = MediaEngine::instance();
    return engine ? engine->keyframeAtOrBefore(source, startMs) : -1;
}
