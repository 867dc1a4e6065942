#pragma once

#include "common/cliprange.h"
#include "media/moviefacts.h"

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
    QSize codedSize; // as stored, before rotation
    double frameRate = 0; // frames per second
    int rotation = 0; // clockwise degrees the player turns the picture: 0, 90, 180, 270
    QDateTime creationTime; // when filming started, UTC; invalid when the file does not say
    MovieFacts movie; // everything FFmpeg read of the file
    // The parts the coach marked in the preview, in order; empty: all of it.
    // Each becomes its own capture.
    QList<ClipRange> ranges;

    QImage thumbnail;
    Playback playback = Playback::Unknown;
    QString playbackProblem; // the backend's words when it cannot play the file

    QString fileName() const;
    // Size of the picture as the coach sees it, rotation applied.
    QSize displaySize() const;
    bool isPortrait() const;
    // When the clip was filmed: the recording's start as the file states it
    // (see MovieFacts), else the file's modification time (e.g. a phone that
    // does not write one); never later than now, which the API refuses.
    QDateTime captureTime(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // When the frame at `offsetMs` into the recording was filmed.
    QDateTime captureTimeAt(qint64 offsetMs, const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    // Why this file cannot become a capture; empty when it can.
    QString problem() const { return movie.problem; }
    // It must be remuxed (or cut) into a .mov before upload.
    bool needsPreparation() const { return !ranges.isEmpty() || !MovieFacts::uploadsAsItIs(path, movie); }
    // The name clip `index` is uploaded as: the file's own for a .mov sent
    // whole, else "<name>.mov", or "<name>-1.mov", … for several ranges.
    QString uploadName(int index = 0) const;
    bool headerRead() const { return durationMs > 0 || codedSize.isValid(); }
};
