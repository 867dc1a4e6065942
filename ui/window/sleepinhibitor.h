#pragma once

#include <QObject>

// Keeps the computer awake while uploads run and lets it sleep again as soon
// as they stop (coaches start a batch and walk away). One small interface over
// the platforms' APIs: logind's Inhibit (else the freedesktop ScreenSaver) on
// Linux via D-Bus, SetThreadExecutionState on Windows, an IOPM assertion on macOS.
// Calls are asynchronous; a missing service only means the machine may sleep.
class SleepInhibitor : public QObject
{
    Q_OBJECT

public:
    explicit SleepInhibitor(QObject *parent = nullptr);
    ~SleepInhibitor() override;

    void setActive(bool active);
    bool isActive() const { return m_active; }
    // True once the platform confirmed the inhibition (for tests and logs).
    bool isHeld() const;

signals:
    void heldChanged(bool held);

private:
    void acquire();
    void release();

    bool m_active = false;
    struct Platform;
    Platform *m_platform;
};
