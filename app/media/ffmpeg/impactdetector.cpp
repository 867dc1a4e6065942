// The impact finder's FFmpeg side: demuxes only the audio track, decodes
// it, resamples it to mono at ImpactTuning::sampleRate and streams it into
// ImpactSignal; then puts the strikes on the movie's presentation timeline.
#include "media/ffmpeg/avinput.h"
#include "media/ffmpeg/avpointers.h"
#include "media/ffmpeg/ffmpegmedia.h"
#include "media/impactsignal.h"

#include <QCoreApplication>
#include <QIODevice>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/channel_layout.h>
#include <libavutil/mathematics.h>
#include <libswresample/swresample.h>
}

namespace {

constexpr AVRational microseconds { 1, 1'000'000 };

using ImpactTuning::gapToleranceUs;
using ImpactTuning::longestGapUs;
using ImpactTuning::videoPacketsForStart;

struct SwrDeleter
{
    void operator()(SwrContext *s) const { swr_free(&s); }
};

int firstVideoStream(const AVFormatContext *ic)
{
    for (unsigned i = 0; i < ic->nb_streams; ++i) {
        const AVStream *st = ic->streams[i];
        if (st->codecpar->codec_type == AVMEDIA_TYPE_VIDEO && !(st->disposition & AV_DISPOSITION_ATTACHED_PIC))
            return int(i);
    }
    return -1;
}

int firstAudioStream(const AVFormatContext *ic)
{
    for (unsigned i = 0; i < ic->nb_streams; ++i) {
        if (ic->streams[i]->codecpar->codec_type == AVMEDIA_TYPE_AUDIO)
            return int(i);
    }
    return -1;
}

// Resamples decoded frames to mono float at the analysis rate, set up from
// the first frame and again whenever the frames change shape.
class Resampler
{
public:
    bool convert(const AVFrame *frame, std::vector<float> &out)
    {
        out.clear();
        if (!fits(frame) && !setUp(frame))
            return false;
        return run(frame->extended_data, frame->nb_samples, out);
    }
    void flush(std::vector<float> &out)
    {
        out.clear();
        if (m_swr)
            run(nullptr, 0, out);
    }
    // Samples held inside, at the analysis rate.
    int64_t delay() const { return m_swr ? swr_get_delay(m_swr.get(), ImpactTuning::sampleRate) : 0; }

private:
    bool fits(const AVFrame *frame) const
    {
        return m_swr && frame->format == m_format && frame->sample_rate == m_rate
            && av_channel_layout_compare(&frame->ch_layout, &m_layout) == 0;
    }
    bool setUp(const AVFrame *frame)
    {
        m_swr.reset();
        av_channel_layout_uninit(&m_layout);
        if (frame->sample_rate <= 0 || frame->sample_rate > 1'000'000 || frame->ch_layout.nb_channels <= 0
            || frame->ch_layout.nb_channels > 64)
            return false;
        if (frame->ch_layout.order == AV_CHANNEL_ORDER_UNSPEC)
            av_channel_layout_default(&m_layout, frame->ch_layout.nb_channels);
        else if (av_channel_layout_copy(&m_layout, &frame->ch_layout) < 0)
            return false;
        AVChannelLayout mono = AV_CHANNEL_LAYOUT_MONO;
        SwrContext *swr = nullptr;
        if (swr_alloc_set_opts2(&swr, &mono, AV_SAMPLE_FMT_FLT, ImpactTuning::sampleRate, &m_layout,
                                AVSampleFormat(frame->format), frame->sample_rate, 0, nullptr)
                < 0
            || !swr) {
            swr_free(&swr);
            return false;
        }
        m_swr.reset(swr);
        if (swr_init(swr) < 0) {
            m_swr.reset();
            return false;
        }
        m_format = frame->format;
        m_rate = frame->sample_rate;
        return true;
    }
    bool run(uint8_t *const *in, int count, std::vector<float> &out)
    {
        const int room = swr_get_out_samples(m_swr.get(), count);
        if (room < 0)
            return false;
        out.resize(size_t(room) + 16);
        auto *target = reinterpret_cast<uint8_t *>(out.data());
        const int made = swr_convert(m_swr.get(), &target, int(out.size()), const_cast<const uint8_t **>(in), count);
        out.resize(size_t(std::max(0, made)));
        return made >= 0;
    }

    std::unique_ptr<SwrContext, SwrDeleter> m_swr;
    AVChannelLayout m_layout {};
    int m_format = -1;
    int m_rate = 0;

public:
    ~Resampler() { av_channel_layout_uninit(&m_layout); }
};

} // namespace

ImpactSearch FfmpegMedia::findImpacts(const QString &path, const ImpactRules &rules, const std::atomic<bool> &cancel,
                                      const ImpactFinder::Progress &progress)
{
    ImpactSearch search;
    const auto cancelled = [&] {
        search.cancelled = true;
        search.impacts.clear();
        search.problem = QCoreApplication::translate("ImpactFinder", "Finding the impacts was cancelled");
        return search;
    };
    AvInput input;
    if (!input.open(path, &cancel, AvInput::Depth::Demux)) {
        if (cancel.load())
            return cancelled();
        search.problem = input.problem();
        return search;
    }
    AVFormatContext *ic = input.context();
    const int video = firstVideoStream(ic);
    if (video < 0) {
        search.problem = MovieFacts::tr("The file has no video track");
        return search;
    }
    const int audio = firstAudioStream(ic);
    search.hasAudio = audio >= 0;

    const AVStream *vs = ic->streams[video];
    const bool quickTime = QByteArray(ic->iformat->name).split(',').contains("mov");
    int64_t headerDurationUs = 0;
    if (vs->duration > 0 && vs->duration != AV_NOPTS_VALUE)
        headerDurationUs = av_rescale_q(vs->duration, vs->time_base, microseconds);
    else if (ic->duration > 0 && ic->duration != AV_NOPTS_VALUE)
        headerDurationUs = ic->duration;

    // Only the video's first packets (for where its first frame is) and the
    // audio are read; nothing else.
    for (unsigned i = 0; i < ic->nb_streams; ++i) {
        if (int(i) != video && int(i) != audio)
            ic->streams[i]->discard = AVDISCARD_ALL;
    }

    Av::Codec decoder;
    if (audio >= 0) {
        const AVStream *as = ic->streams[audio];
        const AVCodec *codec = avcodec_find_decoder(as->codecpar->codec_id);
        decoder.reset(codec ? avcodec_alloc_context3(codec) : nullptr);
        if (!codec || !decoder || avcodec_parameters_to_context(decoder.get(), as->codecpar) < 0) {
            search.problem = QCoreApplication::translate("ImpactFinder",
                                                         "The sound of this video cannot be read (no decoder for it)");
            return search;
        }
        decoder->pkt_timebase = as->time_base;
        decoder->thread_count = 1;
        const int rc = avcodec_open2(decoder.get(), codec, nullptr);
        if (rc < 0) {
            search.problem = QCoreApplication::translate("ImpactFinder", "The sound of this video cannot be read (%1)")
                                 .arg(AvInput::errorText(rc));
            return search;
        }
    }

    Av::Packet packet(av_packet_alloc());
    Av::Frame frame(av_frame_alloc());
    if (!packet || !frame) {
        search.problem = QCoreApplication::translate("ImpactFinder", "Out of memory while finding the impacts");
        return search;
    }

    ImpactSignal signal(ImpactTuning::sampleRate, rules.minGapMs);
    Resampler resampler;
    std::vector<float> samples;
    int64_t videoStartUs = AV_NOPTS_VALUE;
    int64_t videoEndUs = AV_NOPTS_VALUE;
    int videoPackets = 0;
    int64_t audioStartUs = AV_NOPTS_VALUE;
    // How far through the file the reading is (an MPEG-TS does not say its
    // duration before it is read to its end; a QuickTime file's audio is
    // spread through it).
    int lastPercent = -1;
    const int64_t fileSize = input.deviceSize();
    const auto report = [&] {
        if (!progress || fileSize <= 0 || !ic->pb)
            return;
        const int percent = int(std::clamp<int64_t>(avio_tell(ic->pb) * 100 / fileSize, 0, 99));
        if (percent != lastPercent)
            progress(lastPercent = percent);
    };
    const auto feed = [&](const std::vector<float> &block) { signal.feed(block.data(), qsizetype(block.size())); };
    const auto decodeFrames = [&] {
        while (avcodec_receive_frame(decoder.get(), frame.get()) >= 0) {
            const int64_t pts = frame->best_effort_timestamp;
            if (pts != AV_NOPTS_VALUE) {
                const int64_t us = av_rescale_q(pts, ic->streams[audio]->time_base, microseconds);
                if (audioStartUs == AV_NOPTS_VALUE) {
                    audioStartUs = us;
                } else {
                    // Where the analysis is, against where this frame says it is.
                    const int64_t atUs = audioStartUs
                        + av_rescale(signal.samplesFed() + resampler.delay(), 1'000'000, ImpactTuning::sampleRate);
                    const int64_t gap = us - atUs;
                    if (gap > gapToleranceUs && gap < longestGapUs) {
                        std::vector<float> silence(size_t(ImpactTuning::sampleRate / 10), 0.0f);
                        for (int64_t left = av_rescale(gap, ImpactTuning::sampleRate, 1'000'000); left > 0;
                             left -= qsizetype(silence.size()))
                            signal.feed(silence.data(), qsizetype(std::min<int64_t>(left, qsizetype(silence.size()))));
                    }
                }
            }
            if (resampler.convert(frame.get(), samples))
                feed(samples);
            av_frame_unref(frame.get());
        }
    };

    bool videoDone = false;
    while (true) {
        if (cancel.load(std::memory_order_relaxed))
            return cancelled();
        const int rc = av_read_frame(ic, packet.get());
        if (rc < 0)
            break; // the end, or a damaged tail: what was heard so far counts
        if (packet->stream_index == video) {
            const int64_t pts = packet->pts != AV_NOPTS_VALUE ? packet->pts : packet->dts;
            if (pts != AV_NOPTS_VALUE && !(packet->flags & AV_PKT_FLAG_DISCARD)) {
                const int64_t us = av_rescale_q(pts, vs->time_base, microseconds);
                const int64_t endUs
                    = us + std::max<int64_t>(0, av_rescale_q(packet->duration, vs->time_base, microseconds));
                if (videoPackets < videoPacketsForStart)
                    videoStartUs = videoStartUs == AV_NOPTS_VALUE ? us : std::min(videoStartUs, us);
                videoEndUs = videoEndUs == AV_NOPTS_VALUE ? endUs : std::max(videoEndUs, endUs);
            }
            // A QuickTime file knows its duration from its header: its video
            // is not read further (its packets are skipped, not even loaded).
            if (++videoPackets >= videoPacketsForStart && quickTime && !videoDone) {
                ic->streams[video]->discard = AVDISCARD_ALL;
                videoDone = true;
            }
        } else if (packet->stream_index == audio && decoder) {
            // A damaged packet is left out; the next ones still count.
            avcodec_send_packet(decoder.get(), packet.get());
            decodeFrames();
        }
        av_packet_unref(packet.get());
        report();
    }
    if (decoder) {
        avcodec_send_packet(decoder.get(), nullptr);
        decodeFrames();
        resampler.flush(samples);
        feed(samples);
    }
    if (videoStartUs == AV_NOPTS_VALUE) {
        search.problem = QCoreApplication::translate("ImpactFinder", "The video's frames cannot be read");
        search.hasAudio = false;
        return search;
    }
    search.durationUs = headerDurationUs > 0 && quickTime ? headerDurationUs
        : videoEndUs != AV_NOPTS_VALUE                    ? std::max<int64_t>(0, videoEndUs - videoStartUs)
                                                          : headerDurationUs;
    if (!search.hasAudio)
        return search;

    const QList<ImpactSignal::Strike> strikes = signal.finish();
    if (audioStartUs == AV_NOPTS_VALUE)
        audioStartUs = videoStartUs;
    for (const ImpactSignal::Strike &s : strikes) {
        const int64_t us = audioStartUs + av_rescale(s.sample, 1'000'000, ImpactTuning::sampleRate) - videoStartUs;
        // Sound before the first frame or after the last is no part of the take.
        if (us < 0 || (search.durationUs > 0 && us > search.durationUs))
            continue;
        search.impacts.append({ us, s.strengthDb });
    }
    if (progress)
        progress(100);
    return search;
}
