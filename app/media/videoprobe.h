#pragma once

#include "media/videoinfo.h"

#include <QObject>
#include <QQueue>

class ProbeWorker;
class QThread;
class QTimer;

// Finds out what a video is: the header facts at once (probeHeader), then,
// one file at a time in the background, whether Qt Multimedia can play it and
// a thumbnail of its first frame (probe → probed). Never blocks the caller:
// the files are read and the players run on a thread of the probe's own.
class VideoProbe : public QObject
{
    Q_OBJECT

public:
    explicit VideoProbe(QObject *parent = nullptr);
    ~VideoProbe() override;

    // File facts and the QuickTime header only: quick, no decoding.
    static VideoInfo probeHeader(const QString &path);

    // Queues a file; probed() follows with everything filled in.
    void probe(const QString &path);
    // The same for a file whose header facts were read already: not read again.
    void probe(const VideoInfo &header);
    int pending() const;
    // Paused, the files queued go one at a time, each pausedIntervalMs after
    // the one before ended (the first, after the pause began or it was queued,
    // whichever is later): while a card is copied the players would take the
    // cores the copy and the window need, and yet a long import's clips get
    // their pictures as it goes. An interval of 0: none until resumed. The one
    // with the worker when the pause begins finishes.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void setPausedIntervalMs(int ms);
    static constexpr int defaultPausedIntervalMs = 5000;

    // How long one file may take before it is reported as unplayable (a file
    // whose read does not answer at all: a few seconds more).
    void setTimeoutMs(int ms);
    static constexpr int thumbnailWidth = 192;

signals:
    void probed(const VideoInfo &info);

private:
    void startWorker();
    // Lets the worker and its thread go, waiting up to waitMs for them.
    void letWorkerGo(int waitMs);
    void sendNext();
    void startOne();
    void finish(const VideoInfo &info);
    void onLate();

    QQueue<VideoInfo> m_queue; // a path alone: the header is still to be read
    VideoInfo m_current; // with the worker
    bool m_running = false;
    bool m_paused = false;
    QThread *m_thread = nullptr;
    ProbeWorker *m_worker = nullptr; // lives in m_thread
    int m_generation = 0; // of the worker: a late answer from one let go is not taken
    QTimer *m_deadline;
    QTimer *m_pace; // while paused: when the next file may go
    int m_pausedIntervalMs = defaultPausedIntervalMs;
    int m_timeoutMs = 8000;
    static constexpr int workerMarginMs = 4000;
};
