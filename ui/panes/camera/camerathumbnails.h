#pragma once

#include <QImage>
#include <QList>
#include <QObject>
#include <QString>

class QThread;
class ThumbnailWorker;

// Thumbnails of the clips on a card, camera or phone, made on a thread of its
// own (the GUI never waits on the device): the camera's .THM picture where
// there is one, else the video's first frame (VideoProbe, decoded by Qt
// Multimedia, turned upright). Made in the order asked for, so the pane asks
// for the clips in sight first. A device that stops answering stalls only that
// thread; it is left behind (never waited for) when this goes.
class CameraThumbnails : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QString path; // the video; the key of the answer
        QString thm; // the camera's .THM beside it; empty when none
    };

    explicit CameraThumbnails(QObject *parent = nullptr);
    ~CameraThumbnails() override;

    // What is wanted, most wanted first; replaces what was asked before (a
    // thumbnail already made or being made is not made again).
    void want(const QList<Request> &requests);
    // Stops every thumbnail of the clips below a folder (a card being ejected):
    // the ones asked for are forgotten, the one being made is abandoned and its
    // decoder destroyed, which closes its file. Asked again later, they are made.
    void release(const QString &folder);

signals:
    void ready(const QString &path, const QImage &image);

private:
    QThread *m_thread;
    ThumbnailWorker *m_worker;
};
