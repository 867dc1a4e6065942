#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QSize>
#include <QString>
#include <QStringList>

class QIODevice;

// What a video file is, as FFmpeg's demuxers read it: the container, the
// streams, how the picture stands, when it was filmed, and whether it can
// become a capture (a QuickTime .mov, as POST /captures takes) without
// re-encoding. Everything is bounded: a file may state anything.
struct MovieFacts
{
    Q_DECLARE_TR_FUNCTIONS(MovieFacts)

public:
    bool readable = false;
    QString problem; // why it cannot be a capture; empty when it can

    bool quickTime = false; // ISO base media family: .mov, .mp4, .m4v
    bool mpegTs = false; // MPEG transport stream: AVCHD .mts/.m2ts
    qint64 durationMs = 0; // at most 1000 years
    qint64 startUs = 0; // the first timestamp (an MPEG-TS often starts at 1.4 s)

    QString videoCodec; // the coach's name: "H.264", "HEVC", "ProRes"
    QSize videoSize; // as stored, before rotation; invalid when unknown
    int rotation = 0; // clockwise degrees a player turns the picture: 0, 90, 180, 270
    double frameRate = 0; // frames per second the file plays at; 0 unknown
    double captureFps = 0; // slow motion: the rate it was filmed at, when the file says; 0 otherwise
    double playbackFps = 0; // slow motion: the rate the camera plays it at (Android: the file's; Apple: 30)
    QStringList audioCodecs;
    QStringList leftOut; // tracks a .mov cannot carry (telemetry, timecode), in the coach's words

    // When the first frame was filmed, UTC; invalid when the file does not say.
    QDateTime recordingStart;
    enum class StartFrom { Unknown, AppleCreationDate, MovieHeader, AndroidMovieHeader };
    StartFrom recordingStartFrom = StartFrom::Unknown;

    bool canBeCapture() const { return readable && problem.isEmpty(); }
    bool isSlowMotion() const { return captureFps > 0 && playbackFps > 0 && captureFps > playbackFps * 1.5; }

    // The file's facts. Cheap: the header and the first packets, no decoding beyond
    // what FFmpeg needs to know the streams.
    static MovieFacts read(const QString &path);
    static MovieFacts read(QIODevice *device);

    // A QuickTime file whose name ends in .mov can go as it is; anything else
    // is remuxed first.
    static bool uploadsAsItIs(const QString &path, const MovieFacts &facts);
    static bool hasAcceptedExtension(const QString &fileName);
    static QStringList acceptedExtensions(); // "mov", "mp4", ...
};
