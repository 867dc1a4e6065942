// uplift-bench-impacts FILE [MIN_GAP_MS]: one ImpactFinder::find, the app's
// own impact finder, timed; bench/run compares it with ffmpeg decoding the
// same audio (-vn -f null) on the same file, and its peak RSS on a long take
// with that on a short one.
//
// uplift-bench-impacts FILE --split FOLDER: then each impact's part (2.5 s
// before it to 1.5 s after, a golf full swing's; where two would overlap,
// halfway between the impacts) is prepared as the app prepares a part
// (ClipRemux, one after the other), timed as a whole.
#include "media/clipremux.h"
#include "media/impactfinder.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const bool split = args.size() == 4 && args.at(2) == QLatin1String("--split");
    if (args.size() < 2 || args.size() > 4 || (args.size() == 4 && !split)) {
        std::fprintf(stderr, "usage: uplift-bench-impacts FILE [MIN_GAP_MS | --split FOLDER]\n");
        return 2;
    }
    ImpactRules rules;
    if (args.size() == 3)
        rules.minGapMs = args.at(2).toLongLong();
    const std::atomic<bool> cancel { false };
    QElapsedTimer clock;
    clock.start();
    const ImpactSearch search = ImpactFinder::find(args.at(1), rules, cancel);
    const qint64 ms = clock.elapsed();
    if (!search.problem.isEmpty()) {
        std::fprintf(stderr, "uplift-bench-impacts: %s\n", qPrintable(search.problem));
        return 1;
    }
    std::printf("impacts-ms %lld impacts %lld audio %d duration-ms %lld\n", static_cast<long long>(ms),
                static_cast<long long>(search.impacts.size()), search.hasAudio ? 1 : 0,
                static_cast<long long>(search.durationUs / 1000));
    for (const Impact &i : search.impacts)
        std::printf("impact %.3f %.1f\n", double(i.timeUs) / 1e6, i.strengthDb);
    if (!split)
        return 0;

    const QDir folder(args.at(3));
    QDir().mkpath(folder.absolutePath());
    const qint64 beforeMs = 2500, afterMs = 1500;
    const qint64 durationMs = search.durationUs / 1000;
    clock.restart();
    qint64 bytes = 0;
    for (qsizetype k = 0; k < search.impacts.size(); ++k) {
        const qint64 at = search.impacts[k].timeUs / 1000;
        qint64 from = std::max<qint64>(0, at - beforeMs);
        qint64 to = std::min(durationMs, at + afterMs);
        if (k > 0)
            from = std::max(from, (search.impacts[k - 1].timeUs / 1000 + at) / 2);
        if (k + 1 < search.impacts.size())
            to = std::min(to, (at + search.impacts[k + 1].timeUs / 1000) / 2);
        ClipRemux::Request request;
        request.source = args.at(1);
        request.target = folder.filePath(QStringLiteral("part-%1.mov").arg(k + 1));
        request.startMs = from;
        request.endMs = to;
        const ClipRemux::Result result = ClipRemux::run(request, cancel);
        if (!result.ok) {
            std::fprintf(stderr, "uplift-bench-impacts: part %lld: %s\n", static_cast<long long>(k + 1),
                         qPrintable(result.problem));
            return 1;
        }
        bytes += result.bytes;
    }
    std::printf("split-ms %lld parts %lld bytes %lld\n", static_cast<long long>(clock.elapsed()),
                static_cast<long long>(search.impacts.size()), static_cast<long long>(bytes));
    return 0;
}
