// A card's boot sector (FAT12/16/32, exFAT) and exFAT's root directory, as
// VolumeId reads them from the device: the first 512 bytes are the sector, the
// rest the directory.
#include "devices/volumeid.h"
#include "fuzztarget.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzzInput(data, size);
    const VolumeId id = VolumeId::fromBootSector(QByteArrayView(input).first(qMin<qsizetype>(input.size(), 512)));
    if (id.exfatRootOffset < -1)
        __builtin_trap();
    if (input.size() > 512)
        (void)VolumeId::exfatLabelFromRootDirectory(QByteArrayView(input).sliced(512));
    return 0;
}
