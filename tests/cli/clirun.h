// The headless commands run as a coach's shell runs them: a process of their own, its
// output read whole when it ends, a deadline on every run. What tst_uploadcommand,
// tst_impactscommand, tst_hostilecli and tst_importcommand share.
#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <memory>

class QTemporaryDir;
class SandboxServer;

struct CliRun
{
    int exitCode = -1; // -1: killed at the deadline or crashed
    QByteArray out;
    QByteArray err;
    bool finished = false;
};

// Runs UPLIFT_CLI_EXE with `arguments` in `environment`; this thread's event loop keeps
// running meanwhile (a sandbox or a test server in this process answers the command).
// Killed at `timeoutMs`.
CliRun runCli(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
              int timeoutMs);

// A sandbox of its own for each test function, a queue store emptied before it, and the
// environment that points the command at it with short retry and status intervals.
class CliSandbox
{
public:
    CliSandbox();
    ~CliSandbox();

    // Empties the store, starts a fresh sandbox, makes `scratchName` in its folder.
    // Returns what went wrong, or an empty string.
    QString start(const QString &scratchName);
    // Stops the sandbox and removes its folder.
    void stop();

    QProcessEnvironment environment() const;
    SandboxServer *sandbox() const { return m_sandbox.get(); }
    QString athlete() const { return m_athlete; }
    QString scratch() const { return m_scratch; }
    QString dataPath() const;

private:
    std::unique_ptr<QTemporaryDir> m_data;
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_athlete;
    QString m_scratch;
};
