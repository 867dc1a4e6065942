// Entry point: decides between the window and the headless commands, before
// any application object exists, so that --help, --version and every
// subcommand work on a machine without a display.

#include "accountsettings.h"
#include "afterfirstpaint.h"
#include "api/client/upliftclient.h"
#include "benchprobe.h"
#include "cli/clicommand.h"
#include "common/applicationidentity.h"
#include "devices/importedclips.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/queueowner.h"
#include "jobs/store/jobstore.h"
#include "mainwindow.h"
#include "media/mediaengine.h"
#include "media/moviefacts.h"
#include "sandbox/sandboxcommand.h"
#include "sandbox/sandboxserver.h"
#include "settings/settings.h"
#include "singleinstance.h"
#include "testprobe.h"
#include "uilanguage.h"
#include "uipalette.h"
#include "uiresources.h"
#include "uploadsession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QIcon>
#include <QLabel>
#include <QProcess>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

void print(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

// The program's --help: Qt's, with the program's name in the usage line (there is no
// application object yet, so Qt has none to put there) and the commands after it.
QString helpText(const QCommandLineParser &parser)
{
    QString text = parser.helpText();
    const qsizetype lineEnd = text.indexOf(QLatin1Char('\n'));
    QString usage = text.left(lineEnd);
    usage.replace(QStringLiteral("<executable_name>"), ApplicationIdentity::executableName());
    const QString indent(usage.indexOf(ApplicationIdentity::executableName()), QLatin1Char(' '));
    usage += QLatin1Char('\n') + indent
        + QCoreApplication::translate("main", "%1 COMMAND [options]").arg(ApplicationIdentity::executableName());
    text = usage + text.mid(lineEnd);

    QList<std::pair<QString, QString>> commands = cliCommandSummaries();
    commands.append(
        { QStringLiteral("sandbox"),
          QCoreApplication::translate("main", "Run the local sandbox of the Uplift API without a window.") });
    qsizetype width = 0;
    for (const auto &command : std::as_const(commands))
        width = std::max(width, command.first.size());
    text += QLatin1Char('\n') + QCoreApplication::translate("main", "Commands:") + QLatin1Char('\n');
    for (const auto &command : std::as_const(commands))
        text += QStringLiteral("  ") + command.first.leftJustified(width + 2) + command.second + QLatin1Char('\n');
    text += QLatin1Char('\n')
        + QCoreApplication::translate("main", "\"%1 COMMAND --help\" shows a command's options.")
              .arg(ApplicationIdentity::executableName())
        + QLatin1Char('\n');
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    BenchProbe::phase("main");
    ApplicationIdentity::apply();
    const QStringList arguments = argumentsOf(argc, argv);

    // Headless subcommands: `uplift-capture <command> ...`. Each room that
    // offers one provides `int runXxxCommand(int argc, char **argv)`, which
    // creates its own QCoreApplication and parses its own options.
    // (Dispatch lines are added here as the rooms land.)
    if (argc > 1 && arguments.at(1) == QLatin1String("sandbox"))
        return runSandboxCommand(argc, argv);
    if (argc > 1 && isCliCommand(arguments.at(1)))
        return runCliCommand(argc, argv, startWindowSandbox);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Uploads coaches' videos to the Uplift motion-analysis platform."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    const QCommandLineOption sandboxOption(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main",
                                    "Try the app without an account: run a local sandbox of the Uplift API and "
                                    "upload service on this computer and use it."));
    parser.addOption(sandboxOption);
    QStringList extensions;
    for (const QString &extension : MovieFacts::acceptedExtensions())
        extensions << QLatin1Char('.') + extension;
    parser.addPositionalArgument(
        QStringLiteral("files"),
        QCoreApplication::translate("main",
                                    "Videos to add to the ready list (%1), also when the window is already "
                                    "open.")
            .arg(extensions.join(QStringLiteral(", "))),
        QStringLiteral("[files...]"));

    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        print(stderr, helpText(parser));
        return 2;
    }
    if (parser.isSet(helpOption)) {
        print(stdout, helpText(parser));
        return 0;
    }
    if (parser.isSet(versionOption)) {
        print(stdout,
              ApplicationIdentity::executableName() + QLatin1Char(' ') + ApplicationIdentity::version()
                  + QLatin1Char('\n'));
        return 0;
    }

    QApplication app(argc, argv);
    BenchProbe::phase("qapplication");
    initUiResources();
    QApplication::setApplicationDisplayName(ApplicationIdentity::displayName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/uplift-capture.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ai.uplift.Capture"));

    // One window per user, whatever its mode: a second launch (e.g. "Open with" on more
    // videos) hands its files to the running window and ends here, so a video opened
    // while the sandbox window runs goes there, not to a second window asking for a key.
    // The sandbox runs when asked on the command line or chosen in Settings.
    const bool sandboxAsked = parser.isSet(sandboxOption);
    const bool sandboxMode = sandboxAsked || Settings().useSandbox();
    const SingleInstance::Mode mode = sandboxMode ? SingleInstance::Mode::Sandbox : SingleInstance::Mode::Account;
    SingleInstance instance(SingleInstance::nameFor());
    instance.setMode(mode);
    // A running window answers from its event loop; one that is still starting
    // (Qt Multimedia, the sandbox, a loaded machine) can take seconds to get there.
    if (!instance.claim(parser.positionalArguments(), /*timeoutMs=*/10000,
                        sandboxAsked ? SingleInstance::Mode::Sandbox : SingleInstance::Mode::Unspecified)) {
        // The files are in the running window's ready list (nothing is uploaded without the
        // coach); when it runs in the other mode, say so (the window says it too).
        if (instance.runningMode() == SingleInstance::Mode::Account && mode == SingleInstance::Mode::Sandbox)
            print(stderr,
                  QCoreApplication::translate("main",
                                              "Uplift Capture is already open with your Uplift account: the videos "
                                              "were added to its ready list. To use the sandbox, quit it and start "
                                              "%1 --sandbox.")
                          .arg(ApplicationIdentity::executableName())
                      + QLatin1Char('\n'));
        else if (instance.runningMode() == SingleInstance::Mode::Sandbox && mode == SingleInstance::Mode::Account)
            print(stderr,
                  QCoreApplication::translate("main",
                                              "Uplift Capture is already open in the sandbox: the videos were "
                                              "added to its ready list, and what is uploaded there never reaches "
                                              "your Uplift account. To use your account, quit it and start %1 again.")
                          .arg(ApplicationIdentity::executableName())
                      + QLatin1Char('\n'));
        return 0;
    }

    // The language chosen in Settings wins; without a choice the system's.
    UiLanguage language;
    language.applyChoice(Settings().language());

    UiPalette::applyFromEnvironment();
    BenchProbe::phase("language");
    // The sandbox keeps its data beside the coach's (never in the account's queue); it
    // starts after the first paint (its first start makes its store: a third of a second).
    std::unique_ptr<SandboxServer> sandbox;
    const QString sandboxFolder = windowSandboxOptions().dataFolder;
    MainWindow window;
    BenchProbe::phase("window");
    if (sandboxMode)
        window.showSandboxMode(QUrl()); // its address once it runs
    // The upload queue: the sandbox keeps a store of its own, so its jobs
    // never reach the coach's real account.
    QueueOwner uploads;
    std::unique_ptr<UploadSession> session;
    // The coach's settings and key: the key is looked up asynchronously (the
    // keychain may take its time or ask), so the window shows at once and the
    // queue waits for the key instead of the window waiting for the keychain.
    AccountSettings account(&window);
    // "Try the sandbox" at first start: the sandbox and the account never share a
    // queue, so the program starts again in sandbox mode.
    QObject::connect(&account, &AccountSettings::restartRequested, &app, [&app, &instance] {
        instance.release(); // the new process must become the window, not hand its start to this one
        QProcess::startDetached(QCoreApplication::applicationFilePath(), { QStringLiteral("--sandbox") });
        app.quit();
    });

    // What the first picture does not need waits behind it (bench/run's start row: the job
    // store, the keychain and FFmpeg's ~90 libraries took longer than the window itself):
    // the queue opens and resumes, the key is looked up, the files given are read, and the
    // video plugin loads in the background. At the latest after a second (a window started
    // hidden is never painted).
    const QStringList files = parser.positionalArguments();
    new AfterFirstPaint(
        &window,
        [&] {
            BenchProbe::phase("after-paint");
            MediaEngine::preloadInBackground();
            // The ready list of the last run comes back (the sandbox's kept with the sandbox's data).
            window.keepReadyListIn(QDir(sandboxMode
                                            ? sandboxFolder
                                            : QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
                                       .filePath(QStringLiteral("ready-list.json")));
            // Cards, cameras and phones from now on (issue 24); the sandbox keeps its own record
            // of what was imported, as it keeps its own queue.
            window.startWatchingCameras(sandboxMode ? ImportedClips::sandboxPath() : ImportedClips::defaultPath());
            const Settings settings;
            QString problem;
            bool queueOpen = false;
            if (sandboxMode) {
                // The sandbox's queue first: whoever holds it runs the sandbox on its folder (a
                // command's --sandbox holds it too), so two sandbox servers never share one store.
                if (!uploads.open(&problem, JobStore::sandboxPath())) {
                    print(stderr, problem + QLatin1Char('\n'));
                    window.statusBar()->showMessage(
                        QCoreApplication::translate("main", "Uploads are not available: %1").arg(problem));
                    window.addPaths(files);
                    return;
                }
                queueOpen = true;
                sandbox = std::make_unique<SandboxServer>(windowSandboxOptions());
                if (!sandbox->start(&problem)) {
                    // Never the account instead: the window stays, without uploads, and says why.
                    const QString message
                        = QCoreApplication::translate("main", "The sandbox could not start: %1").arg(problem);
                    print(stderr, message + QLatin1Char('\n'));
                    window.statusBar()->showMessage(
                        QCoreApplication::translate("main", "Uploads are not available: %1").arg(message));
                    sandbox.reset();
                    window.addPaths(files);
                    return;
                }
                window.showSandboxMode(sandbox->baseUrl());
                account.useSandbox(sandbox->baseUrl(), sandbox->apiKey(), sandboxFolder);
                BenchProbe::phase("sandbox");
            } else {
                queueOpen = uploads.open(&problem);
            }
            if (queueOpen
                && uploads.connectApi(sandbox ? sandbox->baseUrl() : account.apiUrl(), &problem,
                                      /*requireKey=*/false)) {
                uploads.queue()->setParallel(settings.parallelUploads());
                uploads.queue()->setBandwidthCap(settings.uploadRateLimit());
                uploads.queue()->followSystemNetworkStatus();
                session = std::make_unique<UploadSession>(&window, &uploads);
                session->follow(&account);
                session->start();
            } else {
                window.statusBar()->showMessage(
                    QCoreApplication::translate("main", "Uploads are not available: %1").arg(problem));
            }
            account.start();
            window.addPaths(files);
            BenchProbe::phase("queue");
            if (qEnvironmentVariable("UPLIFT_BENCH_FIRST_PAINT") == QLatin1String("all"))
                QTimer::singleShot(0, &app, [] { QCoreApplication::exit(0); }); // bench/run's start phases
        },
        std::chrono::seconds(1));

    window.show();
    BenchProbe::phase("show");
    BenchProbe::install(&window); // bench/run's measurements; inert without its variables
    TestProbe::installFromEnvironment(&app); // tests/gui asks it where things are; inert without its variable
    const auto received = [&window, mode](const QStringList &files, SingleInstance::Mode askedMode) {
        window.addPaths(files);
        // `uplift-capture --sandbox` while the account's window runs (the only other mode asked for).
        if (askedMode == SingleInstance::Mode::Sandbox && mode != askedMode)
            window.statusBar()->showMessage(
                QCoreApplication::translate("main",
                                            "Uplift Capture was started again for the sandbox, but this window uses "
                                            "your Uplift account: the videos were added here. To use the sandbox, "
                                            "quit and start it with --sandbox."),
                30000);
        window.show(); // also when it waits in the tray
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.raise();
        window.activateWindow();
    };
    QObject::connect(&instance, &SingleInstance::filesReceived, &window, received);
    instance.acceptFileOpenEvents();
    return app.exec();
}
