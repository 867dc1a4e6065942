// The plugin uplift-capture-media: MediaEngine done with FFmpeg's libraries,
// which only this module links.
#include "media/ffmpeg/ffmpegmedia.h"
#include "media/mediaengine.h"

#include <QObject>

class FfmpegMediaEngine : public QObject, public MediaEngine
{
    Q_OBJECT
    Q_PLUGIN_METADATA(IID UpliftMediaEngine_iid)
    Q_INTERFACES(MediaEngine)

public:
    MovieFacts readFacts(const QString &path) override { return FfmpegMedia::readFacts(path); }
    MovieFacts readFacts(QIODevice *device) override { return FfmpegMedia::readFacts(device); }
    ClipRemux::Result remux(const ClipRemux::Request &request, const std::atomic<bool> &cancel,
                            const ClipRemux::Progress &progress) override
    {
        return FfmpegMedia::remux(request, cancel, progress);
    }
    qint64 keyframeAtOrBefore(const QString &source, qint64 startMs) override
    {
        return FfmpegMedia::keyframeAtOrBefore(source, startMs);
    }
    ImpactSearch findImpacts(const QString &path, const ImpactRules &rules, const std::atomic<bool> &cancel,
                             const ImpactFinder::Progress &progress) override
    {
        return FfmpegMedia::findImpacts(path, rules, cancel, progress);
    }
    QImage frameAt(const QString &path, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel,
                   QString *problem) override
    {
        return FfmpegMedia::frameAt(path, atMs, maxWidth, cancel, problem);
    }
};

#include "mediaplugin.moc"
