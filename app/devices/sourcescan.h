#pragma once

#include "devices/camerasource.h"
#include "devices/clipidentity.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>

#include <atomic>
#include <chrono>
#include <functional>
#include <memory>

// One file of a recording on the device.
struct DeviceFile
{
    QString path; // absolute
    QString relativePath; // to the source's root, with '/'
    qint64 size = 0;
    QDateTime modified; // the file system's time (the camera's clock, as FAT stores it)
    ClipIdentity identity; // computed only when a clip of this size was imported before, or by the copy
    bool imported = false;
};

// A recording on a card, camera or phone: one file, or a GoPro recording split
// into chapters (GX01nnnn.MP4, GX02nnnn.MP4, ...; older GoPros GOPRnnnn.MP4,
// GP01nnnn.MP4, ...), listed as one and copied as its own files.
struct DeviceClip
{
    QString path; // the first (or only) file
    QList<DeviceFile> chapters; // every file of the recording in order; one for a plain clip
    qint64 size = 0; // of all chapters
    // When it was filmed: from the file (MovieFacts) when it says, else the
    // file's modification time, which is shown as such (captureTimeFromFile false).
    QDateTime captureTime;
    bool captureTimeFromFile = false;
    qint64 durationMs = -1; // of all chapters; -1 unknown
    QString thumbnailPath; // the camera's .THM beside it, if any
    bool imported = false; // every chapter imported before

    bool isChaptered() const { return chapters.size() > 1; }
};

struct ScanResult
{
    QList<DeviceClip> clips; // newest first
    QString problem; // in a coach's words; empty when the whole source was read
    bool complete = false; // facts (time, duration, imported) known for every clip
    int newCount() const;
};

Q_DECLARE_METATYPE(DeviceClip)
Q_DECLARE_METATYPE(ScanResult)

// Reads what is on a source, on a thread of its own (the GUI never waits on the
// device): first the listing (names, sizes, file times: `listed`, fast), then
// each clip's capture time and duration from the file and whether it was
// imported before (`finished`). Companion files (.THM .LRV .CPI .MPL .XML and
// anything that is not a video) are never clips. A device that stops answering
// ends the scan with a problem after its deadline; the thread it was read on is
// left behind. Deleting the SourceScan drops what is still to come.
class SourceScan : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString storePath; // ImportedClips file; empty: ImportedClips::defaultPath()
        bool readFacts = true; // capture time and duration from each file (MovieFacts)
        std::chrono::milliseconds readTimeout = std::chrono::seconds(5); // each listing and read
    };

    explicit SourceScan(QObject *parent = nullptr);
    ~SourceScan() override;

    void start(const CameraSource &source, const Options &options);
    void start(const CameraSource &source) { start(source, Options()); }
    void cancel();

    // The whole scan in the calling thread (what start() runs on its thread).
    // `listed` is called once with the listing before facts are read.
    static ScanResult run(const CameraSource &source, const Options &options, const std::atomic<bool> &cancelled,
                          const std::function<void(const QList<DeviceClip> &)> &listed = {});

    // Videos and companions, by name.
    static bool isCompanionFile(const QString &fileName);
    static bool isVideoFile(const QString &fileName);
    // The GoPro recording a file belongs to and its chapter; false for any other name.
    static bool goProChapter(const QString &fileName, QString *recording, int *chapter);

signals:
    void listed(const QList<DeviceClip> &clips);
    void finished(const ScanResult &result);

private:
    struct Shared;
    std::shared_ptr<Shared> m_shared;
};
