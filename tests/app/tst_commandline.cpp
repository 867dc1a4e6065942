#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTest>

// The executable as a coach or a script calls it, on a machine without any
// display: no DISPLAY, no WAYLAND_DISPLAY, no QT_QPA_PLATFORM.
class TestCommandLine : public QObject
{
    Q_OBJECT

    struct Result
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    static Result run(const QStringList &args)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const char *name : { "DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM" })
            env.remove(QString::fromLatin1(name));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UPLIFT_CAPTURE_EXE), args);
        Result result;
        if (!process.waitForFinished(30000)) {
            process.kill();
            process.waitForFinished();
            return result;
        }
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
        result.err = QString::fromLocal8Bit(process.readAllStandardError());
        return result;
    }

private slots:
    void versionPrintsTheProjectVersion()
    {
        const Result result = run({ QStringLiteral("--version") });
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, QStringLiteral("uplift-capture " UPLIFT_EXPECTED_VERSION "\n"));
    }

    void helpDescribesTheProgram()
    {
        const Result result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: ")), qPrintable(result.out));
        QVERIFY(result.out.contains(QStringLiteral("--version")));
        QVERIFY(result.out.contains(QStringLiteral("Uplift")));
    }

    // The usage line names the program (not Qt's "<executable_name>"), the files argument names
    // every kind of video the window takes, and every command has a line of its own.
    void helpNamesTheProgramTheVideosAndTheCommands()
    {
        const Result result = run({ QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(QStringLiteral("Usage: uplift-capture [options] [files...]\n")),
                 qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("<executable_name>")), qPrintable(result.out));
        for (const char *extension : { ".mov", ".mp4", ".m4v", ".mts", ".m2ts" })
            QVERIFY2(result.out.contains(QLatin1String(extension)), extension);
        QVERIFY2(result.out.contains(QStringLiteral("\nCommands:\n")), qPrintable(result.out));
        for (const char *command : { "upload", "impacts", "jobs", "athletes", "retry", "cancel", "sandbox" }) {
            const QRegularExpression line(QStringLiteral("\n  %1 +\\S[^\n]+\n").arg(QLatin1String(command)));
            QVERIFY2(line.match(result.out).hasMatch(), command);
        }
    }

    void eachCommandsHelpShowsItsOwnUsage_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<bool>("sandbox"); // takes --sandbox
        for (const char *command : { "upload", "jobs", "athletes", "retry", "cancel" })
            QTest::newRow(command) << QString::fromLatin1(command) << true;
        QTest::newRow("impacts") << QStringLiteral("impacts") << false; // reads files only
        QTest::newRow("sandbox") << QStringLiteral("sandbox") << false;
    }

    void eachCommandsHelpShowsItsOwnUsage()
    {
        QFETCH(QString, command);
        QFETCH(bool, sandbox);
        const Result result = run({ command, QStringLiteral("--help") });
        QCOMPARE(result.exitCode, 0);
        const QString usage = result.out.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(usage.startsWith(QStringLiteral("Usage: uplift-capture %1 [options]").arg(command)),
                 qPrintable(usage));
        if (sandbox)
            QVERIFY2(result.out.contains(QStringLiteral("--sandbox")), qPrintable(result.out));
        // Only the usage line names the command: a description quoting `uplift-capture jobs`
        // is not rewritten into `uplift-capture retry jobs`.
        QVERIFY2(!result.out.contains(QStringLiteral("uplift-capture %1 %1").arg(command)), qPrintable(result.out));
        QVERIFY2(!result.out.contains(QStringLiteral("uplift-capture %1 jobs").arg(command)), qPrintable(result.out));
    }

    void unknownOptionIsAUsageError()
    {
        const Result result = run({ QStringLiteral("--no-such-option") });
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(QStringLiteral("no-such-option")), qPrintable(result.err));
        QVERIFY(result.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
