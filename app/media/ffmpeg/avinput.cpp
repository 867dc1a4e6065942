#include "media/ffmpeg/avinput.h"

#include <QFile>
#include <QFileInfo>

#include <mutex>

extern "C" {
#include <libavformat/avformat.h>
#include <libavutil/error.h>
#include <libavutil/log.h>
#include <libavutil/mem.h>
}

namespace {

constexpr int bufferSize = 256 * 1024;

void quietLibraries()
{
    // Hostile or damaged files make FFmpeg talk on stderr for every packet;
    // what matters reaches the coach through the return codes instead.
    static std::once_flag once;
    std::call_once(once, [] { av_log_set_level(AV_LOG_FATAL); });
}

} // namespace

AvInput::~AvInput()
{
    if (m_context)
        avformat_close_input(&m_context);
    if (m_io) {
        av_freep(&m_io->buffer);
        avio_context_free(&m_io);
    }
}

QString AvInput::errorText(int code)
{
    char text[AV_ERROR_MAX_STRING_SIZE] = {};
    av_strerror(code, text, sizeof text);
    return QString::fromUtf8(text);
}

int AvInput::readPacket(void *opaque, uint8_t *buffer, int size)
{
    auto *self = static_cast<AvInput *>(opaque);
    // A custom reader is not asked FFmpeg's interrupt callback: a device that
    // trickles is stopped here, between two reads.
    if (interrupted(self))
        return AVERROR_EXIT;
    const qint64 n = self->m_device->read(reinterpret_cast<char *>(buffer), size);
    if (n < 0)
        return AVERROR(EIO);
    if (n == 0)
        return AVERROR_EOF;
    self->m_bytesRead += n;
    return int(n);
}

int64_t AvInput::seek(void *opaque, int64_t offset, int whence)
{
    auto *self = static_cast<AvInput *>(opaque);
    QIODevice *device = self->m_device;
    if (whence == AVSEEK_SIZE)
        return device->size();
    qint64 target = offset;
    switch (whence & ~AVSEEK_FORCE) {
    case SEEK_SET:
        break;
    case SEEK_CUR:
        target = device->pos() + offset;
        break;
    case SEEK_END:
        target = device->size() + offset;
        break;
    default:
        return AVERROR(EINVAL);
    }
    if (target < 0 || !device->seek(target))
        return AVERROR(EIO);
    return target;
}

int AvInput::interrupted(void *opaque)
{
    const auto *self = static_cast<const AvInput *>(opaque);
    return self->m_cancel && self->m_cancel->load(std::memory_order_relaxed) ? 1 : 0;
}

qint64 AvInput::deviceSize() const
{
    return m_device ? m_device->size() : -1;
}

bool AvInput::open(const QString &path, const std::atomic<bool> *cancel, Depth depth)
{
    const QFileInfo info(path);
    if (!info.exists()) {
        m_problem = tr("The file no longer exists");
        return false;
    }
    auto file = std::make_unique<QFile>(path);
    // Unbuffered: libavformat keeps its own buffer, a second one only copies.
    if (!file->open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        m_problem = tr("The file cannot be read (check its permissions)");
        return false;
    }
    m_ownedDevice = std::move(file);
    return open(m_ownedDevice.get(), cancel, depth);
}

bool AvInput::open(QIODevice *device, const std::atomic<bool> *cancel, Depth depth)
{
    quietLibraries();
    m_device = device;
    m_cancel = cancel;
    auto *buffer = static_cast<unsigned char *>(av_malloc(bufferSize));
    if (!buffer) {
        m_problem = tr("Out of memory while opening the video");
        return false;
    }
    m_io = avio_alloc_context(buffer, bufferSize, 0, this, &AvInput::readPacket, nullptr,
                              device->isSequential() ? nullptr : &AvInput::seek);
    if (!m_io) {
        av_free(buffer);
        m_problem = tr("Out of memory while opening the video");
        return false;
    }
    m_context = avformat_alloc_context();
    if (!m_context) {
        m_problem = tr("Out of memory while opening the video");
        return false;
    }
    m_context->pb = m_io;
    m_context->flags |= AVFMT_FLAG_CUSTOM_IO;
    // Only the demuxers a coach's camera or phone needs (and WebM/Matroska/AVI
    // to say why they are refused); a playlist or concat file that would make
    // FFmpeg open other files or URLs is not among them, and no protocol is
    // allowed for nested opens either.
    m_context->format_whitelist = av_strdup("mov,mp4,m4a,3gp,3g2,mj2,mpegts,matroska,webm,avi");
    m_context->protocol_whitelist = av_strdup("none");
    m_context->interrupt_callback.callback = &AvInput::interrupted;
    m_context->interrupt_callback.opaque = this;
    int rc = avformat_open_input(&m_context, nullptr, nullptr, nullptr);
    if (rc < 0) {
        // avformat_open_input frees the context when it fails.
        m_context = nullptr;
        m_problem = tr("Not a video file that can be read (%1)").arg(errorText(rc));
        return false;
    }
    const bool quickTime = QByteArray(m_context->iformat->name).split(',').contains("mov");
    if ((depth == Depth::Header && quickTime) || depth == Depth::Demux)
        return true;
    if (depth == Depth::Header) {
        // Facts only (an MPEG-TS has no header): the first 2 MB or 1.5 s are
        // enough to know the streams, and keep a dropped batch quick.
        m_context->probesize = 2 * 1024 * 1024;
        m_context->max_analyze_duration = 1500 * 1000;
    }
    rc = avformat_find_stream_info(m_context, nullptr);
    if (rc < 0) {
        m_problem = tr("The video's streams cannot be read (%1)").arg(errorText(rc));
        return false;
    }
    return true;
}
