// uplift-bench-remux SOURCE TARGET [START_MS END_MS]: one ClipRemux run, the
// app's own lossless remux (and cut), timed; bench/run compares it with the
// ffmpeg command doing the same work on the same file.
#include "media/clipremux.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3 && args.size() != 5) {
        std::fprintf(stderr, "usage: uplift-bench-remux SOURCE TARGET [START_MS END_MS]\n");
        return 2;
    }
    ClipRemux::Request request;
    request.source = args.at(1);
    request.target = args.at(2);
    if (args.size() == 5) {
        request.startMs = args.at(3).toLongLong();
        request.endMs = args.at(4).toLongLong();
    }
    const std::atomic<bool> cancel { false };
    QElapsedTimer clock;
    clock.start();
    const ClipRemux::Result result = ClipRemux::run(request, cancel);
    const qint64 ms = clock.elapsed();
    if (!result.ok) {
        std::fprintf(stderr, "uplift-bench-remux: %s\n", qPrintable(result.problem));
        return 1;
    }
    std::printf("remux-ms %lld bytes %lld cut-start-ms %lld\n", static_cast<long long>(ms),
                static_cast<long long>(result.bytes), static_cast<long long>(result.cutStartMs));
    return 0;
}
