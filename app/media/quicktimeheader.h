#pragma once

#include <QDateTime>
#include <QSize>
#include <QString>

class QIODevice;

// The facts a QuickTime/MP4 file states in its movie header ('moov'):
// duration, creation time, and for the first video track its size, display
// rotation and frame rate. Read directly because Qt Multimedia's GStreamer
// backend reports creation time late (or not at all) and never reports
// rotation; walking the atoms costs a few kilobytes of reading.
struct QuickTimeHeader
{
    bool valid = false;
    QString problem; // why not valid
    qint64 durationMs = 0;
    QDateTime creationTime; // invalid when the file leaves it at zero
    QSize videoSize;
    int rotation = 0;
    double frameRate = 0;

    static QuickTimeHeader read(const QString &path);
    static QuickTimeHeader read(QIODevice *device);
};
