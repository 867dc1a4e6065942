#include "devices/clipimport.h"
#include "common/behindthewindow.h"
#include "common/workers.h"

#include "devices/clipidentity.h"
#include "devices/copytag.h"
#include "devices/deviceio.h"
#include "devices/directio.h"
#include "devices/importedclips.h"
#include "devices/mountinfo.h"
#include "devices/sha256.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

#include <condition_variable>
#include <cstring>
#include <deque>
#include <future>
#include <mutex>
#include <thread>
#include <vector>

#include <cerrno>
#include <fcntl.h>
#include <stdio.h>
#include <sys/stat.h>
#include <sys/uio.h>
#include <unistd.h>

namespace {

// Reads of 1 MiB into 16 buffers reused for the whole file: measured here, 4 MiB
// reads (each a new buffer) made the copy's write() cost ~8x the CPU (the bytes
// no longer in the processor's cache when written and hashed); O_DIRECT writes
// of 1 MiB ran at 1.4-1.5 GB/s, of 256 KiB at 1.0-1.1 GB/s.
constexpr qint64 ChunkBytes = 1024 * 1024;
constexpr int Buffers = 16; // read ahead of the writes: at most this many chunks in memory per file
constexpr size_t PendingChecks = 2; // written files being fsynced, read back and named while the next is copied
constexpr size_t WriteBatch = 4; // chunks written in one call at most
constexpr qint64 WritebackBytes = 8 * 1024 * 1024; // writeback started every so many bytes written

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString errnoText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// One file's copy, three threads at once. The reader thread reads the card
// into a few aligned buffers, reused for the whole file (no allocation per
// read), and does nothing else, so that the next read is asked for at once; the
// hasher thread computes the SHA-256 that is kept and the tag the read back is
// checked against; the copier (the import's thread) writes. A buffer goes back
// to the reader once both are done with it. The reader owns the source's file
// descriptor; when the copier gives up on it (a stalled device), it is left to
// finish its read alone and closes the descriptor then.
struct Reader
{
    struct Chunk
    {
        int buffer = -1;
        qint64 bytes = 0;
    };
    std::vector<DirectIo::Buffer> buffers;
    std::vector<int> users; // per buffer: how many of the copier and the hasher still use it

    std::mutex mutex;
    std::condition_variable changed;
    std::vector<int> spare; // buffers to read into
    std::deque<Chunk> toWrite; // read, to be written
    std::deque<Chunk> toHash; // read, to be hashed
    bool finished = false; // end of file reached (or gave up); the descriptor is closed
    int error = 0; // errno of a failed read
    bool abandoned = false;

    // The hasher's, until it is done: then `hashed` and the results.
    std::unique_ptr<Sha256> sha256;
    std::unique_ptr<CopyTag> tag;
    bool hashed = false;
    QByteArray sha256Result;
    QByteArray tagResult;

    Reader()
    {
        for (int i = 0; i < Buffers; ++i) {
            buffers.push_back(DirectIo::buffer(ChunkBytes));
            spare.push_back(i);
        }
        users.assign(Buffers, 0);
    }

    char *data(int buffer) const { return buffers.at(size_t(buffer)).get(); }

    void release(int buffer)
    {
        const std::lock_guard lock(mutex);
        if (--users.at(size_t(buffer)) == 0) {
            spare.push_back(buffer);
            changed.notify_all();
        }
    }

    static void read(const std::shared_ptr<Reader> &self, int fd, qint64 offset, qint64 size)
    {
        runBehindTheWindow();
        ::posix_fadvise(fd, offset, 0, POSIX_FADV_SEQUENTIAL);
        qint64 at = offset;
        while (at < size) {
            int buffer = -1;
            {
                std::unique_lock lock(self->mutex);
                self->changed.wait(lock, [&] { return self->abandoned || !self->spare.empty(); });
                if (self->abandoned)
                    break;
                buffer = self->spare.back();
                self->spare.pop_back();
            }
            char *into = self->data(buffer);
            const qint64 want = qMin(ChunkBytes, size - at);
            qint64 got = 0;
            int error = 0;
            while (got < want) {
                const ssize_t n = ::pread(fd, into + got, size_t(want - got), off_t(at + got));
                if (n < 0) {
                    if (errno == EINTR)
                        continue;
                    error = errno;
                    break;
                }
                if (n == 0)
                    break;
                got += n;
            }
            if (error != 0 || got < want) {
                const std::lock_guard lock(self->mutex);
                self->error = error != 0 ? error : EIO; // a file that ends before its size: it changed
                break;
            }
            at += got;
            const std::lock_guard lock(self->mutex);
            self->users.at(size_t(buffer)) = 2;
            self->toWrite.push_back(Chunk { buffer, got });
            self->toHash.push_back(Chunk { buffer, got });
            self->changed.notify_all();
        }
        ::close(fd);
        const std::lock_guard lock(self->mutex);
        self->finished = true;
        self->changed.notify_all();
    }

    static void hash(const std::shared_ptr<Reader> &self)
    {
        runBehindTheWindow();
        for (;;) {
            Chunk chunk;
            {
                std::unique_lock lock(self->mutex);
                self->changed.wait(lock, [&] { return self->abandoned || !self->toHash.empty() || self->finished; });
                if (self->abandoned)
                    return;
                if (self->toHash.empty()) {
                    if (self->error == 0) {
                        self->sha256Result = self->sha256->result();
                        self->tagResult = self->tag->result();
                    }
                    self->hashed = true;
                    self->changed.notify_all();
                    return;
                }
                chunk = self->toHash.front();
                self->toHash.pop_front();
            }
            const QByteArrayView bytes(self->data(chunk.buffer), chunk.bytes);
            self->sha256->addData(bytes);
            self->tag->addData(bytes);
            self->release(chunk.buffer);
        }
    }
};

// Writes the buffers one after the other at `offset`, in one call where it can
// (one large O_DIRECT write keeps the disk busier than several small ones); with
// O_DIRECT while `*direct`, which it clears when a length is not aligned or the
// file system refuses.
bool writeAllAt(int fd, std::vector<iovec> parts, qint64 offset, bool *direct, int *error)
{
    if (*direct && (offset % DirectIo::Align != 0 || std::any_of(parts.cbegin(), parts.cend(), [](const iovec &v) {
                        return v.iov_len % DirectIo::Align != 0;
                    })))
        DirectIo::stop(fd, direct);
    size_t first = 0;
    while (first < parts.size()) {
        const ssize_t n = ::pwritev(fd, parts.data() + first, int(parts.size() - first), off_t(offset));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EINVAL && *direct) {
                DirectIo::stop(fd, direct);
                continue;
            }
            *error = errno;
            return false;
        }
        offset += n;
        size_t left = size_t(n);
        while (first < parts.size() && left >= parts[first].iov_len)
            left -= parts[first++].iov_len;
        if (left > 0) { // a short write: the rest of that buffer next
            parts[first].iov_base = static_cast<char *>(parts[first].iov_base) + left;
            parts[first].iov_len -= left;
            if (*direct)
                DirectIo::stop(fd, direct); // no longer aligned
        }
    }
    return true;
}

// Adds a local file's first `length` bytes (the .part) to the hash and, when
// given, the tag; false when it cannot be read.
bool hashLocal(Sha256 *hash, const QString &path, qint64 length, CopyTag *tag = nullptr)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    ::posix_fadvise(file.handle(), 0, length, POSIX_FADV_SEQUENTIAL);
    QByteArray buffer(int(qMin(length, ChunkBytes)), Qt::Uninitialized);
    qint64 left = length;
    while (left > 0) {
        const qint64 n = file.read(buffer.data(), qMin(left, qint64(buffer.size())));
        if (n <= 0)
            return false;
        hash->addData(QByteArrayView(buffer.constData(), n));
        if (tag)
            tag->addData(QByteArrayView(buffer.constData(), n));
        left -= n;
    }
    return true;
}

bool sameContent(const QString &path, qint64 size, const QByteArray &sha256)
{
    if (QFileInfo(path).size() != size)
        return false;
    Sha256 hash;
    return hashLocal(&hash, path, size) && hash.result() == sha256;
}

void fsyncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}

// Renames without ever replacing what is there: false with EEXIST when the name is taken.
bool renameNoReplace(const QString &from, const QString &to, int *error)
{
    const QByteArray a = QFile::encodeName(from);
    const QByteArray b = QFile::encodeName(to);
    if (::renameat2(AT_FDCWD, a.constData(), AT_FDCWD, b.constData(), RENAME_NOREPLACE) == 0)
        return true;
    if (errno != EINVAL && errno != ENOSYS) {
        *error = errno;
        return false;
    }
    // A file system without RENAME_NOREPLACE: link() never replaces either.
    if (::link(a.constData(), b.constData()) != 0) {
        *error = errno;
        return false;
    }
    ::unlink(a.constData());
    return true;
}

// Watches whether the source is still there: its mount point still in the
// mount table (a card pulled, `umount -l`), and, for a phone's folder, the
// folder still answering.
class Presence
{
public:
    explicit Presence(const CameraSource &source)
        : m_source(source)
    {
    }

    bool stillThere()
    {
        if (!m_source.mountPoint.isEmpty()) {
            const QList<MountEntry> mounts = MountEntry::readCurrent();
            if (!mounts.isEmpty() && std::none_of(mounts.cbegin(), mounts.cend(), [&](const MountEntry &m) {
                    return m.mountPoint == m_source.mountPoint;
                }))
                return false;
        }
        if (m_source.viaGvfs) {
            const auto st = DeviceIo::statWithin(m_source.root, std::chrono::milliseconds(300));
            if (st && !st->exists)
                return false;
        }
        return true;
    }

private:
    CameraSource m_source;
};

struct FileJob
{
    DeviceFile file;
    const DeviceClip *clip = nullptr;
    bool first = true; // the recording's first chapter
};

// SourceStalled: still there, but nothing came from it for stallTimeout.
enum class Result { Written, Copied, AlreadyImported, Failed, SourceLost, SourceStalled, Cancelled, Fatal };

struct Copier
{
    const CameraSource &source;
    const ClipImport::Options &options;
    const std::atomic<bool> &cancelled;
    ImportedClips &store;
    QString destination;
    Presence presence;
    Workers &workers; // the reader and hasher threads, kept from one file to the next
    std::function<void(qint64 bytes)> advanced; // bytes copied since the last call
    QString message; // why the last file was not copied
    ImportedFile done;

    // A file written whole as its .part, to be fsynced, checked against its tag, named and recorded.
    struct Written
    {
        FileJob job;
        QString name;
        QString part;
        ClipIdentity identity;
        QByteArray sha256;
        QByteArray key; // the tag's, drawn for this file
        QByteArray tag; // of the bytes read from the card
        int fd = -1; // the .part, open until check() has fsynced it
    };
    Written written;

    // Copies a file into its .part: Written (then `written` says what), or why not.
    Result copy(const FileJob &job)
    {
        const DeviceFile &file = job.file;
        const QString name = QFileInfo(file.path).fileName();
        QString problem;
        ClipIdentity identity = file.identity.isValid()
            ? file.identity
            : ClipIdentity::read(file.path, file.size, options.stallTimeout, &problem);
        if (!identity.isValid()) {
            message = problem;
            return presence.stillThere() ? Result::Failed : Result::SourceLost;
        }
        if (store.find(identity))
            return Result::AlreadyImported;
        const QByteArray key = CopyTag::newKey();
        if (key.isEmpty()) {
            message = ClipImport::tr("Cannot check copies: the system gave no random numbers.");
            return Result::Fatal;
        }

        const QString part
            = QDir(destination).filePath(QStringLiteral("%1.%2.part").arg(name, identity.edgeHex().left(16)));
        const QByteArray partName = QFile::encodeName(part);
        // O_DIRECT: the bytes go from the buffer to the disk, neither copied into
        // memory's cache nor written again at the fsync (here 1.4 GB/s to the disk
        // against ~0.5 GB/s for write() then fsync()); a file system without it is
        // written through its cache.
        bool direct = true;
        const int out = DirectIo::open(partName.constData(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644, &direct);
        if (out < 0) {
            message = ClipImport::tr("Cannot write into %1: %2").arg(native(destination), errnoText(errno));
            return Result::Fatal;
        }
        auto reader = std::make_shared<Reader>();
        reader->sha256 = std::make_unique<Sha256>();
        reader->tag = std::make_unique<CopyTag>(key);
        const auto failAndRemove = [&](const QString &why, Result result) {
            ::close(out);
            ::unlink(partName.constData());
            message = why;
            return result;
        };

        // A .part from before (the card pulled, the program killed): go on from
        // its end (its last whole block) when the last MiB it holds is what the card holds there.
        struct stat st = {};
        qint64 offset = ::fstat(out, &st) == 0 ? st.st_size - st.st_size % DirectIo::Align : 0;
        if (offset > file.size)
            offset = 0;
        if (offset > 0) {
            const qint64 tail = qMin(offset, ClipIdentity::EdgeBytes);
            const auto there = DeviceIo::readAt(file.path, offset - tail, tail, options.stallTimeout);
            QFile local(part);
            bool same = there && there->error == 0 && local.open(QIODevice::ReadOnly) && local.seek(offset - tail)
                && local.read(tail) == there->bytes;
            local.close();
            if (same)
                same = hashLocal(reader->sha256.get(), part, offset, reader->tag.get());
            if (!same) {
                reader->sha256->reset();
                reader->tag = std::make_unique<CopyTag>(key);
                offset = 0;
            }
        }
        if (::ftruncate(out, offset) != 0)
            return failAndRemove(ClipImport::tr("Cannot write into %1: %2").arg(native(destination), errnoText(errno)),
                                 Result::Fatal);
        if (offset > 0 && advanced)
            advanced(offset);

        const int in = ::open(QFile::encodeName(file.path).constData(), O_RDONLY | O_CLOEXEC);
        if (in < 0) {
            const int error = errno;
            ::close(out);
            message = ClipImport::tr("Cannot read %1 on the card: %2").arg(name, errnoText(error));
            return presence.stillThere() ? Result::Failed : Result::SourceLost;
        }
        const qint64 size = file.size;
        workers.run([reader, in, offset, size] { Reader::read(reader, in, offset, size); });
        workers.run([reader] { Reader::hash(reader); });
        const auto abandon = [&reader]() {
            const std::lock_guard lock(reader->mutex);
            reader->abandoned = true;
            reader->changed.notify_all();
        };

        QElapsedTimer sinceData;
        sinceData.start();
        QElapsedTimer sincePresence;
        sincePresence.start();
        qint64 at = offset;
        qint64 writtenBack = offset;
        while (at < file.size) {
            if (cancelled) {
                abandon();
                ::close(out);
                return Result::Cancelled; // the .part stays for the next time
            }
            if (sincePresence.elapsed() >= options.presenceInterval.count()) {
                sincePresence.restart();
                if (!presence.stillThere()) {
                    abandon();
                    ::fsync(out);
                    ::close(out);
                    message = ClipImport::tr("The card was taken out while %1 was being copied.").arg(name);
                    return Result::SourceLost;
                }
            }
            std::vector<Reader::Chunk> batch; // what is read and not yet written, up to WriteBatch chunks
            int readError = 0;
            bool ended = false;
            {
                std::unique_lock lock(reader->mutex);
                reader->changed.wait_for(lock, std::chrono::milliseconds(100), [&] {
                    return !reader->toWrite.empty() || reader->error != 0 || reader->finished;
                });
                while (!reader->toWrite.empty() && batch.size() < WriteBatch) {
                    batch.push_back(reader->toWrite.front());
                    reader->toWrite.pop_front();
                }
                if (batch.empty()) {
                    readError = reader->error;
                    ended = reader->finished;
                }
            }
            if (batch.empty()) {
                if (readError != 0 || ended) {
                    abandon();
                    ::fsync(out);
                    ::close(out);
                    if (!presence.stillThere() || readError == ENOTCONN || readError == ENODEV || readError == ENXIO) {
                        message = ClipImport::tr("The card was taken out while %1 was being copied.").arg(name);
                        return Result::SourceLost;
                    }
                    ::unlink(partName.constData());
                    message = ClipImport::tr("Cannot read %1 on the card: %2")
                                  .arg(name, errnoText(readError ? readError : EIO));
                    return Result::Failed;
                }
                if (sinceData.elapsed() > options.stallTimeout.count()) {
                    abandon();
                    ::fsync(out);
                    ::close(out);
                    message = ClipImport::tr("The card stopped answering while %1 was being copied.").arg(name);
                    return Result::SourceStalled;
                }
                continue;
            }
            sinceData.restart();
            int writeError = 0;
            std::vector<iovec> parts;
            qint64 bytes = 0;
            for (const Reader::Chunk &chunk : batch) {
                parts.push_back(iovec { reader->data(chunk.buffer), size_t(chunk.bytes) });
                bytes += chunk.bytes;
            }
            const bool wrote = writeAllAt(out, std::move(parts), at, &direct, &writeError);
            for (const Reader::Chunk &chunk : batch)
                reader->release(chunk.buffer);
            if (!wrote) {
                abandon();
                if (writeError == ENOSPC || writeError == EDQUOT)
                    return failAndRemove(
                        ClipImport::tr("%1 is full: %2 could not be copied.").arg(native(destination), name),
                        Result::Fatal);
                return failAndRemove(
                    ClipImport::tr("Cannot write %1 into %2: %3").arg(name, native(destination), errnoText(writeError)),
                    Result::Fatal);
            }
            at += bytes;
            // Written through the cache: writeback starts now rather than at the
            // fsync, so that the disk writes while the card is read.
            if (!direct && (at - writtenBack >= WritebackBytes || at == file.size)) {
                ::sync_file_range(out, writtenBack, at - writtenBack, SYNC_FILE_RANGE_WRITE);
                writtenBack = at;
            }
            if (advanced)
                advanced(bytes);
        }
        // Every byte is written; the hasher has at most Buffers chunks left
        // (CPU only, no device: milliseconds; the deadline is for a machine that has stopped).
        QByteArray sha256;
        QByteArray tag;
        {
            std::unique_lock lock(reader->mutex);
            if (reader->changed.wait_for(lock, std::chrono::seconds(60), [&] { return reader->hashed; })) {
                sha256 = reader->sha256Result;
                tag = reader->tagResult;
            } else {
                reader->abandoned = true;
                reader->changed.notify_all();
            }
        }
        if (sha256.size() != 32 || tag.isEmpty())
            return failAndRemove(ClipImport::tr("Cannot check the copy of %1.").arg(name), Result::Failed);
        // Fsynced, read back and checked by check() while the next file is
        // copied, then named and recorded by finish().
        written = Written { job, name, part, identity, sha256, key, tag, out };
        return Result::Written;
    }

    struct Checked
    {
        QString target; // its name in the destination; empty when it was not kept
        bool wasThere = false; // the same clip was there already under that name
        QString problem; // why it was not kept (the coach's words)
        bool fatal = false; // the destination cannot take more
    };
    // On disk for good, read back (what is there is what came from the card),
    // then named, never overwriting, and the name made durable: all on the
    // check's own thread, so that neither the disk's wait nor the folder's
    // fsync holds up the next file's copy. Closes the .part; removes it when
    // it is not kept. Only recording it (the store is this thread's) is left.
    static Checked check(const Written &w, const QString &destination)
    {
        Checked c;
        const int syncError = ::fsync(w.fd) == 0 ? 0 : errno;
        ::close(w.fd);
        const QByteArray partName = QFile::encodeName(w.part);
        const QString &name = w.name;
        if (syncError != 0) {
            ::unlink(partName.constData());
            c.problem
                = ClipImport::tr("Cannot write %1 into %2: %3").arg(name, native(destination), errnoText(syncError));
            c.fatal = syncError == ENOSPC;
            return c;
        }
        // What the disk gives back has the tag of what was read from the card.
        if (!CopyTag::fileMatches(w.part, w.job.file.size, w.key, w.tag)) {
            ::unlink(partName.constData());
            c.problem = ClipImport::tr("The copy of %1 does not match the card: it was not kept.").arg(name);
            return c;
        }

        // Its name, never overwriting: the same clip already there is taken as it is.
        const QFileInfo base(name);
        for (int n = 1; n < 1000; ++n) {
            const QString candidate
                = QDir(destination)
                      .filePath(n == 1
                                    ? name
                                    : QStringLiteral("%1 (%2)%3")
                                          .arg(base.completeBaseName())
                                          .arg(n)
                                          .arg(base.suffix().isEmpty() ? QString() : QLatin1Char('.') + base.suffix()));
            int error = 0;
            if (renameNoReplace(w.part, candidate, &error)) {
                c.target = candidate;
                break;
            }
            if (error != EEXIST) {
                ::unlink(partName.constData());
                c.problem = ClipImport::tr("Cannot name the copy of %1: %2").arg(name, errnoText(error));
                return c;
            }
            if (sameContent(candidate, w.job.file.size, w.sha256)) {
                ::unlink(partName.constData());
                c.target = candidate;
                c.wasThere = true;
                break;
            }
        }
        if (c.target.isEmpty()) {
            ::unlink(partName.constData());
            c.problem = ClipImport::tr("Too many files are called %1 in %2.").arg(name, native(destination));
            return c;
        }
        fsyncDirectory(destination);
        return c;
    }

    // What a written file came to once checked, named and recorded.
    struct Settled
    {
        Result result = Result::Failed;
        QString message; // why not, when it was not copied
        ImportedFile done;
    };
    // A written file after its check: recorded as imported once its name is on
    // disk for good. On the check's thread, through a connection of its own to
    // the store (a commit waits for the disk: ~35-90 ms here while a copy
    // writes, which on the import's thread held up the next file's reads).
    static Settled finish(const Written &w, const Checked &checked, const CameraSource &source,
                          const QString &storePath)
    {
        const DeviceFile &file = w.job.file;
        if (checked.target.isEmpty())
            return Settled { checked.fatal ? Result::Fatal : Result::Failed, checked.problem, {} };
        ImportedClips::Record record;
        record.identity = w.identity;
        record.sha256 = w.sha256;
        record.volumeUuid = source.uuid;
        record.devicePath = file.relativePath;
        if (w.job.clip) {
            record.captureTime = w.job.clip->captureTime;
            record.durationMs = w.job.clip->isChaptered() ? -1 : w.job.clip->durationMs;
        }
        record.copiedTo = checked.target;
        ImportedClips store;
        if (!store.open(storePath) || !store.record(record))
            return Settled { Result::Fatal, store.errorString(), {} };
        return Settled { Result::Copied, {}, ImportedFile { file.path, checked.target, checked.wasThere } };
    }
};

} // namespace

void ImportRate::add(qint64 ms, ImportProgress *progress)
{
    // Over the last 3 s: a card that slows down (or a burst from the cache) shows soon.
    m_samples.emplace_back(ms, progress->bytesDone);
    while (m_samples.size() > 2 && ms - m_samples.front().first > 3000)
        m_samples.pop_front();
    const auto &[t0, b0] = m_samples.front();
    if (ms - t0 < 500)
        return;
    progress->bytesPerSecond = double(progress->bytesDone - b0) * 1000.0 / double(ms - t0);
    progress->secondsLeft = progress->bytesPerSecond > 0
        ? qint64(double(progress->bytesTotal - progress->bytesDone) / progress->bytesPerSecond + 0.5)
        : -1;
}

QString ClipImport::defaultDestination(const QDate &day)
{
    QString movies = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (movies.isEmpty())
        movies = QDir::home().filePath(QStringLiteral("Videos"));
    return QDir(movies).filePath(QStringLiteral("Uplift Capture/") + day.toString(QStringLiteral("yyyy-MM-dd")));
}

ImportOutcome ClipImport::run(const CameraSource &source, const QList<DeviceClip> &clips, const Options &options,
                              const std::atomic<bool> &cancelled,
                              const std::function<void(const ImportProgress &)> &progress,
                              const std::function<void(const ImportedFile &)> &copied)
{
    ImportOutcome outcome;
    const QString destination = options.destination.isEmpty() ? defaultDestination() : options.destination;
    if (!QDir().mkpath(destination)) {
        outcome.problem = tr("Cannot create the folder %1.").arg(native(destination));
        return outcome;
    }
    const QString storePath = options.storePath.isEmpty() ? ImportedClips::defaultPath() : options.storePath;
    ImportedClips store;
    if (!store.open(storePath)) {
        outcome.problem = store.errorString();
        return outcome;
    }
    QList<FileJob> jobs;
    ImportProgress p;
    for (const DeviceClip &clip : clips) {
        for (int i = 0; i < clip.chapters.size(); ++i) {
            jobs.append(FileJob { clip.chapters.at(i), &clip, i == 0 });
            p.bytesTotal += clip.chapters.at(i).size;
        }
    }
    p.filesTotal = int(jobs.size());

    QElapsedTimer clock;
    clock.start();
    ImportRate rate;
    qint64 lastReportMs = -1000;
    const auto report = [&](bool now) {
        const qint64 t = clock.elapsed();
        if (!now && t - lastReportMs < 200)
            return;
        lastReportMs = t;
        rate.add(t, &p);
        if (progress)
            progress(p);
    };

    // The import's threads (reading, hashing, checking), made once and kept for
    // every file; a read that never returns holds only its own.
    Workers workers;
    Copier copier { source, options, cancelled, store, destination, Presence(source), workers, {}, {}, {}, {} };
    // What a file's copy came to; false when the import stops there.
    const auto handle = [&](Result result, const QString &message, const ImportedFile &done) {
        switch (result) {
        case Result::Written: // settled by settleFirst()
            break;
        case Result::Copied:
            outcome.copied.append(done);
            if (copied)
                copied(done);
            break;
        case Result::AlreadyImported:
            ++outcome.alreadyImported;
            break;
        case Result::Failed:
            outcome.failures.append(message);
            break;
        case Result::SourceLost:
            outcome.sourceLost = true;
            outcome.problem = message + QLatin1Char(' ')
                + tr("Put it back in to copy the rest: the import goes on where it stopped.");
            return false;
        case Result::SourceStalled:
            outcome.sourceLost = true;
            outcome.sourceStalled = true;
            outcome.problem = message + QLatin1Char(' ')
                + tr("Take it out and put it back in to copy the rest: the import goes on where it stopped.");
            return false;
        case Result::Cancelled:
            outcome.cancelled = true;
            outcome.problem = tr("The import was stopped.");
            return false;
        case Result::Fatal:
            outcome.failures.append(message);
            outcome.problem = message;
            return false;
        }
        return true;
    };
    // A written file is fsynced, read back and checked on a thread of its own
    // while the next ones are copied (waiting for the disk and reading it back
    // overlap the next reads from the card), named and recorded there. What
    // each came to is handled here in the order of the files; at most
    // PendingChecks wait at once (their .part files open).
    std::deque<std::future<Copier::Settled>> checks;
    bool stopped = false;
    const auto settleFirst = [&]() {
        Copier::Settled settled = checks.front().get();
        checks.pop_front();
        if (stopped && settled.result != Result::Copied)
            return; // what is left after a stop: only a copy that made it is still reported
        if (!handle(settled.result, settled.message, settled.done))
            stopped = true;
    };
    const auto isReady = [](const std::future<Copier::Settled> &f) {
        return f.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    };
    // The files checked while a long one is copied are reported then, not after it
    // (a short clip before a 4 GB chapter would otherwise wait for its whole copy).
    copier.advanced = [&](qint64 bytes) {
        p.bytesDone += bytes;
        report(false);
        while (!checks.empty() && isReady(checks.front()))
            settleFirst();
    };
    for (const FileJob &job : std::as_const(jobs)) {
        if (stopped)
            break;
        p.currentFile = job.file.path;
        // At most every 200 ms like the bytes: a card of two hundred short clips
        // would otherwise send the window a message (and a new layout) a file.
        report(false);
        const qint64 before = p.bytesDone;
        const Result result = copier.copy(job);
        p.bytesDone = before + job.file.size; // done, left out or failed: it no longer counts as to come
        ++p.filesDone;
        if (result == Result::Written) {
            auto settled = std::make_shared<std::promise<Copier::Settled>>();
            checks.push_back(settled->get_future());
            workers.run([settled, w = copier.written, destination, source, storePath]() {
                runBehindTheWindow();
                settled->set_value(Copier::finish(w, Copier::check(w, destination), source, storePath));
            });
        } else {
            while (!checks.empty()) // the files before it first
                settleFirst();
            if (!stopped)
                stopped = !handle(result, copier.message, copier.done);
        }
        while (!checks.empty() && (checks.size() > PendingChecks || isReady(checks.front())))
            settleFirst();
    }
    while (!checks.empty())
        settleFirst();
    if (stopped)
        return outcome;
    p.currentFile.clear();
    report(true);
    return outcome;
}

struct ClipImport::Shared
{
    std::mutex mutex;
    std::condition_variable ended; // `over` became true
    // Set to null by the receiver's destructor (on its thread, under `mutex`,
    // so that the import's thread never posts to it afterwards). Read without
    // the mutex on the receiver's thread: the window never waits for a lock the
    // import's thread (behind the window) may hold while it waits for a core.
    std::atomic<ClipImport *> receiver = nullptr;
    std::atomic<bool> cancelled = false;
    bool over = false; // the import's thread has nothing left to do
};

ClipImport::ClipImport(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<ImportProgress>();
    qRegisterMetaType<ImportedFile>();
    qRegisterMetaType<ImportOutcome>();
}

ClipImport::~ClipImport()
{
    if (m_shared) {
        m_shared->cancelled = true;
        std::unique_lock lock(m_shared->mutex);
        m_shared->receiver = nullptr;
        // A stopped copy ends within one read (its .part stays for the next
        // time). Waited for, so that a window closed mid-copy does not leave
        // the thread hashing and recording while the program's exit takes
        // OpenSSL and SQLite away under it; a card that stopped answering is
        // not waited for longer than this.
        m_shared->ended.wait_for(lock, std::chrono::seconds(3), [this] { return m_shared->over; });
    }
}

void ClipImport::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

void ClipImport::start(const CameraSource &source, const QList<DeviceClip> &clips, const Options &options)
{
    if (m_running)
        return;
    m_running = true;
    m_shared = std::make_shared<Shared>();
    m_shared->receiver = this;
    std::thread([shared = m_shared, source, clips, options]() {
        runBehindTheWindow();
        const auto post = [&shared](auto &&call) {
            const std::lock_guard lock(shared->mutex);
            if (ClipImport *receiver = shared->receiver)
                QMetaObject::invokeMethod(receiver, call, Qt::QueuedConnection);
        };
        const auto receiverOf = [](const std::shared_ptr<Shared> &s) { return s->receiver.load(); };
        const ImportOutcome outcome = run(
            source, clips, options, shared->cancelled,
            [&](const ImportProgress &p) {
                post([shared, p, receiverOf]() {
                    if (ClipImport *r = receiverOf(shared))
                        emit r->progress(p);
                });
            },
            [&](const ImportedFile &f) {
                post([shared, f, receiverOf]() {
                    if (ClipImport *r = receiverOf(shared))
                        emit r->fileCopied(f);
                });
            });
        post([shared, outcome, receiverOf]() {
            if (ClipImport *r = receiverOf(shared)) {
                r->m_running = false;
                emit r->finished(outcome);
            }
        });
        const std::lock_guard lock(shared->mutex);
        shared->over = true;
        shared->ended.notify_all();
    }).detach();
}
