#pragma once

#include <QString>

// The frame rate of an uploaded file, the way the platform fills
// `fps_detected`: read by FFmpeg's demuxers (media/MovieFacts, the same
// reader the app uses; no container parser of our own), without decoding.
class FrameRate
{
public:
    // Returns the frames per second, or a negative number with *reason set when
    // the file is not a QuickTime video this can read.
    static double ofFile(const QString &path, QString *reason);
};
