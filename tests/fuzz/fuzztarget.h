#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>

// Each fuzz target defines this entry point (libFuzzer's). Built with clang's
// -fsanitize=fuzzer by scripts/fuzz; in the normal build, replaymain.cpp calls
// it once for every file of the target's committed corpus, so a regression
// fails CTest without clang.
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

inline QByteArray fuzzInput(const uint8_t *data, size_t size)
{
    // A deep copy: the parsers may keep slices of what they are given.
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}
