// uplift-soak: the fault soak (see soakrun.h); bench/soak builds and runs it.
// Exit code 0 when nothing was lost or duplicated, 1 when something was, 2
// when the soak could not run.
#include "soakrun.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QTemporaryDir>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Uploads N small .mov files with `uplift-capture upload --wait` through `uplift-capture sandbox` with random "
        "faults, killing the upload process at random moments, then counts what was completed, failed, duplicated "
        "and lost."));
    parser.addHelpOption();
    const QCommandLineOption program(QStringLiteral("program"), QStringLiteral("uplift-capture to soak."),
                                     QStringLiteral("PATH"));
    const QCommandLineOption uploads(QStringLiteral("uploads"), QStringLiteral("Files to upload (default 200)."),
                                     QStringLiteral("N"), QStringLiteral("200"));
    const QCommandLineOption kills(QStringLiteral("kills"),
                                   QStringLiteral("Times the upload process is killed (default 10)."),
                                   QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption rate(QStringLiteral("fault-rate"),
                                  QStringLiteral("Probability of a fault per request (default 0.1)."),
                                  QStringLiteral("R"), QStringLiteral("0.1"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  QStringLiteral("Seed of faults, kill moments and files (default: the time)."),
                                  QStringLiteral("N"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("Parallel uploads (default 4)."),
                                      QStringLiteral("N"), QStringLiteral("4"));
    const QCommandLineOption window(
        QStringLiteral("kill-window-ms"),
        QStringLiteral("Each kill lands between 300 ms and this after a start (default 4000)."), QStringLiteral("MS"),
        QStringLiteral("4000"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the scratch folder (videos, sandbox data, logs)."));
    parser.addOptions({ program, uploads, kills, rate, seed, parallel, window, keep });
    parser.process(app);

    SoakOptions options;
    options.program = parser.value(program);
    if (options.program.isEmpty()) {
        std::fputs("uplift-soak: --program PATH is required\n", stderr);
        return 2;
    }
    options.uploads = parser.value(uploads).toInt();
    options.kills = parser.value(kills).toInt();
    options.faultRate = parser.value(rate).toDouble();
    options.seed
        = parser.isSet(seed) ? parser.value(seed).toUInt() : quint32(QDateTime::currentMSecsSinceEpoch() % 1000000);
    options.parallel = parser.value(parallel).toInt();
    options.killWindowMs = parser.value(window).toInt();
    options.log = [](const QString &line) { std::fputs(qPrintable(line + QLatin1Char('\n')), stderr); };
    QTemporaryDir scratch(QDir::temp().filePath(QStringLiteral("uplift-soak-XXXXXX")));
    scratch.setAutoRemove(!parser.isSet(keep));
    options.folder = scratch.path();

    std::printf("soak: %d uploads, %d kills, fault rate %g, seed %u, parallel %d, %s\n", options.uploads, options.kills,
                options.faultRate, options.seed, options.parallel,
                qPrintable(QDateTime::currentDateTimeUtc().toString(Qt::ISODate)));
    std::fflush(stdout);
    SoakResult result;
    QString error;
    if (!SoakRun::run(options, &result, &error)) {
        std::fprintf(stderr, "uplift-soak: %s\n", qPrintable(error));
        return 2;
    }
    std::fputs(qPrintable(result.report()), stdout);
    if (parser.isSet(keep))
        std::printf("kept: %s\n", qPrintable(options.folder));
    std::printf("%s\n", result.passed() ? "PASS: duplicates 0, lost 0" : "FAIL");
    return result.passed() ? 0 : 1;
}
