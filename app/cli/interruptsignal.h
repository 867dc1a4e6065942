#pragma once

#include <QObject>

class QSocketNotifier;

// Ctrl-C (SIGINT) and SIGTERM as a Qt signal, so a headless command can stop
// its queue cleanly and leave every job resumable. The POSIX handler only
// writes one byte to a socket pair (the one thing safe to do there); the
// event loop reads it through a QSocketNotifier and emits interrupted().
// After the first signal the default action is back: a second Ctrl-C ends
// the process at once. One instance at a time; a no-op where POSIX signals
// are not available.
class InterruptSignal : public QObject
{
    Q_OBJECT

public:
    explicit InterruptSignal(QObject *parent = nullptr);
    ~InterruptSignal() override;

    bool isWatching() const { return m_notifier != nullptr; }

signals:
    void interrupted(int signalNumber);

private:
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};
