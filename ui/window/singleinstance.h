#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

// One window per user and mode: the first launch listens on a local socket
// (a Unix socket, a named pipe on Windows); a second launch, e.g. "Open with
// Uplift Capture" on more .mov files, hands its files to the first and exits.
// The real account and the sandbox are separate modes, so each has its own
// name and both windows can run side by side.
class SingleInstance : public QObject
{
    Q_OBJECT

public:
    // The socket name for this user, this data folder and this mode.
    static QString nameFor(bool sandbox);

    explicit SingleInstance(const QString &name, QObject *parent = nullptr);
    ~SingleInstance() override;

    QString name() const { return m_name; }

    // Hands the files to a running instance, or becomes the running instance.
    // Returns false when another instance took the files (this process should
    // exit), true when this process should open its window. A socket left by
    // an instance that crashed is removed and taken over. Blocks for at most
    // about timeoutMs when another instance exists: it runs once at start,
    // before any window.
    bool claim(const QStringList &files, int timeoutMs = 3000);
    bool isListening() const;

    // macOS does not start the program again for "Open With" on a running
    // instance (nor pass files on the command line): it sends QFileOpenEvents
    // to the application. They are turned into filesReceived as well.
    void acceptFileOpenEvents();

    // Sends the files to the instance listening under the name; true once it
    // answered that it took them. Relative paths are made absolute here (the
    // running instance has another working directory).
    static bool handOff(const QString &name, const QStringList &files, int timeoutMs = 3000);

signals:
    // Another launch handed over these files (possibly none: show the window).
    void filesReceived(const QStringList &files);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool listen();
    void readRequest();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
