#include "media/videoframe.h"

#include "media/mediaengine.h"

QImage VideoFrame::at(const QString &path, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel, QString *problem)
{
    QString why;
    QImage image;
    if (MediaEngine *engine = MediaEngine::instance(&why))
        image = engine->frameAt(path, atMs, maxWidth, cancel, &why);
    if (problem)
        *problem = image.isNull() ? why : QString();
    return image;
}
