// One frame of a video as a picture (MediaEngine::frameAt): the video stream
// alone demuxed and decoded from the keyframe at or before the time asked
// for, scaled with libswscale and turned upright from the display matrix.
#include "media/ffmpeg/avinput.h"
#include "media/ffmpeg/avpointers.h"
#include "media/ffmpeg/ffmpegmedia.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QIODevice>
#include <QTransform>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <memory>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
#include <libavutil/imgutils.h>
#include <libswscale/swscale.h>
}

// The coach's words for what went wrong (lupdate's context FrameDecoder).
class FrameDecoder
{
    Q_DECLARE_TR_FUNCTIONS(FrameDecoder)
};

namespace {

// What one picture may cost at most: a card that trickles, or a file whose
// index points far away, is given up on rather than read whole.
constexpr qint64 maxBytesRead = qint64(192) * 1024 * 1024;
constexpr int maxVideoPackets = 2000;
constexpr int maxDecodeErrors = 50;
constexpr qint64 deadlineMs = 20000;
constexpr int largestSide = 16384;

struct SwsFree
{
    void operator()(SwsContext *s) const { sws_freeContext(s); }
};

// The quarter turn clockwise that shows the stored picture upright (0, 90,
// 180, 270) and whether it is mirrored, from the stream's display matrix.
struct Orientation
{
    int clockwise = 0;
    bool mirrored = false;
};

Orientation orientation(const AVStream *st)
{
    Orientation o;
    size_t size = 0;
    const uint8_t *data = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!data || size < 9 * sizeof(int32_t))
        return o;
    int32_t matrix[9];
    memcpy(matrix, data, sizeof matrix);
    // A negative determinant is a mirror: FFmpeg's own player undoes it first
    // (a horizontal flip), then reads the turn from the unmirrored matrix.
    const double det = double(matrix[0]) * matrix[4] - double(matrix[1]) * matrix[3];
    if (det < 0) {
        o.mirrored = true;
        av_display_matrix_flip(matrix, 1, 0);
    }
    const double ccw = av_display_rotation_get(matrix);
    if (!std::isfinite(ccw))
        return o;
    const double quarter = std::round(-ccw / 90.0);
    if (std::abs(-ccw - quarter * 90.0) > 1.0)
        return o; // not a quarter turn: shown as stored
    int degrees = int(std::fmod(quarter, 4.0)) * 90;
    if (degrees < 0)
        degrees += 360;
    o.clockwise = degrees;
    return o;
}

QImage scaled(const AVFrame *frame, AVRational sampleAspect, const Orientation &turn, int maxWidth, QString *problem)
{
    const int w = frame->width;
    const int h = frame->height;
    if (w <= 0 || h <= 0 || w > largestSide || h > largestSide || frame->format < 0) {
        *problem = FrameDecoder::tr("The video's picture has a size that cannot be shown");
        return {};
    }
    // The picture's shape as shown: its pixels may not be square, it may be turned.
    double shownW = w;
    if (sampleAspect.num > 0 && sampleAspect.den > 0) {
        const double ratio = av_q2d(sampleAspect);
        if (ratio > 0.1 && ratio < 10)
            shownW = w * ratio;
    }
    const bool sideways = turn.clockwise == 90 || turn.clockwise == 270;
    const double uprightW = sideways ? h : shownW;
    const double factor = maxWidth > 0 && uprightW > maxWidth ? maxWidth / uprightW : 1.0;
    const int outW = std::clamp(int(std::lround(shownW * factor)), 1, largestSide);
    const int outH = std::clamp(int(std::lround(h * factor)), 1, largestSide);
    std::unique_ptr<SwsContext, SwsFree> sws(sws_getContext(w, h, AVPixelFormat(frame->format), outW, outH,
                                                            AV_PIX_FMT_RGB32, SWS_AREA, nullptr, nullptr, nullptr));
    if (!sws) {
        *problem = FrameDecoder::tr("The video's picture is in a form that cannot be shown");
        return {};
    }
    QImage image(outW, outH, QImage::Format_RGB32);
    if (image.isNull()) {
        *problem = FrameDecoder::tr("Out of memory while making the video's picture");
        return {};
    }
    uint8_t *dst[4] = { image.bits(), nullptr, nullptr, nullptr };
    const int dstStride[4] = { int(image.bytesPerLine()), 0, 0, 0 };
    if (sws_scale(sws.get(), frame->data, frame->linesize, 0, h, dst, dstStride) <= 0) {
        *problem = FrameDecoder::tr("The video's picture could not be made");
        return {};
    }
    if (turn.mirrored)
        image = image.mirrored(true, false);
    if (turn.clockwise != 0)
        image = image.transformed(QTransform().rotate(turn.clockwise));
    return image;
}

} // namespace

QImage FfmpegMedia::frameAt(QIODevice *device, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel,
                            QString *problem)
{
    AvInput input;
    // The header (a QuickTime file's index) and nothing decoded but the one stream.
    if (!input.open(device, &cancel, AvInput::Depth::Header)) {
        *problem = input.problem();
        return {};
    }
    return frameAt(input, atMs, maxWidth, cancel, problem);
}

QImage FfmpegMedia::frameAt(const QString &path, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel,
                            QString *problem)
{
    AvInput input;
    if (!input.open(path, &cancel, AvInput::Depth::Header)) {
        *problem = input.problem();
        return {};
    }
    return frameAt(input, atMs, maxWidth, cancel, problem);
}

QImage FfmpegMedia::frameAt(AvInput &input, qint64 atMs, int maxWidth, const std::atomic<bool> &cancel,
                            QString *problem)
{
    QString ignored;
    if (!problem)
        problem = &ignored;
    const auto stopped = [&] {
        if (!cancel.load(std::memory_order_relaxed))
            return false;
        *problem = FrameDecoder::tr("Stopped");
        return true;
    };
    if (stopped())
        return {};
    AVFormatContext *ctx = input.context();
    const AVCodec *codec = nullptr;
    int index = -1;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVStream *st = ctx->streams[i];
        if (st->codecpar->codec_type != AVMEDIA_TYPE_VIDEO || (st->disposition & AV_DISPOSITION_ATTACHED_PIC))
            continue;
        if (const AVCodec *c = avcodec_find_decoder(st->codecpar->codec_id)) {
            index = int(i);
            codec = c;
            break;
        }
    }
    if (index < 0) {
        *problem = FrameDecoder::tr("The file has no video that can be shown");
        return {};
    }
    for (unsigned i = 0; i < ctx->nb_streams; ++i)
        ctx->streams[i]->discard = int(i) == index ? AVDISCARD_DEFAULT : AVDISCARD_ALL;
    AVStream *st = ctx->streams[index];

    Av::Codec decoder(avcodec_alloc_context3(codec));
    if (!decoder || avcodec_parameters_to_context(decoder.get(), st->codecpar) < 0) {
        *problem = FrameDecoder::tr("Out of memory while opening the video");
        return {};
    }
    // One picture: frame threads would only delay it (each holds a frame back).
    decoder->thread_count = 1;
    if (int rc = avcodec_open2(decoder.get(), codec, nullptr); rc < 0) {
        *problem = FrameDecoder::tr("The video cannot be decoded (%1)").arg(AvInput::errorText(rc));
        return {};
    }

    // The keyframe at or before the time; the frames after it decoded up to the time.
    int64_t target = AV_NOPTS_VALUE;
    if (atMs > 0 && st->time_base.num > 0 && st->time_base.den > 0) {
        target = av_rescale_q(std::min(atMs, qint64(366) * 24 * 3600 * 1000), AVRational { 1, 1000 }, st->time_base);
        if (st->start_time != AV_NOPTS_VALUE)
            target += st->start_time;
        if (avformat_seek_file(ctx, index, INT64_MIN, target, target, 0) < 0)
            av_seek_frame(ctx, index, target, AVSEEK_FLAG_BACKWARD); // else read from where it is
    }

    Av::Packet packet(av_packet_alloc());
    Av::Frame frame(av_frame_alloc());
    Av::Frame last(av_frame_alloc());
    if (!packet || !frame || !last) {
        *problem = FrameDecoder::tr("Out of memory while decoding the video");
        return {};
    }
    bool haveLast = false;
    const qint64 startBytes = input.bytesRead();
    QElapsedTimer clock;
    clock.start();
    int packets = 0;
    int errors = 0;
    bool draining = false;
    QString readProblem;

    // Takes the decoder's frames; true when one at or after the time is in `last`.
    const auto receive = [&]() -> bool {
        for (;;) {
            const int rc = avcodec_receive_frame(decoder.get(), frame.get());
            if (rc == AVERROR(EAGAIN) || rc == AVERROR_EOF)
                return false;
            if (rc < 0) {
                ++errors;
                return false;
            }
            av_frame_unref(last.get());
            av_frame_move_ref(last.get(), frame.get());
            haveLast = true;
            const int64_t pts = last->best_effort_timestamp;
            if (target == AV_NOPTS_VALUE || pts == AV_NOPTS_VALUE || pts >= target)
                return true;
        }
    };

    bool found = false;
    while (!found && !draining) {
        if (stopped())
            return {};
        if (input.bytesRead() - startBytes > maxBytesRead || packets > maxVideoPackets || errors > maxDecodeErrors
            || clock.elapsed() > deadlineMs) {
            readProblem = FrameDecoder::tr("The video's picture could not be found in a reasonable time");
            break;
        }
        const int rc = av_read_frame(ctx, packet.get());
        if (rc < 0) {
            if (stopped())
                return {};
            if (rc != AVERROR_EOF)
                readProblem
                    = FrameDecoder::tr("The video could not be read to its picture (%1)").arg(AvInput::errorText(rc));
            draining = true;
            avcodec_send_packet(decoder.get(), nullptr);
            found = receive();
            break;
        }
        if (packet->stream_index != index) {
            av_packet_unref(packet.get());
            continue;
        }
        ++packets;
        int sent = avcodec_send_packet(decoder.get(), packet.get());
        if (sent == AVERROR(EAGAIN)) {
            found = receive();
            sent = found ? 0 : avcodec_send_packet(decoder.get(), packet.get());
        }
        av_packet_unref(packet.get());
        if (sent < 0 && sent != AVERROR(EAGAIN))
            ++errors;
        if (!found)
            found = receive();
    }
    if (stopped())
        return {};
    // At the end of the video (a time past its last frame), its last picture.
    if (!haveLast) {
        *problem
            = readProblem.isEmpty() ? FrameDecoder::tr("The video has no picture that can be decoded") : readProblem;
        return {};
    }
    return scaled(last.get(), av_guess_sample_aspect_ratio(ctx, st, last.get()), orientation(st), maxWidth, problem);
}
