#include "cli/interruptsignal.h"

#include <QSocketNotifier>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace {

int g_pair[2] = { -1, -1 };

extern "C" void onInterruptSignal(int number)
{
    // Async-signal-safe only: restore the default action (a second signal
    // ends the process) and hand the number to the event loop.
    std::signal(number, SIG_DFL);
    const unsigned char byte = static_cast<unsigned char>(number);
    [[maybe_unused]] const ssize_t written = ::write(g_pair[0], &byte, 1);
}

} // namespace

InterruptSignal::InterruptSignal(QObject *parent)
    : QObject(parent)
{
    if (g_pair[0] >= 0 || ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pair) != 0)
        return;
    m_notifier = new QSocketNotifier(g_pair[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &InterruptSignal::onReadable);
    struct sigaction action = {};
    action.sa_handler = onInterruptSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    sigaction(SIGINT, &action, nullptr);
    sigaction(SIGTERM, &action, nullptr);
}

InterruptSignal::~InterruptSignal()
{
    if (!m_notifier)
        return;
    std::signal(SIGINT, SIG_DFL);
    std::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    ::close(g_pair[0]);
    ::close(g_pair[1]);
    g_pair[0] = g_pair[1] = -1;
}

void InterruptSignal::onReadable()
{
    unsigned char byte = 0;
    if (::read(g_pair[1], &byte, 1) == 1)
        emit interrupted(int(byte));
}

#else

InterruptSignal::InterruptSignal(QObject *parent)
    : QObject(parent)
{
}

InterruptSignal::~InterruptSignal() = default;

void InterruptSignal::onReadable() { }

#endif
