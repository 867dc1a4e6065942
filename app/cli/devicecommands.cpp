#include "cli/devicecommands.h"

#include "cli/clisupport.h"
#include "cli/exitcode.h"
#include "cli/interruptsignal.h"
#include "common/printabletext.h"
#include "devices/clipimport.h"
#include "devices/importedclips.h"
#include "devices/sourcescan.h"
#include "devices/sourcewatcher.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>

#include <cstdio>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

namespace {

// Where the window imports to as well: today's folder of the coach's library (Settings).
QString libraryDestination()
{
    return Settings::importFolder(Settings().libraryFolder(), QDate::currentDate());
}

struct DeviceCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeviceCommand)
};

using CliSupport::print;

const QString kSandbox = QStringLiteral("sandbox");

QString storePath(bool sandbox)
{
    return sandbox ? ImportedClips::sandboxPath() : ImportedClips::defaultPath();
}

QCommandLineOption sandboxOption()
{
    return QCommandLineOption(kSandbox,
                              DeviceCommand::tr("Use the sandbox's list of imported clips (the one of "
                                                "`uplift-capture --sandbox`) instead of your own."));
}

QJsonValue timeJson(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(t.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject clipJson(const DeviceClip &clip, const QString &root)
{
    QJsonObject o;
    o[QStringLiteral("path")] = clip.path;
    o[QStringLiteral("size")] = clip.size;
    // When it was filmed, as the video says; null when only the file's time is known (file_time).
    o[QStringLiteral("capture_time")] = clip.captureTimeFromFile ? timeJson(clip.captureTime) : QJsonValue();
    o[QStringLiteral("file_time")] = timeJson(clip.chapters.isEmpty() ? QDateTime() : clip.chapters.first().modified);
    o[QStringLiteral("duration")] = clip.durationMs >= 0 ? QJsonValue(double(clip.durationMs) / 1000.0) : QJsonValue();
    o[QStringLiteral("imported")] = clip.imported;
    if (clip.isChaptered()) {
        QJsonArray chapters;
        for (const DeviceFile &f : clip.chapters)
            chapters.append(f.path);
        o[QStringLiteral("chapters")] = chapters;
    }
    Q_UNUSED(root);
    return o;
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeSIFormat);
}

QString durationText(qint64 ms)
{
    if (ms < 0)
        return DeviceCommand::tr("?:??");
    const qint64 s = (ms + 500) / 1000;
    return QStringLiteral("%1:%2").arg(s / 60).arg(s % 60, 2, 10, QLatin1Char('0'));
}

QString clipLine(const DeviceClip &clip, const QString &root)
{
    const QString when = clip.captureTime.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    QString line = DeviceCommand::tr("  %1\t%2\t%3\t%4\t%5")
                       .arg(clip.imported ? DeviceCommand::tr("imported") : DeviceCommand::tr("new"),
                            clip.captureTimeFromFile ? when : DeviceCommand::tr("%1 (file time)").arg(when),
                            durationText(clip.durationMs), sizeText(clip.size),
                            PrintableText::line(QDir(root).relativeFilePath(clip.path)));
    if (clip.isChaptered())
        line += DeviceCommand::tr(" (%n chapter(s))", "", int(clip.chapters.size()));
    return line;
}

bool stderrIsTerminal()
{
#ifdef Q_OS_WIN
    return false;
#else
    return ::isatty(STDERR_FILENO);
#endif
}

} // namespace

namespace DeviceCommands {

int runDevices()
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), DeviceCommand::tr("Print JSON."));
    const QCommandLineOption sandbox = sandboxOption();
    parser.addOptions({ json, sandbox });
    int exit = 0;
    if (!CliSupport::parse(
            parser, QStringLiteral("devices"),
            DeviceCommand::tr("List the cards, cameras and phones there are, and their clips: new, "
                              "or imported before."),
            &exit,
            DeviceCommand::tr("Exit codes:\n"
                              "  0  listed (perhaps nothing)\n"
                              "  1  the list of imported clips cannot be read, or looking took too long\n"
                              "  2  usage error")))
        return exit;
    if (!parser.positionalArguments().isEmpty()) {
        print(stderr,
              DeviceCommand::tr("uplift-capture devices takes no file or folder; to import one, use "
                                "uplift-capture import FOLDER"));
        return ExitCode::Usage;
    }
    SourceWatcher watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &SourceWatcher::sourcesListed, &loop, &QEventLoop::quit);
    QTimer::singleShot(std::chrono::seconds(15), &loop, &QEventLoop::quit);
    watcher.start();
    if (!watcher.hasListed())
        loop.exec();
    if (!watcher.hasListed()) {
        print(stderr, DeviceCommand::tr("Looking for cards, cameras and phones took too long."));
        return ExitCode::Failure;
    }
    SourceScan::Options options;
    options.storePath = storePath(parser.isSet(sandbox));
    QJsonArray all;
    int result = ExitCode::Ok;
    const std::atomic<bool> cancelled = false;
    for (const CameraSource &source : watcher.sources()) {
        const ScanResult scan = SourceScan::run(source, options, cancelled);
        if (!scan.problem.isEmpty()) {
            print(stderr, scan.problem);
            result = ExitCode::Failure;
        }
        if (parser.isSet(json)) {
            QJsonObject o;
            o[QStringLiteral("source")] = source.root;
            o[QStringLiteral("label")] = source.label;
            o[QStringLiteral("uuid")] = source.uuid.isEmpty() ? QJsonValue() : QJsonValue(source.uuid);
            o[QStringLiteral("kind")] = CameraSource::kindName(source.kind);
            o[QStringLiteral("new")] = scan.newCount();
            QJsonArray clips;
            for (const DeviceClip &clip : scan.clips)
                clips.append(clipJson(clip, source.root));
            o[QStringLiteral("clips")] = clips;
            all.append(o);
            continue;
        }
        print(stdout,
              DeviceCommand::tr("%1 (%2) %3: %Ln new of %4", "", scan.newCount())
                  .arg(PrintableText::line(source.displayName()), CameraSource::kindName(source.kind),
                       PrintableText::line(source.root))
                  .arg(scan.clips.size()));
        for (const DeviceClip &clip : scan.clips)
            print(stdout, clipLine(clip, source.root));
    }
    if (parser.isSet(json))
        std::fputs(QJsonDocument(all).toJson(QJsonDocument::Indented).constData(), stdout);
    else if (watcher.sources().isEmpty())
        print(stderr, DeviceCommand::tr("No card, camera or phone with videos is there."));
    return result;
}

int runImport()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("SOURCE"),
                                 DeviceCommand::tr("The card's, camera's or phone's folder (the one holding DCIM "
                                                   "or PRIVATE/AVCHD), as `uplift-capture devices` lists it."));
    const QCommandLineOption to(
        QStringLiteral("to"),
        DeviceCommand::tr("Copy into this folder (default: %1).").arg(QDir::toNativeSeparators(libraryDestination())),
        QStringLiteral("DIR"));
    const QCommandLineOption json(QStringLiteral("json"), DeviceCommand::tr("Print JSON."));
    const QCommandLineOption sandbox = sandboxOption();
    parser.addOptions({ to, json, sandbox });
    int exit = 0;
    if (!CliSupport::parse(
            parser, QStringLiteral("import"),
            DeviceCommand::tr("Copy every new clip of a card, camera or phone into a folder and print the paths of the "
                              "copies. A clip imported before (even renamed, or from another card) is left out; a "
                              "file already in the folder is never overwritten."),
            &exit,
            DeviceCommand::tr("Exit codes:\n"
                              "  0  new clips were copied\n"
                              "  1  a copy failed (nothing recorded for it, its partial file removed), or the\n"
                              "     card went away (run the command again when it is back: the copy goes on)\n"
                              "  2  usage error, or SOURCE is not a folder with DCIM or PRIVATE/AVCHD in it\n"
                              "  3  nothing new: every clip was imported before\n"
                              "  130 stopped by Ctrl-C or SIGTERM (run it again to go on)")))
        return exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        print(stderr, DeviceCommand::tr("uplift-capture import: give one card, camera or phone folder (SOURCE)."));
        return ExitCode::Usage;
    }
    QString problem;
    const CameraSource source = CameraSource::forFolder(positional.first(), &problem);
    if (!source.isValid()) {
        print(stderr, problem);
        return ExitCode::Usage;
    }
    SourceScan::Options scanOptions;
    scanOptions.storePath = storePath(parser.isSet(sandbox));
    const std::atomic<bool> notCancelled = false;
    const ScanResult scan = SourceScan::run(source, scanOptions, notCancelled);
    if (!scan.complete) {
        print(stderr, scan.problem);
        return ExitCode::Failure;
    }
    QList<DeviceClip> fresh;
    for (const DeviceClip &clip : scan.clips) {
        if (!clip.imported)
            fresh.append(clip);
    }

    ClipImport::Options options;
    options.storePath = scanOptions.storePath;
    options.destination = parser.isSet(to) ? QDir(parser.value(to)).absolutePath() : libraryDestination();
    ImportOutcome outcome;
    if (!fresh.isEmpty()) {
        ClipImport import;
        QEventLoop loop;
        InterruptSignal interrupt;
        bool interrupted = false;
        QObject::connect(&interrupt, &InterruptSignal::interrupted, &import, [&]() {
            interrupted = true;
            import.cancel();
        });
        const bool terminal = stderrIsTerminal();
        QObject::connect(&import, &ClipImport::progress, &loop, [terminal](const ImportProgress &p) {
            if (!terminal)
                return;
            QString line = DeviceCommand::tr("Copying %1 of %2: %3 of %4")
                               .arg(qMin(p.filesDone + 1, p.filesTotal))
                               .arg(p.filesTotal)
                               .arg(sizeText(p.bytesDone), sizeText(p.bytesTotal));
            if (p.bytesPerSecond > 0)
                line += DeviceCommand::tr(", %1/s").arg(sizeText(qint64(p.bytesPerSecond)));
            if (p.secondsLeft >= 0)
                line += DeviceCommand::tr(", %1 left").arg(durationText(p.secondsLeft * 1000));
            std::fprintf(stderr, "\r%-78s", line.toLocal8Bit().constData());
            std::fflush(stderr);
        });
        const bool printJson = parser.isSet(json);
        QObject::connect(&import, &ClipImport::fileCopied, &loop, [printJson](const ImportedFile &f) {
            if (!printJson)
                print(stdout, f.copyPath);
        });
        QObject::connect(&import, &ClipImport::finished, &loop, [&](const ImportOutcome &o) {
            outcome = o;
            loop.quit();
        });
        import.start(source, fresh, options);
        loop.exec();
        if (terminal)
            std::fputs("\r\033[K", stderr);
        if (interrupted)
            return ExitCode::Interrupted;
    }
    outcome.alreadyImported += int(scan.clips.size() - fresh.size());

    if (parser.isSet(json)) {
        QJsonObject o;
        o[QStringLiteral("source")] = source.root;
        o[QStringLiteral("destination")] = options.destination;
        QJsonArray copied;
        for (const ImportedFile &f : std::as_const(outcome.copied))
            copied.append(
                QJsonObject { { QStringLiteral("from"), f.sourcePath }, { QStringLiteral("path"), f.copyPath } });
        o[QStringLiteral("copied")] = copied;
        o[QStringLiteral("already_imported")] = outcome.alreadyImported;
        o[QStringLiteral("failures")] = QJsonArray::fromStringList(outcome.failures);
        o[QStringLiteral("problem")] = outcome.problem.isEmpty() ? QJsonValue() : QJsonValue(outcome.problem);
        std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout);
    }
    for (const QString &failure : std::as_const(outcome.failures)) {
        if (failure != outcome.problem)
            print(stderr, failure);
    }
    if (!outcome.problem.isEmpty())
        print(stderr, outcome.problem);
    if (!outcome.failures.isEmpty() || outcome.sourceLost || !outcome.problem.isEmpty())
        return ExitCode::Failure;
    if (outcome.copied.isEmpty()) {
        print(stderr,
              DeviceCommand::tr("Nothing new on %1: every clip was imported before.")
                  .arg(QDir::toNativeSeparators(source.root)));
        return ExitCode::NothingNew;
    }
    return ExitCode::Ok;
}

} // namespace DeviceCommands
