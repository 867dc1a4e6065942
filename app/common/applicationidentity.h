#pragma once

#include <QString>

// Who the program is, in one place: the names QSettings, QStandardPaths, the
// keychain and the User-Agent derive from, so that the GUI, the CLI and the
// tests all agree on where data lives.
namespace ApplicationIdentity {

// "uplift-capture": the executable, the User-Agent product token.
QString executableName();
// "Uplift Capture": what a coach reads in title bars and menus.
QString displayName();
// "0.1.0", from CMake's project(VERSION).
QString version();
// "uplift-capture/0.1.0"
QString userAgent();

// Where the sandbox keeps its data (its server's store and objects, and its
// own upload queue), beside the coach's and never mixed with them: the window's
// `--sandbox` and the commands' `--sandbox` use the same one. Call after apply().
QString sandboxFolder();

// Sets QCoreApplication's organisation, name and version. Call once, right
// after the application object exists.
void apply();

} // namespace ApplicationIdentity
