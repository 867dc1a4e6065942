#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QTimer>

class QMediaPlayer;
class QVideoFrame;
class QVideoSink;

// A small picture of a take at each impact, for the split list: a player of its
// own, never shown and silent (no audio output), plays from each time to its first frame.
// It lives on a thread of its own (ImpactSplit moves it there and asks through queued
// calls): opening a take with GStreamer, decoding and turning a frame into a picture
// never hold the GUI thread.
// One take at a time; asking for another take (or other times) replaces what waits.
// Every frame has a deadline: a time the backend does not deliver is skipped.
class ImpactThumbnails : public QObject
{
    Q_OBJECT

public:
    explicit ImpactThumbnails(QObject *parent = nullptr);
    ~ImpactThumbnails() override;

    static constexpr int Width = 96;
    static constexpr int FrameDeadlineMs = 4000;

    // Pictures of `path` at these times (ms from the first frame), in this order.
    void request(const QString &path, const QList<qint64> &timesMs);
    void clear();
    bool busy() const { return m_current >= 0; }

signals:
    void ready(const QString &path, qint64 timeMs, const QImage &picture);

private:
    void ensurePlayer();
    void next();
    void onFrame(const QVideoFrame &frame);

    QMediaPlayer *m_player = nullptr;
    QVideoSink *m_sink = nullptr;
    QString m_path;
    QList<qint64> m_waiting;
    qint64 m_current = -1; // the time being decoded, -1: none
    bool m_sawFrame = false; // the take delivered a frame: it plays
    int m_seeks = 0; // seeks asked for the current time
    QTimer *m_deadline; // a child: moved to the thumbnails' thread with it
};
