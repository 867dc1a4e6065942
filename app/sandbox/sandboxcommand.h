#pragma once

// `uplift-capture sandbox [options]`: runs the sandbox headless until SIGINT or
// SIGTERM. argv[1] is "sandbox". Creates its own QCoreApplication.
int runSandboxCommand(int argc, char **argv);
