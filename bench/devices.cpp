// uplift-bench-devices: the devices room's code as the window and the CLI run
// it, timed for bench/run's devlist and devcopy rows (issue 24, item 7).
//
//   uplift-bench-devices list MOUNTPOINT
//       starts a SourceWatcher, prints "ready" once it has its first list,
//       then waits for MOUNTPOINT to be added and scans it (SourceScan, as the
//       window does); prints "added NS", "listed NS N" (names, sizes, file
//       times) and "complete NS N" (capture times, durations, imported or not),
//       each NS the wall clock (CLOCK_REALTIME, ns) when it happened.
//   uplift-bench-devices import SOURCE DEST
//       copies every new clip of SOURCE into DEST (ClipImport, as
//       `uplift-capture import` does: .part, fsync, read back, rename, record)
//       and prints "bytes N".
#include "devices/clipimport.h"
#include "devices/sourcescan.h"
#include "devices/sourcewatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

long long nowNs()
{
    timespec ts = {};
    clock_gettime(CLOCK_REALTIME, &ts);
    return static_cast<long long>(ts.tv_sec) * 1000000000LL + ts.tv_nsec;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Uplift Labs"));
    QCoreApplication::setApplicationName(QStringLiteral("Uplift Capture"));
    const QStringList args = app.arguments();
    if (args.size() == 3 && args.at(1) == QLatin1String("list")) {
        const QString mountPoint = args.at(2);
        SourceWatcher watcher;
        SourceScan scan;
        QObject::connect(&watcher, &SourceWatcher::sourcesListed, &app, []() {
            std::printf("ready\n");
            std::fflush(stdout);
        });
        QObject::connect(&watcher, &SourceWatcher::sourceAdded, &app, [&](const CameraSource &source) {
            if (source.root != mountPoint)
                return;
            std::printf("added %lld\n", nowNs());
            std::fflush(stdout);
            scan.start(source);
        });
        QObject::connect(&scan, &SourceScan::listed, &app, [](const QList<DeviceClip> &clips) {
            std::printf("listed %lld %lld\n", nowNs(), static_cast<long long>(clips.size()));
            std::fflush(stdout);
        });
        QObject::connect(&scan, &SourceScan::finished, &app, [&](const ScanResult &result) {
            std::printf("complete %lld %lld\n", nowNs(), static_cast<long long>(result.clips.size()));
            if (!result.problem.isEmpty())
                std::fprintf(stderr, "%s\n", qPrintable(result.problem));
            std::fflush(stdout);
            app.exit(result.complete ? 0 : 1);
        });
        QTimer::singleShot(120000, &app, [&]() { app.exit(2); });
        watcher.start();
        return app.exec();
    }
    if (args.size() == 4 && args.at(1) == QLatin1String("import")) {
        QString problem;
        const CameraSource source = CameraSource::forFolder(args.at(2), &problem);
        if (!source.isValid()) {
            std::fprintf(stderr, "%s\n", qPrintable(problem));
            return 2;
        }
        const std::atomic<bool> cancelled = false;
        const long long started = nowNs();
        const ScanResult scan = SourceScan::run(source, SourceScan::Options(), cancelled);
        const long long scanned = nowNs();
        ClipImport::Options options;
        options.destination = args.at(3);
        const ImportOutcome outcome = ClipImport::run(source, scan.clips, options, cancelled);
        const long long imported = nowNs();
        std::fprintf(stderr, "scan %lld ms, copy %lld ms\n", (scanned - started) / 1000000,
                     (imported - scanned) / 1000000);
        qint64 bytes = 0;
        for (const DeviceClip &clip : scan.clips)
            bytes += clip.size;
        if (!outcome.problem.isEmpty() || !outcome.failures.isEmpty()) {
            std::fprintf(stderr, "%s\n", qPrintable(outcome.problem + outcome.failures.join(QLatin1Char('\n'))));
            return 1;
        }
        std::printf("bytes %lld copied %lld\n", static_cast<long long>(bytes),
                    static_cast<long long>(outcome.copied.size()));
        return 0;
    }
    std::fprintf(stderr, "usage: uplift-bench-devices list MOUNTPOINT | import SOURCE DEST\n");
    return 2;
}
