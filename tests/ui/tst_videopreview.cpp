#include "scrubbar.h"
#include "testvideo.h"
#include "uilanguage.h"
#include "videopreview.h"

#include "media/videoprobe.h"

#include <QAction>
#include <QAudioOutput>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMediaPlayer>
#include <QSignalSpy>
#include <QTest>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

class TestVideoPreview : public QObject
{
    Q_OBJECT

private:
    QString m_clip;

private slots:
    void initTestCase()
    {
        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("preview.mov"));
        video.seconds = 2;
        video.size = QSize(320, 240);
        video.fps = 30;
        const QString error = video.make();
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_clip = video.path;
    }

    // The media backend (the slowest part of the window's start) is started
    // only once the preview has been painted, or when a clip is chosen.
    void startsTheMediaBackendAfterTheFirstPaint()
    {
        VideoPreview preview;
        QVERIFY(!preview.findChild<QVideoWidget *>());
        QVERIFY(!preview.findChild<QMediaPlayer *>());
        QCOMPARE(preview.message(), QStringLiteral("Select a video in the list to preview it."));
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QTRY_VERIFY(preview.findChild<QVideoWidget *>());
        QVERIFY(preview.findChild<QMediaPlayer *>());

        VideoPreview hidden;
        hidden.setVideo(VideoProbe::probeHeader(m_clip));
        QVERIFY(hidden.findChild<QMediaPlayer *>());
        QCOMPARE(hidden.player()->source(), QUrl::fromLocalFile(m_clip));
    }

    void showsTheFirstFrameAndPlays()
    {
        VideoPreview preview;
        preview.resize(640, 480);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QVERIFY(!preview.showsVideo());
        QVERIFY(!preview.playPauseAction()->isEnabled());

        // The media backend starts after the first paint; player() makes it now.
        QVERIFY(preview.player());
        auto *videoWidget = preview.findChild<QVideoWidget *>();
        QVERIFY(videoWidget);
        // QWidget::grab() never contains video: count frames reaching the widget's sink.
        int frames = 0;
        QSize frameSize;
        connect(videoWidget->videoSink(), &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &frame) {
            if (frame.isValid()) {
                ++frames;
                frameSize = frame.size();
            }
        });

        preview.setVideo(VideoProbe::probeHeader(m_clip));
        QTRY_VERIFY2_WITH_TIMEOUT(preview.showsVideo(), qPrintable(preview.message()), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(frames > 0, 10000);
        QCOMPARE(frameSize, QSize(320, 240));
        QVERIFY(preview.findChild<QLabel *>(QStringLiteral("metadata"))->text().contains(QStringLiteral("320×240")));

        preview.playPauseAction()->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(preview.player()->playbackState(), QMediaPlayer::PlayingState, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(preview.player()->position() > 300, 10000);
        preview.playPauseAction()->trigger();
        QTRY_COMPARE(preview.player()->playbackState(), QMediaPlayer::PausedState);

        // Frame steps move by one frame (33 ms at 30 fps), pausing playback.
        const qint64 before = preview.player()->position();
        preview.stepForwardAction()->trigger();
        QTRY_COMPARE(preview.player()->position(), before + 33);
        preview.stepBackAction()->trigger();
        preview.stepBackAction()->trigger();
        QTRY_COMPARE(preview.player()->position(), before - 33);

        preview.setSpeed(0.25);
        QCOMPARE(preview.player()->playbackRate(), 0.25);
        QCOMPARE(preview.findChild<QComboBox *>(QStringLiteral("speedBox"))->count(), 5);
        preview.muteAction()->trigger();
        QVERIFY(preview.player()->audioOutput()->isMuted());
        QCOMPARE(preview.playPauseAction()->shortcut(), QKeySequence(Qt::Key_Space));
    }

    // Choosing the next clip while the first one is still fetching its first
    // frame (a coach going down the list with the arrow key) must show the
    // second clip, not stay at "Opening…".
    void aClipChosenWhileThePreviousOneOpensIsShown()
    {
        TestVideo second;
        second.path = TestVideo::scratchPath(QStringLiteral("second.mov"));
        second.seconds = 2;
        second.size = QSize(240, 320);
        second.fps = 30;
        const QString error = second.make();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        for (int round = 0; round < 3; ++round) {
            VideoPreview preview;
            preview.resize(640, 480);
            preview.show();
            QVERIFY(QTest::qWaitForWindowExposed(&preview));
            QVERIFY(preview.player());
            auto *videoWidget = preview.findChild<QVideoWidget *>();
            QSize lastFrame;
            connect(videoWidget->videoSink(), &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &frame) {
                if (frame.isValid())
                    lastFrame = frame.size();
            });
            preview.setVideo(VideoProbe::probeHeader(m_clip));
            QTRY_VERIFY2_WITH_TIMEOUT(preview.showsVideo(), qPrintable(preview.message()), 10000);
            preview.setVideo(VideoProbe::probeHeader(second.path));
            QTRY_VERIFY2_WITH_TIMEOUT(preview.showsVideo(), qPrintable(preview.message()), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(lastFrame, QSize(240, 320), 10000);
            QTRY_COMPARE_WITH_TIMEOUT(preview.player()->playbackState(), QMediaPlayer::PausedState, 5000);
        }
    }

    // In and Out keep parts of a recording; the cut starts at the keyframe
    // at or before In, and the preview says so.
    void marksKeepPartsAndSayWhereTheCutStarts()
    {
        const QString path = TestVideo::scratchPath(QStringLiteral("marks.mov"));
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mov-bframes"), 8), QString());
        VideoPreview preview;
        preview.show();
        preview.setVideo(VideoProbe::probeHeader(path));
        QSignalSpy changed(&preview, &VideoPreview::rangesChanged);
        QVERIFY(preview.marksText().startsWith(QStringLiteral("The whole clip is uploaded")));
        QVERIFY(!preview.clearMarksAction()->isEnabled());

        preview.markInAt(2500);
        QCOMPARE(preview.ranges(), (QList<ClipRange> { { 2500, 8000 } })); // to the end until Out
        preview.markOutAt(4000);
        QCOMPARE(preview.ranges(), (QList<ClipRange> { { 2500, 4000 } }));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(changed.last().at(0).toString(), path);
        QTRY_COMPARE(preview.cutStarts(), (QList<qint64> { 2000 }));
        QVERIFY2(preview.marksText().contains(QStringLiteral("starts 0.5 s earlier, at the previous keyframe")),
                 qPrintable(preview.marksText()));
        auto *bar = preview.findChild<ScrubBar *>();
        QVERIFY(bar);
        QCOMPARE(bar->marks(), preview.ranges());

        // A second part splits the recording; In inside a part moves its start.
        preview.markInAt(6000);
        preview.markOutAt(7000);
        QCOMPARE(preview.ranges().size(), 2);
        QVERIFY2(preview.marksText().startsWith(QStringLiteral("Split into 2 clips")), qPrintable(preview.marksText()));
        preview.markInAt(3000);
        QCOMPARE(preview.ranges().first(), (ClipRange { 3000, 4000 }));
        // Out before any In keeps the start.
        preview.clearMarks();
        QVERIFY(preview.ranges().isEmpty());
        preview.markOutAt(1500);
        QCOMPARE(preview.ranges(), (QList<ClipRange> { { 0, 1500 } }));
        QCOMPARE(preview.cutStarts(), (QList<qint64> { 0 }));
        QVERIFY(preview.clearMarksAction()->isEnabled());
        // The marks come back with the clip.
        VideoInfo again = VideoProbe::probeHeader(path);
        again.ranges = { { 1000, 2000 } };
        preview.setVideo({});
        preview.setVideo(again);
        QCOMPARE(preview.ranges(), again.ranges);
    }

    // Split into 30 parts (Split at Impacts on a lesson), the marks line is far longer than its
    // three fixed lines: the label cut lines off at its top and bottom, "Split into 30 clips"
    // among them (issue 23). It lists the parts that fit, then "…", the sentence whole around
    // them; the whole of it is its tooltip and a screen reader's description. In German too.
    void aLongSplitShowsItsCountWholeAndThePartsThatFit_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("count"); // how the line begins
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Split into 30 clips: ");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("In 30 Clips geteilt: ");
    }

    void aLongSplitShowsItsCountWholeAndThePartsThatFit()
    {
        QFETCH(QString, language);
        QFETCH(QString, count);
        UiLanguage languages;
        QVERIFY(languages.applyChoice(language));
        const QString path = TestVideo::scratchPath(QStringLiteral("thirty.mov"));
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mov-bframes"), 8), QString());
        VideoInfo info = VideoProbe::probeHeader(path);
        for (qint64 i = 0; i < 30; ++i)
            info.ranges << ClipRange { i * 260, i * 260 + 200 };
        VideoPreview preview;
        preview.resize(640, 480);
        preview.show();
        QVERIFY(QTest::qWaitForWindowExposed(&preview));
        QCoreApplication::processEvents(); // the language's LanguageChange
        preview.setVideo(info);
        auto *label = preview.findChild<QLabel *>(QStringLiteral("marksLabel"));
        QVERIFY(label);
        const QString ellipsis(QChar(0x2026));
        for (const int width : { 640, 420, 900 }) {
            preview.resize(width, 480);
            QTRY_COMPARE(label->width() > 0 && label->width() <= width, true);
            QCoreApplication::processEvents();
            const QString whole = preview.marksText();
            const QString shown = label->text();
            qInfo("%d px: %s", label->width(), qPrintable(shown));
            QVERIFY2(whole.startsWith(count), qPrintable(whole));
            // Every line of it shows: none cut off at the top or the bottom.
            QVERIFY2(label->heightForWidth(label->width()) <= label->contentsRect().height(),
                     qPrintable(QStringLiteral("%1 px wide, %2 of %3 px needed: %4")
                                    .arg(label->width())
                                    .arg(label->heightForWidth(label->width()))
                                    .arg(label->contentsRect().height())
                                    .arg(shown)));
            // The count and the first parts, whole, then "…", then the rest of the sentence.
            const qsizetype cut = shown.indexOf(ellipsis);
            QVERIFY2(cut > count.size(), qPrintable(shown));
            QVERIFY2(whole.startsWith(shown.left(cut)), qPrintable(shown + QStringLiteral(" | ") + whole));
            QVERIFY2(shown.left(cut).startsWith(count + QStringLiteral("0:00")), qPrintable(shown));
            QVERIFY2(shown.left(cut).endsWith(QStringLiteral(", ")), qPrintable(shown)); // after a whole part
            QVERIFY2(whole.endsWith(shown.mid(cut + 1)), qPrintable(shown + QStringLiteral(" | ") + whole));
            QCOMPARE(label->toolTip(), whole);
            QCOMPARE(label->accessibleDescription(), whole);
        }
        // A short split is shown whole.
        info.ranges = { { 0, 1000 }, { 2000, 3000 } };
        preview.setVideo({});
        preview.setVideo(info);
        QCOMPARE(label->text(), preview.marksText());
        QVERIFY(label->heightForWidth(label->width()) <= label->contentsRect().height());
        QVERIFY(languages.applyChoice(QStringLiteral("en")));
    }

    // A phone clip filmed upright (the display matrix turns it 270° here):
    // Qt 6.4 delivers its frames with that rotation angle, QVideoWidget and
    // QVideoFrame::toImage() apply it, so the preview and the thumbnail are
    // upright without the app turning anything (doing so turned them twice).
    void aRotatedClipIsShownUpright()
    {
        const QString path = TestVideo::scratchPath(QStringLiteral("upright.mp4"));
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mp4-rotated"), 2), QString());
        VideoProbe probe;
        QSignalSpy probed(&probe, &VideoProbe::probed);
        probe.probe(path);
        QTRY_COMPARE_WITH_TIMEOUT(probed.count(), 1, 15000);
        const VideoInfo info = probed.first().first().value<VideoInfo>();
        QCOMPARE(info.rotation, 270);
        QVERIFY(info.isPortrait());
        const QImage thumb = info.thumbnail;
        QVERIFY2(thumb.height() > thumb.width(),
                 qPrintable(QStringLiteral("%1x%2").arg(thumb.width()).arg(thumb.height())));
        // Upright as ffmpeg shows it: testsrc2's red bar at the bottom, its cyan bar at the top.
        // (Sampled beside the moving diagonal and the time stamp.)
        const QColor top = thumb.pixelColor(thumb.width() / 8, thumb.height() / 20);
        const QColor bottom = thumb.pixelColor(thumb.width() * 3 / 4, thumb.height() * 19 / 20);
        QVERIFY2(bottom.red() > 150 && bottom.blue() < 100, qPrintable(bottom.name()));
        QVERIFY2(top.blue() > 150 && top.green() > 150 && top.red() < 100, qPrintable(top.name()));

        VideoPreview preview;
        preview.resize(480, 480);
        preview.show();
        preview.setVideo(info);
        auto *videoWidget = preview.findChild<QVideoWidget *>();
        QVERIFY(videoWidget);
        int angle = -1;
        connect(videoWidget->videoSink(), &QVideoSink::videoFrameChanged, this, [&](const QVideoFrame &frame) {
            if (frame.isValid())
                angle = int(frame.rotationAngle());
        });
        QTRY_COMPARE_WITH_TIMEOUT(angle, 270, 10000);
    }

    void anUnplayableFileSaysSoAndCanStillBeUploaded()
    {
        const QString broken = TestVideo::scratchPath(QStringLiteral("unplayable.mov"));
        {
            QFile file(broken);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(30000, 'q'));
        }
        VideoPreview preview;
        preview.show();
        preview.setVideo(VideoProbe::probeHeader(broken));
        QTRY_VERIFY_WITH_TIMEOUT(preview.message().contains(QStringLiteral("cannot be previewed")), 10000);
        QVERIFY(preview.message().contains(QStringLiteral("can still be uploaded")));
        QVERIFY(!preview.showsVideo());
    }
};

QTEST_MAIN(TestVideoPreview)
#include "tst_videopreview.moc"
