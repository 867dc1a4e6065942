#include "cardimage.h"
#include "guisession.h"
#include "impacttakes.h"
#include "testvideo.h"

#include <QDate>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <csignal>
#include <unistd.h>

namespace {

// A private session bus and the AT-SPI bus launcher on it, as a desktop
// session has them for a screen reader. The bus has no service files: nothing
// is started behind the test's back but the launcher's own accessibility bus
// and its registry (which run in the launcher's process group, ended with it).
class AtSpiBus
{
public:
    ~AtSpiBus() { stop(); }

    bool start(int display, const QString &dir)
    {
        // The socket in a short folder of its own: a unix socket's path has at most 107 bytes, and a
        // build folder deep in a clone went past it ("Socket name too long").
        if (!m_socketDir.isValid())
            return fail(QStringLiteral("cannot make a folder for the bus socket in %1").arg(QDir::tempPath()));
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        const QString config = dir + QStringLiteral("/session.conf");
        QFile file(config);
        if (!file.open(QIODevice::WriteOnly))
            return fail(QStringLiteral("cannot write %1").arg(config));
        file.write(QStringLiteral("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\" "
                                  "\"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                                  "<busconfig><type>session</type><listen>unix:dir=%1</listen><auth>EXTERNAL</auth>"
                                  "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                                  "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy></busconfig>\n")
                       .arg(m_socketDir.path())
                       .toUtf8());
        file.close();

        m_dbus.setProgram(QStringLiteral("dbus-daemon"));
        m_dbus.setArguments({ QStringLiteral("--nofork"), QStringLiteral("--config-file=") + config,
                              QStringLiteral("--print-address=1") });
        m_dbus.start();
        if (!m_dbus.waitForStarted(5000))
            return fail(QStringLiteral("dbus-daemon did not start: %1").arg(m_dbus.errorString()));
        QByteArray out;
        QDeadlineTimer deadline(10000);
        while (!out.contains('\n') && !deadline.hasExpired() && m_dbus.state() == QProcess::Running) {
            m_dbus.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
            out += m_dbus.readAllStandardOutput();
        }
        m_address = QString::fromLocal8Bit(out.left(out.indexOf('\n'))).trimmed();
        if (m_address.isEmpty())
            return fail(QStringLiteral("dbus-daemon gave no address: %1")
                            .arg(QString::fromLocal8Bit(m_dbus.readAllStandardError())));

        m_environment = QProcessEnvironment::systemEnvironment();
        m_environment.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
        m_environment.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(display));
        m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), dir);
        m_environment.insert(QStringLiteral("HOME"), dir);
        m_environment.remove(QStringLiteral("AT_SPI_BUS_ADDRESS"));

        QString launcher;
        for (const QString &path : { QStringLiteral("/usr/libexec/at-spi-bus-launcher"),
                                     QStringLiteral("/usr/lib/at-spi2-core/at-spi-bus-launcher") }) {
            if (QFile::exists(path))
                launcher = path;
        }
        if (launcher.isEmpty())
            return fail(
                QStringLiteral("at-spi-bus-launcher is missing (at-spi2-core; scripts/setup-deps installs it)"));
        m_launcher.setProgram(launcher);
        m_launcher.setArguments({ QStringLiteral("--launch-immediately"), QStringLiteral("--a11y=1") });
        m_launcher.setProcessEnvironment(m_environment);
        m_launcher.setProcessChannelMode(QProcess::MergedChannels);
        m_launcher.setStandardOutputFile(dir + QStringLiteral("/launcher.log"));
        // Its own process group: the accessibility bus and the registry it
        // starts are ended with it.
        m_launcher.setChildProcessModifier([] { ::setpgid(0, 0); });
        m_launcher.start();
        if (!m_launcher.waitForStarted(5000))
            return fail(QStringLiteral("at-spi-bus-launcher did not start: %1").arg(m_launcher.errorString()));

        // Up once it answers where the accessibility bus is.
        QDeadlineTimer up(15000);
        while (!up.hasExpired()) {
            QProcess ask;
            ask.setProcessEnvironment(m_environment);
            ask.start(QStringLiteral("dbus-send"),
                      { QStringLiteral("--session"), QStringLiteral("--print-reply"),
                        QStringLiteral("--reply-timeout=2000"), QStringLiteral("--dest=org.a11y.Bus"),
                        QStringLiteral("/org/a11y/bus"), QStringLiteral("org.a11y.Bus.GetAddress") });
            if (ask.waitForFinished(5000) && ask.exitCode() == 0 && ask.readAllStandardOutput().contains("unix:"))
                return true;
            if (ask.state() != QProcess::NotRunning) {
                ask.kill();
                ask.waitForFinished(1000);
            }
            QThread::msleep(200);
        }
        return fail(
            QStringLiteral("the AT-SPI bus never answered on the private session bus (see %1/launcher.log)").arg(dir));
    }

    void stop()
    {
        if (m_launcher.state() != QProcess::NotRunning) {
            const qint64 group = m_launcher.processId();
            ::kill(-pid_t(group), SIGTERM);
            if (!m_launcher.waitForFinished(5000)) {
                ::kill(-pid_t(group), SIGKILL);
                m_launcher.waitForFinished(2000);
            }
            ::kill(-pid_t(group), SIGKILL); // the bus and registry left behind, if any
        }
        if (m_dbus.state() != QProcess::NotRunning) {
            m_dbus.terminate();
            if (!m_dbus.waitForFinished(5000))
                m_dbus.kill();
            m_dbus.waitForFinished(2000);
        }
    }

    QString address() const { return m_address; }
    QProcessEnvironment environment() const { return m_environment; }
    QString problem() const { return m_problem; }

private:
    QTemporaryDir m_socketDir { QDir::tempPath() + QStringLiteral("/uc-bus-XXXXXX") };
    bool fail(const QString &problem)
    {
        m_problem = problem;
        return false;
    }

    QProcess m_dbus;
    QProcess m_launcher;
    QString m_address;
    QProcessEnvironment m_environment;
    QString m_problem;
};

} // namespace

// The running window as assistive technology meets it: over AT-SPI (Debian's
// python3-pyatspi, on a private bus with at-spi-bus-launcher), the window
// started with Qt's accessibility always on. tests/gui/atspi_walk.py walks
// the tree (names, label relations, radio buttons) and describes and uploads
// one clip through AT-SPI's object interfaces only, no synthesized input,
// until the job list reads Done. A failure is the script's own explanation.
class TestAssistive : public QObject
{
    Q_OBJECT

    // Runs an AT-SPI script (Debian's python3) on the bus; its "shot:NAME" lines are answered with a
    // screenshot. Empty when it ended with PASS, else its last line and where its whole output is.
    static QString runScript(GuiSession &gui, const AtSpiBus &bus, const QStringList &arguments, const QString &logName)
    {
        QProcess walk;
        walk.setProcessEnvironment(bus.environment());
        walk.setProcessChannelMode(QProcess::MergedChannels);
        // Debian's interpreter, where python3-pyatspi is (not one a PATH may put first).
        walk.start(QStringLiteral("/usr/bin/python3"), arguments);
        if (!walk.waitForStarted(10000))
            return walk.errorString();
        QFile log(gui.artifacts() + QLatin1Char('/') + logName);
        if (!log.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(log.fileName());
        QStringList lines;
        QByteArray pending;
        QDeadlineTimer deadline(240000);
        while (walk.state() != QProcess::NotRunning && !deadline.hasExpired()) {
            walk.waitForReadyRead(200);
            pending += walk.readAll();
            for (qsizetype end = pending.indexOf('\n'); end >= 0; end = pending.indexOf('\n')) {
                const QString line = QString::fromUtf8(pending.left(end));
                pending.remove(0, end + 1);
                log.write(line.toUtf8() + '\n');
                log.flush();
                if (line.startsWith(QLatin1String("shot:"))) { // the script asks for a picture of this moment
                    gui.screenshot(line.mid(5));
                    walk.write("ok\n");
                } else {
                    lines << line;
                }
            }
        }
        if (walk.state() != QProcess::NotRunning) {
            walk.kill();
            walk.waitForFinished(5000);
            lines << QStringLiteral("FAIL: the walk did not end within its deadline");
        }
        const QString rest = QString::fromUtf8(pending + walk.readAll());
        log.write(rest.toUtf8());
        lines << rest.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        gui.screenshot(QStringLiteral("after-") + QFileInfo(logName).baseName());
        const QString explanation = lines.isEmpty() ? QStringLiteral("the script said nothing") : lines.last();
        if (walk.exitStatus() == QProcess::NormalExit && walk.exitCode() == 0 && lines.contains(QStringLiteral("PASS")))
            return {};
        return explanation + QStringLiteral(" (the whole walk: %1)").arg(log.fileName());
    }

private slots:
    void describedAndUploadedThroughAtSpi()
    {
        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("assistive-swing.mov"));
        video.seconds = 1;
        video.audio = false;
        QVERIFY2(video.make().isEmpty(), "ffmpeg could not make a clip");

        GuiSession gui(QStringLiteral("assistive"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        AtSpiBus bus;
        QVERIFY2(bus.start(gui.display(), QDir(gui.home()).filePath(QStringLiteral("atspi"))),
                 qPrintable(bus.problem()));
        QVERIFY2(
            gui.start({ video.path },
                      { QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") + bus.address(),
                        QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1"), QStringLiteral("QT_ACCESSIBILITY=1") }),
            qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("started"));

        const QString failed
            = runScript(gui, bus,
                        { QStringLiteral(UPLIFT_ATSPI_WALK), QStringLiteral("--clip"),
                          QStringLiteral("assistive-swing.mov"), QStringLiteral("--typed"), QStringLiteral("Liam"),
                          QStringLiteral("--athlete"), QStringLiteral("Liam Brennan"), QStringLiteral("--camera"),
                          QStringLiteral("Camera down-the-line"), QStringLiteral("--activity"), QStringLiteral("Golf"),
                          QStringLiteral("--movement"), QStringLiteral("Full swing"), QStringLiteral("--handedness"),
                          QStringLiteral("Right"), QStringLiteral("--timeout"), QStringLiteral("200") },
                        QStringLiteral("atspi.log"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));

        QCOMPARE(gui.events(), 0); // no key pressed, no click: AT-SPI's object interfaces only
        // What the script read over AT-SPI, seen through the window's own probe too.
        bool done = false;
        const QJsonArray rows = gui.items(QStringLiteral("Upload jobs"));
        for (const QJsonValue &row : rows) {
            const QJsonArray texts = row.toObject().value(QStringLiteral("texts")).toArray();
            if (texts.contains(QStringLiteral("Liam Brennan")) && texts.contains(QStringLiteral("Done")))
                done = true;
        }
        QVERIFY2(done, "the probe sees no job Done for Liam Brennan");
    }

    // Issue 23: Split at Impacts as a screen reader meets it (tests/gui/atspi_impacts.py): the
    // button pressed through Action, the parts' list with its columns and rows, the buttons and
    // the labelled spin boxes around it, every control in view named, a part removed.
    void splitAtImpactsThroughAtSpi()
    {
        const QString missing = ImpactTakes::missingSounds();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        ImpactTakes::Recipe recipe;
        recipe.seconds = 16;
        recipe.seed = 7;
        recipe.path = TestVideo::scratchPath(QStringLiteral("assistive-take.mp4"));
        ImpactTakes::Take take;
        const QString made = ImpactTakes::make(recipe, &take);
        QVERIFY2(made.isEmpty(), qPrintable(made));

        GuiSession gui(QStringLiteral("assistive-impacts"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        AtSpiBus bus;
        QVERIFY2(bus.start(gui.display(), QDir(gui.home()).filePath(QStringLiteral("atspi"))),
                 qPrintable(bus.problem()));
        QVERIFY2(
            gui.start({ recipe.path },
                      { QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") + bus.address(),
                        QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1"), QStringLiteral("QT_ACCESSIBILITY=1") }),
            qPrintable(gui.lastProblem()));
        const QString failed = runScript(
            gui, bus,
            { QStringLiteral(UPLIFT_ATSPI_IMPACTS), QStringLiteral("--clip"), QStringLiteral("assistive-take.mp4") },
            QStringLiteral("atspi-impacts.log"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(gui.events(), 0); // AT-SPI's object interfaces only
    }

    // Issue 24: From the Camera as a screen reader meets it (tests/gui/atspi_camera.py): a real
    // exFAT card (as tst_cameraimport makes it) plugged in, the banner's button pressed through
    // Action, every control of the camera window named, the clip list's rows read with their
    // time, duration, size and whether they were imported or are ticked, the tick boxes' states,
    // every clip unticked and ticked again, Import pressed, the copies in the ready list, and
    // Eject pressed; with a second card plugged in after it, chosen in the list of cards:
    // AT-SPI's object interfaces only.
    void fromTheCameraThroughAtSpi()
    {
        const QString missing = CardImage::missingTools(CardImage::Format::ExFat);
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        const QString tmp = QFileInfo(TestVideo::scratchPath(QStringLiteral("assistive-card"))).absoluteFilePath();
        CardImage::cleanStale(tmp);
        QDir(tmp).removeRecursively();
        const QDir tree(tmp + QStringLiteral("/tree"));
        QVERIFY(tree.mkpath(QStringLiteral("DCIM/100GOPRO")));
        // A GoPro recording in two chapters with its .THM, and one more clip filmed later.
        QCOMPARE(TestVideo::makeCameraClip(tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010042.MP4")),
                                           QStringLiteral("mp4"), 3),
                 QString());
        QCOMPARE(TestVideo::makeCameraClip(tree.filePath(QStringLiteral("DCIM/100GOPRO/GX020042.MP4")),
                                           QStringLiteral("mp4"), 1),
                 QString());
        QCOMPARE(TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                     QStringLiteral("testsrc2=size=160x120"), QStringLiteral("-frames:v"),
                                     QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("mjpeg"),
                                     tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010042.THM")) }),
                 QString());
        QCOMPARE(
            TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                QStringLiteral("smptebars=duration=2:size=640x360:rate=30"), QStringLiteral("-c:v"),
                                QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                                QStringLiteral("-metadata"), QStringLiteral("creation_time=2026-12-03T11:40:00Z"),
                                tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010043.MP4")) }),
            QString());
        CardImage card;
        QCOMPARE(card.create(CardImage::Format::ExFat, tmp + QStringLiteral("/gopro.img"), 64 * 1024 * 1024,
                             QStringLiteral("GOPRO"), tree.path()),
                 QString());
        // A second card, plugged in after the first: the one the pane shows until the coach chooses.
        const QDir second(tmp + QStringLiteral("/second"));
        QVERIFY(second.mkpath(QStringLiteral("DCIM/100GOPRO")));
        QVERIFY(QFile::copy(tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010043.MP4")),
                            second.filePath(QStringLiteral("DCIM/100GOPRO/GX010099.MP4"))));
        CardImage other;
        QCOMPARE(other.create(CardImage::Format::ExFat, tmp + QStringLiteral("/hero.img"), 32 * 1024 * 1024,
                              QStringLiteral("HERO"), second.path()),
                 QString());

        GuiSession gui(QStringLiteral("assistive-camera"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        AtSpiBus bus;
        QVERIFY2(bus.start(gui.display(), QDir(gui.home()).filePath(QStringLiteral("atspi"))),
                 qPrintable(bus.problem()));
        QVERIFY2(
            gui.start({},
                      { QStringLiteral("DBUS_SESSION_BUS_ADDRESS=") + bus.address(),
                        QStringLiteral("QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1"), QStringLiteral("QT_ACCESSIBILITY=1") }),
            qPrintable(gui.lastProblem()));
        const QString mountPoint = tmp + QStringLiteral("/mnt");
        QCOMPARE(card.mount(mountPoint), QString());
        QTest::qWait(1500); // listed first
        QCOMPARE(other.mount(tmp + QStringLiteral("/mnt-hero")), QString());
        const QString failed = runScript(
            gui, bus, { QStringLiteral(UPLIFT_ATSPI_CAMERA), QStringLiteral("--card"), QStringLiteral("GOPRO") },
            QStringLiteral("atspi-camera.log"));
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QCOMPARE(gui.events(), 0); // AT-SPI's object interfaces only
        // What the script did, seen from outside: the copies identical, the card unmounted by Eject.
        const QString day = gui.home() + QStringLiteral("/Videos/Uplift Capture/")
            + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
        QStringList copies = QDir(day).entryList(QDir::Files | QDir::Hidden);
        copies.sort();
        QCOMPARE(copies,
                 (QStringList { QStringLiteral("GX010042.MP4"), QStringLiteral("GX010043.MP4"),
                                QStringLiteral("GX020042.MP4") }));
        QFile mounts(QStringLiteral("/proc/self/mountinfo"));
        QVERIFY(mounts.open(QIODevice::ReadOnly));
        QVERIFY2(!mounts.readAll().contains(QFile::encodeName(mountPoint + QLatin1Char(' '))),
                 "the card is still mounted after Eject");
        CardImage::cleanStale(tmp);
    }
};

QTEST_GUILESS_MAIN(TestAssistive)
#include "tst_assistive.moc"
