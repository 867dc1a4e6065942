#include "keyringsession.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace {
// If the test dies (crash, ctest timeout), the bus and keyring die with it
// instead of lingering on the machine.
void dieWithParent(QProcess &process)
{
#ifdef Q_OS_LINUX
    process.setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGTERM); });
#else
    Q_UNUSED(process);
#endif
}
} // namespace

KeyringSession::KeyringSession() = default;

KeyringSession::~KeyringSession()
{
    stop();
}

QString KeyringSession::dataHome() const
{
    return m_dir.filePath(QStringLiteral("data"));
}

QString KeyringSession::start()
{
#ifndef Q_OS_LINUX
    // macOS Keychain and Windows Credential Manager need no session of ours.
    return {};
#endif
    if (!m_dir.isValid())
        return QStringLiteral("no temporary folder");
    const QString runtime = m_dir.filePath(QStringLiteral("runtime"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    QDir().mkpath(dataHome());

    QFile config(m_dir.filePath(QStringLiteral("bus.conf")));
    if (!config.open(QIODevice::WriteOnly))
        return QStringLiteral("cannot write bus.conf");
    config.write("<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
                 " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
                 "<busconfig><type>session</type>\n<listen>unix:dir=");
    config.write(m_dir.path().toUtf8());
    config.write("</listen>\n<auth>EXTERNAL</auth>\n"
                 "<policy context=\"default\"><allow send_destination=\"*\" eavesdrop=\"true\"/>"
                 "<allow eavesdrop=\"true\"/><allow own=\"*\"/></policy>\n</busconfig>\n");
    config.close();

    m_bus.setProgram(QStringLiteral("dbus-daemon"));
    m_bus.setArguments({ QStringLiteral("--nofork"), QStringLiteral("--nopidfile"),
                         QStringLiteral("--config-file=") + config.fileName(), QStringLiteral("--print-address=1") });
    dieWithParent(m_bus);
    m_bus.start();
    if (!m_bus.waitForStarted(5000))
        return QStringLiteral("dbus-daemon did not start: ") + m_bus.errorString();
    QDeadlineTimer deadline(5000);
    while (!m_bus.canReadLine() && !deadline.hasExpired())
        m_bus.waitForReadyRead(100);
    m_address = QString::fromUtf8(m_bus.readLine()).trimmed();
    if (m_address.isEmpty())
        return QStringLiteral("dbus-daemon printed no address");

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_address);
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome());
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
    env.remove(QStringLiteral("DISPLAY"));
    m_keyring.setProcessEnvironment(env);
    m_keyring.setProgram(QStringLiteral("gnome-keyring-daemon"));
    m_keyring.setArguments(
        { QStringLiteral("--foreground"), QStringLiteral("--unlock"), QStringLiteral("--components=secrets") });
    dieWithParent(m_keyring);
    m_keyring.start();
    if (!m_keyring.waitForStarted(5000))
        return QStringLiteral("gnome-keyring-daemon did not start: ") + m_keyring.errorString();
    // --unlock reads the new login keyring's password from stdin until EOF.
    m_keyring.write("test-keyring-password");
    // QProcess writes from the event loop; there is none here, so push it now.
    m_keyring.waitForBytesWritten(2000);
    m_keyring.closeWriteChannel();

    qputenv("DBUS_SESSION_BUS_ADDRESS", m_address.toUtf8());
    while (!secretServiceOnBus()) {
        if (deadline.hasExpired() || m_keyring.state() == QProcess::NotRunning)
            return QStringLiteral("the keyring never appeared on the bus: ")
                + QString::fromUtf8(m_keyring.readAllStandardError());
        m_keyring.waitForFinished(50);
    }
    return {};
}

bool KeyringSession::secretServiceOnBus() const
{
    QProcess ask;
    ask.start(QStringLiteral("dbus-send"),
              { QStringLiteral("--bus=") + m_address, QStringLiteral("--print-reply"),
                QStringLiteral("--dest=org.freedesktop.DBus"), QStringLiteral("/org/freedesktop/DBus"),
                QStringLiteral("org.freedesktop.DBus.NameHasOwner"),
                QStringLiteral("string:org.freedesktop.secrets") });
    ask.waitForFinished(2000);
    return ask.readAllStandardOutput().contains("boolean true");
}

void KeyringSession::stop()
{
    for (QProcess *process : { &m_keyring, &m_bus }) {
        if (process->state() == QProcess::NotRunning)
            continue;
        process->terminate();
        if (!process->waitForFinished(3000)) {
            process->kill();
            process->waitForFinished(1000);
        }
    }
}
