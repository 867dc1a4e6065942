#pragma once

#include <QString>

// The headless commands of `uplift-capture` (no display needed):
//   upload FILE... --athlete UUID --setup S --activity A --movement M [...]
//   athletes [--search TEXT] [--json]
//   jobs [--json]
//   retry JOB [--wait] [--json]
//   cancel JOB
// Exit codes: see cli/exitcode.h (also printed by --help).

// True when argv[1] names one of these commands.
bool isCliCommand(const QString &name);
// Runs the command named by argv[1]; creates its own QCoreApplication.
int runCliCommand(int argc, char **argv);
