#pragma once

#include <QString>
#include <QStringList>

#include <chrono>
#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <thread>

// Reads from a card, a camera or a phone never wait without a deadline: a card
// pulled mid-read, a stalled FUSE daemon (gvfs, exfat-fuse) or a sleeping MTP
// phone can block a read() for ever. DeviceIo::within runs the work on a
// thread of its own and waits for it at most `timeout`; when the time is up the
// caller goes on with nullopt and the thread is left to finish (or hang) alone,
// holding only what its function captured. So the function must capture by
// value (no references to the caller's stack) and must not touch QObjects.
namespace DeviceIo {

template<typename T> std::optional<T> within(std::chrono::milliseconds timeout, std::function<T()> work)
{
    struct Shared
    {
        std::mutex mutex;
        std::condition_variable done;
        std::optional<T> value;
    };
    auto shared = std::make_shared<Shared>();
    std::thread([shared, work = std::move(work)]() mutable {
        T value = work();
        const std::lock_guard lock(shared->mutex);
        shared->value = std::move(value);
        shared->done.notify_all();
    }).detach();
    std::unique_lock lock(shared->mutex);
    if (!shared->done.wait_for(lock, timeout, [&] { return shared->value.has_value(); }))
        return std::nullopt;
    return std::move(shared->value);
}

// Bytes [offset, offset + length) of a file, read with POSIX calls within the
// deadline; the result is shorter than length at the end of the file. nullopt:
// the device did not answer in time; an error: *error says which (errno's words).
struct ReadResult
{
    QByteArray bytes;
    int error = 0; // errno, 0 when it read
};
std::optional<ReadResult> readAt(const QString &path, qint64 offset, qint64 length, std::chrono::milliseconds timeout);

// stat() within the deadline: nullopt when it did not answer.
struct StatResult
{
    bool exists = false;
    bool isDir = false;
    qint64 size = -1;
    qint64 modifiedSecs = 0; // since the epoch
    int error = 0;
};
std::optional<StatResult> statWithin(const QString &path, std::chrono::milliseconds timeout);

// The entries of a directory (names only, "." and ".." left out, at most
// maxEntries) within the deadline.
struct ListResult
{
    QStringList names;
    int error = 0;
    bool truncated = false;
};
std::optional<ListResult> listWithin(const QString &dir, std::chrono::milliseconds timeout, int maxEntries = 20000);

} // namespace DeviceIo
