#include "devices/sourcescan.h"

#include "devices/deviceio.h"
#include "devices/importedclips.h"
#include "media/moviefacts.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMap>
#include <QMutex>
#include <QRegularExpression>

#include <algorithm>
#include <mutex>
#include <thread>

#include <dirent.h>
#include <sys/stat.h>

namespace {

struct Entry
{
    QString name;
    qint64 size = 0;
    qint64 modifiedSecs = 0;
    bool isFile = false;
};

struct Listing
{
    QList<Entry> entries;
    int error = 0;
};

// A folder's files with their sizes and times, in one call within the deadline.
std::optional<Listing> listFiles(const QString &dir, std::chrono::milliseconds timeout)
{
    const QByteArray name = QFile::encodeName(dir);
    return DeviceIo::within<Listing>(timeout, [name]() {
        Listing l;
        DIR *d = ::opendir(name.constData());
        if (!d) {
            l.error = errno;
            return l;
        }
        while (l.entries.size() < 100000) {
            errno = 0;
            const dirent *e = ::readdir(d);
            if (!e) {
                l.error = errno;
                break;
            }
            if (e->d_name[0] == '.')
                continue; // ".", "..", and hidden files (macOS's ._ companions)
            struct stat st = {};
            if (::fstatat(::dirfd(d), e->d_name, &st, 0) != 0)
                continue;
            Entry entry;
            entry.name = QFile::decodeName(e->d_name);
            entry.size = st.st_size;
            entry.modifiedSecs = st.st_mtim.tv_sec;
            entry.isFile = S_ISREG(st.st_mode);
            l.entries.append(entry);
        }
        ::closedir(d);
        return l;
    });
}

QString unanswered(const QString &path)
{
    return QCoreApplication::translate("SourceScan", "The card did not answer while reading %1.")
        .arg(QDir::toNativeSeparators(path));
}

} // namespace

int ScanResult::newCount() const
{
    return int(std::count_if(clips.cbegin(), clips.cend(), [](const DeviceClip &c) { return !c.imported; }));
}

bool SourceScan::isCompanionFile(const QString &fileName)
{
    static const QStringList companions = { QStringLiteral("thm"), QStringLiteral("lrv"), QStringLiteral("cpi"),
                                            QStringLiteral("mpl"), QStringLiteral("xml") };
    return companions.contains(QFileInfo(fileName).suffix().toLower());
}

bool SourceScan::isVideoFile(const QString &fileName)
{
    return !isCompanionFile(fileName) && MovieFacts::hasAcceptedExtension(fileName);
}

bool SourceScan::goProChapter(const QString &fileName, QString *recording, int *chapter)
{
    // HERO6 and later: G + encoding letter (X: HEVC, H: H.264) + chapter 01-99 + recording 0001-9999.
    static const QRegularExpression modern(QStringLiteral("^(G[HX])([0-9]{2})([0-9]{4})\\.MP4$"),
                                           QRegularExpression::CaseInsensitiveOption);
    // HERO5 and older: GOPRnnnn.MP4 is the first chapter, GPccnnnn.MP4 the following ones.
    static const QRegularExpression first(QStringLiteral("^GOPR([0-9]{4})\\.MP4$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression later(QStringLiteral("^GP([0-9]{2})([0-9]{4})\\.MP4$"),
                                          QRegularExpression::CaseInsensitiveOption);
    if (const auto m = modern.match(fileName); m.hasMatch()) {
        *recording = m.captured(1).toUpper() + m.captured(3);
        *chapter = m.captured(2).toInt();
        return true;
    }
    if (const auto m = first.match(fileName); m.hasMatch()) {
        *recording = QStringLiteral("GOPR") + m.captured(1);
        *chapter = 0;
        return true;
    }
    if (const auto m = later.match(fileName); m.hasMatch()) {
        *recording = QStringLiteral("GOPR") + m.captured(2);
        *chapter = m.captured(1).toInt();
        return true;
    }
    return false;
}

ScanResult SourceScan::run(const CameraSource &source, const Options &options, const std::atomic<bool> &cancelled,
                           const std::function<void(const QList<DeviceClip> &)> &listed)
{
    ScanResult result;
    const QStringList folders = CameraSource::videoFolders(source.root, options.readTimeout);
    if (folders.isEmpty()) {
        result.problem = QCoreApplication::translate("SourceScan", "%1 has no DCIM folder and no AVCHD folder.")
                             .arg(QDir::toNativeSeparators(source.root));
        return result;
    }
    for (const QString &folder : folders) {
        if (cancelled)
            return result;
        const QString dir = source.root + QLatin1Char('/') + folder;
        const auto listing = listFiles(dir, options.readTimeout);
        if (!listing) {
            result.problem = unanswered(dir);
            return result;
        }
        QHash<QString, QString> thumbnails; // base name, upper case -> .THM path
        for (const Entry &e : listing->entries) {
            if (e.isFile && e.name.endsWith(QLatin1String(".thm"), Qt::CaseInsensitive))
                thumbnails.insert(QFileInfo(e.name).completeBaseName().toUpper(), dir + QLatin1Char('/') + e.name);
        }
        QMap<QString, QMap<int, DeviceFile>> goPro; // recording -> chapter -> file
        QList<DeviceClip> folderClips;
        for (const Entry &e : listing->entries) {
            if (!e.isFile || !isVideoFile(e.name))
                continue;
            DeviceFile file;
            file.path = dir + QLatin1Char('/') + e.name;
            file.relativePath = folder + QLatin1Char('/') + e.name;
            file.size = e.size;
            file.modified = QDateTime::fromSecsSinceEpoch(e.modifiedSecs, Qt::UTC);
            QString recording;
            int chapter = 0;
            if (goProChapter(e.name, &recording, &chapter)) {
                goPro[recording].insert(chapter, file);
                continue;
            }
            DeviceClip clip;
            clip.path = file.path;
            clip.chapters = { file };
            clip.thumbnailPath = thumbnails.value(QFileInfo(e.name).completeBaseName().toUpper());
            folderClips.append(clip);
        }
        for (auto it = goPro.cbegin(); it != goPro.cend(); ++it) {
            DeviceClip clip;
            clip.chapters = it.value().values();
            clip.path = clip.chapters.first().path;
            clip.thumbnailPath = thumbnails.value(QFileInfo(clip.path).completeBaseName().toUpper());
            folderClips.append(clip);
        }
        result.clips += folderClips;
    }
    for (DeviceClip &clip : result.clips) {
        clip.size = 0;
        for (const DeviceFile &f : clip.chapters)
            clip.size += f.size;
        clip.captureTime = clip.chapters.first().modified;
        clip.captureTimeFromFile = false;
    }
    const auto newestFirst = [](const DeviceClip &a, const DeviceClip &b) {
        if (a.captureTime != b.captureTime)
            return a.captureTime > b.captureTime;
        return a.path < b.path;
    };
    std::sort(result.clips.begin(), result.clips.end(), newestFirst);
    if (listed)
        listed(result.clips);

    ImportedClips store;
    const bool storeOpen = store.open(options.storePath.isEmpty() ? ImportedClips::defaultPath() : options.storePath);
    const QSet<qint64> knownSizes = storeOpen ? store.knownSizes() : QSet<qint64>();
    for (DeviceClip &clip : result.clips) {
        if (cancelled)
            return result;
        bool all = true;
        for (DeviceFile &file : clip.chapters) {
            // A size never imported is new without reading a byte of it.
            if (knownSizes.contains(file.size)) {
                QString problem;
                file.identity = ClipIdentity::read(file.path, file.size, options.readTimeout, &problem);
                if (!file.identity.isValid()) {
                    result.problem = problem;
                    return result;
                }
                file.imported = store.find(file.identity).has_value();
            }
            all = all && file.imported;
        }
        clip.imported = all;
        if (!options.readFacts)
            continue;
        qint64 duration = 0;
        for (int i = 0; i < clip.chapters.size(); ++i) {
            const QString path = clip.chapters.at(i).path;
            const auto facts
                = DeviceIo::within<MovieFacts>(options.readTimeout, [path]() { return MovieFacts::read(path); });
            if (!facts) {
                result.problem = unanswered(path);
                return result;
            }
            if (i == 0 && facts->recordingStart.isValid()) {
                clip.captureTime = facts->recordingStart;
                clip.captureTimeFromFile = true;
            }
            if (duration >= 0 && facts->readable && facts->durationMs > 0)
                duration += facts->durationMs;
            else
                duration = -1;
        }
        clip.durationMs = duration;
    }
    std::sort(result.clips.begin(), result.clips.end(), newestFirst);
    if (!storeOpen)
        result.problem = store.errorString();
    result.complete = storeOpen;
    return result;
}

struct SourceScan::Shared
{
    std::mutex mutex;
    SourceScan *receiver = nullptr;
    std::atomic<bool> cancelled = false;
};

SourceScan::SourceScan(QObject *parent)
    : QObject(parent)
{
    qRegisterMetaType<DeviceClip>();
    qRegisterMetaType<ScanResult>();
}

SourceScan::~SourceScan()
{
    if (m_shared) {
        m_shared->cancelled = true;
        const std::lock_guard lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }
}

void SourceScan::cancel()
{
    if (m_shared)
        m_shared->cancelled = true;
}

void SourceScan::start(const CameraSource &source, const Options &options)
{
    if (m_shared) {
        m_shared->cancelled = true;
        const std::lock_guard lock(m_shared->mutex);
        m_shared->receiver = nullptr;
    }
    m_shared = std::make_shared<Shared>();
    m_shared->receiver = this;
    std::thread([shared = m_shared, source, options]() {
        const auto post = [&shared](auto &&call) {
            const std::lock_guard lock(shared->mutex);
            if (SourceScan *receiver = shared->receiver)
                QMetaObject::invokeMethod(receiver, call, Qt::QueuedConnection);
        };
        const ScanResult result = run(source, options, shared->cancelled, [&](const QList<DeviceClip> &clips) {
            post([shared, clips]() {
                SourceScan *receiver = nullptr;
                {
                    const std::lock_guard lock(shared->mutex);
                    receiver = shared->receiver;
                }
                if (receiver) // runs in the receiver's thread, the only one that deletes it
                    emit receiver->listed(clips);
            });
        });
        post([shared, result]() {
            SourceScan *receiver = nullptr;
            {
                const std::lock_guard lock(shared->mutex);
                receiver = shared->receiver;
            }
            if (receiver && !shared->cancelled)
                emit receiver->finished(result);
        });
    }).detach();
}
