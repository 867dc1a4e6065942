#pragma once

#include "media/videoinfo.h"

#include <QObject>
#include <QPointer>
#include <QQueue>

class QMediaPlayer;
class QTimer;
class QVideoSink;

// Finds out what a video is: the header facts at once (probeHeader), then,
// one file at a time in the background, whether Qt Multimedia can play it and
// a thumbnail of its first frame (probe → probed). Never blocks the caller.
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
    // The same for a file whose header facts were read already (on another
    // thread): nothing is read again on this one.
    void probe(const VideoInfo &header);
    int pending() const;

    // How long one file may take before it is reported as unplayable.
    void setTimeoutMs(int ms);
    static constexpr int thumbnailWidth = 192;

signals:
    void probed(const VideoInfo &info);

private:
    void startNext();
    void finishCurrent(VideoInfo::Playback playback, const QString &problem = {});

    QQueue<VideoInfo> m_queue; // a path alone: the header is still to be read
    VideoInfo m_current;
    bool m_busy = false;
    QPointer<QMediaPlayer> m_player;
    QPointer<QVideoSink> m_sink;
    QTimer *m_timeout;
};
