// /proc/self/mountinfo's parser (the devices room) on any bytes: paths in it
// are whatever a label or a FUSE source says.
#include "devices/mountinfo.h"
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzInput(data, size);
    const QList<MountEntry> entries = MountEntry::parseAll(input);
    for (const MountEntry &e : entries) {
        if (e.mountPoint.isEmpty() || !e.mountPoint.startsWith(QLatin1Char('/')))
            __builtin_trap(); // parse() promises an absolute mount point
    }
    (void)MountEntry::unescape(input);
    return 0;
}
