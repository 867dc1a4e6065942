#pragma once

#include <QCoreApplication>
#include <QString>

#include <atomic>
#include <memory>

class QIODevice;
struct AVFormatContext;
struct AVIOContext;

// A video file opened with libavformat, read through a QIODevice so that the
// same code reads a file on disk and bytes in memory (the fuzz target), and
// so that file names in any script open on every platform. Internal to the
// media room: what a file holds is read here and nowhere else.
class AvInput
{
    Q_DECLARE_TR_FUNCTIONS(AvInput)

public:
    AvInput() = default;
    ~AvInput();
    AvInput(const AvInput &) = delete;
    AvInput &operator=(const AvInput &) = delete;

    // How much is read on opening: the container's header (for a QuickTime
    // file that is all the facts, in a few kilobytes), or also FFmpeg's
    // stream analysis, which reads and decodes the first packets (what a
    // remux needs, and what an MPEG-TS, which has no header, always needs).
    // Demux: what the demuxer finds on opening and nothing more, for a reader
    // that reads packets itself and must decode nothing it does not ask for
    // (the stream analysis decodes video frames).
    enum class Depth { Header, Streams, Demux };
    // Opens and reads the stream information. The device must stay open and
    // outlive this object. A cancel flag, when given, stops any read in flight.
    bool open(QIODevice *device, const std::atomic<bool> *cancel = nullptr, Depth depth = Depth::Streams);
    // Owns the file it opens.
    bool open(const QString &path, const std::atomic<bool> *cancel = nullptr, Depth depth = Depth::Streams);

    AVFormatContext *context() const { return m_context; }
    // Why open() failed, for the coach.
    QString problem() const { return m_problem; }
    qint64 deviceSize() const;
    qint64 bytesRead() const { return m_bytesRead; }

    // FFmpeg's own text for an error code.
    static QString errorText(int code);

private:
    std::unique_ptr<QIODevice> m_ownedDevice;
    QIODevice *m_device = nullptr;
    AVIOContext *m_io = nullptr;
    AVFormatContext *m_context = nullptr;
    const std::atomic<bool> *m_cancel = nullptr;
    QString m_problem;
    qint64 m_bytesRead = 0;

    static int readPacket(void *opaque, uint8_t *buffer, int size);
    static int64_t seek(void *opaque, int64_t offset, int whence);
    static int interrupted(void *opaque);
};
