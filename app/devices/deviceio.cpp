#include "devices/deviceio.h"

#include <QFile>

#include <cerrno>
#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace DeviceIo {

std::optional<ReadResult> readAt(const QString &path, qint64 offset, qint64 length, std::chrono::milliseconds timeout)
{
    const QByteArray name = QFile::encodeName(path);
    return within<ReadResult>(timeout, [name, offset, length]() {
        ReadResult r;
        const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0) {
            r.error = errno;
            return r;
        }
        r.bytes.resize(length);
        qint64 got = 0;
        while (got < length) {
            const ssize_t n = ::pread(fd, r.bytes.data() + got, size_t(length - got), off_t(offset + got));
            if (n < 0) {
                if (errno == EINTR)
                    continue;
                r.error = errno;
                break;
            }
            if (n == 0)
                break;
            got += n;
        }
        ::close(fd);
        r.bytes.resize(got);
        return r;
    });
}

std::optional<StatResult> statWithin(const QString &path, std::chrono::milliseconds timeout)
{
    const QByteArray name = QFile::encodeName(path);
    return within<StatResult>(timeout, [name]() {
        StatResult r;
        struct stat st = {};
        if (::stat(name.constData(), &st) != 0) {
            r.error = errno;
            return r;
        }
        r.exists = true;
        r.isDir = S_ISDIR(st.st_mode);
        r.size = st.st_size;
        r.modifiedSecs = st.st_mtim.tv_sec;
        return r;
    });
}

std::optional<ListResult> listWithin(const QString &dir, std::chrono::milliseconds timeout, int maxEntries)
{
    const QByteArray name = QFile::encodeName(dir);
    return within<ListResult>(timeout, [name, maxEntries]() {
        ListResult r;
        DIR *d = ::opendir(name.constData());
        if (!d) {
            r.error = errno;
            return r;
        }
        while (true) {
            errno = 0;
            const dirent *e = ::readdir(d);
            if (!e) {
                r.error = errno;
                break;
            }
            const char *n = e->d_name;
            if ((n[0] == '.' && n[1] == 0) || (n[0] == '.' && n[1] == '.' && n[2] == 0))
                continue;
            if (r.names.size() >= maxEntries) {
                r.truncated = true;
                break;
            }
            r.names.append(QFile::decodeName(n));
        }
        ::closedir(d);
        return r;
    });
}

} // namespace DeviceIo
