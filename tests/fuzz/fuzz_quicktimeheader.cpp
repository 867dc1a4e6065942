// The QuickTime/MP4 movie header reader on any bytes: no crash, no undefined
// behaviour, and what it reports stays within its documented bounds.
#include "fuzztarget.h"
#include "media/quicktimeheader.h"

#include <QBuffer>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QByteArray bytes = fuzzInput(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    const QuickTimeHeader header = QuickTimeHeader::read(&buffer);
    if (!header.valid) {
        if (header.problem.isEmpty())
            std::abort(); // a refusal always says why
        return 0;
    }
    // Durations saturate at 1000 years: any sum of them stays far from overflow.
    if (header.durationMs < 0 || header.durationMs > qint64(1000) * 366 * 24 * 3600 * 1000)
        std::abort();
    if (header.rotation % 90 != 0 || header.rotation < 0 || header.rotation >= 360)
        std::abort();
    if (header.frameRate != 0 && (header.frameRate < 1 || header.frameRate > 10000))
        std::abort();
    if (header.creationTime.isValid()
        && (header.creationTime.date().year() < 1904 || header.creationTime.date().year() > 9999))
        std::abort(); // times past 9999 (or before QuickTime's epoch) are unknown
    return 0;
}
