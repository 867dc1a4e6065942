#include "sandbox/sandboxcommand.h"

#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

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

QString tr(const char *text)
{
    return QCoreApplication::translate("SandboxCommand", text);
}

#ifdef Q_OS_UNIX
int signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    // Only async-signal-safe work here: the event loop reads the pipe and quits.
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}
#endif

} // namespace

int runSandboxCommand(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Runs the local Uplift API and S3 upload sandbox on 127.0.0.1 until interrupted."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("sandbox"), tr("The command."));
    const QCommandLineOption port(QStringLiteral("port"), tr("API port (default: any free port)."), QStringLiteral("N"));
    const QCommandLineOption uploadPort(QStringLiteral("upload-port"), tr("Port of the built-in S3 endpoint."), QStringLiteral("N"));
    const QCommandLineOption data(QStringLiteral("data"), tr("Data folder (SQLite store and uploaded objects)."), QStringLiteral("DIR"));
    const QCommandLineOption apiKey(QStringLiteral("api-key"), tr("API key clients must send (default: random)."), QStringLiteral("K"));
    const QCommandLineOption rateLimit(QStringLiteral("rate-limit"), tr("Requests per minute before 429 (default: none)."), QStringLiteral("N"));
    const QCommandLineOption processing(QStringLiteral("processing-ms"), tr("Time a capture spends processing (default 1500)."), QStringLiteral("MS"));
    const QCommandLineOption maxUpload(QStringLiteral("max-upload-bytes"), tr("Largest upload the policies allow."), QStringLiteral("BYTES"));
    const QCommandLineOption s3Endpoint(QStringLiteral("s3-endpoint"), tr("Sign uploads for this S3-compatible endpoint instead."), QStringLiteral("URL"));
    const QCommandLineOption s3Bucket(QStringLiteral("s3-bucket"), tr("Bucket on that endpoint."), QStringLiteral("B"));
    const QCommandLineOption s3Region(QStringLiteral("s3-region"), tr("Region of that endpoint."), QStringLiteral("R"));
    const QCommandLineOption s3Access(QStringLiteral("s3-access-key"), tr("Access key for that endpoint."), QStringLiteral("A"));
    const QCommandLineOption s3Secret(QStringLiteral("s3-secret-key"), tr("Secret key for that endpoint."), QStringLiteral("S"));
    const QCommandLineOption fault(QStringLiteral("fault"),
                                   tr("Inject a fault (repeatable): fail:ROUTE:STATUS[:COUNT], latency:ROUTE:MS, "
                                      "stall-upload:BYTES[:COUNT], reset-upload:BYTES[:COUNT], policy-lifetime:SECONDS."),
                                   QStringLiteral("SPEC"));
    parser.addOptions({port, uploadPort, data, apiKey, rateLimit, processing, maxUpload, s3Endpoint, s3Bucket, s3Region,
                       s3Access, s3Secret, fault});
    parser.process(app);

    SandboxOptions options;
    options.port = quint16(parser.value(port).toUInt());
    options.uploadPort = quint16(parser.value(uploadPort).toUInt());
    options.dataFolder = parser.isSet(data)
                             ? QDir(parser.value(data)).absolutePath()
                             : QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)).filePath(QStringLiteral("sandbox"));
    options.apiKey = parser.value(apiKey);
    options.rateLimitPerMinute = parser.value(rateLimit).toInt();
    if (parser.isSet(processing))
        options.processingMs = parser.value(processing).toInt();
    if (parser.isSet(maxUpload))
        options.maximumUploadBytes = parser.value(maxUpload).toLongLong();
    options.faults = parser.values(fault);
    if (parser.isSet(s3Endpoint)) {
        S3Target target;
        target.endpoint = QUrl(parser.value(s3Endpoint));
        target.bucket = parser.value(s3Bucket);
        target.region = parser.isSet(s3Region) ? parser.value(s3Region) : QStringLiteral("us-east-1");
        target.accessKey = parser.value(s3Access);
        target.secretKey = parser.value(s3Secret);
        if (!target.endpoint.isValid() || target.bucket.isEmpty() || target.accessKey.isEmpty() || target.secretKey.isEmpty()) {
            print(stderr, tr("--s3-endpoint needs --s3-bucket, --s3-access-key and --s3-secret-key.") + QLatin1Char('\n'));
            return 2;
        }
        options.externalS3 = target;
    }

    SandboxServer server(options);
    QString problem;
    if (!server.start(&problem)) {
        print(stderr, tr("The sandbox could not start: %1").arg(problem) + QLatin1Char('\n'));
        return 1;
    }
    // Machine-readable lines first (scripts and tests parse them), then the same for people.
    print(stdout, QStringLiteral("UPLIFT_API_URL=%1\nUPLIFT_API_KEY=%2\nUPLIFT_UPLOAD_URL=%3\nUPLIFT_ADMIN_URL=%4\n")
                      .arg(server.baseUrl().toString(), server.apiKey(), server.uploadUrl().toString(),
                           server.adminUrl().toString()));
    print(stdout, tr("Sandbox API: %1").arg(server.baseUrl().toString()) + QLatin1Char('\n')
                      + tr("API key: %1").arg(server.apiKey()) + QLatin1Char('\n')
                      + tr("Uploads go to: %1").arg(server.uploadUrl().toString()) + QLatin1Char('\n')
                      + tr("Data folder: %1").arg(options.dataFolder) + QLatin1Char('\n'));

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
    print(stdout, tr("Sandbox stopped.") + QLatin1Char('\n'));
    return code;
}
