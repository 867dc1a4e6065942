#include "cli/clicommand.h"
#include "cli/clisupport.h"
#include "cli/devicecommands.h"

#include "api/client/apireply.h"
#include "api/client/upliftclient.h"
#include "api/messages/athlete.h"
#include "api/roster/athletecache.h"
#include "cli/exitcode.h"
#include "cli/impactsplit.h"
#include "cli/interruptsignal.h"
#include "cli/uploadrequest.h"
#include "cli/uploadrun.h"
#include "common/applicationidentity.h"
#include "common/printabletext.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/queueowner.h"
#include "jobs/store/jobstore.h"
#include "media/moviefacts.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QLockFile>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#define UPLIFT_ISATTY(f) _isatty(_fileno(f))
#else
#include <poll.h>
#include <unistd.h>
#define UPLIFT_ISATTY(f) isatty(fileno(f))
#endif

namespace {

// The translation context of this file's messages: lupdate sees
// CliCommand::tr, which a free tr() wrapper would hide from it.
struct CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(CliCommand)
};

using CliSupport::print;

// What runCliCommand was given for --sandbox.
CliSandboxStarter g_startSandbox;

const QString kSandbox = QStringLiteral("sandbox");

// --sandbox: starts the sandbox the window's --sandbox runs; nullptr with the reason in *problem.
std::unique_ptr<QObject> startSandbox(QUrl *apiUrl, QString *apiKey, QString *problem)
{
    if (!g_startSandbox) {
        *problem = CliCommand::tr("This program cannot start the sandbox; run `uplift-capture sandbox` and give its "
                                  "address with --api-url instead.");
        return nullptr;
    }
    QString why;
    std::unique_ptr<QObject> running = g_startSandbox(apiUrl, apiKey, &why);
    if (!running)
        *problem = CliCommand::tr("The sandbox could not start: %1").arg(why);
    return running;
}

// The queue a command reads: the sandbox's own with --sandbox, else the account's.
// The API the command talks to: the sandbox's (started here, and returned to be kept running
// for as long as the command needs it) or the account's at apiUrl. False when it cannot be
// reached, with the reason already printed.
bool connectCommandApi(QueueOwner &headless, bool sandbox, QUrl apiUrl, std::unique_ptr<QObject> *running)
{
    QString problem;
    if (sandbox) {
        QString key;
        *running = startSandbox(&apiUrl, &key, &problem);
        if (!*running) {
            print(stderr, problem);
            return false;
        }
        headless.useApiKey(key);
    }
    if (!headless.connectApi(apiUrl, &problem)) {
        print(stderr, problem);
        return false;
    }
    return true;
}

QString storePath(bool sandbox)
{
    return sandbox ? JobStore::sandboxPath() : JobStore::defaultPath();
}

// QueueOwner::open's refusal, with what --sandbox changes about it.
void printQueueBusy(const QString &problem, bool sandbox)
{
    print(stderr, problem);
    if (sandbox)
        print(stderr,
              CliCommand::tr("With --sandbox the command uses the sandbox window's queue; while that window is "
                             "open, add the videos there, or close it and run the command again."));
}

QString exitCodeHelp()
{
    return CliCommand::tr("Exit codes:\n"
                          "  0  every file uploaded (with --wait: processed)\n"
                          "  1  other failure (no API key, queue busy or unreadable, cancelled)\n"
                          "  2  usage or validation error; nothing was sent\n"
                          "  3  the API or S3 refused a file for good\n"
                          "  4  a file kept failing until its retries ran out\n"
                          "  5  uploaded, but processing ended in an error (--wait)\n"
                          "  6  a clip uploaded (or failed) before was left out: answered no, or no terminal to\n"
                          "     ask on and no --again\n"
                          "  130 stopped by Ctrl-C or SIGTERM; unfinished jobs stay in the queue");
}

// The parser for `uplift-capture COMMAND ...`: argv[1] is dropped so that
// positional arguments start after the command.
QStringList argumentsWithoutCommand()
{
    QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() > 1)
        arguments.removeAt(1);
    return arguments;
}

} // namespace

namespace CliSupport {

void print(FILE *to, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), to);
    std::fputs("\n", to);
    std::fflush(to);
}

// Parses; on --help prints it and sets *exit to 0, on a usage error prints it
// and sets *exit to 2. Returns false when the command should end.
bool parse(QCommandLineParser &parser, const QString &command, const QString &description, int *exit,
           const QString &exitCodes)
{
    parser.setApplicationDescription(description + QStringLiteral("\n\n")
                                     + (exitCodes.isEmpty() ? exitCodeHelp() : exitCodes));
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(argumentsWithoutCommand())) {
        print(stderr, CliCommand::tr("uplift-capture %1: %2").arg(command, parser.errorText()));
        *exit = ExitCode::Usage;
        return false;
    }
    if (parser.isSet(help)) {
        // "Usage: uplift-capture COMMAND [options] ...": only the usage line names the program
        // (descriptions may quote other commands).
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        QString usage = text.left(lineEnd);
        // Qt names the program as it was called (argv[0], perhaps a path).
        if (const QString called = QCoreApplication::arguments().constFirst(); !called.isEmpty())
            usage.replace(called, ApplicationIdentity::executableName() + QLatin1Char(' ') + command);
        text = usage + text.mid(lineEnd);
        print(stdout, text);
        *exit = ExitCode::Ok;
        return false;
    }
    return true;
}

} // namespace CliSupport

namespace {

using CliSupport::parse;

QJsonObject jobJson(const UploadJob &job, const QList<JobHistoryEntry> &history)
{
    QJsonObject o {
        { QStringLiteral("id"), job.id },
        { QStringLiteral("file"), job.filePath },
        { QStringLiteral("athlete_id"), job.athleteId },
        { QStringLiteral("session_group_id"), job.sessionGroupId },
        { QStringLiteral("activity"), job.activity },
        { QStringLiteral("movement"), job.movement },
        { QStringLiteral("state"), UploadJob::stateName(job.state) },
        { QStringLiteral("attempts"), job.attempts },
        { QStringLiteral("session_id"), job.sessionId },
        { QStringLiteral("last_error"), job.lastError },
        { QStringLiteral("last_error_code"), job.lastErrorCode },
        { QStringLiteral("last_http_status"), job.lastHttpStatus },
        { QStringLiteral("failure_permanent"), job.failurePermanent },
        { QStringLiteral("restarts_from_zero"), job.restartsFromZero },
        { QStringLiteral("capture_status"), job.captureStatus },
        { QStringLiteral("processing_error"), job.processingError },
        { QStringLiteral("created_at"), job.createdAt.toUTC().toString(Qt::ISODateWithMs) },
    };
    if (job.nextAttemptAt.isValid())
        o.insert(QStringLiteral("next_attempt_at"), job.nextAttemptAt.toUTC().toString(Qt::ISODateWithMs));
    QJsonArray steps;
    for (const JobHistoryEntry &e : history) {
        steps.append(QJsonObject {
            { QStringLiteral("at"), e.at.toUTC().toString(Qt::ISODateWithMs) },
            { QStringLiteral("step"), e.step },
            { QStringLiteral("outcome"), e.outcome },
            { QStringLiteral("http_status"), e.httpStatus },
            { QStringLiteral("code"), e.errorCode },
            { QStringLiteral("session_id"), e.sessionId },
            { QStringLiteral("message"), e.message },
        });
    }
    o.insert(QStringLiteral("history"), steps);
    return o;
}

// Follows these jobs until UploadRun has its exit code; a store that refuses
// a write ends the run as a failure (the queue stops rather than run unrecorded).
int followToEnd(JobQueue *queue, const QList<qint64> &ids, bool wait, bool json)
{
    UploadRun run(queue, ids, wait, json, stdout);
    run.setTerminal(UPLIFT_ISATTY(stdout));
    int result = ExitCode::Failure;
    QObject::connect(&run, &UploadRun::finished, qApp, [&result](int code) {
        result = code;
        QCoreApplication::exit(code);
    });
    QObject::connect(queue, &JobQueue::storageFailed, qApp, [&result](const QString &message) {
        print(stderr, message);
        result = ExitCode::Failure;
        QCoreApplication::exit(result);
    });
    // Ctrl-C or SIGTERM: pause the queue (a running upload is recorded as
    // interrupted and will start again from its first byte; a reservation in
    // flight is settled through the captures list on the next start), say so,
    // and end. A second Ctrl-C ends the process at once.
    InterruptSignal interrupt;
    QObject::connect(&interrupt, &InterruptSignal::interrupted, qApp, [&result, queue](int signalNumber) {
        queue->pause();
        print(stderr,
              CliCommand::tr("Stopped by signal %1. Unfinished jobs stay in the queue: run the same command "
                             "again (or open the window) to carry on; an interrupted upload starts again "
                             "from the beginning.")
                  .arg(signalNumber));
        result = ExitCode::Interrupted;
        QCoreApplication::exit(result);
    });
    run.start();
    if (!run.isDone())
        QCoreApplication::exec();
    else
        result = run.exitCode();
    return result;
}

// How long the athletes' names are waited for before a question names an athlete by id.
constexpr std::chrono::seconds kRosterDeadline { 10 };
// How long a question on the terminal waits for its answer before it counts as no.
constexpr std::chrono::minutes kAnswerDeadline { 5 };

// Asks on the terminal (stdin); yes only for "y" or "yes" (or the translated words). Enter,
// anything else, the end of input or no answer within kAnswerDeadline is no.
bool askYes(const QString &question)
{
    std::fputs((question + QLatin1Char(' ')).toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
#ifndef Q_OS_WIN
    pollfd input { STDIN_FILENO, POLLIN, 0 };
    if (::poll(&input, 1, int(std::chrono::milliseconds(kAnswerDeadline).count())) <= 0) {
        print(stderr, QString());
        return false;
    }
#endif
    char line[64] = {};
    if (!std::fgets(line, sizeof line, stdin))
        return false;
    if (!std::strchr(line, '\n')) { // the rest of a long line is no second answer
        for (int c = std::getchar(); c != EOF && c != '\n'; c = std::getchar()) { }
    }
    const QString answer = QString::fromLocal8Bit(line).trimmed().toLower();
    return answer == QLatin1String("y") || answer == QLatin1String("yes")
        || answer == CliCommand::tr("y", "the short yes of [y/N]") || answer == CliCommand::tr("yes");
}

// The clip as the coach named it: the file, and the part of it when --trim cut one.
QString clipLabel(const UploadRequest::Clip &clip)
{
    if (clip.startMs < 0 && clip.endMs < 0)
        return PrintableText::line(clip.filePath);
    return CliCommand::tr("%1 (%2)").arg(PrintableText::line(clip.filePath), PrintableText::line(clip.spec.fileName));
}

// What the coach reads about an earlier job of the same clip (JobQueue::duplicateOf).
QString duplicateText(const UploadRequest::Clip &clip, const UploadJob &before, const QString &athleteName)
{
    const QString athlete = PrintableText::line(athleteName);
    const QString when = QLocale().toString(before.createdAt.toLocalTime(), QLocale::ShortFormat);
    // One arg() with every text: a name holding "%4" is not filled in again.
    const QString job = QString::number(before.id);
    if (before.isUploaded())
        return CliCommand::tr("%1 was already uploaded for %2 on %3 (job %4).")
            .arg(clipLabel(clip), athlete, when, job);
    return CliCommand::tr("%1 was already queued for %2 on %3 as job %4, which failed; `uplift-capture retry %4` "
                          "tries that job again.")
        .arg(clipLabel(clip), athlete, when, job);
}

int runUpload()
{
    QCommandLineParser parser;
    UploadRequest::addOptions(&parser);
    int exit = 0;
    if (!parse(
            parser, QStringLiteral("upload"),
            CliCommand::tr("Upload videos to Uplift through the same queue as the window. Everything is checked before "
                           "anything is sent."),
            &exit))
        return exit;
    QStringList usage, fields;
    const UploadRequest request = UploadRequest::fromParser(parser, &usage, &fields);
    for (const QString &line : std::as_const(usage))
        print(stderr, line);
    for (const QString &line : std::as_const(fields))
        print(stderr, line);
    if (!usage.isEmpty() || !fields.isEmpty())
        return ExitCode::Usage;
    for (const QString &line : std::as_const(request.notes))
        print(stderr, PrintableText::line(line));

    // Declared before the queue, so it ends after it: the queue's last words reach a server.
    std::unique_ptr<QObject> sandbox;
    QueueOwner headless;
    QString problem;
    // The queue's lock first: while the sandbox window runs it owns the sandbox's queue and
    // server, and this command starts neither.
    if (!headless.open(&problem, request.sandbox ? JobStore::sandboxPath() : QString())) {
        printQueueBusy(problem, request.sandbox);
        return ExitCode::Failure;
    }
    if (!connectCommandApi(headless, request.sandbox, request.apiUrl, &sandbox))
        return ExitCode::Failure;
    JobQueue *queue = headless.queue();
    queue->setParallel(request.parallel > 0 ? request.parallel : Settings().parallelUploads());
    // Without --limit-rate, the limit the coach set in the window's Settings (0 = none).
    queue->setBandwidthCap(request.limitBytesPerSecond > 0 ? request.limitBytesPerSecond
                                                           : Settings().uploadRateLimit());
    // The window's job list names the athlete when the roster it keeps knows them (the
    // sandbox keeps its own, like the window in the sandbox).
    AthleteCache roster(request.sandbox
                            ? QDir(ApplicationIdentity::sandboxFolder()).filePath(QStringLiteral("athletes.sqlite"))
                            : AthleteCache::defaultDatabasePath());
    const bool rosterOpen = roster.open();
    bool rosterAsked = false;
    // The athlete's name for a question; a roster that does not know them yet is asked for
    // once (the server's list, within a deadline), else the id stands.
    const auto athleteName = [&](const QString &athleteId, const QString &known) {
        if (!known.isEmpty() || !rosterOpen)
            return known.isEmpty() ? athleteId : known;
        std::optional<Athlete> athlete = roster.athlete(athleteId);
        if (!athlete && !rosterAsked) {
            rosterAsked = true;
            QEventLoop loop;
            QTimer deadline;
            deadline.setSingleShot(true);
            QObject::connect(&roster, &AthleteCache::changed, &loop, &QEventLoop::quit);
            QObject::connect(&roster, &AthleteCache::refreshFailed, &loop, &QEventLoop::quit);
            QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
            roster.refresh(headless.client());
            if (roster.isRefreshing()) {
                deadline.start(kRosterDeadline);
                loop.exec();
            }
            athlete = roster.athlete(athleteId);
        }
        return athlete ? athlete->displayName() : athleteId;
    };

    // The same rule as the window's: a clip queued or uploaded before for the same athlete,
    // movement and part is not queued again without the coach's word. Decided before the
    // queue starts: nothing uploads (and no upload stalls) while a question waits.
    const bool canAsk = UPLIFT_ISATTY(stdin);
    struct Step
    {
        const UploadRequest::Clip *clip = nullptr; // to queue
        qint64 follow = 0; // or the job already on its way
    };
    QList<Step> steps;
    int leftOut = 0;
    for (const UploadRequest::Clip &clip : request.clips) {
        const std::optional<UploadJob> before
            = queue->duplicateOf(clip.filePath, clip.spec.athleteId, clip.spec.movement, clip.startMs, clip.endMs);
        if (before && !before->isFinished()) {
            // Still on its way (a run that was killed or stopped): followed, never queued twice.
            print(stderr,
                  (before->isUploaded()
                       ? CliCommand::tr("%1 was already uploaded as job %2, which Uplift is processing; following it.")
                       : CliCommand::tr("%1 is already in the queue as job %2; following it."))
                      .arg(clipLabel(clip), QString::number(before->id)));
            steps.append({ nullptr, before->id });
            continue;
        }
        if (before && !request.again) {
            const QString said = duplicateText(clip, *before, athleteName(before->athleteId, before->athleteName));
            if (!canAsk || !askYes(CliCommand::tr("%1 Upload it again? [y/N]").arg(said))) {
                if (!canAsk)
                    print(stderr, CliCommand::tr("%1 Not uploaded again; add --again to upload it anyway.").arg(said));
                else
                    print(stderr, CliCommand::tr("%1 is left out.").arg(clipLabel(clip)));
                if (request.json) {
                    const QJsonObject o { { QStringLiteral("file"), clip.filePath },
                                          { QStringLiteral("clip"), clip.spec.fileName },
                                          { QStringLiteral("state"), QStringLiteral("left_out") },
                                          { QStringLiteral("duplicate_of"), before->id } };
                    std::fputs(QJsonDocument(o).toJson(QJsonDocument::Compact).constData(), stdout);
                    std::fputs("\n", stdout);
                    std::fflush(stdout);
                }
                ++leftOut;
                continue;
            }
        }
        steps.append({ &clip, 0 });
    }

    // Jobs a killed or crashed run left part way resume here, like in the window.
    queue->start();
    QList<qint64> ids;
    for (const Step &step : std::as_const(steps)) {
        if (step.follow) {
            ids << step.follow;
            continue;
        }
        const UploadRequest::Clip &clip = *step.clip;
        UploadJob job = UploadJob::forCapture(clip.filePath, clip.spec);
        job.clipStartMs = clip.startMs;
        job.clipEndMs = clip.endMs;
        if (rosterOpen) {
            if (const std::optional<Athlete> athlete = roster.athlete(clip.spec.athleteId))
                job.athleteName = athlete->displayName();
        }
        QString why;
        const qint64 id = queue->enqueue(job, &why);
        if (!id) {
            print(stderr, CliCommand::tr("%1: %2").arg(clip.filePath, why));
            return ExitCode::Failure;
        }
        ids << id;
    }

    const int result = ids.isEmpty() ? ExitCode::Ok : followToEnd(queue, ids, request.wait, request.json);
    // A clip left out is the least of what can go wrong: any other outcome says more.
    return result == ExitCode::Ok && leftOut > 0 ? ExitCode::Duplicate : result;
}

int runImpacts()
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 CliCommand::tr("The takes to listen to: any video the upload command takes."),
                                 QStringLiteral("FILE..."));
    const QCommandLineOption activity(
        QStringLiteral("activity"),
        CliCommand::tr("With --movement: the movement filmed, which sets the seconds before and after each impact "
                       "and the shortest time between two strikes (default: 2 s, 2 s and 2 s)."),
        QStringLiteral("A"));
    const QCommandLineOption movement(QStringLiteral("movement"), CliCommand::tr("The movement, with --activity."),
                                      QStringLiteral("M"));
    const QCommandLineOption json(
        QStringLiteral("json"),
        CliCommand::tr("Print one JSON object per file and line: {\"file\", \"audio\", \"impacts\": [{\"time\", "
                       "\"start\", \"end\", \"strength_db\"}]}, times in seconds from the first video frame."));
    parser.addOptions({ activity, movement, json });
    int exit = 0;
    if (!parse(parser, QStringLiteral("impacts"),
               CliCommand::tr("List the impacts heard in each take's sound (a ball struck, a landing) and the part "
                              "around each that `upload --split-at-impacts` would upload; nothing is sent. Times are "
                              "seconds from the first video frame; strength is the strike's level in dB (0: full "
                              "scale)."),
               &exit,
               CliCommand::tr("Exit codes:\n"
                              "  0  every file was listened to (a take without sound or without an impact included)\n"
                              "  2  usage error, or a file could not be read (named, with the reason, on stderr;\n"
                              "     the other files are still listed)")))
        return exit;
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty()) {
        print(stderr, CliCommand::tr("uplift-capture impacts: name at least one video file."));
        return ExitCode::Usage;
    }
    if (parser.isSet(activity) != parser.isSet(movement)) {
        print(stderr,
              CliCommand::tr("uplift-capture impacts: --activity and --movement go together: the movement sets the "
                             "parts."));
        return ExitCode::Usage;
    }
    const ImpactWindow window = ImpactSplit::windowFor(parser.value(activity), parser.value(movement));
    const bool terminal = UPLIFT_ISATTY(stderr);
    int result = ExitCode::Ok;
    for (const QString &file : files) {
        const QFileInfo info(file);
        const QString shown = PrintableText::line(file);
        if (!info.exists() || !info.isFile() || !info.isReadable()) {
            print(stderr,
                  info.exists() ? CliCommand::tr("%1: the file cannot be read.").arg(shown)
                                : CliCommand::tr("%1: the file is not there.").arg(shown));
            result = ExitCode::Usage;
            continue;
        }
        // The take's length as the cut sees it, so the parts are those `upload --split-at-impacts` cuts.
        const MovieFacts facts = MovieFacts::read(info.absoluteFilePath());
        if (!facts.readable) {
            print(stderr,
                  CliCommand::tr("%1: %2").arg(shown,
                                               facts.problem.isEmpty()
                                                   ? CliCommand::tr("not a video this program can read.")
                                                   : PrintableText::line(facts.problem)));
            result = ExitCode::Usage;
            continue;
        }
        const std::atomic<bool> never { false };
        const ImpactSearch search = ImpactFinder::find(
            info.absoluteFilePath(), ImpactRules { window.minGapMs }, never, [&](int percent) {
                if (terminal) {
                    std::fputs(CliCommand::tr("\rListening to %1… %2 %").arg(shown).arg(percent).toLocal8Bit(), stderr);
                    std::fflush(stderr);
                }
            });
        if (terminal) {
            std::fputs("\r\033[K", stderr);
            std::fflush(stderr);
        }
        if (!search.problem.isEmpty()) {
            print(stderr, CliCommand::tr("%1: %2").arg(shown, PrintableText::line(search.problem)));
            result = ExitCode::Usage;
            continue;
        }
        const QList<ImpactSplit::Found> found = ImpactSplit::partsOf(search, window, facts.durationMs);
        if (parser.isSet(json)) {
            std::fputs(ImpactSplit::jsonLine(file, search.hasAudio, found).constData(), stdout);
            std::fflush(stdout);
        } else {
            for (const QString &line : ImpactSplit::text(file, search.hasAudio, found, window))
                print(stdout, line);
        }
    }
    return result;
}

// How many jobs the sandbox's queue holds; 0 when there is none (nothing is made for asking).
qsizetype sandboxJobCount()
{
    if (!QFileInfo::exists(JobStore::sandboxPath()))
        return 0;
    JobStore store;
    return store.open(JobStore::sandboxPath()) ? store.loadAll().size() : 0;
}

int runJobs()
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliCommand::tr("Print JSON, with each job's history."));
    const QCommandLineOption sandbox(
        kSandbox,
        CliCommand::tr("List the sandbox's queue (the jobs of `uplift-capture --sandbox`) instead of "
                       "your account's."));
    parser.addOptions({ json, sandbox });
    int exit = 0;
    if (!parse(parser, QStringLiteral("jobs"), CliCommand::tr("List the upload queue."), &exit))
        return exit;
    // Reading needs no lock (a window may be running): the store is written in transactions,
    // and WAL lets a reader see the last committed state while the window writes.
    const QString path = storePath(parser.isSet(sandbox));
    QList<UploadJob> jobs;
    JobStore store;
    // A sandbox never started has no queue: none is made for asking.
    if (!parser.isSet(sandbox) || QFileInfo::exists(path)) {
        if (!store.open(path)) {
            print(stderr, store.errorString());
            return ExitCode::Failure;
        }
        jobs = store.loadAll();
    }
    // The account's queue is empty but the sandbox's is not: say where the jobs are, on
    // stderr (stdout stays what was asked for, valid JSON with --json).
    if (jobs.isEmpty() && !parser.isSet(sandbox)) {
        if (const qsizetype inSandbox = sandboxJobCount(); inSandbox > 0)
            print(stderr,
                  CliCommand::tr("Your account's queue is empty; %n job(s) are in the sandbox's: "
                                 "uplift-capture jobs --sandbox",
                                 "", int(inSandbox)));
    }
    if (parser.isSet(json)) {
        QJsonArray all;
        for (const UploadJob &job : jobs)
            all.append(jobJson(job, store.history(job.id)));
        std::fputs(QJsonDocument(all).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitCode::Ok;
    }
    for (const UploadJob &job : jobs) {
        QString line = CliCommand::tr("%1\t%2\t%3\t%4")
                           .arg(job.id)
                           .arg(UploadJob::stateName(job.state), PrintableText::line(job.filePath),
                                PrintableText::line(job.movement));
        if (job.state == UploadJob::State::Failed || job.state == UploadJob::State::WaitingToRetry)
            line = CliCommand::tr("%1\t%2").arg(line, PrintableText::line(job.lastError));
        print(stdout, line);
    }
    return ExitCode::Ok;
}

int runRetryOrCancel(const QString &command)
{
    const bool retry = command == QLatin1String("retry");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("JOB"),
                                 CliCommand::tr("The job's number, as `uplift-capture jobs` shows it."));
    const QCommandLineOption wait(QStringLiteral("wait"), CliCommand::tr("Wait until Uplift has processed the file."));
    const QCommandLineOption json(QStringLiteral("json"), CliCommand::tr("Print one JSON object per line."));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), CliCommand::tr("The Uplift API's base URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption sandbox(kSandbox,
                                     CliCommand::tr("A job of the sandbox's queue (`uplift-capture jobs --sandbox`); "
                                                    "while the sandbox window is open, use the window."));
    parser.addOption(sandbox);
    if (retry)
        parser.addOptions({ wait, json, apiUrl });
    int exit = 0;
    if (!parse(parser, command,
               retry ? CliCommand::tr("Put a failed or cancelled job back in the queue and upload it.")
                     : CliCommand::tr("Cancel a job that has not been uploaded yet."),
               &exit))
        return exit;
    bool ok = false;
    const qint64 id = parser.positionalArguments().value(0).toLongLong(&ok);
    if (parser.positionalArguments().size() != 1 || !ok) {
        print(stderr, CliCommand::tr("uplift-capture %1: name one job number.").arg(command));
        return ExitCode::Usage;
    }
    if (retry && parser.isSet(sandbox) && parser.isSet(apiUrl)) {
        print(stderr,
              CliCommand::tr("uplift-capture %1: --sandbox and --api-url cannot be used together: the sandbox runs "
                             "on this computer.")
                  .arg(command));
        return ExitCode::Usage;
    }
    std::unique_ptr<QObject> running; // the sandbox, after the queue
    QueueOwner headless;
    QString problem;
    if (!headless.open(&problem, parser.isSet(sandbox) ? JobStore::sandboxPath() : QString())) {
        printQueueBusy(problem, parser.isSet(sandbox));
        return ExitCode::Failure;
    }
    const std::optional<UploadJob> stored = headless.store()->load(id);
    if (!stored) {
        print(stderr, CliCommand::tr("There is no job %1.").arg(id));
        return ExitCode::Usage;
    }
    if (!retry) {
        if (stored->isFinished() || stored->isUploaded()) {
            print(stderr,
                  CliCommand::tr("Job %1 is %2 and cannot be cancelled.")
                      .arg(id)
                      .arg(UploadJob::stateText(stored->state)));
            return ExitCode::Failure;
        }
        // No network needed: the queue stays paused, only the state changes.
        if (!headless.connectApi(QUrl(), &problem, false)) {
            print(stderr, problem);
            return ExitCode::Failure;
        }
        headless.queue()->pause();
        headless.queue()->start();
        headless.queue()->cancel(id);
        const UploadJob *job = headless.queue()->job(id);
        const bool cancelled = job && job->state == UploadJob::State::Cancelled;
        print(stdout,
              cancelled ? CliCommand::tr("Job %1 cancelled.").arg(id)
                        : CliCommand::tr("Job %1 could not be cancelled.").arg(id));
        return cancelled ? ExitCode::Ok : ExitCode::Failure;
    }
    if (!connectCommandApi(headless, parser.isSet(sandbox), parser.isSet(apiUrl) ? QUrl(parser.value(apiUrl)) : QUrl(),
                           &running))
        return ExitCode::Failure;
    JobQueue *queue = headless.queue();
    queue->start();
    queue->retry(id);
    return followToEnd(queue, { id }, parser.isSet(wait), parser.isSet(json));
}

// The athletes, those matching search, one line each or as JSON.
void printAthletes(const QList<Athlete> &athletes, const QString &search, bool json)
{
    QJsonArray all;
    for (const Athlete &a : athletes) {
        if (!search.isEmpty() && !a.displayName().contains(search, Qt::CaseInsensitive)
            && !a.email.contains(search, Qt::CaseInsensitive))
            continue;
        if (json) {
            all.append(QJsonObject { { QStringLiteral("id"), a.id },
                                     { QStringLiteral("first_name"), a.firstName },
                                     { QStringLiteral("last_name"), a.lastName },
                                     { QStringLiteral("date_of_birth"), a.dateOfBirth },
                                     { QStringLiteral("email"), a.email } });
        } else {
            // One line per athlete, its columns intact, whatever the names hold.
            print(stdout,
                  CliCommand::tr("%1\t%2\t%3")
                      .arg(PrintableText::line(a.id), PrintableText::line(a.displayName()),
                           PrintableText::line(a.dateOfBirth)));
        }
    }
    if (json)
        std::fputs(QJsonDocument(all).toJson(QJsonDocument::Indented).constData(), stdout);
}

int runAthletes()
{
    QCommandLineParser parser;
    const QCommandLineOption search(QStringLiteral("search"),
                                    CliCommand::tr("Only athletes whose name or email contains TEXT."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption json(QStringLiteral("json"), CliCommand::tr("Print JSON."));
    const QCommandLineOption apiUrl(QStringLiteral("api-url"), CliCommand::tr("The Uplift API's base URL."),
                                    QStringLiteral("URL"));
    const QCommandLineOption sandbox(
        kSandbox,
        CliCommand::tr("List the sandbox's athletes (those of `uplift-capture --sandbox`) instead of your "
                       "account's. While the sandbox window is open, those it last loaded."));
    parser.addOptions({ search, json, apiUrl, sandbox });
    int exit = 0;
    if (!parse(parser, QStringLiteral("athletes"), CliCommand::tr("List the athletes of the account."), &exit))
        return exit;
    if (parser.isSet(sandbox) && parser.isSet(apiUrl)) {
        print(stderr,
              CliCommand::tr("uplift-capture athletes: --sandbox and --api-url cannot be used together: the sandbox "
                             "runs on this computer."));
        return ExitCode::Usage;
    }
    // One sandbox server per data folder: whoever holds the sandbox's queue runs it. While
    // the window (or another command) does, the roster the window keeps of it is read instead.
    QLockFile sandboxQueue(QueueOwner::lockPath(JobStore::sandboxPath()));
    sandboxQueue.setStaleLockTime(0); // a lock of a killed process is taken over (QLockFile checks its pid)
    if (parser.isSet(sandbox) && QDir().mkpath(ApplicationIdentity::sandboxFolder()) && !sandboxQueue.tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        sandboxQueue.getLockInfo(&pid, &host, &app);
        AthleteCache roster(QDir(ApplicationIdentity::sandboxFolder()).filePath(QStringLiteral("athletes.sqlite")));
        QString problem;
        const QList<Athlete> athletes = roster.open(&problem) ? roster.athletes() : QList<Athlete>();
        if (athletes.isEmpty()) {
            print(stderr,
                  CliCommand::tr("The sandbox is in use by another Uplift Capture (process %1), which has not "
                                 "loaded its athletes yet. %2")
                      .arg(pid)
                      .arg(problem));
            return ExitCode::Failure;
        }
        print(
            stderr,
            CliCommand::tr("The sandbox window is open (process %1): these are the athletes it last loaded.").arg(pid));
        printAthletes(athletes, parser.value(search), parser.isSet(json));
        return ExitCode::Ok;
    }
    std::unique_ptr<QObject> running; // the sandbox, after the client
    QueueOwner headless; // only for its API client; the queue is not opened
    if (!connectCommandApi(headless, parser.isSet(sandbox), parser.isSet(apiUrl) ? QUrl(parser.value(apiUrl)) : QUrl(),
                           &running))
        return ExitCode::Failure;
    ApiReply *reply = headless.client()->listAthletes();
    int result = ExitCode::Failure;
    QObject::connect(reply, &ApiReply::finished, qApp, [&]() {
        if (!reply->succeeded()) {
            print(stderr, PrintableText::line(reply->error().message()));
            result = reply->error().httpStatus() >= 400 && reply->error().httpStatus() < 500 ? ExitCode::Rejected
                                                                                             : ExitCode::Failure;
            QCoreApplication::exit(result);
            return;
        }
        printAthletes(reply->athletes(), parser.value(search), parser.isSet(json));
        result = ExitCode::Ok;
        QCoreApplication::exit(result);
    });
    QCoreApplication::exec();
    return result;
}

} // namespace

QList<std::pair<QString, QString>> cliCommandSummaries()
{
    return {
        { QStringLiteral("upload"), CliCommand::tr("Upload videos to Uplift through the window's queue.") },
        { QStringLiteral("impacts"),
          CliCommand::tr("List the impacts heard in videos and the parts a split at impacts makes; nothing is sent.") },
        { QStringLiteral("jobs"), CliCommand::tr("List the upload queue and each job's state.") },
        { QStringLiteral("athletes"), CliCommand::tr("List the athletes of the account, with their ids.") },
        { QStringLiteral("retry"), CliCommand::tr("Put a failed or cancelled job back in the queue.") },
        { QStringLiteral("cancel"), CliCommand::tr("Cancel a job that has not been uploaded yet.") },
        { QStringLiteral("devices"), CliCommand::tr("List the cards, cameras and phones and their new clips.") },
        { QStringLiteral("import"), CliCommand::tr("Copy the new clips of a card, camera or phone into a folder.") },
    };
}

bool isCliCommand(const QString &name)
{
    for (const auto &command : cliCommandSummaries()) {
        if (command.first == name)
            return true;
    }
    return false;
}

int runCliCommand(int argc, char **argv, const CliSandboxStarter &startSandbox)
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply();
    g_startSandbox = startSandbox;
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("upload"))
        return runUpload();
    if (command == QLatin1String("impacts"))
        return runImpacts();
    if (command == QLatin1String("jobs"))
        return runJobs();
    if (command == QLatin1String("athletes"))
        return runAthletes();
    if (command == QLatin1String("retry") || command == QLatin1String("cancel"))
        return runRetryOrCancel(command);
    if (command == QLatin1String("devices"))
        return DeviceCommands::runDevices();
    if (command == QLatin1String("import"))
        return DeviceCommands::runImport();
    print(stderr, CliCommand::tr("Unknown command: %1").arg(command));
    return ExitCode::Usage;
}
