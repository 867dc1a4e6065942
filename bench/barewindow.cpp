// The reference of bench/run's start-up row: a bare QMainWindow (a menu, a
// central label, a status bar) built like uplift-capture, reporting its first
// paint with the program's own probe (ui/probes/benchfirstpaint.h, UPLIFT_BENCH_FIRST_PAINT=1)
// and quitting. With UPLIFT_BENCH_BARE_MEDIA=1 it also makes, before its first
// paint, what the app's preview makes just after it (QMediaPlayer, QAudioOutput,
// QVideoWidget): what Qt Multimedia (GStreamer, audio devices) would add to a start.
//
// The reference of the `lateness` row too: with UPLIFT_BENCH_LATENESS=SECONDS it measures its
// GUI thread's 16 ms timer as the window does (ui/probes/benchlateness.h), after its first
// paint and, with UPLIFT_BENCH_PLAY=PATH, once its QVideoWidget plays that clip over and over.
#include "benchfirstpaint.h"
#include "benchlateness.h"

#include <QApplication>
#include <QAudioOutput>
#include <QLabel>
#include <QMainWindow>
#include <QMediaPlayer>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

#include <chrono>
#include <memory>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    const QString play = qEnvironmentVariable("UPLIFT_BENCH_PLAY");
    QMediaPlayer *player = nullptr;
    if (qEnvironmentVariableIsSet("UPLIFT_BENCH_BARE_MEDIA") || !play.isEmpty()) {
        auto *video = new QVideoWidget;
        player = new QMediaPlayer(video);
        player->setAudioOutput(new QAudioOutput(player));
        player->setVideoOutput(video);
        window.setCentralWidget(video);
    } else {
        window.setCentralWidget(new QLabel(QStringLiteral("Bare window")));
    }
    window.statusBar()->showMessage(QStringLiteral("Ready"));
    window.resize(1200, 800);
    window.show();
    if (qEnvironmentVariableIsSet("UPLIFT_BENCH_FIRST_PAINT"))
        new BenchProbe::FirstPaint(&window, [] { QCoreApplication::exit(0); });
    const int latenessSeconds = qEnvironmentVariableIntValue("UPLIFT_BENCH_LATENESS");
    if (latenessSeconds > 0) {
        auto measure = [&window, latenessSeconds] {
            new BenchProbe::TimerLateness(&window, std::chrono::seconds(latenessSeconds),
                                          [] { QCoreApplication::exit(0); });
        };
        new BenchProbe::FirstPaint(&window, [player, play, measure] {
            if (!player || play.isEmpty())
                return measure();
            auto once = std::make_shared<bool>(false);
            QObject::connect(player->videoSink(), &QVideoSink::videoFrameChanged, player,
                             [once, measure](const QVideoFrame &frame) {
                                 if (!frame.isValid() || *once)
                                     return;
                                 *once = true;
                                 QTimer::singleShot(1000, measure); // as the window's probe does
                             });
            player->setSource(QUrl::fromLocalFile(play));
            player->setLoops(QMediaPlayer::Infinite);
            player->play();
        });
    }
    return app.exec();
}
