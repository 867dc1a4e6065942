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
    if (header.valid) {
        if (header.durationMs < 0 || header.rotation < 0 || header.rotation >= 360)
            std::abort();
        if (header.frameRate != 0 && (header.frameRate < 1 || header.frameRate > 10000))
            std::abort();
    }
    return 0;
}
