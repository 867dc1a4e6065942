#include "common/applicationidentity.h"
#include "singleinstance.h"

#include "testvideo.h"
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>

#include <QFile>
#include <QFileOpenEvent>
#include <QLocalServer>
#include <QLocalSocket>
#include <QLockFile>
#include <QProcess>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <memory>

#if defined(Q_OS_UNIX)
#include <sys/socket.h>
#include <sys/un.h>
#include <unistd.h>
#endif

namespace {

// Runs a blocking claim in a thread of its own, as a second process would,
// while this thread's event loop serves the first instance.
bool claimElsewhere(const QString &name, const QStringList &files, bool *listening = nullptr, int timeoutMs = 2000,
                    SingleInstance::Mode askedMode = SingleInstance::Mode::Unspecified,
                    SingleInstance::Mode *runningMode = nullptr)
{
    bool result = true;
    bool wasListening = false;
    SingleInstance::Mode running = SingleInstance::Mode::Unspecified;
    std::unique_ptr<QThread> thread(QThread::create([&] {
        SingleInstance second(name);
        result = second.claim(files, timeoutMs, askedMode);
        wasListening = second.isListening();
        running = second.runningMode();
    }));
    thread->start();
    QElapsedTimer timer;
    timer.start();
    while (!thread->isFinished() && timer.elapsed() < 20000)
        QTest::qWait(10);
    thread->wait();
    if (listening)
        *listening = wasListening;
    if (runningMode)
        *runningMode = running;
    return result;
}

QString uniqueName(const char *what)
{
    return QStringLiteral("uplift-capture-test-%1-%2-%3")
        .arg(QString::fromLatin1(what))
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch());
}

} // namespace

// Single instance: the first launch listens, a second hands over its files
// and exits 0; a socket left by a crashed instance is taken over.
class TestSingleInstance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { ApplicationIdentity::apply(); }

    // One name per user and data folder, whatever the mode: the account and the sandbox
    // window are never open side by side (twoRealLaunches_data below runs it for real).
    void nameIsOnePerUser()
    {
        QCOMPARE(SingleInstance::nameFor(), SingleInstance::nameFor());
        QVERIFY(SingleInstance::nameFor().startsWith(QStringLiteral("uplift-capture-")));
    }

    // A launch asked for a mode learns the running one's, and the running one learns what
    // the launch asked for (each says so when they differ).
    void theModesAreToldBothWays()
    {
        const QString name = uniqueName("modes");
        SingleInstance first(name);
        first.setMode(SingleInstance::Mode::Account);
        QVERIFY(first.claim({}));
        QSignalSpy received(&first, &SingleInstance::filesReceived);

        SingleInstance::Mode running = SingleInstance::Mode::Unspecified;
        QVERIFY(!claimElsewhere(name, { QStringLiteral("/videos/a.mov") }, nullptr, 2000, SingleInstance::Mode::Sandbox,
                                &running));
        QCOMPARE(running, SingleInstance::Mode::Account);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(1).value<SingleInstance::Mode>(), SingleInstance::Mode::Sandbox);

        // A launch that asked for nothing says so.
        QVERIFY(!claimElsewhere(name, {}, nullptr, 2000, SingleInstance::Mode::Unspecified, &running));
        QCOMPARE(running, SingleInstance::Mode::Account);
        QCOMPARE(received.at(1).at(1).value<SingleInstance::Mode>(), SingleInstance::Mode::Unspecified);
    }

    // Before "Try the sandbox" starts the program again: the new process must not hand its
    // start to this one.
    void aReleasedInstanceTakesNoFiles()
    {
        const QString name = uniqueName("release");
        SingleInstance first(name);
        QVERIFY(first.claim({}));
        first.release();
        QVERIFY(!first.isListening());
        bool listening = false;
        QVERIFY(claimElsewhere(name, { QStringLiteral("/videos/a.mov") }, &listening));
        QVERIFY(listening);
    }

    // A socket that answers more than any instance would is not trusted either.
    void anEndlessAnswerIsNotTrusted()
    {
        const QString name = uniqueName("endless");
        QLocalServer chatty;
        QVERIFY(chatty.listen(name));
        connect(&chatty, &QLocalServer::newConnection, this, [&chatty] {
            QLocalSocket *socket = chatty.nextPendingConnection();
            socket->write(QByteArray(4096, 'o'));
        });
        QVERIFY(!SingleInstance::handOff(name, { QStringLiteral("/x.mov") }, 1000));
    }

    void secondLaunchHandsItsFilesToTheFirst()
    {
        const QString name = uniqueName("handoff");
        SingleInstance first(name);
        QVERIFY(first.claim({}));
        QVERIFY(first.isListening());
        QSignalSpy received(&first, &SingleInstance::filesReceived);

        // Relative paths arrive absolute: the running window has another working directory.
        const QString relative = QStringLiteral("some clip.mov");
        const QStringList files { QStringLiteral("/videos/a.mov"), relative };
        bool secondListening = true;
        QVERIFY(!claimElsewhere(name, files, &secondListening));
        QVERIFY(!secondListening);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(),
                 (QStringList { QStringLiteral("/videos/a.mov"), QDir::current().absoluteFilePath(relative) }));

        // A launch without files still reaches the first (it shows its window).
        QVERIFY(!claimElsewhere(name, {}));
        QCOMPARE(received.count(), 2);
        QVERIFY(received.at(1).at(0).toStringList().isEmpty());
    }

    void withNobodyListeningTheLaunchBecomesTheFirst()
    {
        const QString name = uniqueName("alone");
        QVERIFY(!SingleInstance::handOff(name, { QStringLiteral("/x.mov") }, 500));
        SingleInstance only(name);
        QVERIFY(only.claim({ QStringLiteral("/x.mov") }, 500));
        QVERIFY(only.isListening());
    }

    void aSocketThatNeverAnswersIsNotTrustedWithFiles()
    {
        const QString name = uniqueName("mute");
        QLocalServer mute;
        QVERIFY(mute.listen(name));
        // Accepts, never answers: the launch opens a window of its own
        // rather than lose the files.
        QVERIFY(claimElsewhere(name, { QStringLiteral("/x.mov") }, nullptr, 300));
    }

    void openWithOnMacArrivesAsAFileOpenEvent()
    {
        SingleInstance instance(uniqueName("fileopen"));
        QSignalSpy received(&instance, &SingleInstance::filesReceived);
        QFileOpenEvent before(QStringLiteral("/videos/ignored.mov"));
        QCoreApplication::sendEvent(QCoreApplication::instance(), &before);
        QCOMPARE(received.count(), 0);

        instance.acceptFileOpenEvents();
        QFileOpenEvent event(QStringLiteral("/videos/from finder.mov"));
        QCoreApplication::sendEvent(QCoreApplication::instance(), &event);
        QCOMPARE(received.count(), 1);
        QCOMPARE(received.at(0).at(0).toStringList(), QStringList { QStringLiteral("/videos/from finder.mov") });
    }

    void staleSocketOfACrashedInstanceIsTakenOver()
    {
#if defined(Q_OS_UNIX)
        const QString name = uniqueName("stale");
        // What a killed instance leaves: a socket file nobody listens on.
        const QByteArray path = QFile::encodeName(QDir(QDir::tempPath()).filePath(name));
        const int fd = ::socket(AF_UNIX, SOCK_STREAM, 0);
        QVERIFY(fd >= 0);
        sockaddr_un address {};
        address.sun_family = AF_UNIX;
        QVERIFY(size_t(path.size()) < sizeof(address.sun_path));
        memcpy(address.sun_path, path.constData(), size_t(path.size()));
        QCOMPARE(::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof(address)), 0);
        ::close(fd);
        QVERIFY(QFile::exists(QFile::decodeName(path)));
        {
            QLocalServer plain;
            QVERIFY(!plain.listen(name)); // the name is taken
        }

        SingleInstance first(name);
        QVERIFY(first.claim({}, 1000));
        QVERIFY(first.isListening());
        QSignalSpy received(&first, &SingleInstance::filesReceived);
        QVERIFY(!claimElsewhere(name, { QStringLiteral("/after/restart.mov") }));
        QCOMPARE(received.count(), 1);
#else
        QSKIP("Named pipes leave no stale file behind");
#endif
    }

    // `upload --sandbox` in a terminal holds the sandbox's queue and runs its server: a sandbox
    // window started meanwhile starts no second server on the same folder, and says why it
    // cannot upload.
    void aSandboxWindowLeavesTheSandboxToACommandUsingIt()
    {
        const QString folder = ApplicationIdentity::sandboxFolder();
        QVERIFY(QDir(folder).removeRecursively());
        QVERIFY(QDir().mkpath(folder));
        // As QueueOwner holds it beside JobStore::sandboxPath().
        QLockFile command(QDir(folder).filePath(QStringLiteral("jobs.sqlite.lock")));
        QVERIFY(command.tryLock(0));

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        QProcess window;
        window.setProcessEnvironment(env);
        window.start(QStringLiteral(UPLIFT_CAPTURE_EXE), { QStringLiteral("--sandbox") });
        QVERIFY(window.waitForStarted());
        auto cleanup = qScopeGuard([&] {
            window.kill();
            window.waitForFinished();
            QLocalServer::removeServer(SingleInstance::nameFor());
        });
        QByteArray err;
        QTRY_VERIFY2_WITH_TIMEOUT((err += window.readAllStandardError()).contains("is using the upload queue"),
                                  err.constData(), 20000);
        QVERIFY(!QFile::exists(QDir(folder).filePath(QStringLiteral("sandbox.sqlite"))));
    }

    // Two real launches of the program: the second exits 0 at once and the
    // first window adds the file (it shows up in File ▸ Open Recent, which is
    // kept in the settings both processes share), whatever mode either was
    // started in; the second says on stderr when the running one is in the other mode.
    void twoRealLaunches_data()
    {
        QTest::addColumn<QStringList>("firstArguments");
        QTest::addColumn<QStringList>("secondArguments");
        QTest::addColumn<QString>("said");
        QTest::newRow("account, account") << QStringList {} << QStringList {} << QString();
        // A coach opens a video while the sandbox window runs: not a second window with the key prompt.
        QTest::newRow("sandbox, plain") << QStringList { QStringLiteral("--sandbox") } << QStringList {}
                                        << QStringLiteral("already open in the sandbox");
        QTest::newRow("sandbox, sandbox")
            << QStringList { QStringLiteral("--sandbox") } << QStringList { QStringLiteral("--sandbox") } << QString();
        QTest::newRow("account, sandbox") << QStringList {} << QStringList { QStringLiteral("--sandbox") }
                                          << QStringLiteral("already open with your Uplift account");
    }

    void twoRealLaunches()
    {
        QFETCH(QStringList, firstArguments);
        QFETCH(QStringList, secondArguments);
        QFETCH(QString, said);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString clip = dir.filePath(QStringLiteral("handed over.mov"));
        QCOMPARE(TestVideo::makePaddedMov(clip, 4096), QString()); // a real movie: listed, then recorded

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.remove(QStringLiteral("UPLIFT_API_KEY"));
        QProcess first;
        first.setProcessEnvironment(env);
        first.setProcessChannelMode(QProcess::ForwardedChannels);
        first.start(QStringLiteral(UPLIFT_CAPTURE_EXE), firstArguments);
        QVERIFY(first.waitForStarted());
        const QString name = SingleInstance::nameFor();
        auto cleanup = qScopeGuard([&] {
            first.kill();
            first.waitForFinished();
            QLocalServer::removeServer(name);
        });
        QTRY_VERIFY_WITH_TIMEOUT(
            QLocalSocket::ConnectedState ==
                [&] {
                    QLocalSocket probe;
                    probe.connectToServer(name);
                    probe.waitForConnected(200);
                    return probe.state();
                }(),
            20000);

        QProcess second;
        second.setProcessEnvironment(env);
        second.setWorkingDirectory(dir.path());
        QElapsedTimer timer;
        timer.start();
        second.start(QStringLiteral(UPLIFT_CAPTURE_EXE), secondArguments << QStringLiteral("handed over.mov"));
        const bool ended = second.waitForFinished(15000);
        if (!ended) {
            second.kill();
            second.waitForFinished();
        }
        const QString err = QString::fromLocal8Bit(second.readAllStandardError());
        QVERIFY2(ended, qPrintable(err));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        if (said.isEmpty())
            QVERIFY2(!err.contains(QStringLiteral("already open")), qPrintable(err));
        else
            QVERIFY2(err.contains(said), qPrintable(err));
        qInfo("second launch handed over and exited in %lld ms", timer.elapsed());
        QCOMPARE(first.state(), QProcess::Running);
        QTRY_VERIFY_WITH_TIMEOUT(QSettings().value(QStringLiteral("window/recentFiles")).toStringList().contains(clip),
                                 10000);
    }
};

QTEST_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
