#include "sandbox/framerate.h"

#include "media/moviefacts.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("FrameRate", text);
}

} // namespace

double FrameRate::ofFile(const QString &path, QString *reason)
{
    if (!QFileInfo(path).isReadable()) {
        *reason = tr("The uploaded file could not be read.");
        return -1;
    }
    const MovieFacts facts = MovieFacts::read(path);
    if (!facts.readable || !facts.quickTime) {
        *reason = tr("The uploaded file is not a playable video (no QuickTime movie header found).");
        return -1;
    }
    if (facts.videoCodec.isEmpty()) {
        *reason = tr("The uploaded file has no video track.");
        return -1;
    }
    if (facts.frameRate <= 0) {
        *reason = tr("The frame rate of the uploaded video cannot be determined.");
        return -1;
    }
    return facts.frameRate;
}
