#pragma once

#include <QSize>
#include <QString>

// Makes small real videos with ffmpeg at test time, so no binary fixture is
// committed. Each video is an H.264 QuickTime (.mov) file of the test-pattern
// source, with a 440 Hz tone as its audio track unless asked otherwise.
struct TestVideo
{
    QString path;
    double seconds = 1.0;
    QSize size = QSize(320, 240);
    int fps = 30;
    bool audio = true;
    // ISO 8601, written as the container's creation_time when not empty.
    QString creationTime;
    // Clockwise rotation written to the video track's display matrix.
    int rotation = 0;

    // Runs ffmpeg; returns an empty string on success, else what went wrong.
    QString make() const;

    // A path in the test's scratch folder ($UPLIFT_TEST_TMP, else the system
    // temporary folder) for a file of that name.
    static QString scratchPath(const QString &fileName);
};
