#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>

class ThumbnailThread;
struct ThumbnailQueue;

// Thumbnails of the clips on a card, camera or phone, made on threads of their
// own (the GUI never waits on the device): the camera's .THM picture where
// there is one, else the video's first picture decoded through the media
// plugin (VideoFrame::at: FFmpeg, the video stream alone, turned upright).
// Made in the order asked for, a few at once, so the pane asks for the clips
// in sight first. A device that stops answering stalls only the threads
// reading it; they are left behind (never waited for) when this goes.
class CameraThumbnails : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString path; // the video; the key of the answer
        QString thm; // the camera's .THM beside it; empty when none
    };

    // width: how wide the decoded pictures are made at most.
    explicit CameraThumbnails(int width, QObject *parent = nullptr);
    ~CameraThumbnails() override;

    // What is wanted, most wanted first; replaces what was asked before (a
    // thumbnail already made or being made is not made again).
    void want(const QList<Request> &requests);
    // Stops every thumbnail of the clips below a folder (a card being ejected):
    // the ones asked for are forgotten, the ones being made are stopped between
    // two reads and their files closed. Asked again later, they are made.
    // released(folder) follows once no thread reads below it any more (or after
    // ReleaseWaitMs, when a card does not answer a read).
    void release(const QString &folder);

    static constexpr int ReleaseWaitMs = 1500;

signals:
    // A picture for the clip at path; a clip whose picture cannot be made
    // (not a video, cut short, stopped answering) gets none.
    void ready(const QString &path, const QImage &image);
    void released(const QString &folder);

private:
    std::shared_ptr<ThumbnailQueue> m_queue;
    QList<ThumbnailThread *> m_threads;
};
