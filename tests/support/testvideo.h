#pragma once

#include <QJsonObject>
#include <QSize>
#include <QString>
#include <QStringList>

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

    // Runs ffmpeg with these arguments (after -hide_banner -loglevel error -y);
    // an empty string on success, else what went wrong.
    static QString ffmpeg(const QStringList &args);
    // ffprobe's JSON of a file (-show_format -show_streams and `extra`); an
    // empty object when ffprobe fails.
    static QJsonObject ffprobe(const QString &path, const QStringList &extra = {});
    // Packets of the first stream of that type ("v", "a") ffprobe counts.
    static int packetCount(const QString &path, const QString &type);

    // A recording as a kind of camera writes it, `seconds` long, 30 fps with a
    // keyframe every second, 2026-12-03T10:15:00Z as its creation time:
    //   "mp4"         H.264 + AAC MP4
    //   "mp4-rotated" the same, turned 90° (a phone held upright)
    //   "hevc-mp4"    HEVC MP4 tagged hev1 (as FFmpeg writes it by default)
    //   "mp4-tmcd"    H.264 MP4 with a timecode data track
    //   "mts"         MPEG-TS, H.264 + AC-3 (AVCHD-like), starting at 1.4 s
    //   "mov-bframes" H.264 .mov with B-frames and a 2 s group of pictures
    //   "android"     MP4 with Android's keys: version, capture rate 240 fps
    //   "apple"       .mov with Apple's creation date (local time and offset)
    //   "apple-slomo" 240 fps .mov with Apple's slow-motion playback intent
    //   "vp9"         VP9 WebM, which cannot become a .mov without re-encoding
    // A real (tiny) QuickTime movie padded with a 'free' atom to `bytes`, for
    // tests about uploads rather than pictures: quick to make at any size.
    // Empty string on success.
    static QString makePaddedMov(const QString &path, qint64 bytes);

    static QString makeCameraClip(const QString &path, const QString &kind, double seconds = 4);
    // The same in the scratch folder under `name`: its path, or empty (with a warning) when ffmpeg failed.
    static QString cameraClip(const QString &kind, const QString &name, double seconds = 4);
};
