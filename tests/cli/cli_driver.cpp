// `uplift-capture-cli COMMAND ...`: the headless commands of uplift-capture
// without the window's libraries, for the CLI tests; --sandbox starts the
// sandbox as the program does.
#include "cli/clicommand.h"
#include "sandbox/sandboxcommand.h"

int main(int argc, char *argv[])
{
    return runCliCommand(argc, argv, startWindowSandbox);
}
