// The lossless remux into a QuickTime .mov, checked with ffprobe on clips
// made at test time: container, codecs and packets unchanged, rotation and
// creation time kept, traps of FFmpeg 5.1 handled, and cuts that begin at a
// keyframe with nothing hidden by an edit list.
#include "media/clipremux.h"
#include "media/moviefacts.h"
#include "testvideo.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

namespace {

QJsonObject stream(const QJsonObject &probe, const QString &type)
{
    for (const QJsonValue &s : probe.value(QStringLiteral("streams")).toArray()) {
        if (s.toObject().value(QStringLiteral("codec_type")).toString() == type)
            return s.toObject();
    }
    return {};
}

int rotationOf(const QJsonObject &video)
{
    for (const QJsonValue &sd : video.value(QStringLiteral("side_data_list")).toArray()) {
        if (sd.toObject().contains(QStringLiteral("rotation")))
            return sd.toObject().value(QStringLiteral("rotation")).toInt();
    }
    return 0;
}

// Frames a reader decodes, honouring edit lists or not.
int frames(const QString &path, bool ignoreEditList)
{
    QStringList args { QStringLiteral("-count_frames"), QStringLiteral("-select_streams"), QStringLiteral("v:0") };
    if (ignoreEditList)
        args = QStringList { QStringLiteral("-ignore_editlist"), QStringLiteral("1") } + args;
    const QJsonObject probe = TestVideo::ffprobe(path, args);
    return stream(probe, QStringLiteral("video")).value(QStringLiteral("nb_read_frames")).toString().toInt();
}

} // namespace

class TestClipRemux : public QObject
{
    Q_OBJECT

private:
    static QString clip(const QString &kind, const QString &name, double seconds = 4)
    {
        return TestVideo::cameraClip(kind, name, seconds);
    }

    static ClipRemux::Result remux(const QString &source, qint64 startMs = -1, qint64 endMs = -1,
                                   QString *target = nullptr)
    {
        ClipRemux::Request request;
        request.source = source;
        request.target = TestVideo::scratchPath(QFileInfo(source).completeBaseName() + QStringLiteral("-out.mov"));
        request.startMs = startMs;
        request.endMs = endMs;
        if (target)
            *target = request.target;
        const std::atomic<bool> cancel { false };
        return ClipRemux::run(request, cancel);
    }

    static void checkUnchanged(const QString &source, const QString &target)
    {
        const QJsonObject in = TestVideo::ffprobe(source);
        const QJsonObject out = TestVideo::ffprobe(target);
        QVERIFY(out.value(QStringLiteral("format"))
                    .toObject()
                    .value(QStringLiteral("format_name"))
                    .toString()
                    .contains(QStringLiteral("mov")));
        QCOMPARE(out.value(QStringLiteral("format"))
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("major_brand")),
                 QJsonValue(QStringLiteral("qt  ")));
        for (const QString &type : { QStringLiteral("video"), QStringLiteral("audio") }) {
            const QJsonObject a = stream(in, type);
            const QJsonObject b = stream(out, type);
            QCOMPARE(b.value(QStringLiteral("codec_name")), a.value(QStringLiteral("codec_name")));
            if (type == QLatin1String("video")) {
                QCOMPARE(b.value(QStringLiteral("width")), a.value(QStringLiteral("width")));
                QCOMPARE(rotationOf(b), rotationOf(a));
            }
        }
        QCOMPARE(TestVideo::packetCount(target, QStringLiteral("v")),
                 TestVideo::packetCount(source, QStringLiteral("v")));
        QCOMPARE(TestVideo::packetCount(target, QStringLiteral("a")),
                 TestVideo::packetCount(source, QStringLiteral("a")));
    }

private slots:
    void h264Mp4WithRotationBecomesAMov()
    {
        const QString source = clip(QStringLiteral("mp4-rotated"), QStringLiteral("phone.mp4"));
        QVERIFY(!source.isEmpty());
        QString target;
        const ClipRemux::Result r = remux(source, -1, -1, &target);
        QVERIFY2(r.ok, qPrintable(r.problem));
        checkUnchanged(source, target);
        const QJsonObject out = TestVideo::ffprobe(target);
        QVERIFY(rotationOf(stream(out, QStringLiteral("video"))) != 0);
        QCOMPARE(MovieFacts::read(target).rotation, MovieFacts::read(source).rotation);
        QVERIFY(MovieFacts::read(target).rotation != 0);
        // creation_time is carried over (the ffmpeg command drops it unless told).
        QCOMPARE(out.value(QStringLiteral("format"))
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("creation_time")),
                 QJsonValue(QStringLiteral("2026-12-03T10:15:00.000000Z")));
        QVERIFY(!QFile::exists(target + QStringLiteral(".part")));
    }

    void theMovieHeaderComesFirst()
    {
        const QString source = clip(QStringLiteral("mp4"), QStringLiteral("faststart.mp4"));
        QVERIFY(!source.isEmpty());
        QString target;
        QVERIFY(remux(source, -1, -1, &target).ok);
        QFile file(target);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(4096);
        QVERIFY(head.indexOf("moov") >= 0);
        QVERIFY(head.indexOf("moov") < head.indexOf("mdat") || head.indexOf("mdat") < 0);
    }

    void hevcIsTaggedHvc1()
    {
        const QString source = clip(QStringLiteral("hevc-mp4"), QStringLiteral("hevc.mp4"));
        QVERIFY(!source.isEmpty());
        QCOMPARE(stream(TestVideo::ffprobe(source), QStringLiteral("video")).value(QStringLiteral("codec_tag_string")),
                 QJsonValue(QStringLiteral("hev1")));
        QString target;
        const ClipRemux::Result r = remux(source, -1, -1, &target);
        QVERIFY2(r.ok, qPrintable(r.problem));
        checkUnchanged(source, target);
        QCOMPARE(stream(TestVideo::ffprobe(target), QStringLiteral("video")).value(QStringLiteral("codec_tag_string")),
                 QJsonValue(QStringLiteral("hvc1")));
    }

    void dataTracksAreLeftOutAndSaid()
    {
        const QString source = clip(QStringLiteral("mp4-tmcd"), QStringLiteral("gopro.mp4"));
        QVERIFY(!source.isEmpty());
        QString target;
        const ClipRemux::Result r = remux(source, -1, -1, &target);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.leftOut, QStringList { QStringLiteral("timecode track (tmcd)") });
        checkUnchanged(source, target);
        QCOMPARE(TestVideo::ffprobe(target).value(QStringLiteral("streams")).toArray().size(), 2);
    }

    void mpegTsStartsAtZero()
    {
        const QString source = clip(QStringLiteral("mts"), QStringLiteral("avchd.mts"));
        QVERIFY(!source.isEmpty());
        QString target;
        const ClipRemux::Result r = remux(source, -1, -1, &target);
        QVERIFY2(r.ok, qPrintable(r.problem));
        checkUnchanged(source, target);
        const QJsonObject out = TestVideo::ffprobe(target);
        // The transport stream's 1.4 s clock start is subtracted, not kept as an empty edit.
        QVERIFY(stream(out, QStringLiteral("video")).value(QStringLiteral("start_time")).toString().toDouble() < 0.05);
        QVERIFY(
            qAbs(out.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble()
                 - 4.0)
            < 0.2);
    }

    void aTrimStartsAtTheKeyframeBeforeIn()
    {
        // 8 s at 30 fps, B-frames, a keyframe every 2 s; keep 2.5–4.0 s.
        const QString source = clip(QStringLiteral("mov-bframes"), QStringLiteral("range.mov"), 8);
        QVERIFY(!source.isEmpty());
        QCOMPARE(ClipRemux::keyframeAtOrBefore(source, 2500), qint64(2000));
        QString target;
        const ClipRemux::Result r = remux(source, 2500, 4000, &target);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QCOMPARE(r.cutStartMs, qint64(2000));
        // From the 2.0 s keyframe to 4.0 s: 60 frames, and at most the two
        // references the last B-frames need.
        const int shown = frames(target, false);
        QVERIFY2(shown >= 60 && shown <= 62, qPrintable(QString::number(shown)));
        // No edit list hides frames: a reader that ignores edit lists sees the same.
        QCOMPARE(frames(target, true), shown);
        const QJsonObject out = TestVideo::ffprobe(target);
        const double duration
            = out.value(QStringLiteral("format")).toObject().value(QStringLiteral("duration")).toString().toDouble();
        QVERIFY2(duration > 1.9 && duration < 2.2, qPrintable(QString::number(duration)));
        QVERIFY(TestVideo::packetCount(target, QStringLiteral("a")) > 0);
    }

    void aTrimOfAnMpegTs()
    {
        const QString source = clip(QStringLiteral("mts"), QStringLiteral("range.mts"), 6);
        QVERIFY(!source.isEmpty());
        QString target;
        const ClipRemux::Result r = remux(source, 2500, 4500, &target);
        QVERIFY2(r.ok, qPrintable(r.problem));
        QVERIFY2(r.cutStartMs > 1400 && r.cutStartMs <= 2500, qPrintable(QString::number(r.cutStartMs)));
        QCOMPARE(frames(target, true), frames(target, false));
        const int shown = frames(target, false);
        QVERIFY2(shown >= 60 && shown <= 60 + 35, qPrintable(QString::number(shown)));
    }

    void creationTimeOfARange()
    {
        const QString source = clip(QStringLiteral("mp4"), QStringLiteral("stamped.mp4"));
        QVERIFY(!source.isEmpty());
        ClipRemux::Request request;
        request.source = source;
        request.target = TestVideo::scratchPath(QStringLiteral("stamped-1.mov"));
        request.startMs = 1000;
        request.endMs = 2000;
        request.creationTime = QDateTime(QDate(2026, 12, 3), QTime(10, 15, 1), Qt::UTC);
        const std::atomic<bool> cancel { false };
        QVERIFY(ClipRemux::run(request, cancel).ok);
        QCOMPARE(MovieFacts::read(request.target).recordingStart, request.creationTime);
    }

    void refusals()
    {
        const QString vp9 = clip(QStringLiteral("vp9"), QStringLiteral("refused.webm"), 1);
        QVERIFY(!vp9.isEmpty());
        QString target;
        ClipRemux::Result r = remux(vp9, -1, -1, &target);
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, QStringLiteral("VP9 video cannot go into a .mov without re-encoding"));
        QVERIFY(!QFile::exists(target));

        const QString mp4 = clip(QStringLiteral("mp4"), QStringLiteral("short.mp4"), 2);
        r = remux(mp4, 3000, 4000);
        QVERIFY(!r.ok);
        QCOMPARE(r.problem, QStringLiteral("The range starts after the end of the video"));
        r = remux(mp4, 1500, 1000);
        QCOMPARE(r.problem, QStringLiteral("The range ends before it starts"));
    }

    void cancelLeavesNothing()
    {
        const QString source = clip(QStringLiteral("mp4"), QStringLiteral("cancelled.mp4"));
        QVERIFY(!source.isEmpty());
        ClipRemux::Request request;
        request.source = source;
        request.target = TestVideo::scratchPath(QStringLiteral("cancelled.mov"));
        std::atomic<bool> cancel { false };
        int calls = 0;
        const ClipRemux::Result r = ClipRemux::run(request, cancel, [&](int) {
            if (++calls == 3)
                cancel = true;
        });
        QVERIFY(!r.ok);
        QVERIFY(r.cancelled);
        QVERIFY(!QFile::exists(request.target));
        QVERIFY(!QFile::exists(request.target + QStringLiteral(".part")));
    }
};

QTEST_GUILESS_MAIN(TestClipRemux)
#include "tst_clipremux.moc"
