#pragma once

#include <QString>

// Reads a QuickTime/MP4 file's video frame rate from its atoms (moov → trak with
// a 'vide' handler → mdhd timescale and stts sample table), the way the platform
// fills `fps_detected`. The sandbox may not use the media room, and a server
// should not need a decoder to know a frame rate.
class FrameRate
{
public:
    // Returns the frames per second, or a negative number with *reason set when
    // the file is not a video this can read.
    static double ofFile(const QString &path, QString *reason);
};
