#pragma once

#include "sandbox/sandboxserver.h"

#include <QString>
#include <QUrl>

#include <memory>

class QObject;

// `uplift-capture sandbox [options]`: runs the sandbox headless until SIGINT or
// SIGTERM. argv[1] is "sandbox". Creates its own QCoreApplication.
int runSandboxCommand(int argc, char **argv);

// The sandbox `uplift-capture --sandbox` runs in its window, and the one the
// commands' --sandbox start when that window is not open: its data in
// ApplicationIdentity::sandboxFolder(), a key of its own for the run.
SandboxOptions windowSandboxOptions();
// Starts that sandbox for a headless command's --sandbox (CliSandboxStarter): where it
// listens and its key; the object returned keeps it running. nullptr with the reason in *problem.
std::unique_ptr<QObject> startWindowSandbox(QUrl *apiUrl, QString *apiKey, QString *problem);
