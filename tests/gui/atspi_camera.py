#!/usr/bin/python3
"""From the Camera as a screen reader (Orca, over AT-SPI) meets it, through Debian's
python3-pyatspi and object interfaces only (no synthesized key or mouse event):

1. Waits for the banner above the ready list to name the card, reads it, and presses its
   button ("Import from the camera") through Action: the window "From the Camera" opens.
   A second card, plugged in after it, is the one shown: the card is chosen in the list of
   cards (the Table interface's row selection), and the heading follows.
2. Reads what a screen reader announces there: the list of cards (the card's row says its
   name and how many clips are new), the heading, the clip list (each row: its file name,
   when it was filmed, how long it is, its size; whether it was imported before, or whether
   it is ticked), the tick boxes' states (CHECKED; Qt 6.4's bridge never says CHECKABLE, so
   the row says "ticked for import" or "not ticked", and its description how to tick it with
   Space), and walks the window: every control in view has a
   name, every field a label (atspi_walk.walk).
3. Unticks every clip and ticks them again through the buttons' Action (the rows' CHECKED
   state and the Import button's name follow), presses Import through Action, waits until the heading says
   nothing is new and the rows say "Already imported" (no longer tickable), and finds the
   copies in the main window's ready list.
4. Presses Eject through Action and waits for "You can take out the card “NAME” now." and
   the card gone from the list.

Not possible through object interfaces alone: ticking one clip. Qt 6.4's bridge gives a list
row one action, Toggle, which selects the row, not its tick box; a screen reader's user ticks
the row in focus with Space (the description says so).

Run by tests/gui/tst_assistive.cpp; the last line is PASS, or FAIL: why.
"""

import argparse
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_walk as w  # noqa: E402  (the walk's helpers: one definition of what is checked)

pyatspi = w.pyatspi

CLIPS = ("GX010043.MP4", "GX010042.MP4")


def announce(node):
    """Role and name as a screen reader says them, and the label it reads before a field."""
    labels = w.labels(node)
    return "%s %r%s" % (node.getRoleName(), (node.name or "").strip(),
                        (" labelled %r" % labels[0]) if labels else "")


def states(node):
    found = []
    for name, which in (("checkable", pyatspi.STATE_CHECKABLE), ("checked", pyatspi.STATE_CHECKED),
                        ("selected", pyatspi.STATE_SELECTED), ("enabled", pyatspi.STATE_ENABLED)):
        if w.state(node, which):
            found.append(name)
    return found


def actions(node):
    try:
        action = node.queryAction()
    except NotImplementedError:
        return []
    return [action.getName(i) for i in range(action.nActions)]


def cells(view):
    """Each row's cell (the first column's): what the screen reader reads of a row."""
    table = w.fresh(view).queryTable()
    found = []
    for row in range(min(table.nRows, w.MAX_NODES)):
        cell = table.getAccessibleAt(row, 0)
        if cell is not None:
            found.append(w.fresh(cell))
    return found


def row_of(view, clip):
    for cell in cells(view):
        if (cell.name or "").startswith(clip):
            return cell
    return None


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", default="Uplift Capture")
    parser.add_argument("--camera-window", default="From the Camera")
    parser.add_argument("--card", required=True)
    parser.add_argument("--timeout", type=float, default=120)
    arguments = parser.parse_args()
    card = "“%s”" % arguments.card
    problems = []

    def application_window():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in w.children(desktop):
            for window in w.children(app):
                if (window.name or "").startswith(arguments.window):
                    return app, window
        return None

    application, window = w.wait_until(application_window, "the window %r on the AT-SPI bus" % arguments.window, 30)

    # --- 1. the banner, and its button pressed ---
    banner = w.find(window, lambda n: n.getRole() == pyatspi.ROLE_LABEL and card in (n.name or ""),
                    "the banner naming the card %s" % card, 30)
    w.log("announced: " + announce(banner))
    w.wait_until(lambda: "new clips" in (w.fresh(banner).name or ""), "the banner to say how many clips are new", 30)
    button = w.named(window, pyatspi.ROLE_PUSH_BUTTON, "Import from the camera")
    w.log("announced: " + announce(button))
    w.press(button)

    def camera_window():
        for child in w.children(application):
            if (child.name or "").startswith(arguments.camera_window) and w.showing(child):
                return child
        return None

    camera = w.wait_until(camera_window, "the window %r" % arguments.camera_window, 20)
    w.log("window %r open (%s)" % (camera.name, camera.getRoleName()))

    # --- 2. what is read there ---
    sources = w.named(camera, pyatspi.ROLE_LIST, "Cards, cameras and phones")
    w.log("announced: " + announce(sources))
    source_rows = w.wait_until(lambda: [t for t in w.rows(sources) if t.startswith(arguments.card + ", ")
                                        and "2 new clips" in t], "the card's row saying 2 new clips", 20)
    w.log("source rows: %r" % w.rows(sources))
    # Another card was plugged in after it (the test's second card) and is the one shown: the
    # coach chooses this one (Table row selection: all Qt 6.4.2's bridge has).
    w.choose(sources, source_rows[0], "the cards")
    heading = w.find(camera, lambda n: n.getRole() == pyatspi.ROLE_LABEL and card in (n.name or ""),
                     "the heading naming the card chosen", 10)
    w.wait_until(lambda: "2 new videos" in (w.fresh(heading).name or ""), "the heading to say 2 new videos", 20)
    w.log("announced: " + announce(heading))
    if (w.fresh(heading).name or "").strip() != "The card %s: 2 new videos." % card:
        problems.append("the heading says more than what is on the card: %r" % heading.name)
    clips = w.named(camera, pyatspi.ROLE_LIST, "Videos on the card")
    w.log("announced: " + announce(clips))
    w.wait_until(lambda: len(cells(clips)) == len(CLIPS), "%d rows in the clip list" % len(CLIPS), 20)
    for cell in cells(clips):
        w.log("row: %s %r states=%s actions=%s" % (cell.getRoleName(), cell.name, states(cell), actions(cell)))
    for clip in CLIPS:
        cell = row_of(clips, clip)
        if cell is None:
            problems.append("no row reads %s: %r" % (clip, [c.name for c in cells(clips)]))
            continue
        text = cell.name or ""
        if not re.search(r"Filmed .*\d{1,2}:\d{2}", text):
            problems.append("the row of %s does not say when it was filmed: %r" % (clip, text))
        if not re.search(r"\b\d+:\d{2}\b.*\b\d+(\.\d+)? [kMG]B\b", text):
            problems.append("the row of %s does not say how long it is and its size: %r" % (clip, text))
        # Qt 6.4's bridge says CHECKED of a ticked row but never CHECKABLE: the row says it in words.
        if not w.state(cell, pyatspi.STATE_CHECKED):
            problems.append("the new clip %s is not read as ticked (not CHECKED)" % clip)
        if not text.endswith(", ticked for import"):
            problems.append("the row of %s does not say it is ticked: %r" % (clip, text))
        description = (cell.description or "").strip()
        if "Space" not in description:
            problems.append("the row of %s does not say how to tick it: %r" % (clip, description))
    if "2 chapters: GX010042.MP4, GX020042.MP4" not in (row_of(clips, "GX010042.MP4").name or ""):
        problems.append("the recording in two chapters does not say so: %r" % row_of(clips, "GX010042.MP4").name)
    for name in ("Tick all new clips", "Untick all clips", "Eject", "Import 2 Clips"):
        w.log("announced: " + announce(w.named(camera, pyatspi.ROLE_PUSH_BUTTON, name)))
    problems += w.walk(camera)
    w.screenshot("camera-window")

    # --- 3. the tick boxes through Action (Untick All, Tick All New), then Import ---
    import_button = w.named(camera, pyatspi.ROLE_PUSH_BUTTON, "Import 2 Clips")
    w.press(w.named(camera, pyatspi.ROLE_PUSH_BUTTON, "Untick all clips"))
    w.wait_until(lambda: not any(w.state(row_of(clips, c), pyatspi.STATE_CHECKED) for c in CLIPS)
                 and all(row_of(clips, c).name.endswith(", not ticked") for c in CLIPS),
                 "every row read as unticked (not CHECKED, and said)")
    w.wait_until(lambda: (w.fresh(import_button).name or "") == "Import 0 Clips", "the button to say Import 0 Clips")
    if w.state(import_button, pyatspi.STATE_ENABLED):
        problems.append("Import is enabled with nothing ticked")
    w.log("after Untick All: %s, the button %r" % ([states(row_of(clips, c)) for c in CLIPS],
                                                    w.fresh(import_button).name))
    w.press(w.named(camera, pyatspi.ROLE_PUSH_BUTTON, "Tick all new clips"))
    w.wait_until(lambda: all(w.state(row_of(clips, c), pyatspi.STATE_CHECKED) for c in CLIPS)
                 and all(row_of(clips, c).name.endswith(", ticked for import") for c in CLIPS),
                 "every row read as ticked again (CHECKED, and said)")
    w.wait_until(lambda: (w.fresh(import_button).name or "") == "Import 2 Clips", "the button to say Import 2 Clips")
    w.wait_until(lambda: w.state(import_button, pyatspi.STATE_ENABLED), "Import enabled")
    w.press(import_button)
    w.wait_until(lambda: "Nothing new on" in (w.fresh(heading).name or ""), "the heading to say nothing is new",
                 arguments.timeout)
    w.log("announced: " + announce(heading))
    w.wait_until(lambda: all("Already imported" in (row_of(clips, c).name or "") for c in CLIPS),
                 "every row to say Already imported", 20)
    for clip in CLIPS:
        cell = row_of(clips, clip)
        w.log("row: %r states=%s" % (cell.name, states(cell)))
        if w.state(cell, pyatspi.STATE_CHECKED) or "ticked" in (cell.name or ""):
            problems.append("the imported clip %s is still read as tickable or ticked: %r" % (clip, cell.name))
    w.wait_until(lambda: any(t.startswith(arguments.card + ", Nothing new") for t in w.rows(sources)),
                 "the card's row to say nothing is new on it", 20)
    message = w.find(camera, lambda n: n.getRole() == pyatspi.ROLE_LABEL and "imported into" in (n.name or ""),
                     "the line saying where the clips went")
    w.log("announced: " + announce(message))
    ready = w.named(window, pyatspi.ROLE_LIST, "Videos ready to upload")
    w.wait_until(lambda: all(any(c in r for r in w.rows(ready)) for c in ("GX010043.MP4", "GX010042.MP4",
                                                                        "GX020042.MP4")),
                 "the three copies in the ready list", 20)
    w.log("ready list: %r" % w.rows(ready))
    w.screenshot("imported")

    # --- 4. Eject ---
    eject = w.named(camera, pyatspi.ROLE_PUSH_BUTTON, "Eject")
    w.press(eject)
    taken = w.find(camera, lambda n: n.getRole() == pyatspi.ROLE_LABEL and "You can take out" in (n.name or ""),
                   "the line saying the card can be taken out", 30)
    w.log("announced: " + announce(taken))
    if (taken.name or "").strip() != "You can take out the card %s now." % card:
        problems.append("the line after Eject does not name the card: %r" % taken.name)
    w.wait_until(lambda: not any(t.startswith(arguments.card + ", ") for t in w.rows(sources)),
                 "the card gone from the list", 20)
    w.screenshot("ejected")

    for problem in problems:
        w.log("PROBLEM " + problem)
    if problems:
        raise w.Failure("%d problems (above)" % len(problems))
    w.log("PASS")


if __name__ == "__main__":
    try:
        main()
    except w.Failure as failure:
        w.log("FAIL: %s" % failure)
        sys.exit(1)
