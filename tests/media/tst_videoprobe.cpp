#include "media/videoprobe.h"
#include "rotatedvideo.h"
#include "testvideo.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <atomic>
#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

class TestVideoProbe : public QObject
{
    Q_OBJECT

private:
    static QString makeVideo(const QString &name, TestVideo video)
    {
        video.path = TestVideo::scratchPath(name);
        const QString error = video.make();
        return error.isEmpty() ? video.path : QString();
    }

private slots:
    void headerFactsAndFileFacts()
    {
        TestVideo spec;
        spec.seconds = 1.5;
        spec.size = QSize(640, 360);
        spec.fps = 30;
        spec.creationTime = QStringLiteral("2025-03-02T08:09:10Z");
        const QString path = makeVideo(QStringLiteral("facts.mov"), spec);
        QVERIFY(!path.isEmpty());

        const VideoInfo info = VideoProbe::probeHeader(path);
        QCOMPARE(info.sizeBytes, QFileInfo(path).size());
        QVERIFY(info.sizeBytes > 1000);
        QVERIFY(qAbs(info.durationMs - 1500) <= 50);
        QCOMPARE(info.codedSize, QSize(640, 360));
        QCOMPARE(info.displaySize(), QSize(640, 360));
        QCOMPARE(info.frameRate, 30.0);
        QVERIFY(!info.isPortrait());
        const QDateTime created(QDate(2025, 3, 2), QTime(8, 9, 10), Qt::UTC);
        QCOMPARE(info.creationTime, created);
        QCOMPARE(info.captureTime(), created);
    }

    void rotationMakesAPortraitClip()
    {
        TestVideo spec;
        spec.seconds = 0.5;
        spec.size = QSize(320, 240);
        const QString path = makeVideo(QStringLiteral("portrait.mov"), spec);
        QVERIFY(writeRotation(path, 90));
        const VideoInfo info = VideoProbe::probeHeader(path);
        QCOMPARE(info.rotation, 90);
        QCOMPARE(info.displaySize(), QSize(240, 320));
        QVERIFY(info.isPortrait());
    }

    void captureTimeFallsBackToModificationTime()
    {
        TestVideo spec;
        spec.seconds = 0.5;
        const QString path = makeVideo(QStringLiteral("nodate.mov"), spec);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const QDateTime mtime(QDate(2023, 7, 4), QTime(10, 0, 0), Qt::UTC);
        QVERIFY(file.setFileTime(mtime, QFileDevice::FileModificationTime));
        file.close();
        const VideoInfo info = VideoProbe::probeHeader(path);
        QVERIFY(!info.creationTime.isValid());
        QCOMPARE(info.captureTime(), mtime);
    }

    void probesPlayabilityAndThumbnailInTheBackground()
    {
        TestVideo a;
        a.seconds = 1;
        a.size = QSize(320, 240);
        TestVideo b = a;
        b.size = QSize(480, 270);
        const QString first = makeVideo(QStringLiteral("thumb-a.mov"), a);
        const QString second = makeVideo(QStringLiteral("thumb-b.mov"), b);
        const QString broken = TestVideo::scratchPath(QStringLiteral("broken.mov"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(20000, 'z'));
        }

        VideoProbe probe;
        QSignalSpy spy(&probe, &VideoProbe::probed);
        probe.probe(first);
        probe.probe(broken);
        probe.probe(second);
        QCOMPARE(spy.count(), 0); // nothing happens synchronously
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 3, 30000);

        const auto info = [&](int i) { return spy.at(i).at(0).value<VideoInfo>(); };
        QCOMPARE(info(0).path, first);
        QCOMPARE(info(0).playback, VideoInfo::Playback::Playable);
        QCOMPARE(info(0).thumbnail.width(), VideoProbe::thumbnailWidth);
        QCOMPARE(info(0).thumbnail.height(), VideoProbe::thumbnailWidth * 240 / 320);
        // The test pattern is colourful: the thumbnail is a real frame, not a blank.
        QSet<QRgb> colours;
        for (int x = 0; x < info(0).thumbnail.width(); x += 8)
            colours.insert(info(0).thumbnail.pixel(x, info(0).thumbnail.height() / 3));
        QVERIFY2(colours.size() > 4, qPrintable(QString::number(colours.size())));

        QCOMPARE(info(1).path, broken);
        QCOMPARE(info(1).playback, VideoInfo::Playback::Unplayable);
        QVERIFY(!info(1).playbackProblem.isEmpty());
        QVERIFY(info(1).thumbnail.isNull());

        QCOMPARE(info(2).path, second);
        QCOMPARE(info(2).playback, VideoInfo::Playback::Playable);
        QCOMPARE(info(2).codedSize, QSize(480, 270));
        QCOMPARE(probe.pending(), 0);
    }

    // Issue 24: while a card is copied the probe waits; what was queued is probed once it goes on.
    void pausedItWaitsAndThenGoesOn()
    {
        TestVideo a;
        a.seconds = 1;
        a.size = QSize(320, 240);
        const QString first = makeVideo(QStringLiteral("paused-a.mov"), a);
        const QString second = makeVideo(QStringLiteral("paused-b.mov"), a);
        VideoProbe probe;
        QSignalSpy spy(&probe, &VideoProbe::probed);
        probe.setPausedIntervalMs(0); // none until resumed
        probe.setPaused(true);
        QVERIFY(probe.isPaused());
        probe.probe(first);
        probe.probe(second);
        QTest::qWait(1500); // enough for both when not paused (each well under a second here)
        QCOMPARE(spy.count(), 0);
        QCOMPARE(probe.pending(), 2);
        probe.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 30000);
        QCOMPARE(spy.at(0).at(0).value<VideoInfo>().path, first);
        QCOMPARE(spy.at(1).at(0).value<VideoInfo>().path, second);
        QCOMPARE(spy.at(1).at(0).value<VideoInfo>().playback, VideoInfo::Playback::Playable);
    }

    // While paused the files still go, one at a time at the pause's pace: a
    // long import's clips get their pictures as it runs, never two at once.
    void pausedTheyGoOneAtATimeAtItsPace()
    {
        TestVideo a;
        a.seconds = 1;
        a.size = QSize(320, 240);
        const QString first = makeVideo(QStringLiteral("paced-a.mov"), a);
        const QString second = makeVideo(QStringLiteral("paced-b.mov"), a);
        VideoProbe probe;
        constexpr int interval = 2000;
        probe.setPausedIntervalMs(interval);
        QList<qint64> at;
        QElapsedTimer clock;
        connect(&probe, &VideoProbe::probed, this, [&] { at << clock.elapsed(); });
        clock.start();
        probe.setPaused(true);
        probe.probe(first);
        probe.probe(second);
        QTest::qWait(interval / 2);
        QVERIFY(at.isEmpty());
        QCOMPARE(probe.pending(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(at.size(), 1, 30000);
        // A coarse QTimer may fire up to 5 % early.
        QVERIFY2(at.at(0) >= interval * 95 / 100, qPrintable(QString::number(at.at(0))));
        QCOMPARE(probe.pending(), 1); // the second waits its turn
        QTRY_COMPARE_WITH_TIMEOUT(at.size(), 2, 30000);
        QVERIFY2(at.at(1) - at.at(0) >= interval * 95 / 100, qPrintable(QString::number(at.at(1) - at.at(0))));
        // Resumed, the rest go at once, not at the pause's pace.
        probe.setPausedIntervalMs(120000);
        probe.probe(makeVideo(QStringLiteral("paced-c.mov"), a));
        QTest::qWait(200);
        QCOMPARE(at.size(), 2);
        probe.setPaused(false);
        QTRY_COMPARE_WITH_TIMEOUT(at.size(), 3, 30000);
    }

    void missingFileIsReportedNotCrashed()
    {
        VideoProbe probe;
        QSignalSpy spy(&probe, &VideoProbe::probed);
        probe.probe(TestVideo::scratchPath(QStringLiteral("gone.mov")));
        QTRY_COMPARE(spy.count(), 1);
        const auto info = spy.at(0).at(0).value<VideoInfo>();
        QCOMPARE(info.playback, VideoInfo::Playback::Unplayable);
        QCOMPARE(info.sizeBytes, -1);
    }

    // Issue 24: the file is read, and its player runs, on the probe's own thread.
    // A file whose read stalls (a FIFO nobody writes to, as a card whose FUSE
    // daemon stopped) leaves the caller's timers running. Before: the header
    // was read in the caller's event loop, which stood still until the writer
    // below gave up (3 s).
    void aStalledFileNeverStallsTheCaller()
    {
        const QString fifo = TestVideo::scratchPath(QStringLiteral("probe-stalled.mov"));
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Holds the first reader 3 s without data; then lets every later opening
        // (the player's) through to an empty file, until the test is done.
        std::atomic<bool> done = false;
        std::thread writer([path = QFile::encodeName(fifo), &done] {
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
            bool held = false;
            while (!done) {
                const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    if (!held)
                        std::this_thread::sleep_until(until);
                    held = true;
                    ::close(fd);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
        });
        VideoProbe probe;
        probe.setTimeoutMs(3000);
        QSignalSpy spy(&probe, &VideoProbe::probed);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(16);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();
        probe.probe(fifo);
        QTest::qWait(1500);
        QVERIFY2(ticks >= 45, qPrintable(QStringLiteral("%1 ticks of 16 ms in 1.5 s").arg(ticks)));
        // Answered once the file is (empty) at last, within the probe's time.
        QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 1, 10000);
        done = true;
        writer.join();
        QCOMPARE(spy.at(0).at(0).value<VideoInfo>().path, fifo);
        QFile::remove(fifo);
    }

    // A file that never answers (a FIFO nobody opens for writing: the probe's
    // thread waits in open() for ever) is reported within the probe's time and
    // a few seconds more, and the files after it are probed all the same.
    void aFileThatNeverAnswersDoesNotHoldTheOthers()
    {
        const QString fifo = TestVideo::scratchPath(QStringLiteral("probe-silent.mov"));
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        TestVideo spec;
        spec.seconds = 0.5;
        spec.audio = false;
        const QString clip = makeVideo(QStringLiteral("after-silent.mov"), spec);
        QVERIFY(!clip.isEmpty());
        {
            VideoProbe probe;
            probe.setTimeoutMs(2000);
            QSignalSpy spy(&probe, &VideoProbe::probed);
            probe.probe(fifo);
            probe.probe(clip);
            QCOMPARE(probe.pending(), 2);
            // The clip after it can be probed within the same poll: at least one.
            QTRY_VERIFY_WITH_TIMEOUT(spy.count() >= 1, 10000);
            const auto silent = spy.at(0).at(0).value<VideoInfo>();
            QCOMPARE(silent.path, fifo);
            QCOMPARE(silent.playback, VideoInfo::Playback::Unplayable);
            QVERIFY2(silent.playbackProblem.contains(QStringLiteral("did not answer")),
                     qPrintable(silent.playbackProblem));
            QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 15000);
            const auto after = spy.at(1).at(0).value<VideoInfo>();
            QCOMPARE(after.path, clip);
            QCOMPARE(after.playback, VideoInfo::Playback::Playable);
            QVERIFY(!after.thumbnail.isNull());
            QCOMPARE(probe.pending(), 0);
        }
        // Lets the thread left waiting go (an empty file at last).
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_WRONLY | O_NONBLOCK);
        if (fd >= 0)
            ::close(fd);
        QFile::remove(fifo);
    }
};

QTEST_MAIN(TestVideoProbe)
#include "tst_videoprobe.moc"
