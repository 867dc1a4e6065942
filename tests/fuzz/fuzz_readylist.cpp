// The ready list kept between two runs (ReadyListStore): whatever a disk, a
// crash or a hand leaves in the file is either a list of clips that keeps the
// store's promises or refused with a reason; and what is kept is written back
// and read again as the same list.
#include "fuzztarget.h"
#include "settings/readyliststore.h"

#include <QFileInfo>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString problem;
    const QList<ReadyListStore::Entry> entries = ReadyListStore::parse(fuzzInput(data, size), &problem);
    if (entries.size() > ReadyListStore::maxVideos)
        std::abort();
    for (const ReadyListStore::Entry &entry : entries) {
        if (entry.path.isEmpty() || entry.path.size() > ReadyListStore::maxPathLength
            || !QFileInfo(entry.path).isAbsolute())
            std::abort();
        if (entry.ranges.size() > ReadyListStore::maxRangesPerVideo
            || !ClipRange::problemWith(entry.ranges, 0).isEmpty())
            std::abort();
    }
    if (entries.isEmpty())
        return 0;
    // Written and read back: the same clips, marks and descriptions.
    QString again;
    const QList<ReadyListStore::Entry> back = ReadyListStore::parse(ReadyListStore::serialize(entries), &again);
    if (back.size() != entries.size())
        std::abort();
    for (qsizetype i = 0; i < back.size(); ++i) {
        if (back.at(i).ranges != entries.at(i).ranges || back.at(i).description != entries.at(i).description)
            std::abort();
    }
    return 0;
}
