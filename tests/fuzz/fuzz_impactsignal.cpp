// The impact finder's signal part fed any samples in any blocks: no crash, no
// undefined behaviour, bounded memory, and a result that is well formed and
// does not depend on how the sound was cut into blocks.
//
// The input: byte 0 picks the sample rate and how samples are read (as 16-bit
// integers, a sound; or as raw 32-bit floats, NaN and infinity included),
// byte 1 the minimum gap; then, repeatedly, a block length byte and that many
// samples.
#include "fuzztarget.h"
#include "media/impactsignal.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 2)
        return 0;
    static const int rates[] = { 24000, 8000, 11025, 44100, 48000, 96000, 192000, 1 };
    const int rate = rates[data[0] & 7];
    const bool floats = data[0] & 8;
    const qint64 minGapMs = qint64(data[1]) * 40; // 0 .. 10.2 s (clamped inside)
    size_t at = 2;

    std::vector<float> all;
    std::vector<std::vector<float>> blocks;
    while (at < size) {
        const size_t count = data[at++] * (floats ? 1u : 4u);
        std::vector<float> block;
        for (size_t i = 0; i < count && at + (floats ? 4 : 2) <= size; ++i) {
            if (floats) {
                float f;
                std::memcpy(&f, data + at, 4);
                block.push_back(f);
                at += 4;
            } else {
                int16_t v;
                std::memcpy(&v, data + at, 2);
                block.push_back(float(v) / 32768.0f);
                at += 2;
            }
        }
        if (block.empty() && at >= size)
            break;
        all.insert(all.end(), block.begin(), block.end());
        blocks.push_back(std::move(block));
    }
    if (all.empty())
        return 0;
    // A short input is repeated to a second's worth: a sound that starts again.
    const size_t wanted = size_t(std::min(rate, 48000));
    const size_t repeats = std::min<size_t>(64, wanted / all.size() + 1);

    ImpactSignal inBlocks(rate, minGapMs);
    ImpactSignal whole(rate, minGapMs);
    for (size_t r = 0; r < repeats; ++r) {
        for (const std::vector<float> &block : blocks)
            inBlocks.feed(block.data(), qsizetype(block.size()));
        whole.feed(all.data(), qsizetype(all.size()));
    }
    inBlocks.feed(nullptr, 5); // nothing, safely
    const QList<ImpactSignal::Strike> a = inBlocks.finish();
    const QList<ImpactSignal::Strike> b = whole.finish();
    if (a.size() != b.size())
        std::abort(); // how the sound is cut into blocks changes nothing
    const qint64 fed = inBlocks.samplesFed();
    if (fed != whole.samplesFed() || fed != qint64(all.size() * repeats))
        std::abort();
    const qint64 gap = std::max<qint64>(1, qint64(ImpactTuning::minGapFloorMs) * inBlocks.sampleRate() / 1000 - 64);
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i].sample != b[i].sample || a[i].strengthDb != b[i].strengthDb)
            std::abort();
        if (a[i].sample < 0 || a[i].sample > fed || !std::isfinite(a[i].strengthDb) || a[i].strengthDb > 40)
            std::abort();
        if (i > 0 && a[i].sample - a[i - 1].sample < gap)
            std::abort(); // strikes are at least the minimum gap apart
    }
    // Finishing again gives the same, and feeding after the end is ignored.
    inBlocks.feed(all.data(), qsizetype(all.size()));
    if (inBlocks.finish().size() != a.size() || inBlocks.samplesFed() != fed)
        std::abort();
    return 0;
}
