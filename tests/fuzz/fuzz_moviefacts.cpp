// What FFmpeg's demuxers make of any bytes, as MovieFacts reports it (read
// here without the plugin the program loads it from): no
// crash, no undefined behaviour in our code, and every fact within its
// documented bounds.
#include "fuzztarget.h"
#include "media/ffmpeg/ffmpegmedia.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzzInput(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const MovieFacts facts = FfmpegMedia::readFacts(&buffer);
    if (!facts.canBeCapture() && facts.problem.isEmpty())
        std::abort(); // a refusal always says why
    if (facts.durationMs < 0 || facts.durationMs > qint64(1000) * 366 * 24 * 3600 * 1000)
        std::abort();
    if (facts.rotation % 90 != 0 || facts.rotation < 0 || facts.rotation >= 360)
        std::abort();
    if (facts.frameRate != 0 && (facts.frameRate < 1 || facts.frameRate > 10000))
        std::abort();
    if (facts.captureFps != 0 && (facts.captureFps < 1 || facts.captureFps > 10000))
        std::abort();
    if (facts.playbackFps != 0 && (facts.playbackFps < 1 || facts.playbackFps > 10000))
        std::abort();
    if (facts.videoSize.isValid() && (facts.videoSize.width() > 16384 || facts.videoSize.height() > 16384))
        std::abort();
    if (facts.recordingStart.isValid()
        && (facts.recordingStart.date().year() < 1989 || facts.recordingStart.date().year() > 10000))
        std::abort();
    return 0;
}
