// `uplift-capture-cli COMMAND ...`: the headless commands of uplift-capture
// without the window, for the CLI tests.
#include "cli/clicommand.h"

int main(int argc, char *argv[])
{
    return runCliCommand(argc, argv);
}
