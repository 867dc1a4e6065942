#pragma once

// Measurement hooks for bench/run, inert unless its environment variables are
// set (nothing a coach would set):
//   UPLIFT_BENCH_FIRST_PAINT=1     once the main window has painted for the first time, print
//                                  "uplift-bench first-paint-epoch-us N" (wall clock) and quit;
//                                  =all: print it, and quit once the start's work after it is done
//   UPLIFT_BENCH_FIRST_FRAME=PATH  after the first paint, wait until the ready list holds PATH,
//                                  select it like a click would, and print
//                                  "uplift-bench first-frame-ms N" when the preview's video sink
//                                  receives the clip's first frame; then quit
//   UPLIFT_BENCH_LATENESS=SECONDS  after the first paint (and, with UPLIFT_BENCH_PLAY, once the clip
//                                  has played for a second), measure how late a 16 ms timer fires for SECONDS
//                                  (benchlateness.h), print each firing, then quit
//   UPLIFT_BENCH_PLAY=PATH         select PATH in the ready list and play it over and over meanwhile
//   UPLIFT_BENCH_SEARCH=TEXT       after the first paint, once the job list holds the whole history (its
//                                  model fetches no more), type TEXT into the job list's search box one key
//                                  at a time, then erase it one key at a time; for each key print
//                                  "uplift-bench search-key-ms N" (setText, then the events it posted
//                                  processed: the filter, the relayout and the repaint) and
//                                  "uplift-bench search-rows N" (the rows shown), after
//                                  "uplift-bench history-ms N" (first paint to the whole history); then quit
//   UPLIFT_BENCH_SPLIT=PATH        with UPLIFT_BENCH_LATENESS: select PATH in the ready list, and a second after
//                                  its first frame start measuring; a second later press Split at Impacts
//                                  (unless UPLIFT_BENCH_SPLIT_PRESS=0, the reference: the same window, not
//                                  splitting) and print "uplift-bench split-start EPOCH_US", then
//                                  "uplift-bench split-end EPOCH_US" when the search has ended
//   UPLIFT_BENCH_CAMERA=MODE       (bench/camera) open From the Camera at once and print
//                                  "uplift-bench camera-source-epoch-us N" when a card is shown,
//                                  "uplift-bench camera-listed-epoch-us N" when its clips are listed and
//                                  "uplift-bench camera-first-screenful-epoch-us N" when every clip in sight
//                                  has its thumbnail; MODE thumbnails: then quit; import: then import every
//                                  new clip, print "camera-import-start/end-epoch-us N", and measure the 16 ms
//                                  timer's lateness for UPLIFT_BENCH_LATENESS seconds meanwhile; idle: measure it
//                                  for as long with the card listed and nothing copied
// Header-only so that the window's library needs no change for it; bench/barewindow.cpp
// reports its first paint the same way.

#include "benchfirstpaint.h"
#include "benchlateness.h"
#include "cameraclipmodel.h"
#include "camerapane.h"
#include "impactsplit.h"
#include "joblistview.h"
#include "mainwindow.h"
#include "readylistmodel.h"
#include "videopreview.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QLineEdit>
#include <QMediaPlayer>
#include <QTimer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QWidget>

#include <chrono>
#include <cstdio>
#include <functional>
#include <memory>

namespace BenchProbe {

// The ready list's row of the clip at `path` once it is read and accepted; -1 until then.
inline int acceptedRowOf(ReadyListModel *model, const QString &path)
{
    int row = -1;
    for (int r = 0; r < model->rowCount(); ++r) {
        if (model->infoAt(r).path == path && model->index(r).data(ReadyListModel::AcceptedRole).toBool())
            row = r;
    }
    return row;
}

inline void measureFirstFrame(MainWindow *window, const QString &path)
{
    auto *list = window->findChild<QAbstractItemView *>(QStringLiteral("readyList"));
    auto *preview = window->findChild<VideoPreview *>();
    if (!list || !preview || !preview->player()->videoSink()) {
        report("first-frame-ms", -1);
        QCoreApplication::exit(1);
        return;
    }
    auto *poll = new QTimer(window);
    auto *clock = new QElapsedTimer;
    clock->start();
    poll->start(50);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        ReadyListModel *model = window->readyModel();
        const int row = acceptedRowOf(model, path);
        // The list's first clip (another one) is shown first, as after a start with files.
        // ... and left alone for a second, as a coach would look at it before picking the next.
        static qint64 shownAt = -1;
        if (preview->showsVideo() && shownAt < 0)
            shownAt = clock->elapsed();
        const bool settled = (shownAt >= 0 && clock->elapsed() - shownAt > 1000) || clock->elapsed() > 8000;
        if (row < 0 || !settled) {
            if (clock->elapsed() > 30000) {
                report("first-frame-ms", -1);
                QCoreApplication::exit(1);
            }
            return;
        }
        poll->stop();
        const QSize size = model->infoAt(row).codedSize;
        auto *seen = new QSize;
        QObject::connect(preview->player()->videoSink(), &QVideoSink::videoFrameChanged, window,
                         [clock, size, seen](const QVideoFrame &frame) {
                             if (frame.isValid())
                                 *seen = frame.size();
                             if (!frame.isValid() || (size.isValid() && frame.width() != size.width()))
                                 return; // a late frame of the clip shown before
                             report("first-frame-ms", clock->elapsed());
                             QCoreApplication::exit(0);
                         });
        // No frame of the clip within 20 s: say what the preview shows instead of hanging.
        QTimer::singleShot(20000, window, [preview, size, seen] {
            std::fprintf(stderr, "uplift-bench: no frame of %dx%d; last frame %dx%d; preview: %s; player: %s\n",
                         size.width(), size.height(), seen->width(), seen->height(), qPrintable(preview->message()),
                         qPrintable(preview->player()->errorString()));
            report("first-frame-ms", -1);
            QCoreApplication::exit(1);
        });
        clock->restart();
        list->clearSelection();
        list->setCurrentIndex(model->index(row));
    });
}

inline void measureSearch(MainWindow *window, const QString &text)
{
    auto *field = window->findChild<QLineEdit *>(QStringLiteral("jobSearch"));
    JobListView *list = window->jobList();
    if (!field || !list) {
        report("search-key-ms", -1);
        QCoreApplication::exit(1);
        return;
    }
    auto *poll = new QTimer(window);
    auto *clock = new QElapsedTimer;
    clock->start();
    poll->start(20);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        const QAbstractItemModel *model = list->jobModel();
        if (!model || model->rowCount() == 0 || model->canFetchMore({})) {
            if (clock->elapsed() > 120000) {
                report("search-key-ms", -1);
                QCoreApplication::exit(1);
            }
            return;
        }
        poll->stop();
        report("history-ms", clock->elapsed());
        QStringList keys; // each prefix typed, then each one erased
        for (qsizetype n = 1; n <= text.size(); ++n)
            keys << text.left(n);
        for (qsizetype n = text.size() - 1; n >= 0; --n)
            keys << text.left(n);
        for (const QString &typed : std::as_const(keys)) {
            QElapsedTimer key;
            key.start();
            field->setText(typed);
            QCoreApplication::processEvents();
            std::printf("uplift-bench search-key-ms %.2f\n", double(key.nsecsElapsed()) / 1e6);
            report("search-rows", list->visibleJobCount());
        }
        QCoreApplication::exit(0);
    });
}

// Plays the clip at PATH in the preview, over and over, from when the ready list has it;
// calls `then` at its first frame (at once without a path). Exits with 1 after 30 s without.
inline void playOverAndOver(MainWindow *window, const QString &path, std::function<void()> then)
{
    auto *list = window->findChild<QAbstractItemView *>(QStringLiteral("readyList"));
    auto *preview = window->findChild<VideoPreview *>();
    if (path.isEmpty()) {
        then();
        return;
    }
    auto fail = [](const char *why) {
        std::fprintf(stderr, "uplift-bench: %s\n", why);
        QCoreApplication::exit(1);
    };
    if (!list || !preview || !preview->player()->videoSink())
        return fail("no ready list or preview");
    auto *poll = new QTimer(window);
    auto *clock = new QElapsedTimer;
    clock->start();
    poll->start(50);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        ReadyListModel *model = window->readyModel();
        const int row = acceptedRowOf(model, path);
        if (row < 0) {
            if (clock->elapsed() > 30000) {
                poll->stop();
                fail("the clip to play never reached the ready list");
            }
            return;
        }
        poll->stop();
        QMediaPlayer *player = preview->player();
        auto once = std::make_shared<bool>(false);
        QObject::connect(player->videoSink(), &QVideoSink::videoFrameChanged, window,
                         [once, then](const QVideoFrame &frame) {
                             if (!frame.isValid() || *once)
                                 return;
                             *once = true;
                             then();
                         });
        list->clearSelection();
        list->setCurrentIndex(model->index(row));
        player->setLoops(QMediaPlayer::Infinite);
        player->play();
    });
}

// Split at Impacts on PATH while the GUI thread's timer is measured (bench/run impactsgui).
inline void measureSplit(MainWindow *window, const QString &path, int seconds, bool press)
{
    auto *list = window->findChild<QAbstractItemView *>(QStringLiteral("readyList"));
    auto *preview = window->findChild<VideoPreview *>();
    if (!list || !preview || !preview->player()->videoSink()) {
        std::fprintf(stderr, "uplift-bench: no ready list or preview\n");
        QCoreApplication::exit(1);
        return;
    }
    auto *poll = new QTimer(window);
    auto *clock = new QElapsedTimer;
    clock->start();
    poll->start(50);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        const int row = acceptedRowOf(window->readyModel(), path);
        if (row < 0) {
            if (clock->elapsed() > 30000) {
                poll->stop();
                std::fprintf(stderr, "uplift-bench: the take never reached the ready list\n");
                QCoreApplication::exit(1);
            }
            return;
        }
        poll->stop();
        auto once = std::make_shared<bool>(false);
        QObject::connect(
            preview->player()->videoSink(), &QVideoSink::videoFrameChanged, window, [=](const QVideoFrame &frame) {
                if (!frame.isValid() || *once)
                    return;
                *once = true;
                QTimer::singleShot(1000, window, [=] {
                    new TimerLateness(window, std::chrono::seconds(seconds), [] { QCoreApplication::exit(0); });
                    if (!press)
                        return;
                    QTimer::singleShot(1000, window, [=] {
                        QObject::connect(preview->impactSplit(), &ImpactSplit::searchFinished, window,
                                         [] { report("split-end", epochMicroseconds()); });
                        report("split-start", epochMicroseconds());
                        preview->splitAtImpactsAction()->trigger();
                    });
                });
            });
        list->clearSelection();
        list->setCurrentIndex(window->readyModel()->index(row));
    });
}

inline void measureCamera(MainWindow *window, const QString &mode, int latenessSeconds)
{
    window->openCameraPane();
    CameraPane *pane = window->cameraPane();
    auto *list = pane->findChild<QAbstractItemView *>(QStringLiteral("cameraClips"));
    auto *poll = new QTimer(window);
    auto stage = std::make_shared<int>(0);
    poll->start(5);
    const auto lateness = [window, latenessSeconds](std::function<void()> then) {
        new TimerLateness(window, std::chrono::seconds(std::max(1, latenessSeconds)), std::move(then));
    };
    QObject::connect(pane, &CameraPane::importFinished, window, [](const QStringList &copies, const QString &) {
        report("camera-import-end-epoch-us", epochMicroseconds());
        report("camera-imported", copies.size());
    });
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        CameraClipModel *model = pane->clipModel();
        if (*stage == 0 && !pane->shownSource().isEmpty()) {
            report("camera-source-epoch-us", epochMicroseconds());
            *stage = 1;
        }
        if (*stage == 1 && model->rowCount() > 0) {
            report("camera-listed-epoch-us", epochMicroseconds());
            report("camera-clips", model->rowCount());
            *stage = 2;
        }
        if (*stage == 2) {
            const QRect viewport = list->viewport()->rect();
            bool all = true;
            int inSight = 0;
            for (int row = 0; row < model->rowCount() && all; ++row) {
                if (!list->visualRect(model->index(row)).intersects(viewport))
                    continue;
                ++inSight;
                all = model->hasThumbnail(model->clipAt(row).path);
            }
            if (!all || inSight == 0)
                return;
            report("camera-first-screenful-epoch-us", epochMicroseconds());
            report("camera-in-sight", inSight);
            *stage = 3;
            if (mode == QLatin1String("thumbnails")) {
                poll->stop();
                QCoreApplication::exit(0);
            }
        }
        if (*stage == 3 && model->factsKnown()) {
            poll->stop();
            *stage = 4;
            if (mode == QLatin1String("import")) {
                report("camera-import-start-epoch-us", epochMicroseconds());
                pane->startImport();
            }
            lateness([] { QCoreApplication::exit(0); });
        }
    });
}

// Called once the main window is shown; does nothing without the variables.
inline void install(MainWindow *window)
{
    // "all": the first paint is reported, and the program quits once what waits behind it is
    // done (app/main.cpp).
    const bool all = qEnvironmentVariable("UPLIFT_BENCH_FIRST_PAINT") == QLatin1String("all");
    const bool paint = qEnvironmentVariableIsSet("UPLIFT_BENCH_FIRST_PAINT") && !all;
    const QString clip = qEnvironmentVariable("UPLIFT_BENCH_FIRST_FRAME");
    const int latenessSeconds = qEnvironmentVariableIntValue("UPLIFT_BENCH_LATENESS");
    const QString search = qEnvironmentVariable("UPLIFT_BENCH_SEARCH");
    const QString split = qEnvironmentVariable("UPLIFT_BENCH_SPLIT");
    const bool pressSplit = qEnvironmentVariable("UPLIFT_BENCH_SPLIT_PRESS") != QLatin1String("0");
    const QString camera = qEnvironmentVariable("UPLIFT_BENCH_CAMERA");
    if (!paint && !all && clip.isEmpty() && latenessSeconds <= 0 && search.isEmpty() && camera.isEmpty())
        return;
    new FirstPaint(window, [window, paint, all, clip, latenessSeconds, search, split, pressSplit, camera] {
        if (all)
            return;
        if (paint)
            QCoreApplication::exit(0);
        else if (!camera.isEmpty())
            measureCamera(window, camera, latenessSeconds);
        else if (!search.isEmpty())
            measureSearch(window, search);
        else if (!clip.isEmpty())
            measureFirstFrame(window, clip);
        else if (!split.isEmpty() && latenessSeconds > 0)
            measureSplit(window, split, latenessSeconds, pressSplit);
        else
            playOverAndOver(window, qEnvironmentVariable("UPLIFT_BENCH_PLAY"), [window, latenessSeconds] {
                // A second after the first frame: what is measured is playing, not opening the clip.
                QTimer::singleShot(1000, window, [window, latenessSeconds] {
                    new TimerLateness(window, std::chrono::seconds(latenessSeconds), [] { QCoreApplication::exit(0); });
                });
            });
    });
}

} // namespace BenchProbe
