// What FFmpeg's demuxers and decoders make of any bytes when a picture of a
// video is asked for (FfmpegMedia::frameAt, read here without the plugin the
// program loads it from; the card thumbnails): no crash, no undefined
// behaviour in our code, a picture within the size asked for, or a reason.
#include "fuzztarget.h"
#include "media/ffmpeg/ffmpegmedia.h"

#include <QBuffer>

#include <atomic>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzzInput(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    // The first picture, one after a keyframe and one past the end, by the input's size.
    const qint64 atMs = qint64(size % 3) * 700;
    constexpr int maxWidth = 64;
    const std::atomic<bool> cancel { false };
    QString problem;
    const QImage image = FfmpegMedia::frameAt(&buffer, atMs, maxWidth, cancel, &problem);
    if (image.isNull() == problem.isEmpty())
        std::abort(); // a picture, or the reason there is none: never both, never neither
    if (!image.isNull()
        && (image.width() < 1 || image.width() > maxWidth || image.height() < 1 || image.height() > 16384
            || image.format() != QImage::Format_RGB32))
        std::abort();
    return 0;
}
