#pragma once

#include <QList>
#include <QString>
#include <QUrl>

#include <functional>
#include <memory>
#include <utility>

class QObject;

// The headless commands of `uplift-capture` (no display needed):
//   upload FILE... --athlete UUID --setup S --activity A --movement M [--sandbox] [--again] [...]
//   athletes [--search TEXT] [--json] [--sandbox]
//   jobs [--json] [--sandbox]
//   retry JOB [--wait] [--json] [--sandbox]
//   cancel JOB [--sandbox]
//   devices [--json] [--sandbox]                 (cli/devicecommands.h)
//   import SOURCE [--to DIR] [--json] [--sandbox]
// Exit codes: see cli/exitcode.h (also printed by --help).

// Starts the sandbox the window's `--sandbox` runs (its data folder is
// ApplicationIdentity::sandboxFolder()) for a command given --sandbox and says
// where it listens; the object returned keeps it running until the command
// ends; nullptr with the reason in *problem. The cli room may not use the
// sandbox room, so the program hands this in (startWindowSandbox).
using CliSandboxStarter = std::function<std::unique_ptr<QObject>(QUrl *apiUrl, QString *apiKey, QString *problem)>;

// True when argv[1] names one of these commands.
bool isCliCommand(const QString &name);
// Each command with what it does in one line, for the program's --help.
QList<std::pair<QString, QString>> cliCommandSummaries();
// Runs the command named by argv[1]; creates its own QCoreApplication.
// Without startSandbox, `--sandbox` reads the sandbox's queue but cannot reach its server.
int runCliCommand(int argc, char **argv, const CliSandboxStarter &startSandbox = {});
