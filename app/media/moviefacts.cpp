#include "media/moviefacts.h"
#include "media/mediaengine.h"

#include <QFileInfo>

MovieFacts MovieFacts::read(const QString &path)
{
    QString problem;
    if (MediaEngine *engine = MediaEngine::instance(&problem))
        return engine->readFacts(path);
    MovieFacts facts;
    facts.problem = problem;
    return facts;
}

MovieFacts MovieFacts::read(QIODevice *device)
{
    QString problem;
    if (MediaEngine *engine = MediaEngine::instance(&problem))
        return engine->readFacts(device);
    MovieFacts facts;
    facts.problem = problem;
    return facts;
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
