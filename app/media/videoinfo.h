#pragma once

#include <QDateTime>
#include <QImage>
#include <QSize>
#include <QString>

// What the app knows about one video file: read from the file system, the
// QuickTime header and, for the thumbnail and playability, Qt Multimedia.
struct VideoInfo
{
    enum class Playback { Unknown, Playable, Unplayable };

    QString path;
    qint64 sizeBytes = -1;
    QDateTime modified;

    // From the container. Invalid/zero when the header could not be read.
    qint64 durationMs = 0;
    QSize codedSize;       // as stored, before rotation
    double frameRate = 0;  // frames per second
    int rotation = 0;      // clockwise degrees the player turns the picture: 0, 90, 180, 270
    QDateTime creationTime; // UTC; invalid when the file does not say

    QImage thumbnail;
    Playback playback = Playback::Unknown;
    QString playbackProblem; // the backend's words when it cannot play the file

    QString fileName() const;
    // Size of the picture as the coach sees it, rotation applied.
    QSize displaySize() const;
    bool isPortrait() const;
    // When the clip was filmed: the container's creation time, else the
    // file's modification time (e.g. a phone that does not write one).
    QDateTime captureTime() const;
    bool headerRead() const { return durationMs > 0 || codedSize.isValid(); }
};
