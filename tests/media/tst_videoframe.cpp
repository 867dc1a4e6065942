// One picture of a video through the media plugin (VideoFrame::at,
// MediaEngine::frameAt): the right picture for the time, upright, scaled, and
// a clear reason (never a crash) for what is not a video or stops answering.
#include "media/videoframe.h"
#include "rotatedvideo.h"
#include "testvideo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTest>

#include <csignal>
#include <sys/stat.h>
#include <thread>

namespace {

// Red from 0 s, green from 1 s, blue from 2 s to 3 s; keyframes at 0 and 2 s only, so
// 1.5 s is reached by decoding on from the first keyframe.
QString colourClip()
{
    const QString path = TestVideo::scratchPath(QStringLiteral("frame-colours.mp4"));
    if (QFile::exists(path))
        return path;
    const QString error
        = TestVideo::ffmpeg({ QStringLiteral("-filter_complex"),
                              QStringLiteral("color=c=red:s=320x240:r=30:d=1[a];color=c=lime:s=320x240:r=30:d=1[b];"
                                             "color=c=blue:s=320x240:r=30:d=1[c];[a][b][c]concat=n=3:v=1:a=0"),
                              QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-g"),
                              QStringLiteral("60"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                              QStringLiteral("-movflags"), QStringLiteral("+faststart"), path });
    return error.isEmpty() ? path : QString();
}

bool near(QRgb pixel, QRgb wanted)
{
    return qAbs(qRed(pixel) - qRed(wanted)) < 40 && qAbs(qGreen(pixel) - qGreen(wanted)) < 40
        && qAbs(qBlue(pixel) - qBlue(wanted)) < 40;
}

QString describe(QRgb p)
{
    return QStringLiteral("(%1,%2,%3)").arg(qRed(p)).arg(qGreen(p)).arg(qBlue(p));
}

} // namespace

class TestVideoFrame : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { std::signal(SIGPIPE, SIG_IGN); }

    void thePictureForTheTime_data()
    {
        QTest::addColumn<qint64>("atMs");
        QTest::addColumn<QRgb>("colour");
        QTest::newRow("start") << qint64(0) << qRgb(255, 0, 0);
        QTest::newRow("between keyframes") << qint64(1500) << qRgb(0, 255, 0);
        QTest::newRow("just after a change") << qint64(1034) << qRgb(0, 255, 0);
        QTest::newRow("second keyframe") << qint64(2000) << qRgb(0, 0, 255);
        QTest::newRow("after the keyframe") << qint64(2500) << qRgb(0, 0, 255);
        QTest::newRow("past the end: the last one") << qint64(60000) << qRgb(0, 0, 255);
    }
    void thePictureForTheTime()
    {
        QFETCH(qint64, atMs);
        QFETCH(QRgb, colour);
        const QString path = colourClip();
        QVERIFY(!path.isEmpty());
        const std::atomic<bool> cancel { false };
        QString problem;
        const QImage image = VideoFrame::at(path, atMs, 160, cancel, &problem);
        QVERIFY2(!image.isNull(), qPrintable(problem));
        QVERIFY(problem.isEmpty());
        QCOMPARE(image.size(), QSize(160, 120));
        QVERIFY(image.format() == QImage::Format_RGB32 || image.format() == QImage::Format_ARGB32);
        const QRgb centre = image.pixel(80, 60);
        QVERIFY2(near(centre, colour), qPrintable(describe(centre)));
    }

    void asStoredWhenSmallerThanAsked()
    {
        const std::atomic<bool> cancel { false };
        QString problem;
        const QImage image = VideoFrame::at(colourClip(), 0, 1000, cancel, &problem);
        QVERIFY2(!image.isNull(), qPrintable(problem));
        QCOMPARE(image.size(), QSize(320, 240));
    }

    // A phone held upright stores a landscape picture and a display matrix that turns
    // it a quarter clockwise (iPhone: HEVC in a .MOV): the picture comes out portrait,
    // what was at the stored picture's top left now at its top right.
    void aTurnedPhoneClipComesOutUpright()
    {
        const QString path = TestVideo::scratchPath(QStringLiteral("IMG_0042.MOV"));
        QFile::remove(path);
        QCOMPARE(
            TestVideo::ffmpeg({ QStringLiteral("-filter_complex"),
                                QStringLiteral("color=c=blue:s=320x180:r=30:d=1[b];color=c=red:s=160x90:r=30:d=1["
                                               "r];[b][r]overlay=0:0"),
                                QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-x265-params"),
                                QStringLiteral("log-level=error"), QStringLiteral("-tag:v"), QStringLiteral("hvc1"),
                                QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), path }),
            QString());
        QVERIFY(writeRotation(path, 90));
        const std::atomic<bool> cancel { false };
        QString problem;
        const QImage image = VideoFrame::at(path, 0, 90, cancel, &problem);
        QVERIFY2(!image.isNull(), qPrintable(problem));
        QCOMPARE(image.size(), QSize(90, 160));
        QVERIFY2(near(image.pixel(67, 40), qRgb(255, 0, 0)), qPrintable(describe(image.pixel(67, 40))));
        QVERIFY2(near(image.pixel(22, 40), qRgb(0, 0, 255)), qPrintable(describe(image.pixel(22, 40))));
        QVERIFY2(near(image.pixel(45, 120), qRgb(0, 0, 255)), qPrintable(describe(image.pixel(45, 120))));
    }

    void whatIsNotAVideoGivesAReason_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("garbage") << QStringLiteral("garbage");
        QTest::newRow("header only") << QStringLiteral("header");
        QTest::newRow("cut in the middle") << QStringLiteral("half");
        QTest::newRow("empty") << QStringLiteral("empty");
        QTest::newRow("missing") << QStringLiteral("missing");
    }
    void whatIsNotAVideoGivesAReason()
    {
        QFETCH(QString, kind);
        const QString source = colourClip();
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString path = TestVideo::scratchPath(QStringLiteral("bad-%1.mp4").arg(kind));
        QFile::remove(path);
        if (kind != QLatin1String("missing")) {
            QByteArray written;
            if (kind == QLatin1String("garbage")) {
                written.resize(200000);
                QRandomGenerator rng(24);
                for (char &c : written)
                    c = char(rng.bounded(256));
            } else if (kind == QLatin1String("header")) {
                // The index (moved first) without the pictures it points to.
                written = bytes.left(bytes.indexOf("mdat") + 64);
            } else if (kind == QLatin1String("half")) {
                written = bytes.left(bytes.size() / 2);
            }
            QFile out(path);
            QVERIFY(out.open(QIODevice::WriteOnly));
            QCOMPARE(out.write(written), written.size());
        }
        const std::atomic<bool> cancel { false };
        QString problem;
        const QImage image = VideoFrame::at(path, 2500, 160, cancel, &problem);
        if (kind == QLatin1String("half")) {
            // The first half still holds pictures: the last one there, or a reason.
            QVERIFY(!image.isNull() || !problem.isEmpty());
            return;
        }
        QVERIFY(image.isNull());
        QVERIFY2(!problem.isEmpty(), "no reason given");
        qInfo("%s: %s", qPrintable(kind), qPrintable(problem));
    }

    void stoppedBeforeItStarts()
    {
        const std::atomic<bool> cancel { true };
        QString problem;
        QVERIFY(VideoFrame::at(colourClip(), 0, 160, cancel, &problem).isNull());
        QVERIFY(!problem.isEmpty());
    }

    // A device that trickles (a FIFO fed 256 KiB at a time, as a slow card answers): the
    // cancel flag stops the reading between two reads, and the file is let go. The clip is
    // noise stored losslessly (~40 MB), its picture at 2.5 s far from the start.
    void stoppedWhileTheDeviceTrickles()
    {
        const QString source = TestVideo::scratchPath(QStringLiteral("frame-noise.mp4"));
        if (!QFile::exists(source)) {
            QCOMPARE(TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                         QStringLiteral("testsrc2=s=640x480:r=30:d=3,noise=alls=100:allf=t"),
                                         QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                                         QStringLiteral("ultrafast"), QStringLiteral("-qp"), QStringLiteral("0"),
                                         QStringLiteral("-movflags"), QStringLiteral("+faststart"), source }),
                     QString());
        }
        QFile in(source);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QVERIFY(bytes.size() > 8 * 1024 * 1024);
        const QString fifo = TestVideo::scratchPath(QStringLiteral("trickle.mp4"));
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::atomic<bool> stopWriting { false };
        std::thread writer([&] {
            QFile out(fifo);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return;
            constexpr qsizetype chunk = 256 * 1024;
            for (qsizetype at = 0; at < bytes.size() && !stopWriting; at += chunk) {
                if (out.write(bytes.mid(at, chunk)) < 0)
                    return; // the reader let go
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
            }
        });
        std::atomic<bool> cancel { false };
        std::atomic<bool> returned { false };
        QImage image;
        QString problem;
        std::thread reader([&] {
            image = VideoFrame::at(fifo, 2500, 160, cancel, &problem);
            returned = true;
        });
        QTest::qWait(500);
        QVERIFY2(!returned, "the picture came before the clip was read: the test proves nothing");
        QElapsedTimer took;
        took.start();
        cancel = true;
        QTRY_VERIFY_WITH_TIMEOUT(returned, 2000);
        qInfo("returned %lld ms after the cancel", took.elapsed());
        stopWriting = true;
        reader.join();
        writer.join();
        QVERIFY(image.isNull());
        QVERIFY(!problem.isEmpty());
        QFile::remove(fifo);
    }
};

QTEST_MAIN(TestVideoFrame)
#include "tst_videoframe.moc"
