#pragma once

#include <QString>

#include <cstdio>

class QCommandLineParser;

// What every headless command shares: printing a line, and parsing its
// arguments with the program's --help.
namespace CliSupport {

// The text and a newline, in the locale's encoding, flushed.
void print(FILE *to, const QString &text);
// Parses `uplift-capture COMMAND ...`; on --help prints it (the description,
// then the exit codes: `exitCodes`, or the upload commands' when empty) and
// sets *exit to 0, on a usage error prints it and sets *exit to 2. Returns
// false when the command should end.
bool parse(QCommandLineParser &parser, const QString &command, const QString &description, int *exit,
           const QString &exitCodes = {});

} // namespace CliSupport
