#include "devices/directio.h"

#include <cerrno>
#include <cstdlib>
#include <fcntl.h>

void DirectIo::Free::operator()(char *p) const
{
    std::free(p);
}

DirectIo::Buffer DirectIo::buffer(std::size_t bytes)
{
    return Buffer(static_cast<char *>(std::aligned_alloc(std::size_t(Align), bytes)));
}

int DirectIo::open(const char *name, int flags, mode_t mode, bool *direct)
{
    *direct = true;
    const int fd = ::open(name, flags | O_DIRECT, mode);
    if (fd >= 0 || errno != EINVAL)
        return fd;
    *direct = false;
    return ::open(name, flags, mode);
}

bool DirectIo::stop(int fd, bool *direct)
{
    *direct = false;
    const int flags = ::fcntl(fd, F_GETFL);
    return flags >= 0 && ::fcntl(fd, F_SETFL, flags & ~O_DIRECT) == 0;
}
