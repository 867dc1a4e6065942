#include "cli/clicommand.h"

#include "api/apireply.h"
#include "api/athlete.h"
#include "api/athletecache.h"
#include "api/upliftclient.h"
#include "cli/exitcode.h"
#include "cli/headlessqueue.h"
#include "cli/interruptsignal.h"
#include "cli/uploadrequest.h"
#include "cli/uploadrun.h"
#include "common/applicationidentity.h"
#include "common/printabletext.h"
#include "jobs/jobqueue.h"
#include "jobs/jobstore.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

#ifdef Q_OS_WIN
#include <io.h>
#define UPLIFT_ISATTY(f) _isatty(_fileno(f))
#else
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

void print(FILE *to, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), to);
    std::fputs("\n", to);
    std::fflush(to);
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

// Parses; on --help prints it and sets *exit to 0, on a usage error prints it
// and sets *exit to 2. Returns false when the command should end.
bool parse(QCommandLineParser &parser, const QString &command, const QString &description, int *exit)
{
    parser.setApplicationDescription(description + QStringLiteral("\n\n") + exitCodeHelp());
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(argumentsWithoutCommand())) {
        print(stderr, CliCommand::tr("uplift-capture %1: %2").arg(command, parser.errorText()));
        *exit = ExitCode::Usage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        text.replace(QFileInfo(QCoreApplication::applicationFilePath()).fileName(),
                     ApplicationIdentity::executableName() + QLatin1Char(' ') + command);
        print(stdout, text);
        *exit = ExitCode::Ok;
        return false;
    }
    return true;
}

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

    HeadlessQueue headless;
    QString problem;
    if (!headless.open(&problem) || !headless.connectApi(request.apiUrl, &problem)) {
        print(stderr, problem);
        return ExitCode::Failure;
    }
    JobQueue *queue = headless.queue();
    queue->setParallel(request.parallel > 0 ? request.parallel : Settings().parallelUploads());
    // Without --limit-rate, the limit the coach set in the window's Settings (0 = none).
    queue->setBandwidthCap(request.limitBytesPerSecond > 0 ? request.limitBytesPerSecond
                                                           : Settings().uploadRateLimit());
    // Jobs a killed or crashed run left part way resume here, like in the window.
    queue->start();

    // The window's job list names the athlete when the roster it keeps knows them.
    AthleteCache roster;
    const bool rosterOpen = roster.open();

    QList<qint64> ids;
    for (const UploadRequest::Clip &clip : request.clips) {
        // The same clip still on its way (a run that was killed): follow it
        // instead of queueing it twice.
        qint64 existing = 0;
        bool uploadedBefore = false;
        for (qint64 id : queue->jobIds()) {
            const UploadJob *job = queue->job(id);
            if (!job || job->filePath != clip.filePath || job->athleteId != clip.spec.athleteId
                || job->movement != clip.spec.movement || job->clipStartMs != clip.startMs
                || job->clipEndMs != clip.endMs)
                continue;
            if (!job->isFinished())
                existing = id;
            else if (job->state == UploadJob::State::Completed)
                uploadedBefore = true;
        }
        // Completed jobs of earlier runs stay in the store (the queue holds the unfinished ones).
        const QList<JobStore::ClipJob> stored = headless.store()->jobsOfClip(
            clip.filePath, clip.spec.athleteId, clip.spec.movement, clip.startMs, clip.endMs);
        for (const JobStore::ClipJob &job : stored) {
            if (!queue->job(job.id) && job.filePath == clip.filePath && job.state == UploadJob::State::Completed)
                uploadedBefore = true;
        }
        if (existing) {
            print(
                stderr,
                CliCommand::tr("%1 is already in the queue as job %2; following it.").arg(clip.filePath).arg(existing));
            ids << existing;
            continue;
        }
        if (uploadedBefore)
            print(stderr,
                  CliCommand::tr("Warning: %1 was uploaded before for this athlete and movement; uploading it again.")
                      .arg(clip.filePath));
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

    return followToEnd(queue, ids, request.wait, request.json);
}

int runJobs()
{
    QCommandLineParser parser;
    const QCommandLineOption json(QStringLiteral("json"), CliCommand::tr("Print JSON, with each job's history."));
    parser.addOption(json);
    int exit = 0;
    if (!parse(parser, QStringLiteral("jobs"), CliCommand::tr("List the upload queue."), &exit))
        return exit;
    // Reading needs no lock: the store is written in transactions.
    JobStore store;
    if (!store.open()) {
        print(stderr, store.errorString());
        return ExitCode::Failure;
    }
    const QList<UploadJob> jobs = store.loadAll();
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
    HeadlessQueue headless;
    QString problem;
    if (!headless.open(&problem)) {
        print(stderr, problem);
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
    if (!headless.connectApi(parser.isSet(apiUrl) ? QUrl(parser.value(apiUrl)) : QUrl(), &problem)) {
        print(stderr, problem);
        return ExitCode::Failure;
    }
    JobQueue *queue = headless.queue();
    queue->start();
    queue->retry(id);
    return followToEnd(queue, { id }, parser.isSet(wait), parser.isSet(json));
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
    parser.addOptions({ search, json, apiUrl });
    int exit = 0;
    if (!parse(parser, QStringLiteral("athletes"), CliCommand::tr("List the athletes of the account."), &exit))
        return exit;
    HeadlessQueue headless; // only for its API client; the queue is not opened
    QString problem;
    if (!headless.connectApi(parser.isSet(apiUrl) ? QUrl(parser.value(apiUrl)) : QUrl(), &problem)) {
        print(stderr, problem);
        return ExitCode::Failure;
    }
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
        const QString text = parser.value(search);
        QJsonArray all;
        for (const Athlete &a : reply->athletes()) {
            if (!text.isEmpty() && !a.displayName().contains(text, Qt::CaseInsensitive)
                && !a.email.contains(text, Qt::CaseInsensitive))
                continue;
            if (parser.isSet(json)) {
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
        if (parser.isSet(json))
            std::fputs(QJsonDocument(all).toJson(QJsonDocument::Indented).constData(), stdout);
        result = ExitCode::Ok;
        QCoreApplication::exit(result);
    });
    QCoreApplication::exec();
    return result;
}

} // namespace

bool isCliCommand(const QString &name)
{
    static const QStringList commands { QStringLiteral("upload"), QStringLiteral("athletes"), QStringLiteral("jobs"),
                                        QStringLiteral("retry"), QStringLiteral("cancel") };
    return commands.contains(name);
}

int runCliCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    ApplicationIdentity::apply();
    const QString command = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (command == QLatin1String("upload"))
        return runUpload();
    if (command == QLatin1String("jobs"))
        return runJobs();
    if (command == QLatin1String("athletes"))
        return runAthletes();
    if (command == QLatin1String("retry") || command == QLatin1String("cancel"))
        return runRetryOrCancel(command);
    print(stderr, CliCommand::tr("Unknown command: %1").arg(command));
    return ExitCode::Usage;
}
