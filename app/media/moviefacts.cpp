#include "media/moviefacts.h"
#include "media/mediaengine.h"

#include <QFileInfo>

namespace {

// Through the plugin; without it, unreadable with the reason.
template<typename Source> MovieFacts readThroughEngine(Source source)
{
    QString problem;
    if (MediaEngine *engine = MediaEngine::instance(&problem))
        return engine->readFacts(source);
    MovieFacts facts;
    facts.problem = problem;
    return facts;
}

} // namespace

MovieFacts MovieFacts::read(const QString &path)
{
    return readThroughEngine<const QString &>(path);
}

MovieFacts MovieFacts::read(QIODevice *device)
{
    return readThroughEngine(device);
}

QStringList MovieFacts::acceptedExtensions()
{
    return { QStringLiteral("mov"), QStringLiteral("mp4"), QStringLiteral("m4v"), QStringLiteral("mts"),
             QStringLiteral("m2ts") };
}

bool MovieFacts::hasAcceptedExtension(const QString &fileName)
{
    return acceptedExtensions().contains(QFileInfo(fileName).suffix().toLower());
}

bool MovieFacts::uploadsAsItIs(const QString &path, const MovieFacts &facts)
{
    return facts.quickTime && path.endsWith(QLatin1String(".mov"), Qt::CaseInsensitive);
}
