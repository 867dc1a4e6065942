// Entry point: decides between the window and the headless commands, before
// any application object exists, so that --help, --version and every
// subcommand work on a machine without a display.

#include "common/applicationidentity.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "uipalette.h"
#include "uiresources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QIcon>
#include <QStringList>

#include <cstdio>

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

} // namespace

int main(int argc, char *argv[])
{
    ApplicationIdentity::apply();
    const QStringList arguments = argumentsOf(argc, argv);

    // Headless subcommands: `uplift-capture <command> ...`. Each room that
    // offers one provides `int runXxxCommand(int argc, char **argv)`, which
    // creates its own QCoreApplication and parses its own options.
    // (Dispatch lines are added here as the rooms land.)

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Uploads coaches' videos to the Uplift motion-analysis platform."));
    const QCommandLineOption helpOption = parser.addHelpOption();
    const QCommandLineOption versionOption = parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("files"),
                                 QCoreApplication::translate("main", "Videos (.mov) to add to the ready list."),
                                 QStringLiteral("[files...]"));

    if (!parser.parse(arguments)) {
        print(stderr, parser.errorText() + QLatin1Char('\n'));
        print(stderr, parser.helpText());
        return 2;
    }
    if (parser.isSet(helpOption)) {
        print(stdout, parser.helpText());
        return 0;
    }
    if (parser.isSet(versionOption)) {
        print(stdout, ApplicationIdentity::executableName() + QLatin1Char(' ') + ApplicationIdentity::version()
                          + QLatin1Char('\n'));
        return 0;
    }

    QApplication app(argc, argv);
    initUiResources();
    QApplication::setApplicationDisplayName(ApplicationIdentity::displayName());
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/uplift-capture.svg")));
    QApplication::setDesktopFileName(QStringLiteral("ai.uplift.Capture"));

    UiLanguage language;
    language.apply(QLocale::system());

    UiPalette::applyFromEnvironment();
    MainWindow window;
    window.show();
    window.addPaths(parser.positionalArguments());
    return app.exec();
}
