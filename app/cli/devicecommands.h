#pragma once

// The headless commands of the devices room (issue 24, item 5):
//   uplift-capture devices [--json] [--sandbox]
//       lists the cards, cameras and phones there are and their clips, new and
//       imported before (--json: an array of {"source", "label", "uuid", "kind",
//       "new", "clips": [{"path", "size", "capture_time", "duration", "imported"}]});
//   uplift-capture import SOURCE [--to DIR] [--json] [--sandbox]
//       copies every new clip of SOURCE (a card's, camera's or phone's folder)
//       into DIR (default ~/Videos/Uplift Capture/YYYY-MM-DD) and prints the
//       paths of the copies, one a line, so that `upload` can follow.
// Exit codes of import: 0 new clips came; 3 nothing new (everything was
// imported before); 2 a bad source (no such folder, or neither DCIM/ nor an
// AVCHD tree in it) or command line; 1 a copy failed (nothing recorded for it,
// its partial file removed) or the source went away mid-copy (its .part kept:
// the next import goes on from there); 130 stopped by Ctrl-C.
namespace DeviceCommands {

int runDevices();
int runImport();

} // namespace DeviceCommands
