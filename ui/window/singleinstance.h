#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One window per user: the first launch listens on a local socket (a Unix
// socket, a named pipe on Windows); a second launch, e.g. "Open with Uplift
// Capture" on more videos, hands its files to the first and exits, whatever
// mode (the coach's account or the sandbox) either of them would run in. A
// coach who opens a video wants it in the window they see, not in a second
// window that asks for a key; account and sandbox are never open side by side.
// A launch that asked for a mode learns the running window's and can say
// when they differ (the running window is told too).
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    enum class Mode { Unspecified, Account, Sandbox };
    Q_ENUM(Mode)

    // The socket name for this user and this data folder (not the mode).
    static QString nameFor();

    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString name() const { return m_name; }
    // The mode this instance runs in, told to later launches that hand over files.
    void setMode(Mode mode) { m_mode = mode; }
    // After claim() returned false: the mode of the instance that took the
    // files (Unspecified when it did not say).
    Mode runningMode() const { return m_runningMode; }

    // Hands the files to a running instance, or becomes the running instance.
    // Returns false when another instance took the files (this process should
    // exit), true when this process should open its window. A socket left by
    // an instance that crashed is removed and taken over. Blocks for at most
    // about timeoutMs when another instance exists: it runs once at start,
    // before any window.
    // askedMode: the mode this launch was explicitly asked for (--sandbox), passed
    // on to the running instance; Unspecified when none.
    bool claim(const QStringList &files, int timeoutMs = 3000, Mode askedMode = Mode::Unspecified);
    bool isListening() const;
    // Stops being the running instance (before starting the program again in
    // another mode: the new process must not hand its start to this one).
    void release();

    // macOS does not start the program again for "Open With" on a running
    // instance (nor pass files on the command line): it sends QFileOpenEvents
    // to the application. They are turned into filesReceived as well.
    void acceptFileOpenEvents();

    // Sends the files to the instance listening under the name; true once it
    // answered that it took them. Relative paths are made absolute here (the
    // running instance has another working directory). *runningMode: what the
    // running instance said it runs in.
    static bool handOff(const QString &name, const QStringList &files, int timeoutMs = 3000,
                        Mode askedMode = Mode::Unspecified, Mode *runningMode = nullptr);

signals:
    // Another launch handed over these files (possibly none: show the window).
    // askedMode: the mode that launch was explicitly asked for, if any.
    void filesReceived(const QStringList &files, SingleInstance::Mode askedMode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool listen();
    void readRequest();

    QString m_name;
    QLocalServer *m_server = nullptr;
    Mode m_mode = Mode::Unspecified;
    Mode m_runningMode = Mode::Unspecified;
};
