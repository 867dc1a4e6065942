#include "media/impactfinder.h"

#include "media/mediaengine.h"

ImpactSearch ImpactFinder::find(const QString &path, const ImpactRules &rules, const std::atomic<bool> &cancel,
                                const Progress &progress)
{
    QString problem;
    if (MediaEngine *engine = MediaEngine::instance(&problem))
        return engine->findImpacts(path, rules, cancel, progress);
    ImpactSearch search;
    search.problem = problem;
    return search;
}
