// The reference of bench/run's start-up row: a bare QMainWindow (a menu, a
// central label, a status bar) built like uplift-capture, reporting its first
// paint the way ui/benchprobe.h does (UPLIFT_BENCH_FIRST_PAINT=1) and quitting.
// With UPLIFT_BENCH_BARE_MEDIA=1 it also makes what the app's preview makes at
// start (QMediaPlayer, QAudioOutput, QVideoWidget): how much of the app's start
// is Qt Multimedia's (GStreamer, audio devices).
#include <QApplication>
#include <QAudioOutput>
#include <QEvent>
#include <QLabel>
#include <QMainWindow>
#include <QMediaPlayer>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>
#include <QVideoWidget>

#include <chrono>
#include <cstdio>

namespace {

class FirstPaint : public QObject
{
public:
    explicit FirstPaint(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && object->isWidgetType()
            && static_cast<QWidget *>(object)->window() == m_window) {
            m_seen = true;
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, this, [] {
                using namespace std::chrono;
                const auto us = duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
                std::printf("uplift-bench first-paint-epoch-us %lld\n", static_cast<long long>(us));
                std::fflush(stdout);
                QCoreApplication::exit(0);
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    bool m_seen = false;
};

} // namespace

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
        new FirstPaint(&window);
    return app.exec();
}
