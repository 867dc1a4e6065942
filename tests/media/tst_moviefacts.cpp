// What MovieFacts reads from recordings as cameras write them, made at test
// time with ffmpeg, and how it refuses what cannot become a .mov.
#include "media/moviefacts.h"
#include "rotatedvideo.h"
#include "testvideo.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

class TestMovieFacts : public QObject
{
    Q_OBJECT

private:
    static QString clip(const QString &kind, const QString &name, double seconds = 4)
    {
        return TestVideo::cameraClip(kind, name, seconds);
    }

    static bool ffmpegLoaded()
    {
        QFile maps(QStringLiteral("/proc/self/maps"));
        return maps.open(QIODevice::ReadOnly) && maps.readAll().contains("libavformat");
    }

private slots:
    // First: FFmpeg's ~90 libraries come with the plugin, loaded by the first read,
    // never at start (the window's first paint does not wait for them).
    void ffmpegIsLoadedByTheFirstReadOnly()
    {
        const QString path = clip(QStringLiteral("mp4"), QStringLiteral("first.mp4"));
        QVERIFY(!ffmpegLoaded());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY2(facts.canBeCapture(), qPrintable(facts.problem));
        QVERIFY(ffmpegLoaded());
    }

    void readsAnMp4()
    {
        const QString path = clip(QStringLiteral("mp4"), QStringLiteral("plain.mp4"));
        QVERIFY(!path.isEmpty());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY2(facts.canBeCapture(), qPrintable(facts.problem));
        QVERIFY(facts.quickTime);
        QVERIFY(!facts.mpegTs);
        QVERIFY(qAbs(facts.durationMs - 4000) <= 50);
        QCOMPARE(facts.videoCodec, QStringLiteral("H.264"));
        QCOMPARE(facts.audioCodecs, QStringList { QStringLiteral("AAC") });
        QCOMPARE(facts.videoSize, QSize(320, 240));
        QCOMPARE(facts.frameRate, 30.0);
        QCOMPARE(facts.rotation, 0);
        QCOMPARE(facts.recordingStart, QDateTime(QDate(2026, 12, 3), QTime(10, 15), Qt::UTC));
        QCOMPARE(facts.recordingStartFrom, MovieFacts::StartFrom::MovieHeader);
        QVERIFY(!MovieFacts::uploadsAsItIs(path, facts));
    }

    void aMovGoesAsItIs()
    {
        const QString path = clip(QStringLiteral("mov-bframes"), QStringLiteral("plain.MOV"));
        QVERIFY(!path.isEmpty());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY2(facts.canBeCapture(), qPrintable(facts.problem));
        QVERIFY(MovieFacts::uploadsAsItIs(path, facts));
        // The same bytes named .mp4 are remuxed; an MPEG-TS named .mov too.
        QVERIFY(!MovieFacts::uploadsAsItIs(QStringLiteral("x.mp4"), facts));
    }

    void readsTheRotationOfAPhoneHeldUpright_data()
    {
        QTest::addColumn<int>("degrees");
        QTest::newRow("90") << 90;
        QTest::newRow("180") << 180;
        QTest::newRow("270") << 270;
    }
    void readsTheRotationOfAPhoneHeldUpright()
    {
        QFETCH(int, degrees);
        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("rotated-%1.mov").arg(degrees));
        video.audio = false;
        QVERIFY(video.make().isEmpty());
        QVERIFY(writeRotation(video.path, degrees));
        const MovieFacts facts = MovieFacts::read(video.path);
        QVERIFY(facts.canBeCapture());
        QCOMPARE(facts.rotation, degrees);
        QCOMPARE(facts.videoSize, QSize(320, 240));
    }

    void ffmpegsRotateTagIsTheSameTurn()
    {
        const QString path = clip(QStringLiteral("mp4-rotated"), QStringLiteral("rotated.mp4"));
        QVERIFY(!path.isEmpty());
        // FFmpeg 5.1's "rotate=90" on a stream copy stores a display matrix that
        // turns the picture 90° counter-clockwise (ffprobe: rotation=90, and
        // ffmpeg's own autorotate turns it the same way): 270° clockwise.
        QCOMPARE(MovieFacts::read(path).rotation, 270);
    }

    void androidStartsWhenRecordingStarted()
    {
        const QString path = clip(QStringLiteral("android"), QStringLiteral("VID_20261203_101456.mp4"), 4);
        QVERIFY(!path.isEmpty());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY2(facts.canBeCapture(), qPrintable(facts.problem));
        QCOMPARE(facts.recordingStartFrom, MovieFacts::StartFrom::AndroidMovieHeader);
        // Android stamps the header when recording stops: the start is 4 s earlier.
        QCOMPARE(facts.recordingStart, QDateTime(QDate(2026, 12, 3), QTime(10, 14, 56), Qt::UTC));
        QCOMPARE(facts.captureFps, 240.0);
        QVERIFY(facts.isSlowMotion());
    }

    void appleCreationDateCarriesTheLocalOffset()
    {
        const QString path = clip(QStringLiteral("apple"), QStringLiteral("IMG_0042.MOV"));
        QVERIFY(!path.isEmpty());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY2(facts.canBeCapture(), qPrintable(facts.problem));
        QCOMPARE(facts.recordingStartFrom, MovieFacts::StartFrom::AppleCreationDate);
        QCOMPARE(facts.recordingStart, QDateTime(QDate(2026, 12, 3), QTime(10, 14, 30), Qt::UTC));
    }

    void appleSlowMotionPlaysAtThirty()
    {
        const QString path = clip(QStringLiteral("apple-slomo"), QStringLiteral("IMG_0043.MOV"), 1);
        QVERIFY(!path.isEmpty());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY2(facts.canBeCapture(), qPrintable(facts.problem));
        QCOMPARE(facts.frameRate, 240.0);
        QCOMPARE(facts.captureFps, 240.0);
        QCOMPARE(facts.playbackFps, 30.0);
        QVERIFY(facts.isSlowMotion());
        // A plain 30 fps clip is no slow motion.
        QVERIFY(!MovieFacts::read(clip(QStringLiteral("mp4"), QStringLiteral("normal.mp4"), 1)).isSlowMotion());
    }

    void mpegTsWithAc3IsAccepted()
    {
        const QString path = clip(QStringLiteral("mts"), QStringLiteral("00001.MTS"));
        QVERIFY(!path.isEmpty());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY2(facts.canBeCapture(), qPrintable(facts.problem));
        QVERIFY(facts.mpegTs);
        QCOMPARE(facts.audioCodecs, QStringList { QStringLiteral("AC-3") });
        QVERIFY(facts.startUs > 1'000'000); // MPEG-TS clocks start at 1.4 s
        QVERIFY(qAbs(facts.durationMs - 4000) <= 100);
    }

    void dataTracksAreNamed()
    {
        const QString path = clip(QStringLiteral("mp4-tmcd"), QStringLiteral("GX010042.MP4"));
        QVERIFY(!path.isEmpty());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY2(facts.canBeCapture(), qPrintable(facts.problem));
        QCOMPARE(facts.leftOut, QStringList { QStringLiteral("timecode track (tmcd)") });
    }

    void vp9IsRefusedWithTheReason()
    {
        const QString path = clip(QStringLiteral("vp9"), QStringLiteral("clip.webm"), 1);
        QVERIFY(!path.isEmpty());
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY(facts.readable);
        QVERIFY(!facts.canBeCapture());
        QCOMPARE(facts.problem, QStringLiteral("VP9 video cannot go into a .mov without re-encoding"));
    }

    void aTruncatedMp4IsRefusedWithAReason()
    {
        const QString path = clip(QStringLiteral("mp4"), QStringLiteral("truncated.mp4"));
        QVERIFY(!path.isEmpty());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        // The movie header is written last: a copy cut short has none.
        QVERIFY(file.resize(file.size() / 2));
        file.close();
        const MovieFacts facts = MovieFacts::read(path);
        QVERIFY(!facts.canBeCapture());
        QVERIFY(!facts.problem.isEmpty());
    }

    void notAVideoAtAll()
    {
        QByteArray text("just some words, not a movie at all\n");
        QBuffer buffer(&text);
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        const MovieFacts facts = MovieFacts::read(&buffer);
        QVERIFY(!facts.readable);
        QVERIFY(facts.problem.startsWith(QStringLiteral("Not a video file that can be read")));
        QCOMPARE(MovieFacts::read(TestVideo::scratchPath(QStringLiteral("missing.mp4"))).problem,
                 QStringLiteral("The file no longer exists"));
    }

    void extensionsAnyCase()
    {
        for (const char *name : { "a.mov", "a.MOV", "a.mp4", "a.M4V", "a.mts", "a.M2TS" })
            QVERIFY2(MovieFacts::hasAcceptedExtension(QString::fromLatin1(name)), name);
        QVERIFY(!MovieFacts::hasAcceptedExtension(QStringLiteral("a.webm")));
        QVERIFY(!MovieFacts::hasAcceptedExtension(QStringLiteral("mov")));
    }
};

QTEST_GUILESS_MAIN(TestMovieFacts)
#include "tst_moviefacts.moc"
