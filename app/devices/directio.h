#pragma once

#include <cstddef>
#include <memory>

#include <sys/types.h>

// What O_DIRECT asks for, in one place for the copy (clipimport.cpp, writing
// the .part) and its read back (copytag.cpp, reading it from the disk).
namespace DirectIo {

constexpr int Align = 4096; // of buffers, lengths and offsets

struct Free
{
    void operator()(char *p) const;
};
using Buffer = std::unique_ptr<char, Free>;
// `bytes` aligned to Align; null when memory is short.
Buffer buffer(std::size_t bytes);

// open() with O_DIRECT added, or without it on a file system that refuses it
// (EINVAL); *direct says which. -1 with errno as open() sets it.
int open(const char *name, int flags, mode_t mode, bool *direct);

// Clears O_DIRECT: for a file's last, unaligned bytes, or a file system that
// takes O_DIRECT at open() but not in read() or write(). *direct becomes false;
// false when the flag could not be cleared.
bool stop(int fd, bool *direct);

} // namespace DirectIo
