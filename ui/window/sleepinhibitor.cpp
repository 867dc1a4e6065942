#include "sleepinhibitor.h"

#include <QCoreApplication>

#if defined(Q_OS_LINUX)
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusUnixFileDescriptor>
#elif defined(Q_OS_WIN)
#include <windows.h>
#elif defined(Q_OS_MACOS)
#include <IOKit/pwr_mgt/IOPMLib.h>
#endif

struct SleepInhibitor::Platform
{
#if defined(Q_OS_LINUX)
    // logind keeps the inhibition as long as we hold this descriptor open.
    QDBusUnixFileDescriptor logindLock;
    quint32 screenSaverCookie = 0;
    int generation = 0;
#elif defined(Q_OS_MACOS)
    IOPMAssertionID assertion = 0;
#endif
    bool held = false;
};

SleepInhibitor::SleepInhibitor(QObject *parent)
    : QObject(parent)
    , m_platform(new Platform)
{
}

SleepInhibitor::~SleepInhibitor()
{
    release();
    delete m_platform;
}

bool SleepInhibitor::isHeld() const
{
    return m_platform->held;
}

void SleepInhibitor::setActive(bool active)
{
    if (active == m_active)
        return;
    m_active = active;
    if (active)
        acquire();
    else
        release();
}

void SleepInhibitor::acquire()
{
    const QString why = tr("Uploading videos to Uplift");
#if defined(Q_OS_LINUX)
    const int generation = ++m_platform->generation;
    auto message = QDBusMessage::createMethodCall(
        QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
        QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("Inhibit"));
    message << QStringLiteral("sleep:idle") << QCoreApplication::applicationName() << why << QStringLiteral("block");
    auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::systemBus().asyncCall(message), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, generation, why](QDBusPendingCallWatcher *w) {
        w->deleteLater();
        const QDBusPendingReply<QDBusUnixFileDescriptor> reply = *w;
        if (generation != m_platform->generation || !m_active)
            return; // released meanwhile: dropping the descriptor ends the inhibition
        if (!reply.isError()) {
            m_platform->logindLock = reply.value();
            m_platform->held = true;
            emit heldChanged(true);
            return;
        }
        // No logind (e.g. a container): the desktop's screen saver service keeps the session awake.
        auto fallback = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("Inhibit"));
        fallback << QCoreApplication::applicationName() << why;
        auto *second = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(fallback), this);
        connect(second, &QDBusPendingCallWatcher::finished, this, [this, generation](QDBusPendingCallWatcher *w2) {
            w2->deleteLater();
            const QDBusPendingReply<quint32> cookie = *w2;
            if (cookie.isError() || generation != m_platform->generation || !m_active)
                return;
            m_platform->screenSaverCookie = cookie.value();
            m_platform->held = true;
            emit heldChanged(true);
        });
    });
#elif defined(Q_OS_WIN)
    Q_UNUSED(why);
    SetThreadExecutionState(ES_CONTINUOUS | ES_SYSTEM_REQUIRED);
    m_platform->held = true;
    emit heldChanged(true);
#elif defined(Q_OS_MACOS)
    const CFStringRef reason = why.toCFString();
    if (IOPMAssertionCreateWithName(kIOPMAssertionTypePreventUserIdleSystemSleep, kIOPMAssertionLevelOn, reason,
                                    &m_platform->assertion)
        == kIOReturnSuccess) {
        m_platform->held = true;
        emit heldChanged(true);
    }
    CFRelease(reason);
#else
    Q_UNUSED(why);
#endif
}

void SleepInhibitor::release()
{
    const bool wasHeld = m_platform->held;
#if defined(Q_OS_LINUX)
    ++m_platform->generation;
    m_platform->logindLock = QDBusUnixFileDescriptor();
    if (m_platform->screenSaverCookie != 0) {
        auto message = QDBusMessage::createMethodCall(
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("/org/freedesktop/ScreenSaver"),
            QStringLiteral("org.freedesktop.ScreenSaver"), QStringLiteral("UnInhibit"));
        message << m_platform->screenSaverCookie;
        QDBusConnection::sessionBus().asyncCall(message);
        m_platform->screenSaverCookie = 0;
    }
#elif defined(Q_OS_WIN)
    if (wasHeld)
        SetThreadExecutionState(ES_CONTINUOUS);
#elif defined(Q_OS_MACOS)
    if (m_platform->assertion != 0) {
        IOPMAssertionRelease(m_platform->assertion);
        m_platform->assertion = 0;
    }
#endif
    m_platform->held = false;
    if (wasHeld)
        emit heldChanged(false);
}
