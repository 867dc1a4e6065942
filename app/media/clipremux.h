#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <algorithm>
#include <atomic>
#include <functional>

// Makes the QuickTime .mov that POST /captures takes out of any recording
// MovieFacts accepts, losslessly: a stream copy of the video and audio
// packets, timestamps kept, the picture's rotation and the creation time
// carried over, the movie header first (+faststart). With a range it keeps
// only that part: from the keyframe at or before its start (a stream copy
// cannot start anywhere else) to its end, and the file begins at that
// keyframe with no edit list hiding frames. Synchronous: run it on a worker
// thread; the cancel flag stops it within one packet. The work is FFmpeg's,
// in the plugin MediaEngine loads (media/ffmpeg/clipremuxer.cpp).
class ClipRemux
{
    Q_DECLARE_TR_FUNCTIONS(ClipRemux)

public:
    struct Request
    {
        QString source;
        QString target; // written as target + ".part", renamed when whole
        qint64 startMs = -1; // a range within the recording, from its first frame; -1: all of it
        qint64 endMs = -1;
        // Written as the new file's creation_time; invalid: the source's is kept.
        QDateTime creationTime;
    };
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString problem; // for the coach
        qint64 cutStartMs = 0; // where the kept part really starts in the recording (the keyframe)
        qint64 durationMs = 0;
        qint64 videoPackets = 0;
        qint64 audioPackets = 0;
        qint64 bytes = 0;
        qint64 bytesRead = 0; // of the recording: a cut reads only its part (and the index)
        QStringList leftOut; // tracks not carried over, in the coach's words
        // The recording could not be read to the end (damaged or cut short): the
        // clip ends at its last whole packet, and this says where, for the history.
        QString warning;
    };
    using Progress = std::function<void(int percent)>;

    static Result run(const Request &request, const std::atomic<bool> &cancel, const Progress &progress = {});

    // Bytes the target needs, with head room: the share of the source the range covers.
    static qint64 bytesNeeded(qint64 sourceBytes, qint64 durationMs, qint64 startMs, qint64 endMs)
    {
        double share = 1.0;
        if (durationMs > 0 && (startMs >= 0 || endMs >= 0)) {
            const qint64 from = std::max<qint64>(0, startMs);
            const qint64 to = endMs >= 0 ? std::min(endMs, durationMs) : durationMs;
            share = std::clamp(double(to - from) / double(durationMs), 0.0, 1.0);
        }
        // A keyframe interval more than the range, the index, and room to spare.
        return qint64(double(std::max<qint64>(0, sourceBytes)) * std::min(1.0, share + 0.05)) + 32LL * 1024 * 1024;
    }
    // Where the kept part of a range starting at startMs really begins: the
    // keyframe at or before it, in milliseconds from the first frame; -1 when
    // the file cannot be read.
    static qint64 keyframeAtOrBefore(const QString &source, qint64 startMs);
};
