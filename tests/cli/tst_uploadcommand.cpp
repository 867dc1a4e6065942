// `uplift-capture upload` as a separate process against the sandbox running in
// this test: the happy path, the sandbox's faults, files changed before their
// turn, exit codes, and a kill in the middle of an upload.
#include "api/messages/athlete.h"
#include "api/messages/capturespec.h"
#include "api/roster/athletecache.h"
#include "cli/exitcode.h"
#include "clirun.h"
#include "common/applicationidentity.h"
#include "jobs/run/queueowner.h"
#include "jobs/store/jobstore.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "testvideo.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLockFile>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

#include <csignal>
#include <cstdlib>
#include <fcntl.h>
#include <sys/types.h>
#include <unistd.h>

class tst_UploadCommand : public QObject
{
    Q_OBJECT

private:
    CliSandbox m_cli;

    using Run = CliRun;

    QProcessEnvironment environment() const { return m_cli.environment(); }

    // Runs the command while this thread's event loop serves the sandbox.
    Run run(const QStringList &arguments, int timeoutMs = 60000)
    {
        return runCli(QStringLiteral(UPLIFT_CLI_EXE), arguments, environment(), timeoutMs);
    }

    // Runs the command with its stdin on a terminal (a pseudo-terminal this test holds), as a
    // coach types it; answers each question it asks on stderr with the next of answers.
    Run runOnATerminal(const QStringList &arguments, const QList<QByteArray> &answers, int timeoutMs = 60000)
    {
        Run r;
        const int master = ::posix_openpt(O_RDWR | O_NOCTTY);
        if (master < 0 || ::grantpt(master) != 0 || ::unlockpt(master) != 0) {
            if (master >= 0)
                ::close(master);
            return r;
        }
        const QString terminal = QString::fromLocal8Bit(::ptsname(master));
        QProcess process;
        process.setProcessEnvironment(environment());
        process.setStandardInputFile(terminal);
        process.start(QStringLiteral(UPLIFT_CLI_EXE), arguments);
        if (!process.waitForStarted(10000)) {
            ::close(master);
            return r;
        }
        QSignalSpy done(&process, &QProcess::finished);
        QElapsedTimer timer;
        timer.start();
        qsizetype asked = 0;
        while (done.isEmpty() && timer.elapsed() < timeoutMs) {
            done.wait(50);
            r.err += process.readAllStandardError();
            // Each "[y/N]" is one question; its answer is typed once it was asked.
            while (r.err.count("[y/N]") > asked && asked < answers.size()) {
                const QByteArray answer = answers.at(asked++);
                if (::write(master, answer.constData(), size_t(answer.size())) != answer.size())
                    break;
            }
        }
        if (done.isEmpty()) {
            process.kill();
            process.waitForFinished();
        }
        ::close(master);
        r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        r.out = process.readAllStandardOutput();
        r.err += process.readAllStandardError();
        return r;
    }

    QStringList uploadArguments(const QStringList &files) const
    {
        QStringList a { QStringLiteral("upload") };
        a << files;
        a << QStringLiteral("--athlete") << m_cli.athlete() << QStringLiteral("--setup") << QStringLiteral("front_on")
          << QStringLiteral("--activity") << QStringLiteral("agility") << QStringLiteral("--movement")
          << QStringLiteral("5_0_5") << QStringLiteral("--json");
        return a;
    }

    QString makeFile(const QString &name, qint64 size)
    {
        // A real movie, padded: the command refuses what is not a video.
        const QString path = m_cli.scratch() + QLatin1Char('/') + name;
        return TestVideo::makePaddedMov(path, size).isEmpty() ? path : QString();
    }

    // Starts `upload` on the file with preparation held back, and kills the
    // process once it has said (and so stored) that the job is preparing.
    void killWhilePreparing(const QString &path)
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("UPLIFT_PREPARE_DELAY_MS"), QStringLiteral("60000"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UPLIFT_CLI_EXE), uploadArguments({ path }));
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"state\":\"preparing\""),
                                  out.constData(), 10000);
        process.kill();
        QVERIFY(process.waitForFinished());
    }

    // Clips the CLI prepared and still keeps in its cache (XDG_CACHE_HOME is the test's own).
    static int preparedFiles()
    {
        int count = 0;
        QDirIterator it(QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            count += it.next().contains(QLatin1String("/prepared/"));
        return count;
    }

    int storedObjects() const
    {
        int count = 0;
        QDirIterator it(m_cli.sandbox()->objectsFolder(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }

    // Captures the sandbox has received the file of (processing or done).
    int uploadedCaptures(const QString &fileName) const
    {
        int count = 0;
        for (const QJsonObject &c : m_cli.sandbox()->store()->captures()) {
            if (c.value(QStringLiteral("file_name")).toString() == fileName
                && c.value(QStringLiteral("status")).toString() != QLatin1String("awaiting_upload"))
                ++count;
        }
        return count;
    }

    QJsonArray jobs()
    {
        const Run r = run({ QStringLiteral("jobs"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).array();
    }

    QJsonObject jobFor(const QString &path)
    {
        for (const QJsonValue &v : jobs()) {
            if (v.toObject().value(QStringLiteral("file")).toString() == path)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        // Where the program keeps its data (the sandbox's folder and queue among it).
        ApplicationIdentity::apply();
    }

    void init()
    {
        // A fresh queue and sandbox for every test function.
        const QString problem = m_cli.start(QStringLiteral("clips"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_cli.stop(); }

    void validationErrorsExitWithTwoAndSendNothing()
    {
        const Run r = run({ QStringLiteral("upload"), m_cli.scratch() + QStringLiteral("/missing.mov"),
                            QStringLiteral("--athlete"), QStringLiteral("nope") });
        QCOMPARE(r.exitCode, ExitCode::Usage);
        QVERIFY2(r.err.contains("athlete_id"), r.err.constData());
        QVERIFY2(r.err.contains("camera_setup_selection"), r.err.constData());
        QVERIFY2(r.err.contains("missing.mov"), r.err.constData());
        QVERIFY(m_cli.sandbox()->store()->captures().isEmpty());
    }

    void helpListsTheExitCodes()
    {
        const Run r = run({ QStringLiteral("upload"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains("Exit codes"), r.out.constData());
        QVERIFY(r.out.contains("--athlete"));
    }

    // The rule the window keeps too: a clip uploaded before for the same athlete, movement and
    // part is not queued again behind the coach's back. A script (no terminal) gets it left
    // out with exit code 6 and the way to insist (--again); nothing is sent for it.
    void aClipUploadedBeforeIsLeftOutWithoutATerminal()
    {
        const QString path = makeFile(QStringLiteral("twice.mov"), 64 * 1024);
        QVERIFY(!path.isEmpty());
        // Processed to the end (one still processing is followed, like one still uploading).
        const Run first = run(uploadArguments({ path }) << QStringLiteral("--wait"));
        QVERIFY2(first.exitCode == ExitCode::Ok, (first.out + first.err).constData());
        QTRY_COMPARE_WITH_TIMEOUT(uploadedCaptures(QStringLiteral("twice.mov")), 1, 10000);
        const qint64 firstJob = jobFor(path).value(QStringLiteral("id")).toInteger();

        const Run again = run(uploadArguments({ path }));
        QCOMPARE(again.exitCode, ExitCode::Duplicate);
        QVERIFY2(again.err.contains("was already uploaded for"), again.err.constData());
        QVERIFY2(again.err.contains(QStringLiteral("(job %1)").arg(firstJob).toUtf8()), again.err.constData());
        QVERIFY2(again.err.contains("--again"), again.err.constData());
        QVERIFY2(again.out.contains("\"state\":\"left_out\""), again.out.constData());
        QCOMPARE(jobs().size(), 1);
        QCOMPARE(uploadedCaptures(QStringLiteral("twice.mov")), 1);

        // Another movement is another clip: no question.
        QStringList otherMovement = uploadArguments({ path });
        otherMovement[otherMovement.indexOf(QStringLiteral("5_0_5"))] = QStringLiteral("t_test");
        const Run other = run(otherMovement);
        QVERIFY2(other.exitCode == ExitCode::Ok, (other.out + other.err).constData());

        QStringList insist = uploadArguments({ path });
        insist << QStringLiteral("--again");
        const Run insisted = run(insist);
        QVERIFY2(insisted.exitCode == ExitCode::Ok, (insisted.out + insisted.err).constData());
        QCOMPARE(jobs().size(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(uploadedCaptures(QStringLiteral("twice.mov")), 3, 10000);
    }

    // On a terminal the command asks; no (the default) leaves the clip out, yes queues it.
    void aClipUploadedBeforeIsAskedAboutOnATerminal()
    {
        const QString path = makeFile(QStringLiteral("asked.mov"), 64 * 1024);
        QVERIFY(!path.isEmpty());
        const Run first = run(uploadArguments({ path }) << QStringLiteral("--wait"));
        QVERIFY2(first.exitCode == ExitCode::Ok, (first.out + first.err).constData());

        const Run no = runOnATerminal(uploadArguments({ path }), { QByteArrayLiteral("\n") });
        QVERIFY2(no.err.contains("Upload it again? [y/N]"), no.err.constData());
        QCOMPARE(no.exitCode, ExitCode::Duplicate);
        QCOMPARE(jobs().size(), 1);

        const Run yes = runOnATerminal(uploadArguments({ path }), { QByteArrayLiteral("y\n") });
        QVERIFY2(yes.err.contains("Upload it again? [y/N]"), yes.err.constData());
        QVERIFY2(yes.exitCode == ExitCode::Ok, (yes.out + yes.err).constData());
        QCOMPARE(jobs().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(uploadedCaptures(QStringLiteral("asked.mov")), 2, 10000);
    }

    // `upload --sandbox` uses the sandbox the window's --sandbox runs: its data folder, its own
    // queue and athletes, never the account's (here: this test's server, set in the environment).
    // `jobs` without --sandbox then says where the jobs are; `jobs --sandbox` lists them.
    void sandboxCommandsUseTheWindowsSandbox()
    {
        const Run athletes = run({ QStringLiteral("athletes"), QStringLiteral("--sandbox"), QStringLiteral("--json") });
        QVERIFY2(athletes.exitCode == ExitCode::Ok, athletes.err.constData());
        const QJsonArray roster = QJsonDocument::fromJson(athletes.out).array();
        QVERIFY2(!roster.isEmpty(), athletes.out.constData());
        const QString athlete = roster.first().toObject().value(QStringLiteral("id")).toString();
        QVERIFY(athlete != m_cli.athlete());
        // The window's sandbox folder holds what the command used.
        const QString folder = ApplicationIdentity::sandboxFolder();
        QVERIFY2(QFile::exists(QDir(folder).filePath(QStringLiteral("sandbox.sqlite"))), qPrintable(folder));

        const QString path = makeFile(QStringLiteral("in the sandbox.mov"), 64 * 1024);
        QVERIFY(!path.isEmpty());
        QStringList args = uploadArguments({ path });
        args[args.indexOf(m_cli.athlete())] = athlete;
        args << QStringLiteral("--sandbox");
        const Run uploaded = run(QStringList(args) << QStringLiteral("--wait"));
        QVERIFY2(uploaded.exitCode == ExitCode::Ok, (uploaded.out + uploaded.err).constData());
        QCOMPARE(uploadedCaptures(QStringLiteral("in the sandbox.mov")), 0); // not this test's (the "account")

        const Run account = run({ QStringLiteral("jobs"), QStringLiteral("--json") });
        QCOMPARE(account.exitCode, ExitCode::Ok);
        QCOMPARE(QJsonDocument::fromJson(account.out).array().size(), 0); // still valid JSON
        QVERIFY2(account.err.contains("1 job(s) are in the sandbox") || account.err.contains("1 job is in the sandbox"),
                 account.err.constData());
        QVERIFY2(account.err.contains("uplift-capture jobs --sandbox"), account.err.constData());

        const Run sandbox = run({ QStringLiteral("jobs"), QStringLiteral("--sandbox"), QStringLiteral("--json") });
        QCOMPARE(sandbox.exitCode, ExitCode::Ok);
        const QJsonArray sandboxJobs = QJsonDocument::fromJson(sandbox.out).array();
        QCOMPARE(sandboxJobs.size(), 1);
        QCOMPARE(sandboxJobs.first().toObject().value(QStringLiteral("file")).toString(), path);
        QCOMPARE(sandboxJobs.first().toObject().value(QStringLiteral("athlete_id")).toString(), athlete);
        QVERIFY(sandbox.err.isEmpty());

        // The same clip again in the sandbox: the same rule there, naming the athlete.
        const Run again = run(args);
        QCOMPARE(again.exitCode, ExitCode::Duplicate);
        const QString lastName = roster.first().toObject().value(QStringLiteral("last_name")).toString();
        QVERIFY2(again.err.contains(lastName.toUtf8()), again.err.constData());
    }

    // While the sandbox window runs it owns the sandbox's queue (its lock): `upload --sandbox`
    // starts no second queue or server beside it and says what to do instead.
    void uploadToTheSandboxWhileItsWindowRunsIsRefused()
    {
        QDir().mkpath(ApplicationIdentity::sandboxFolder());
        QLockFile window(QueueOwner::lockPath(JobStore::sandboxPath()));
        QVERIFY(window.tryLock(0));
        const QString path = makeFile(QStringLiteral("busy.mov"), 64 * 1024);
        QVERIFY(!path.isEmpty());
        QStringList args = uploadArguments({ path });
        args << QStringLiteral("--sandbox");
        const Run r = run(args);
        QCOMPARE(r.exitCode, ExitCode::Failure);
        QVERIFY2(r.err.contains("sandbox window"), r.err.constData());
        QVERIFY(r.out.isEmpty());

        // `athletes --sandbox` starts no second sandbox server on the window's folder either:
        // it reads the roster the window keeps, and says so.
        const QStringList listAthletes { QStringLiteral("athletes"), QStringLiteral("--sandbox"),
                                         QStringLiteral("--json") };
        const auto forgetRoster = [] {
            for (const char *suffix : { "", "-wal", "-shm" })
                QFile::remove(QDir(ApplicationIdentity::sandboxFolder()).filePath(QStringLiteral("athletes.sqlite"))
                              + QLatin1String(suffix));
        };
        forgetRoster(); // the window has not loaded it yet
        const Run notLoaded = run(listAthletes);
        QCOMPARE(notLoaded.exitCode, ExitCode::Failure);
        QVERIFY2(notLoaded.err.contains("has not loaded its athletes"), notLoaded.err.constData());
        {
            AthleteCache roster(QDir(ApplicationIdentity::sandboxFolder()).filePath(QStringLiteral("athletes.sqlite")));
            QVERIFY(roster.open());
            Athlete athlete;
            athlete.id = QStringLiteral("8a0c3c1e-0000-4000-8000-000000000001");
            athlete.firstName = QStringLiteral("Maya");
            athlete.lastName = QStringLiteral("Okafor");
            QVERIFY(roster.replaceAll({ athlete }));
        }
        const Run cached = run(listAthletes);
        QVERIFY2(cached.exitCode == ExitCode::Ok, cached.err.constData());
        QVERIFY2(cached.err.contains("sandbox window is open"), cached.err.constData());
        const QJsonArray roster = QJsonDocument::fromJson(cached.out).array();
        QCOMPARE(roster.size(), 1);
        QCOMPARE(roster.first().toObject().value(QStringLiteral("last_name")).toString(), QStringLiteral("Okafor"));
        forgetRoster();
        window.unlock();
        const Run listed = run({ QStringLiteral("jobs"), QStringLiteral("--sandbox"), QStringLiteral("--json") });
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 0);
    }

    void sandboxAndApiUrlTogetherAreAUsageError()
    {
        const QString path = makeFile(QStringLiteral("both.mov"), 64 * 1024);
        QStringList args = uploadArguments({ path });
        args << QStringLiteral("--sandbox") << QStringLiteral("--api-url") << m_cli.sandbox()->baseUrl().toString();
        const Run r = run(args);
        QCOMPARE(r.exitCode, ExitCode::Usage);
        QVERIFY2(r.err.contains("--sandbox and --api-url"), r.err.constData());
    }

    void athletesAreListedAndSearched()
    {
        const QList<QJsonObject> roster = m_cli.sandbox()->store()->athletes();
        QVERIFY(roster.size() >= 2);
        const Run all = run({ QStringLiteral("athletes"), QStringLiteral("--json") });
        QCOMPARE(all.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(all.out).array().size(), roster.size());
        const QString first = roster.first().value(QStringLiteral("first_name")).toString();
        const Run some = run({ QStringLiteral("athletes"), QStringLiteral("--search"), first.toLower() });
        QCOMPARE(some.exitCode, 0);
        QVERIFY2(some.out.contains(roster.first().value(QStringLiteral("id")).toString().toUtf8()),
                 some.out.constData());
        QVERIFY(some.out.count('\n') < roster.size());
    }

    void uploadsAndWaitsForProcessing()
    {
        TestVideo video;
        video.path = m_cli.scratch() + QStringLiteral("/sprint.mov");
        const QString made = video.make();
        QVERIFY2(made.isEmpty(), qPrintable(made));
        QStringList args = uploadArguments({ video.path });
        args << QStringLiteral("--wait");
        const Run r = run(args);
        QVERIFY2(r.exitCode == ExitCode::Ok, r.err.constData());
        QVERIFY2(r.out.contains("\"state\":\"completed\""), r.out.constData());
        QCOMPARE(uploadedCaptures(QStringLiteral("sprint.mov")), 1);
        const QJsonObject job = jobFor(video.path);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("completed"));
        QVERIFY(!job.value(QStringLiteral("history")).toArray().isEmpty());
    }

    void faultsEndInTheRightState_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("minAttempts");
        QTest::newRow("reset mid-upload")
            << QStringList { QStringLiteral("reset-upload:200000:1") } << 0 << QStringLiteral("uploaded") << 0;
        QTest::newRow("stalled upload") << QStringList { QStringLiteral("stall-upload:200000:1") } << 0
                                        << QStringLiteral("uploaded") << 0;
        QTest::newRow("three 503 then ok")
            << QStringList { QStringLiteral("fail:upload:503:3") } << 0 << QStringLiteral("uploaded") << 0;
        QTest::newRow("429 on reserve") << QStringList { QStringLiteral("fail:captures.create:429:1") } << 0
                                        << QStringLiteral("uploaded") << 0;
        QTest::newRow("too large, refused") << QStringList { QStringLiteral("fail:upload:400:1") } << ExitCode::Rejected
                                            << QStringLiteral("failed") << 0;
    }

    void faultsEndInTheRightState()
    {
        QFETCH(QStringList, faults);
        QFETCH(int, exitCode);
        QFETCH(QString, state);
        for (const QString &f : std::as_const(faults)) {
            QString problem;
            QVERIFY2(m_cli.sandbox()->faults()->add(f, &problem), qPrintable(problem));
        }
        const QString path = makeFile(QStringLiteral("clip.mov"), 1024 * 1024);
        const Run r = run(uploadArguments({ path }));
        QVERIFY2(r.exitCode == exitCode, (r.out + r.err).constData());
        const QJsonObject job = jobFor(path);
        const QString jobState = job.value(QStringLiteral("state")).toString();
        if (state == QLatin1String("uploaded"))
            QVERIFY2(jobState == QLatin1String("uploaded") || jobState == QLatin1String("processing")
                         || jobState == QLatin1String("completed") || jobState == QLatin1String("failed"),
                     qPrintable(jobState)); // garbage bytes: processing may say "error" later
        else
            QCOMPARE(jobState, state);
        QCOMPARE(uploadedCaptures(QStringLiteral("clip.mov")), exitCode == 0 ? 1 : 0);
        QCOMPARE(storedObjects(), exitCode == 0 ? 1 : 0);
    }

    void anExpiredPolicyIsReservedAgainInTheSameGroup()
    {
        // The first reservation lives one second and its upload is held for
        // longer; S3 then answers 403 AccessDenied "Policy expired".
        QString problem;
        QVERIFY(m_cli.sandbox()->faults()->add(QStringLiteral("policy-lifetime:1"), &problem));
        QVERIFY(m_cli.sandbox()->faults()->add(QStringLiteral("latency:upload:2500"), &problem));
        const QString path = makeFile(QStringLiteral("late.mov"), 256 * 1024);
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("UPLIFT_STALL_TIMEOUT_MS"), QStringLiteral("8000")); // longer than the latency
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UPLIFT_CLI_EXE), uploadArguments({ path }));
        QVERIFY(process.waitForStarted());
        QTRY_COMPARE_WITH_TIMEOUT(m_cli.sandbox()->store()->captures().size(), 1, 10000);
        // The next reservations are normal ones; the upload is still held.
        m_cli.sandbox()->faults()->clear();
        QVERIFY(m_cli.sandbox()->faults()->add(QStringLiteral("latency:upload:2500"), &problem));
        QSignalSpy done(&process, &QProcess::finished);
        QVERIFY(done.wait(30000));
        QVERIFY2(process.exitCode() == ExitCode::Ok,
                 (process.readAllStandardOutput() + process.readAllStandardError()).constData());
        const QList<QJsonObject> captures = m_cli.sandbox()->store()->captures();
        QCOMPARE(captures.size(), 2); // reserved twice
        QCOMPARE(captures.at(0).value(QStringLiteral("session_group_id")),
                 captures.at(1).value(QStringLiteral("session_group_id")));
        QCOMPARE(uploadedCaptures(QStringLiteral("late.mov")), 1);
        QCOMPARE(storedObjects(), 1);
        const QJsonObject job = jobFor(path);
        QStringList sessions;
        for (const QJsonValue &h : job.value(QStringLiteral("history")).toArray()) {
            const QString s = h.toObject().value(QStringLiteral("session_id")).toString();
            if (!s.isEmpty() && !sessions.contains(s))
                sessions << s;
        }
        QCOMPARE(sessions.size(), 2); // the old session id is kept in the history
    }

    void aFileChangedOrDeletedBeforeItsTurnIsNotUploaded()
    {
        // One at a time, and the first upload held by latency, so the others
        // wait their turn while we change them.
        QString problem;
        QVERIFY(m_cli.sandbox()->faults()->add(QStringLiteral("latency:upload:2000"), &problem));
        const QString first = makeFile(QStringLiteral("first.mov"), 64 * 1024);
        const QString changed = makeFile(QStringLiteral("changed.mov"), 64 * 1024);
        const QString deleted = makeFile(QStringLiteral("deleted.mov"), 64 * 1024);
        QProcess process;
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("UPLIFT_STALL_TIMEOUT_MS"), QStringLiteral("8000")); // longer than the latency
        process.setProcessEnvironment(env);
        QStringList args = uploadArguments({ first, changed, deleted });
        args << QStringLiteral("--parallel") << QStringLiteral("1");
        process.start(QStringLiteral(UPLIFT_CLI_EXE), args);
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"state\":\"uploading\""),
                                  out.constData(), 10000);
        {
            QFile f(changed);
            QVERIFY(f.open(QIODevice::Append));
            f.write("more");
        }
        QVERIFY(QFile::remove(deleted));
        QSignalSpy done(&process, &QProcess::finished);
        QVERIFY(done.wait(30000));
        QCOMPARE(process.exitCode(), ExitCode::Rejected);
        QVERIFY2(uploadedCaptures(QStringLiteral("first.mov")) == 1,
                 (out + process.readAllStandardOutput() + process.readAllStandardError()).constData());
        QCOMPARE(jobFor(changed).value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(jobFor(deleted).value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(uploadedCaptures(QStringLiteral("first.mov")), 1);
        QCOMPARE(uploadedCaptures(QStringLiteral("changed.mov")), 0);
        QCOMPARE(uploadedCaptures(QStringLiteral("deleted.mov")), 0);
        QCOMPARE(storedObjects(), 1);
    }

    void retriesRunningOutExitWithFour()
    {
        // S3 answers 503 to every attempt: the job fails (retryable) once its
        // attempts are spent, and nothing is stored.
        QString problem;
        QVERIFY(m_cli.sandbox()->faults()->add(QStringLiteral("fail:upload:503:100"), &problem));
        const QString path = makeFile(QStringLiteral("busy.mov"), 64 * 1024);
        const Run r = run(uploadArguments({ path }));
        QVERIFY2(r.exitCode == ExitCode::RetriesExhausted, (r.out + r.err).constData());
        const QJsonObject job = jobFor(path);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QCOMPARE(job.value(QStringLiteral("failure_permanent")).toBool(), false);
        QCOMPARE(job.value(QStringLiteral("last_http_status")).toInt(), 503);
        QVERIFY(job.value(QStringLiteral("attempts")).toInt() >= 2);
        QCOMPARE(uploadedCaptures(QStringLiteral("busy.mov")), 0);
        QCOMPARE(storedObjects(), 0);
    }

    void processingErrorWithWaitExitsWithFive()
    {
        // A golf swing without the handedness it needs: accepted by
        // POST /captures, then the sandbox's processing says "error" (as
        // Uplift's does for what it cannot analyse).
        const QString path = makeFile(QStringLiteral("noise.mov"), 64 * 1024);
        QStringList args = uploadArguments({ path });
        args[args.indexOf(QStringLiteral("--activity")) + 1] = QStringLiteral("golf");
        args[args.indexOf(QStringLiteral("--movement")) + 1] = QStringLiteral("full_swing");
        args << QStringLiteral("--wait");
        const Run r = run(args);
        QVERIFY2(r.exitCode == ExitCode::ProcessingFailed, (r.out + r.err).constData());
        QVERIFY2(r.out.contains("\"processing_error\""), r.out.constData());
        const QJsonObject job = jobFor(path);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY(!job.value(QStringLiteral("processing_error")).toString().isEmpty());
        QCOMPARE(uploadedCaptures(QStringLiteral("noise.mov")), 1);
        // Without --wait the same outcome is not waited for: exit 0 at "uploaded".
        const QString other = makeFile(QStringLiteral("noise2.mov"), 64 * 1024);
        const Run quick = run(uploadArguments({ other }));
        QVERIFY2(quick.exitCode == ExitCode::Ok, (quick.out + quick.err).constData());
    }

    void interruptStopsCleanlyAndTheNextRunFinishes_data()
    {
        QTest::addColumn<bool>("terminate");
        QTest::newRow("SIGINT") << false;
        QTest::newRow("SIGTERM") << true;
    }

    void interruptStopsCleanlyAndTheNextRunFinishes()
    {
        QFETCH(bool, terminate);
#ifndef Q_OS_UNIX
        QSKIP("POSIX signals only");
#endif
        QString problem;
        QVERIFY(m_cli.sandbox()->faults()->add(QStringLiteral("stall-upload:300000:1"), &problem));
        const QString path = makeFile(QStringLiteral("stopped.mov"), 1024 * 1024);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("UPLIFT_STALL_TIMEOUT_MS"), QStringLiteral("60000"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UPLIFT_CLI_EXE), uploadArguments({ path }));
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"state\":\"uploading\""),
                                  out.constData(), 10000);
        QTest::qWait(300);
        if (terminate)
            process.terminate(); // SIGTERM
        else
#ifdef Q_OS_UNIX
            QVERIFY(::kill(pid_t(process.processId()), SIGINT) == 0);
#endif
        QSignalSpy done(&process, &QProcess::finished);
        QVERIFY(done.wait(10000));
        const QByteArray err = process.readAllStandardError();
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // handled, not killed by the signal
        QVERIFY2(process.exitCode() == ExitCode::Interrupted, err.constData());
        QVERIFY2(err.contains("Stopped by signal"), err.constData());
        out += process.readAllStandardOutput();
        QVERIFY2(out.contains("\"state\":\"queued\""), out.constData()); // the last word on the job

        // Recorded as interrupted, resumable, nothing stored yet.
        const QJsonObject job = jobFor(path);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("queued"));
        QVERIFY(job.value(QStringLiteral("restarts_from_zero")).toBool());
        QCOMPARE(uploadedCaptures(QStringLiteral("stopped.mov")), 0);

        const Run again = run(uploadArguments({ path }));
        QVERIFY2(again.exitCode == ExitCode::Ok, (again.out + again.err).constData());
        QCOMPARE(jobs().size(), 1);
        QCOMPARE(uploadedCaptures(QStringLiteral("stopped.mov")), 1);
        QCOMPARE(storedObjects(), 1);
    }

    void killedMidUploadFinishesExactlyOnceAfterRestart()
    {
        // The first upload stalls half way: the process is surely mid-upload when killed.
        QString problem;
        QVERIFY(m_cli.sandbox()->faults()->add(QStringLiteral("stall-upload:300000:1"), &problem));
        const QString path = makeFile(QStringLiteral("killed.mov"), 1024 * 1024);
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("UPLIFT_STALL_TIMEOUT_MS"), QStringLiteral("60000"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UPLIFT_CLI_EXE), uploadArguments({ path }));
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"state\":\"uploading\""),
                                  out.constData(), 10000);
        QTest::qWait(500);
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(uploadedCaptures(QStringLiteral("killed.mov")), 0);

        const Run again = run(uploadArguments({ path }));
        QVERIFY2(again.exitCode == ExitCode::Ok, (again.out + again.err).constData());
        QVERIFY2(again.err.contains("already in the queue"), again.err.constData());
        QCOMPARE(jobs().size(), 1);
        QCOMPARE(uploadedCaptures(QStringLiteral("killed.mov")), 1);
        QCOMPARE(storedObjects(), 1);
        const QJsonArray history = jobFor(path).value(QStringLiteral("history")).toArray();
        bool resumed = false;
        for (const QJsonValue &h : history)
            resumed |= h.toObject().value(QStringLiteral("step")).toString() == QLatin1String("resume");
        QVERIFY(resumed);
    }

    // Recordings that are not a .mov: made into one (stream copy) and sent
    // under the recording's name with .mov; the copy is deleted afterwards.
    void anMp4FromAPhoneIsUploadedAsAMov()
    {
        const QString path = m_cli.scratch() + QStringLiteral("/VID_20261203_101500.mp4");
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mp4-rotated"), 3), QString());
        const Run r = run(uploadArguments({ path }) << QStringLiteral("--wait"));
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        QCOMPARE(uploadedCaptures(QStringLiteral("VID_20261203_101500.mov")), 1);
        QCOMPARE(storedObjects(), 1);
        QDirIterator it(m_cli.sandbox()->objectsFolder(), QDir::Files, QDirIterator::Subdirectories);
        const QString stored = it.next();
        const QJsonObject probe = TestVideo::ffprobe(stored);
        QCOMPARE(probe.value(QStringLiteral("format"))
                     .toObject()
                     .value(QStringLiteral("tags"))
                     .toObject()
                     .value(QStringLiteral("major_brand")),
                 QJsonValue(QStringLiteral("qt  ")));
        QCOMPARE(TestVideo::packetCount(stored, QStringLiteral("v")),
                 TestVideo::packetCount(path, QStringLiteral("v")));
        // Filmed at the file's creation time, not at upload time.
        for (const QJsonObject &c : m_cli.sandbox()->store()->captures())
            QCOMPARE(CaptureSpec::parseDateTime(c.value(QStringLiteral("capture_time")).toString()),
                     QDateTime(QDate(2026, 12, 3), QTime(10, 15), Qt::UTC));
        // The prepared copy is gone once the clip is in the bucket.
        QCOMPARE(preparedFiles(), 0);
        const QJsonArray history = jobFor(path).value(QStringLiteral("history")).toArray();
        bool prepared = false;
        for (const QJsonValue &h : history)
            prepared |= h.toObject().value(QStringLiteral("step")).toString() == QLatin1String("prepare")
                && h.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("ok");
        QVERIFY(prepared);
    }

    void trimSplitsARecordingIntoCapturesOfOneGroup()
    {
        const QString path = m_cli.scratch() + QStringLiteral("/range.MOV");
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mov-bframes"), 8), QString());
        const Run r = run(uploadArguments({ path })
                          << QStringLiteral("--trim") << QStringLiteral("0.5-2.5") << QStringLiteral("--trim")
                          << QStringLiteral("4.2-6") << QStringLiteral("--wait"));
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        QCOMPARE(uploadedCaptures(QStringLiteral("range-1.mov")), 1);
        QCOMPARE(uploadedCaptures(QStringLiteral("range-2.mov")), 1);
        QSet<QString> groups;
        for (const QJsonObject &c : m_cli.sandbox()->store()->captures())
            groups.insert(c.value(QStringLiteral("session_group_id")).toString());
        QCOMPARE(groups.size(), 1);
        QCOMPARE(storedObjects(), 2);
        // Each object holds its range only: from the keyframe before In (0 s, 4 s) to Out.
        QList<double> durations;
        QDirIterator it(m_cli.sandbox()->objectsFolder(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            durations << TestVideo::ffprobe(it.next())
                             .value(QStringLiteral("format"))
                             .toObject()
                             .value(QStringLiteral("duration"))
                             .toString()
                             .toDouble();
        std::sort(durations.begin(), durations.end());
        QVERIFY2(durations.at(0) > 1.9 && durations.at(0) < 2.2, qPrintable(QString::number(durations.at(0))));
        QVERIFY2(durations.at(1) > 2.4 && durations.at(1) < 2.7, qPrintable(QString::number(durations.at(1))));
    }

    void whatCannotBeAMovSendsNothing()
    {
        const QString webm = m_cli.scratch() + QStringLiteral("/clip.webm");
        QCOMPARE(TestVideo::makeCameraClip(webm, QStringLiteral("vp9"), 1), QString());
        const QString path = makeFile(QStringLiteral("short.mov"), 64 * 1024);
        Run r = run(uploadArguments({ webm }));
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QVERIFY2(r.err.contains("VP9 video cannot go into a .mov without re-encoding"), r.err.constData());
        r = run(uploadArguments({ path }) << QStringLiteral("--trim") << QStringLiteral("2-1"));
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QVERIFY2(r.err.contains("ends before it starts"), r.err.constData());
        QVERIFY(m_cli.sandbox()->store()->captures().isEmpty());
    }

    void killedWhilePreparingIsPreparedAgainAndUploadedOnce()
    {
        const QString path = m_cli.scratch() + QStringLiteral("/killed-prep.mp4");
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mp4"), 3), QString());
        killWhilePreparing(path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(m_cli.sandbox()->store()->captures().isEmpty());

        const Run again = run(uploadArguments({ path }));
        QVERIFY2(again.exitCode == ExitCode::Ok, (again.out + again.err).constData());
        QVERIFY2(again.err.contains("already in the queue"), again.err.constData());
        QCOMPARE(jobs().size(), 1);
        QCOMPARE(uploadedCaptures(QStringLiteral("killed-prep.mov")), 1);
        QCOMPARE(storedObjects(), 1);
        int preparations = 0;
        for (const QJsonValue &h : jobFor(path).value(QStringLiteral("history")).toArray())
            preparations += h.toObject().value(QStringLiteral("step")).toString() == QLatin1String("prepare")
                && h.toObject().value(QStringLiteral("outcome")).toString() == QLatin1String("start");
        QCOMPARE(preparations, 2);
    }

    void aRecordingMovedBeforeItsPreparationFailsWithTheReason()
    {
        const QString path = m_cli.scratch() + QStringLiteral("/moved.mp4");
        QCOMPARE(TestVideo::makeCameraClip(path, QStringLiteral("mp4"), 2), QString());
        killWhilePreparing(path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QFile::rename(path, path + QStringLiteral(".elsewhere")));
        // The next run of the queue (any upload command) finds the recording gone.
        const QString other = makeFile(QStringLiteral("other.mov"), 64 * 1024);
        const Run next = run(uploadArguments({ other }));
        QVERIFY2(next.exitCode == ExitCode::Ok, (next.out + next.err).constData());
        const QJsonObject job = jobFor(path);
        QCOMPARE(job.value(QStringLiteral("state")).toString(), QStringLiteral("failed"));
        QVERIFY2(job.value(QStringLiteral("last_error")).toString().contains(QLatin1String("no longer there")),
                 QJsonDocument(job).toJson().constData());
        QCOMPARE(uploadedCaptures(QStringLiteral("moved.mov")), 0);
    }
};

QTEST_GUILESS_MAIN(tst_UploadCommand)
#include "tst_uploadcommand.moc"
