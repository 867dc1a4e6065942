#include "media/ffmpeg/avinput.h"
#include "media/ffmpeg/avpointers.h"
#include "media/ffmpeg/ffmpegmedia.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <limits>
#include <memory>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/mathematics.h>
}

namespace {

constexpr AVRational microseconds { 1, AV_TIME_BASE };

using Packet = Av::Packet;

// The output file: closed and, unless kept, deleted whatever happens.
class Output
{
public:
    ~Output()
    {
        if (m_context) {
            if (m_context->pb)
                avio_closep(&m_context->pb);
            avformat_free_context(m_context);
        }
        if (!m_keep && !m_path.isEmpty())
            QFile::remove(m_path);
    }
    AVFormatContext *m_context = nullptr;
    QString m_path;
    bool m_keep = false;
};

int64_t timestampOf(const AVPacket *p)
{
    return p->pts != AV_NOPTS_VALUE ? p->pts : p->dts;
}

bool acceptedAudio(AVCodecID id)
{
    return id == AV_CODEC_ID_AAC || id == AV_CODEC_ID_ALAC || id == AV_CODEC_ID_AC3
        || (id >= AV_CODEC_ID_PCM_S16LE && id < AV_CODEC_ID_ADPCM_IMA_QT);
}

int firstVideoStream(const AVFormatContext *ic)
{
    for (unsigned i = 0; i < ic->nb_streams; ++i) {
        const AVStream *st = ic->streams[i];
        if (st->codecpar->codec_type == AVMEDIA_TYPE_VIDEO && !(st->disposition & AV_DISPOSITION_ATTACHED_PIC))
            return int(i);
    }
    return -1;
}

int64_t recordingBase(const AVFormatContext *ic)
{
    return ic->start_time != AV_NOPTS_VALUE && ic->start_time > 0 ? ic->start_time : 0;
}

// The keyframe at or before `wantUs` (absolute, microseconds) in the video
// stream's time base, found by seeking: for a QuickTime file one seek in the
// index already in memory; for an MPEG-TS, whose seeks land roughly, from
// further and further back. Leaves the input positioned at that keyframe.
// AV_NOPTS_VALUE when the file cannot be read there.
int64_t seekToCut(AVFormatContext *ic, int video, int64_t wantUs, const std::atomic<bool> &cancel)
{
    const AVStream *vs = ic->streams[video];
    const int64_t want = av_rescale_q(wantUs, microseconds, vs->time_base);
    Packet packet(av_packet_alloc());
    if (!packet)
        return AV_NOPTS_VALUE;
    const int64_t base = recordingBase(ic);
    for (int64_t backUs : { int64_t(0), int64_t(2'000'000), int64_t(10'000'000), int64_t(60'000'000),
                            std::numeric_limits<int64_t>::max() }) {
        const int64_t fromUs
            = backUs == std::numeric_limits<int64_t>::max() || wantUs - base < backUs ? base : wantUs - backUs;
        if (av_seek_frame(ic, video, av_rescale_q(fromUs, microseconds, vs->time_base), AVSEEK_FLAG_BACKWARD) < 0
            && avformat_seek_file(ic, -1, std::numeric_limits<int64_t>::min(), fromUs, fromUs, 0) < 0)
            continue;
        // Walk forward to the last keyframe at or before `want`.
        int64_t best = AV_NOPTS_VALUE;
        bool firstIsKey = false;
        bool sawVideo = false;
        while (!cancel.load(std::memory_order_relaxed) && av_read_frame(ic, packet.get()) >= 0) {
            const bool isVideo = packet->stream_index == video;
            const int64_t ts = timestampOf(packet.get());
            const bool key = packet->flags & AV_PKT_FLAG_KEY;
            av_packet_unref(packet.get());
            if (!isVideo || ts == AV_NOPTS_VALUE)
                continue;
            if (!sawVideo)
                firstIsKey = key;
            sawVideo = true;
            if (ts > want && (best != AV_NOPTS_VALUE || firstIsKey))
                break;
            if (key && ts <= want)
                best = ts;
        }
        if (cancel.load(std::memory_order_relaxed))
            return AV_NOPTS_VALUE;
        if (best == AV_NOPTS_VALUE)
            continue; // landed after it (or on nothing): from further back
        if (av_seek_frame(ic, video, best, AVSEEK_FLAG_BACKWARD) < 0)
            continue;
        return best;
    }
    return AV_NOPTS_VALUE;
}

} // namespace

qint64 FfmpegMedia::keyframeAtOrBefore(const QString &source, qint64 startMs)
{
    AvInput input;
    const std::atomic<bool> never { false };
    if (!input.open(source, &never))
        return -1;
    AVFormatContext *ic = input.context();
    const int video = firstVideoStream(ic);
    if (video < 0)
        return -1;
    const int64_t base = recordingBase(ic);
    const int64_t key = seekToCut(ic, video, base + std::max<qint64>(0, startMs) * 1000, never);
    if (key == AV_NOPTS_VALUE)
        return -1;
    const int64_t us = av_rescale_q(key, ic->streams[video]->time_base, microseconds) - base;
    return std::max<int64_t>(0, us / 1000);
}

ClipRemux::Result FfmpegMedia::remux(const ClipRemux::Request &request, const std::atomic<bool> &cancel,
                                     const ClipRemux::Progress &progress)
{
    using Result = ClipRemux::Result;
    Result result;
    const auto cancelled = [&] {
        result.cancelled = true;
        result.problem = ClipRemux::tr("Preparation was cancelled");
        return result;
    };
    AvInput input;
    if (!input.open(request.source, &cancel)) {
        if (cancel.load())
            return cancelled();
        result.problem = input.problem();
        return result;
    }
    AVFormatContext *ic = input.context();
    const int video = firstVideoStream(ic);
    if (video < 0) {
        result.problem = MovieFacts::tr("The file has no video track");
        return result;
    }
    const AVCodecID videoCodec = ic->streams[video]->codecpar->codec_id;
    if (videoCodec != AV_CODEC_ID_H264 && videoCodec != AV_CODEC_ID_HEVC && videoCodec != AV_CODEC_ID_PRORES) {
        result.problem = FfmpegMedia::readFacts(request.source).problem;
        if (result.problem.isEmpty())
            result.problem = ClipRemux::tr("This video cannot go into a .mov without re-encoding");
        return result;
    }

    const int64_t base = recordingBase(ic);
    const bool trimming = request.startMs > 0 || request.endMs >= 0;
    const int64_t durationUs = ic->duration > 0 && ic->duration != AV_NOPTS_VALUE ? ic->duration : 0;
    const int64_t endUs = request.endMs >= 0 ? base + request.endMs * 1000 : std::numeric_limits<int64_t>::max();
    if (request.endMs >= 0 && request.endMs <= std::max<qint64>(0, request.startMs)) {
        result.problem = ClipRemux::tr("The range ends before it starts");
        return result;
    }
    if (durationUs > 0 && request.startMs > 0 && request.startMs * 1000 >= durationUs) {
        result.problem = ClipRemux::tr("The range starts after the end of the video");
        return result;
    }

    // Free space first: a half-written clip helps nobody.
    const QFileInfo targetInfo(request.target);
    QDir().mkpath(targetInfo.absolutePath());
    const qint64 needed = ClipRemux::bytesNeeded(input.deviceSize(), durationUs / 1000, request.startMs, request.endMs);
    const QStorageInfo storage(targetInfo.absolutePath());
    if (storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < needed) {
        result.problem
            = ClipRemux::tr("Not enough free space to prepare the clip: it needs %1 MB, %2 MB are free in %3")
                  .arg(needed / 1'000'000)
                  .arg(storage.bytesAvailable() / 1'000'000)
                  .arg(QDir::toNativeSeparators(targetInfo.absolutePath()));
        return result;
    }

    // Where the kept part starts: the keyframe at or before the range's start.
    int64_t cutVideoTs = AV_NOPTS_VALUE; // in the video stream's time base
    int64_t offsetUs = base;
    if (request.startMs > 0) {
        cutVideoTs = seekToCut(ic, video, base + request.startMs * 1000, cancel);
        if (cancel.load())
            return cancelled();
        if (cutVideoTs == AV_NOPTS_VALUE) {
            result.problem
                = ClipRemux::tr("The video cannot be read at %1 s").arg(double(request.startMs) / 1000.0, 0, 'f', 1);
            return result;
        }
        offsetUs = av_rescale_q(cutVideoTs, ic->streams[video]->time_base, microseconds);
    }
    result.cutStartMs = std::max<int64_t>(0, (offsetUs - base) / 1000);

    Output out;
    out.m_path = request.target + QStringLiteral(".part");
    QFile::remove(out.m_path);
    // The name is the muxer's too: +faststart opens the file again to move the header.
    int rc = avformat_alloc_output_context2(&out.m_context, nullptr, "mov", out.m_path.toUtf8().constData());
    if (rc < 0 || !out.m_context) {
        result.problem = ClipRemux::tr("The .mov writer could not start (%1)").arg(AvInput::errorText(rc));
        return result;
    }
    AVFormatContext *oc = out.m_context;
    // The recording's own tags (creation_time above all); the range's start
    // when it has one of its own.
    av_dict_copy(&oc->metadata, ic->metadata, 0);
    if (request.creationTime.isValid())
        av_dict_set(&oc->metadata, "creation_time",
                    request.creationTime.toUTC().toString(Qt::ISODateWithMs).toUtf8().constData(), 0);

    std::vector<int> outIndex(ic->nb_streams, -1);
    for (unsigned i = 0; i < ic->nb_streams; ++i) {
        AVStream *is = ic->streams[i];
        const AVCodecParameters *p = is->codecpar;
        const bool keep = int(i) == video || (p->codec_type == AVMEDIA_TYPE_AUDIO && acceptedAudio(p->codec_id));
        if (!keep) {
            if (p->codec_type == AVMEDIA_TYPE_AUDIO) {
                result.problem = FfmpegMedia::readFacts(request.source).problem;
                if (result.problem.isEmpty())
                    result.problem = ClipRemux::tr("An audio track cannot go into a .mov without re-encoding");
                return result;
            }
            // Telemetry, timecode, a second picture: a .mov cannot carry them
            // (the header would fail), and Uplift does not use them.
            continue;
        }
        AVStream *os = avformat_new_stream(oc, nullptr);
        if (!os || avcodec_parameters_copy(os->codecpar, p) < 0) {
            result.problem = ClipRemux::tr("Out of memory while preparing the clip");
            return result;
        }
        os->codecpar->codec_tag = 0;
        if (p->codec_id == AV_CODEC_ID_HEVC)
            os->codecpar->codec_tag = MKTAG('h', 'v', 'c', '1'); // hev1 (the default) is refused by Apple's players
        else if (p->codec_id == AV_CODEC_ID_PRORES)
            os->codecpar->codec_tag = p->codec_tag; // the profile lives in the tag
        os->time_base = is->time_base;
        os->disposition = is->disposition;
        av_dict_copy(&os->metadata, is->metadata, 0);
        // The display matrix (rotation) is side data, which copying the
        // parameters does not carry.
        for (int s = 0; s < is->nb_side_data; ++s) {
            const AVPacketSideData &sd = is->side_data[s];
            uint8_t *copy = av_stream_new_side_data(os, sd.type, sd.size);
            if (!copy) {
                result.problem = ClipRemux::tr("Out of memory while preparing the clip");
                return result;
            }
            memcpy(copy, sd.data, sd.size);
        }
        outIndex[i] = os->index;
    }
    // What was left out, in the coach's words, for the job's history.
    result.leftOut = FfmpegMedia::readFacts(request.source).leftOut;

    rc = avio_open(&oc->pb, out.m_path.toUtf8().constData(), AVIO_FLAG_WRITE);
    if (rc < 0) {
        result.problem = ClipRemux::tr("The prepared clip cannot be written in %1 (%2)")
                             .arg(QDir::toNativeSeparators(targetInfo.absolutePath()), AvInput::errorText(rc));
        return result;
    }
    AVDictionary *options = nullptr;
    av_dict_set(&options, "movflags", "+faststart", 0);
    rc = avformat_write_header(oc, &options);
    av_dict_free(&options);
    if (rc < 0) {
        result.problem = ClipRemux::tr("The .mov header cannot be written (%1)").arg(AvInput::errorText(rc));
        return result;
    }

    Packet packet(av_packet_alloc());
    if (!packet) {
        result.problem = ClipRemux::tr("Out of memory while preparing the clip");
        return result;
    }
    std::vector<bool> done(ic->nb_streams, false);
    bool videoStarted = cutVideoTs == AV_NOPTS_VALUE;
    const int64_t spanUs
        = std::max<int64_t>(1, (endUs != std::numeric_limits<int64_t>::max() ? endUs : base + durationUs) - offsetUs);
    int lastPercent = -1;
    int64_t lastUs = 0;
    while (true) {
        if (cancel.load(std::memory_order_relaxed))
            return cancelled();
        // Every kept stream past the range's end: nothing more is read (a
        // cut near the start of a long recording must not read the rest).
        bool all = true;
        for (unsigned i = 0; i < ic->nb_streams; ++i)
            all = all && (outIndex[i] < 0 || done[i]);
        if (all)
            break;
        rc = av_read_frame(ic, packet.get());
        if (rc == AVERROR_EOF)
            break;
        if (rc < 0) {
            if (cancel.load())
                return cancelled();
            // A recording cut short (a camera's battery, a truncated copy)
            // ends at its last whole packet, and the history says so.
            if (rc == AVERROR(EAGAIN))
                continue;
            result.warning = ClipRemux::tr("the recording could not be read after %1 s (%2); the clip ends there")
                                 .arg(double(lastUs) / 1e6, 0, 'f', 1)
                                 .arg(AvInput::errorText(rc));
            break;
        }
        const int in = packet->stream_index;
        if (in < 0 || in >= int(ic->nb_streams) || outIndex[in] < 0 || done[in]) {
            av_packet_unref(packet.get());
            continue;
        }
        const AVStream *is = ic->streams[in];
        if (packet->pts == AV_NOPTS_VALUE && packet->dts == AV_NOPTS_VALUE) {
            av_packet_unref(packet.get());
            continue;
        }
        const int64_t tsUs = av_rescale_q(timestampOf(packet.get()), is->time_base, microseconds);
        const int64_t dtsUs
            = packet->dts != AV_NOPTS_VALUE ? av_rescale_q(packet->dts, is->time_base, microseconds) : tsUs;
        if (in == video) {
            if (!videoStarted) {
                // Leading packets before the keyframe belong to the previous group.
                if (!(packet->flags & AV_PKT_FLAG_KEY) || timestampOf(packet.get()) < cutVideoTs) {
                    av_packet_unref(packet.get());
                    continue;
                }
                videoStarted = true;
            }
            // In decode order: every frame shown before the end, and the
            // references they need.
            if (dtsUs >= endUs) {
                done[in] = true;
                av_packet_unref(packet.get());
                continue;
            }
            if (trimming && tsUs < offsetUs && packet->pts != AV_NOPTS_VALUE) {
                av_packet_unref(packet.get()); // an open group's leading picture: cannot be decoded
                continue;
            }
            ++result.videoPackets;
        } else {
            if (tsUs >= endUs) {
                done[in] = true;
                av_packet_unref(packet.get());
                continue;
            }
            if (trimming && tsUs < offsetUs) {
                av_packet_unref(packet.get());
                continue;
            }
            ++result.audioPackets;
        }
        lastUs = std::max(lastUs, tsUs - offsetUs);
        const int64_t shift = av_rescale_q(offsetUs, microseconds, is->time_base);
        if (packet->pts != AV_NOPTS_VALUE)
            packet->pts -= shift;
        if (packet->dts != AV_NOPTS_VALUE)
            packet->dts -= shift;
        packet->stream_index = outIndex[in];
        packet->pos = -1;
        av_packet_rescale_ts(packet.get(), is->time_base, oc->streams[outIndex[in]]->time_base);
        rc = av_interleaved_write_frame(oc, packet.get());
        if (rc < 0) {
            result.problem = ClipRemux::tr("The prepared clip could not be written (%1)").arg(AvInput::errorText(rc));
            return result;
        }
        if (progress) {
            const int percent = int(std::clamp<int64_t>(100 * lastUs / spanUs, 0, 99));
            if (percent != lastPercent) {
                lastPercent = percent;
                progress(percent);
            }
        }
    }
    if (result.videoPackets == 0) {
        result.problem = ClipRemux::tr("No video was found in the chosen range");
        return result;
    }
    rc = av_write_trailer(oc);
    if (rc < 0) {
        result.problem = ClipRemux::tr("The prepared clip could not be finished (%1)").arg(AvInput::errorText(rc));
        return result;
    }
    avio_closep(&oc->pb);
    QFile::remove(request.target);
    if (!QFile::rename(out.m_path, request.target)) {
        result.problem = ClipRemux::tr("The prepared clip could not be renamed to %1").arg(request.target);
        return result;
    }
    out.m_keep = true;
    result.durationMs = lastUs / 1000;
    result.bytes = QFileInfo(request.target).size();
    result.bytesRead = input.bytesRead();
    result.ok = true;
    if (progress)
        progress(100);
    return result;
}
