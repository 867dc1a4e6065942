// The reference of bench/run's start-up row: a bare QMainWindow (a menu, a
// central label, a status bar) built like uplift-capture, reporting its first
// paint with the program's own probe (ui/probes/benchfirstpaint.h, UPLIFT_BENCH_FIRST_PAINT=1)
// and quitting. With UPLIFT_BENCH_BARE_MEDIA=1 it also makes, before its first
// paint, what the app's preview makes just after it (QMediaPlayer, QAudioOutput,
// QVideoWidget): what Qt Multimedia (GStreamer, audio devices) would add to a start.
#include "benchfirstpaint.h"

#include <QApplication>
#include <QAudioOutput>
#include <QLabel>
#include <QMainWindow>
#include <QMediaPlayer>
#include <QMenuBar>
#include <QStatusBar>
#include <QVideoWidget>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.menuBar()->addMenu(QStringLiteral("&File"));
    if (qEnvironmentVariableIsSet("UPLIFT_BENCH_BARE_MEDIA")) {
        auto *video = new QVideoWidget;
        auto *player = new QMediaPlayer(video);
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
    return app.exec();
}
