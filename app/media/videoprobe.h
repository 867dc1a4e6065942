#pragma once

#include "media/videoinfo.h"

#include <QObject>

class ProbeWorker;
class QThread;

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

    // How long one file may take before it is reported as unplayable.
    void setTimeoutMs(int ms);
    static constexpr int thumbnailWidth = 192;

signals:
    void probed(const VideoInfo &info);

private:
    QThread *m_thread;
    ProbeWorker *m_worker; // lives in m_thread
    int m_pending = 0; // asked for, not yet answered
};
