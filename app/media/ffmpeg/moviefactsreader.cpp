#include "media/ffmpeg/avinput.h"
#include "media/ffmpeg/ffmpegmedia.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>

extern "C" {
#include <libavcodec/avcodec.h>
#include <libavformat/avformat.h>
#include <libavutil/display.h>
}

namespace {

constexpr qint64 maxDurationMs = qint64(1000) * 366 * 24 * 3600 * 1000;

QString metadata(const AVDictionary *dict, const char *key)
{
    const AVDictionaryEntry *e = av_dict_get(dict, key, nullptr, 0);
    return e && e->value ? QString::fromUtf8(e->value).left(256) : QString();
}

// ISO 8601 as cameras write it: fractions of any length, offsets with or
// without a colon ("+0100"), or "Z". Invalid when it is none of these, or
// before 1990 (a camera whose clock was never set writes 1904 or 1970).
QDateTime parseCameraTime(QString text)
{
    text = text.trimmed();
    static const QRegularExpression shape(QStringLiteral(
        R"(^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}:\d{2})(?:[.,](\d+))?\s*(Z|[+-]\d{2}:?\d{2}|[+-]\d{2})?$)"));
    const QRegularExpressionMatch m = shape.match(text);
    if (!m.hasMatch())
        return {};
    const QDate date = QDate::fromString(m.captured(1), Qt::ISODate);
    QTime time = QTime::fromString(m.captured(2), Qt::ISODate);
    if (!date.isValid() || !time.isValid() || date.year() < 1990 || date.year() > 9999)
        return {};
    const QString fraction = m.captured(3);
    if (!fraction.isEmpty())
        time = time.addMSecs((fraction + QStringLiteral("00")).left(3).toInt());
    QString zone = m.captured(4);
    int offsetSeconds = 0;
    if (!zone.isEmpty() && zone != QLatin1String("Z")) {
        zone.remove(QLatin1Char(':'));
        const int sign = zone.startsWith(QLatin1Char('-')) ? -1 : 1;
        const int hours = zone.mid(1, 2).toInt();
        const int minutes = zone.size() >= 5 ? zone.mid(3, 2).toInt() : 0;
        if (hours > 14 || minutes > 59)
            return {};
        offsetSeconds = sign * (hours * 3600 + minutes * 60);
    }
    // A time without a zone is UTC, as QuickTime's creation_time is.
    return QDateTime(date, time, Qt::OffsetFromUTC, offsetSeconds).toUTC();
}

QString codecName(AVCodecID id)
{
    switch (id) {
    case AV_CODEC_ID_H264:
        return QStringLiteral("H.264");
    case AV_CODEC_ID_HEVC:
        return QStringLiteral("HEVC");
    case AV_CODEC_ID_PRORES:
        return QStringLiteral("ProRes");
    case AV_CODEC_ID_MPEG4:
        return QStringLiteral("MPEG-4 Part 2");
    case AV_CODEC_ID_MPEG2VIDEO:
        return QStringLiteral("MPEG-2");
    case AV_CODEC_ID_MJPEG:
        return QStringLiteral("Motion JPEG");
    case AV_CODEC_ID_AC3:
        return QStringLiteral("AC-3");
    case AV_CODEC_ID_EAC3:
        return QStringLiteral("E-AC-3");
    case AV_CODEC_ID_OPUS:
        return QStringLiteral("Opus");
    case AV_CODEC_ID_VORBIS:
        return QStringLiteral("Vorbis");
    case AV_CODEC_ID_NONE:
        return MovieFacts::tr("unknown");
    default:
        break;
    }
    const AVCodecDescriptor *d = avcodec_descriptor_get(id);
    return d && d->name ? QString::fromLatin1(d->name).toUpper() : MovieFacts::tr("unknown");
}

bool isPcm(AVCodecID id)
{
    return id >= AV_CODEC_ID_PCM_S16LE && id < AV_CODEC_ID_ADPCM_IMA_QT;
}

// What a coach calls the tracks a .mov cannot carry.
QString leftOutName(const AVStream *st)
{
    const AVCodecParameters *p = st->codecpar;
    const QString handler = metadata(st->metadata, "handler_name");
    char tag[AV_FOURCC_MAX_STRING_SIZE] = {};
    av_fourcc_make_string(tag, p->codec_tag);
    const QString fourcc = p->codec_tag ? QString::fromLatin1(tag) : QString();
    if (st->disposition & AV_DISPOSITION_ATTACHED_PIC)
        return MovieFacts::tr("cover picture");
    if (fourcc == QLatin1String("tmcd"))
        return MovieFacts::tr("timecode track (tmcd)");
    if (fourcc == QLatin1String("gpmd"))
        return MovieFacts::tr("GoPro telemetry (gpmd)");
    if (p->codec_type == AVMEDIA_TYPE_SUBTITLE)
        return MovieFacts::tr("subtitles");
    QString what = p->codec_type == AVMEDIA_TYPE_VIDEO ? MovieFacts::tr("extra video track")
        : p->codec_type == AVMEDIA_TYPE_AUDIO          ? MovieFacts::tr("extra audio track")
                                                       : MovieFacts::tr("data track");
    if (!fourcc.isEmpty())
        what += QStringLiteral(" (%1)").arg(fourcc);
    else if (!handler.isEmpty())
        what += QStringLiteral(" (%1)").arg(handler.left(40));
    return what;
}

int clockwiseRotation(const AVStream *st)
{
    size_t size = 0;
    const uint8_t *matrix = av_stream_get_side_data(st, AV_PKT_DATA_DISPLAYMATRIX, &size);
    if (!matrix || size < 9 * sizeof(int32_t))
        return 0;
    const double ccw = av_display_rotation_get(reinterpret_cast<const int32_t *>(matrix));
    if (!std::isfinite(ccw))
        return 0;
    const double quarter = std::round(-ccw / 90.0);
    if (std::abs(-ccw - quarter * 90.0) > 1.0)
        return 0; // not a quarter turn: shown as stored
    int degrees = int(std::fmod(quarter, 4.0)) * 90;
    if (degrees < 0)
        degrees += 360;
    return degrees;
}

double rate(AVRational r)
{
    if (r.num <= 0 || r.den <= 0)
        return 0;
    const double fps = av_q2d(r);
    return fps >= 1 && fps <= 10000 ? fps : 0;
}

MovieFacts readFrom(AvInput &input, bool opened)
{
    MovieFacts facts;
    if (!opened) {
        facts.problem = input.problem();
        return facts;
    }
    const AVFormatContext *ctx = input.context();
    facts.readable = true;
    const QString format = QString::fromLatin1(ctx->iformat->name);
    facts.quickTime = format.split(QLatin1Char(',')).contains(QLatin1String("mov"));
    facts.mpegTs = format == QLatin1String("mpegts");
    if (ctx->duration > 0 && ctx->duration != AV_NOPTS_VALUE)
        facts.durationMs = std::min<qint64>(ctx->duration / 1000, maxDurationMs);
    if (ctx->start_time != AV_NOPTS_VALUE && ctx->start_time > 0 && ctx->start_time / 1000 < maxDurationMs)
        facts.startUs = ctx->start_time;

    const AVOutputFormat *mov = av_guess_format("mov", nullptr, nullptr);
    QString refusal;
    bool haveVideo = false;
    for (unsigned i = 0; i < ctx->nb_streams; ++i) {
        const AVStream *st = ctx->streams[i];
        const AVCodecParameters *p = st->codecpar;
        const bool picture = st->disposition & AV_DISPOSITION_ATTACHED_PIC;
        if (p->codec_type == AVMEDIA_TYPE_VIDEO && !picture && !haveVideo) {
            haveVideo = true;
            facts.videoCodec = codecName(p->codec_id);
            if (p->width > 0 && p->height > 0 && p->width <= 16384 && p->height <= 16384)
                facts.videoSize = QSize(p->width, p->height);
            facts.rotation = clockwiseRotation(st);
            facts.frameRate = rate(st->avg_frame_rate);
            if (facts.frameRate == 0)
                facts.frameRate = rate(st->r_frame_rate);
            const bool accepted = p->codec_id == AV_CODEC_ID_H264 || p->codec_id == AV_CODEC_ID_HEVC
                || p->codec_id == AV_CODEC_ID_PRORES;
            if (!accepted && refusal.isEmpty())
                refusal = MovieFacts::tr("%1 video cannot go into a .mov without re-encoding").arg(facts.videoCodec);
        } else if (p->codec_type == AVMEDIA_TYPE_AUDIO) {
            const QString name = codecName(p->codec_id);
            facts.audioCodecs << name;
            const bool accepted = p->codec_id == AV_CODEC_ID_AAC || p->codec_id == AV_CODEC_ID_ALAC
                || p->codec_id == AV_CODEC_ID_AC3 || isPcm(p->codec_id);
            if ((!accepted || (mov && avformat_query_codec(mov, p->codec_id, FF_COMPLIANCE_NORMAL) != 1))
                && refusal.isEmpty())
                refusal = MovieFacts::tr("%1 audio cannot go into a .mov without re-encoding").arg(name);
        } else {
            facts.leftOut << leftOutName(st);
        }
    }
    if (!haveVideo)
        refusal = MovieFacts::tr("The file has no video track");
    else if (refusal.isEmpty() && !facts.quickTime && !facts.mpegTs)
        refusal = MovieFacts::tr("A %1 file is not a camera recording this app can prepare (MP4, MOV or MTS)")
                      .arg(QString::fromLatin1(ctx->iformat->long_name ? ctx->iformat->long_name : ctx->iformat->name)
                               .left(60));
    facts.problem = refusal;

    // Slow motion as Android states it: the rate the sensor ran at.
    bool ok = false;
    const double captureFps = metadata(ctx->metadata, "com.android.capture.fps").toDouble(&ok);
    if (ok && std::isfinite(captureFps) && captureFps >= 1 && captureFps <= 10000) {
        facts.captureFps = captureFps;
        facts.playbackFps = facts.frameRate;
    }
    // As an iPhone states it: the track holds every frame filmed (120 or 240
    // fps) and "full frame rate playback intent" 0 asks for slow playback,
    // which Photos does at 30 fps.
    if (metadata(ctx->metadata, "com.apple.quicktime.full-frame-rate-playback-intent") == QLatin1String("0")
        && facts.frameRate >= 100) {
        facts.captureFps = facts.frameRate;
        facts.playbackFps = 30;
    }

    // When it was filmed. Apple's key carries the local offset and the start;
    // the movie header's creation_time is UTC, and Android writes it when the
    // recording stops.
    const QDateTime apple = parseCameraTime(metadata(ctx->metadata, "com.apple.quicktime.creationdate"));
    QDateTime header = parseCameraTime(metadata(ctx->metadata, "creation_time"));
    if (!header.isValid() && haveVideo) {
        for (unsigned i = 0; i < ctx->nb_streams && !header.isValid(); ++i)
            header = parseCameraTime(metadata(ctx->streams[i]->metadata, "creation_time"));
    }
    const bool android = av_dict_get(ctx->metadata, "com.android.version", nullptr, 0)
        || av_dict_get(ctx->metadata, "com.android.capture.fps", nullptr, 0)
        || av_dict_get(ctx->metadata, "com.android.manufacturer", nullptr, 0);
    if (apple.isValid()) {
        facts.recordingStart = apple;
        facts.recordingStartFrom = MovieFacts::StartFrom::AppleCreationDate;
    } else if (header.isValid() && android) {
        facts.recordingStart = header.addMSecs(-facts.durationMs);
        facts.recordingStartFrom = MovieFacts::StartFrom::AndroidMovieHeader;
    } else if (header.isValid()) {
        facts.recordingStart = header;
        facts.recordingStartFrom = MovieFacts::StartFrom::MovieHeader;
    }
    return facts;
}

} // namespace

MovieFacts FfmpegMedia::readFacts(const QString &path)
{
    AvInput input;
    const bool opened = input.open(path, nullptr, AvInput::Depth::Header);
    return readFrom(input, opened);
}

MovieFacts FfmpegMedia::readFacts(QIODevice *device)
{
    AvInput input;
    const bool opened = input.open(device, nullptr, AvInput::Depth::Header);
    return readFrom(input, opened);
}
