#pragma once

#include "devices/camerasource.h"
#include "devices/sourcescan.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <deque>
#include <functional>
#include <memory>
#include <utility>

struct ImportProgress
{
    qint64 bytesDone = 0; // of every file to copy (those imported before left out)
    qint64 bytesTotal = 0;
    double bytesPerSecond = 0; // over the last few seconds; 0 until known
    qint64 secondsLeft = -1; // -1 until known
    int filesDone = 0;
    int filesTotal = 0;
    QString currentFile; // the file on the device being copied
};

struct ImportedFile
{
    QString sourcePath; // on the device
    QString copyPath; // in the destination
    bool wasThere = false; // the same clip was already in the destination under this name: not copied again
};

struct ImportOutcome
{
    QList<ImportedFile> copied; // in the order copied; each recorded in ImportedClips
    int alreadyImported = 0; // files left out because they were imported before
    QStringList failures; // one line per file that failed, in a coach's words; nothing recorded for it
    bool sourceLost = false; // the card was pulled (or stopped answering): the rest waits for it to come back
    bool sourceStalled = false; // sourceLost, and the card is still there: it stopped answering
    bool cancelled = false;
    QString problem; // the one reason the import stopped, in a coach's words; empty when it ran through

    bool nothingNew() const
    {
        return copied.isEmpty() && failures.isEmpty() && !sourceLost && !cancelled && problem.isEmpty();
    }
};

// The copy's speed over the last few seconds and the time left, from samples
// of (time, bytes done) on any clock in milliseconds (the import's own clock;
// a test gives its own times).
class ImportRate
{
public:
    // Adds what was done by `ms`; sets progress's bytesPerSecond and secondsLeft
    // once the samples span at least half a second (they stay as they were until then).
    void add(qint64 ms, ImportProgress *progress);

private:
    std::deque<std::pair<qint64, qint64>> m_samples;
};

Q_DECLARE_METATYPE(ImportProgress)
Q_DECLARE_METATYPE(ImportedFile)
Q_DECLARE_METATYPE(ImportOutcome)

// Copies chosen clips from a card, camera or phone into the coach's library
// folder, on a thread of its own (the GUI never waits on the device):
//  - each file is identified first (ClipIdentity); one imported before is left out;
//  - it is copied to "<name>.<identity>.part" in the destination, read by a
//    reader thread whose every read has a deadline, written with O_DIRECT where
//    the file system allows, its full SHA-256 (kept) and a Poly1305 tag under
//    a key of its own (CopyTag) computed on the way by a hasher thread; then
//    fsynced, read back from the disk and checked against that tag, and
//    renamed to its name without ever overwriting: a different clip of the same
//    name gets "name (2).ext"; the same clip already there is taken as it is;
//  - only then is it recorded in ImportedClips (nothing half-copied is recorded).
// A card pulled mid-copy (its mount gone, a read error of a vanished device)
// is reported within 2 s; a device that stops answering after stallTimeout.
// The .part stays: copied again (the card back, the program started again
// after a crash), the copy goes on from where it stopped once the end of what
// was copied matches the card. A file that fails otherwise (destination full,
// a read error, a read back that does not match) has its .part removed.
class ClipImport : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString destination; // the folder the copies go into; empty: defaultDestination()
        QString storePath; // ImportedClips file; empty: ImportedClips::defaultPath()
        std::chrono::milliseconds stallTimeout = std::chrono::seconds(10); // no byte for this long: not answering
        std::chrono::milliseconds presenceInterval = std::chrono::milliseconds(400); // how often the mount is checked
    };

    explicit ClipImport(QObject *parent = nullptr);
    ~ClipImport() override; // an import still running is cancelled; its .part files stay

    // ~/Videos/Uplift Capture/YYYY-MM-DD (the day given, today by default).
    static QString defaultDestination(const QDate &day = QDate::currentDate());

    void start(const CameraSource &source, const QList<DeviceClip> &clips, const Options &options);
    void cancel();
    bool isRunning() const { return m_running; }

    // The whole import in the calling thread (what start() runs on its thread).
    static ImportOutcome run(const CameraSource &source, const QList<DeviceClip> &clips, const Options &options,
                             const std::atomic<bool> &cancelled,
                             const std::function<void(const ImportProgress &)> &progress = {},
                             const std::function<void(const ImportedFile &)> &copied = {});

signals:
    void progress(const ImportProgress &progress);
    void fileCopied(const ImportedFile &file);
    void finished(const ImportOutcome &outcome);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
    bool m_running = false;
};
