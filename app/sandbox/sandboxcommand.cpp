#include "sandbox/sandboxcommand.h"

#include "common/applicationidentity.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <QSocketNotifier>
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The translation context of the command's texts (lupdate reads SandboxCommand::tr calls).
struct SandboxCommand
{
    Q_DECLARE_TR_FUNCTIONS(SandboxCommand)
};

#ifdef Q_OS_UNIX
int signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: the event loop reads the pipe and quits.
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#endif

} // namespace

SandboxOptions windowSandboxOptions()
{
    SandboxOptions options;
    options.dataFolder = ApplicationIdentity::sandboxFolder();
    return options;
}

std::unique_ptr<QObject> startWindowSandbox(QUrl *apiUrl, QString *apiKey, QString *problem)
{
    auto server = std::make_unique<SandboxServer>(windowSandboxOptions());
    if (!server->start(problem))
        return nullptr;
    *apiUrl = server->baseUrl();
    *apiKey = server->apiKey();
    return server;
}

int runSandboxCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        SandboxCommand::tr("Runs the local Uplift API and S3 upload sandbox on 127.0.0.1 until interrupted."));
    const QCommandLineOption help = parser.addHelpOption();
    const QCommandLineOption port(QStringLiteral("port"), SandboxCommand::tr("API port (default: any free port)."),
                                  QStringLiteral("N"));
    const QCommandLineOption uploadPort(QStringLiteral("upload-port"),
                                        SandboxCommand::tr("Port of the built-in S3 endpoint."), QStringLiteral("N"));
    const QCommandLineOption data(QStringLiteral("data"),
                                  SandboxCommand::tr("Data folder (SQLite store and uploaded objects)."),
                                  QStringLiteral("DIR"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"),
                                    SandboxCommand::tr("API key clients must send (default: random)."),
                                    QStringLiteral("K"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"),
                                       SandboxCommand::tr("Requests per minute before 429 (default: none)."),
                                       QStringLiteral("N"));
    const QCommandLineOption processing(QStringLiteral("processing-ms"),
                                        SandboxCommand::tr("Time a capture spends processing (default 1500)."),
                                        QStringLiteral("MS"));
    const QCommandLineOption maxUpload(QStringLiteral("max-upload-bytes"),
                                       SandboxCommand::tr("Largest upload the policies allow."),
                                       QStringLiteral("BYTES"));
    const QCommandLineOption s3Endpoint(QStringLiteral("s3-endpoint"),
                                        SandboxCommand::tr("Sign uploads for this S3-compatible endpoint instead."),
                                        QStringLiteral("URL"));
    const QCommandLineOption s3Bucket(QStringLiteral("s3-bucket"), SandboxCommand::tr("Bucket on that endpoint."),
                                      QStringLiteral("B"));
    const QCommandLineOption s3Region(QStringLiteral("s3-region"), SandboxCommand::tr("Region of that endpoint."),
                                      QStringLiteral("R"));
    const QCommandLineOption s3Access(QStringLiteral("s3-access-key"),
                                      SandboxCommand::tr("Access key for that endpoint."), QStringLiteral("A"));
    const QCommandLineOption s3Secret(QStringLiteral("s3-secret-key"),
                                      SandboxCommand::tr("Secret key for that endpoint."), QStringLiteral("S"));
    const QCommandLineOption fault(
        QStringLiteral("fault"),
        SandboxCommand::tr("Inject a fault (repeatable): fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, "
                           "stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS, "
                           "random:RATE[:SEED]."),
        QStringLiteral("SPEC"));
    const QCommandLineOption faultRate(QStringLiteral("fault-rate"),
                                       SandboxCommand::tr("Inject random faults: each request meets one with this "
                                                          "probability (0 to 1): 429, 503, reset, stall, lost answer, "
                                                          "policy expiring early."),
                                       QStringLiteral("RATE"));
    const QCommandLineOption faultSeed(QStringLiteral("fault-seed"),
                                       SandboxCommand::tr("Seed of the random faults, to repeat a run."),
                                       QStringLiteral("N"));
    parser.addOptions({ port, uploadPort, data, apiKey, rateLimit, processing, maxUpload, s3Endpoint, s3Bucket,
                        s3Region, s3Access, s3Secret, fault, faultRate, faultSeed });
    // `uplift-capture sandbox --help` shows its own usage line; "sandbox" is not an argument.
    QStringList arguments = QCoreApplication::arguments();
    arguments.removeAt(1);
    if (!parser.parse(arguments)) {
        print(stderr, SandboxCommand::tr("uplift-capture sandbox: %1").arg(parser.errorText()) + QLatin1Char('\n'));
        return 2;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
        QString usage = text.left(lineEnd);
        // Qt names the program as it was called (argv[0], perhaps a path).
        if (const QString called = QCoreApplication::arguments().constFirst(); !called.isEmpty())
            usage.replace(called, ApplicationIdentity::executableName() + QStringLiteral(" sandbox"));
        print(stdout, usage + text.mid(lineEnd));
        return 0;
    }

    SandboxOptions options;
    options.port = quint16(parser.value(port).toUInt());
    options.uploadPort = quint16(parser.value(uploadPort).toUInt());
    options.dataFolder
        = parser.isSet(data) ? QDir(parser.value(data)).absolutePath() : windowSandboxOptions().dataFolder;
    options.apiKey = parser.value(apiKey);
    options.rateLimitPerMinute = parser.value(rateLimit).toInt();
    if (parser.isSet(processing))
        options.processingMs = parser.value(processing).toInt();
    if (parser.isSet(maxUpload))
        options.maximumUploadBytes = parser.value(maxUpload).toLongLong();
    options.faults = parser.values(fault);
    if (parser.isSet(faultRate)) // FaultPlan checks both numbers when the server starts
        options.faults << (parser.isSet(faultSeed)
                               ? QStringLiteral("random:%1:%2").arg(parser.value(faultRate), parser.value(faultSeed))
                               : QStringLiteral("random:%1").arg(parser.value(faultRate)));
    if (parser.isSet(s3Endpoint)) {
        S3Target target;
        target.endpoint = QUrl(parser.value(s3Endpoint));
        target.bucket = parser.value(s3Bucket);
        target.region = parser.isSet(s3Region) ? parser.value(s3Region) : QStringLiteral("us-east-1");
        target.accessKey = parser.value(s3Access);
        target.secretKey = parser.value(s3Secret);
        if (!target.endpoint.isValid() || target.bucket.isEmpty() || target.accessKey.isEmpty()
            || target.secretKey.isEmpty()) {
            print(stderr,
                  SandboxCommand::tr("--s3-endpoint needs --s3-bucket, --s3-access-key and --s3-secret-key.")
                      + QLatin1Char('\n'));
            return 2;
        }
        options.externalS3 = target;
    }

    SandboxServer server(options);
    QString problem;
    if (!server.start(&problem)) {
        print(stderr, SandboxCommand::tr("The sandbox could not start: %1").arg(problem) + QLatin1Char('\n'));
        return 1;
    }
    // Machine-readable lines first (scripts and tests parse them), then the same for people.
    print(stdout,
          QStringLiteral("UPLIFT_API_URL=%1\nUPLIFT_API_KEY=%2\nUPLIFT_UPLOAD_URL=%3\nUPLIFT_ADMIN_URL=%4\n")
              .arg(server.baseUrl().toString(), server.apiKey(), server.uploadUrl().toString(),
                   server.adminUrl().toString()));
    print(stdout,
          SandboxCommand::tr("Sandbox API: %1").arg(server.baseUrl().toString()) + QLatin1Char('\n')
              + SandboxCommand::tr("API key: %1").arg(server.apiKey()) + QLatin1Char('\n')
              + SandboxCommand::tr("Uploads go to: %1").arg(server.uploadUrl().toString()) + QLatin1Char('\n')
              + SandboxCommand::tr("Data folder: %1").arg(options.dataFolder) + QLatin1Char('\n'));

#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
#endif
    const int code = app.exec();
    print(stdout, SandboxCommand::tr("Sandbox stopped.") + QLatin1Char('\n'));
    return code;
}
