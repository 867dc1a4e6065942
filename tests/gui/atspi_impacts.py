#!/usr/bin/python3
"""Split at Impacts as a screen reader (Orca, over AT-SPI) meets it, through Debian's
python3-pyatspi and object interfaces only (no synthesized key or mouse event):

1. Chooses the take in the ready list (the Table interface's row selection) and presses
   "Split at impacts" through its Action interface.
2. Waits for the parts' list and prints what a screen reader announces of it and of the
   controls around it: role and name of each, the spin boxes' names (Seconds before / after
   each impact), labels and focusability, the columns' headers,
   each row's cells; every interactive element in view has a name and every field a label
   (atspi_walk.walk). The list is a table (Orca reads a cell with its column's header; a
   tree's rows are read as an outline's items) whose columns are headed Part, Impact time,
   Strength and Range, and whose cells say so.
3. Chooses the second row and presses "Remove Part": one part fewer.

Run by tests/gui/tst_assistive.cpp; the last line is PASS, or FAIL: why.
"""

import argparse
import os
import re
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import atspi_walk as w  # noqa: E402  (the walk's helpers: one definition of what is checked)

pyatspi = w.pyatspi


def announce(node):
    """Role and name as a screen reader says them, and the label it reads before a field."""
    labels = w.labels(node)
    return "%s %r%s" % (node.getRoleName(), (node.name or "").strip(),
                        (" labelled %r" % labels[0]) if labels else "")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", default="Uplift Capture")
    parser.add_argument("--clip", required=True)
    parser.add_argument("--timeout", type=float, default=120)
    arguments = parser.parse_args()

    def application_window():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in w.children(desktop):
            for window in w.children(app):
                if (window.name or "").startswith(arguments.window):
                    return app, window
        return None

    _, window = w.wait_until(application_window, "the window %r on the AT-SPI bus" % arguments.window, 30)
    ready = w.named(window, pyatspi.ROLE_LIST, "Videos ready to upload")
    w.wait_until(lambda: arguments.clip in " ".join(w.rows(ready)), "%s in the ready list" % arguments.clip, 30)
    row_text = next(t for t in w.rows(ready) if arguments.clip in t)
    w.choose(ready, row_text, "the ready list")

    split = w.named(window, pyatspi.ROLE_PUSH_BUTTON, "Split at impacts")
    w.log("announced: " + announce(split))
    w.wait_until(lambda: w.state(split, pyatspi.STATE_ENABLED), "Split at impacts enabled")
    w.press(split)

    views = (pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_LIST)
    parts = w.find(window, lambda n: n.getRole() in views and (n.name or "").strip() == "Parts split at impacts",
                   "the list 'Parts split at impacts'", 60)
    problems = []
    if parts.getRole() != pyatspi.ROLE_TABLE:
        problems.append("the parts' list is read as a %s, not a table" % parts.getRoleName())
    count = w.wait_until(lambda: w.fresh(parts).queryTable().nRows, "parts in the list", 60)
    # The line saying what was found is read as it is (its text is its name).
    status = w.find(window, lambda n: n.getRole() == pyatspi.ROLE_LABEL
                    and "impacts found in the sound" in (n.name or ""), "the line saying what was found")
    w.log("announced: " + announce(status))
    w.log("announced: %s, %d rows" % (announce(parts), count))
    table = w.fresh(parts).queryTable()
    headers = []
    for column in range(table.nColumns):
        header = table.getColumnHeader(column)
        headers.append((header.name if header is not None else None) or table.getColumnDescription(column) or "")
    w.log("columns: %r" % headers)
    if headers != ["Part", "Impact time", "Strength", "Range"]:
        problems.append("the columns' headers are not Part, Impact time, Strength, Range: %r" % headers)
    for row in range(min(count, 3)):
        cells = []
        for column in range(table.nColumns):
            cell = table.getAccessibleAt(row, column)
            cells.append((w.fresh(cell).name or "") if cell is not None else "")
        w.log("row %d: %r" % (row + 1, cells))
        if (len(cells) != 4 or cells[0] != str(row + 1) or not re.fullmatch(r"\d+:\d\d\.\d", cells[1])
                or not cells[2].startswith("found in the sound") or not cells[2].endswith(" dB")
                or not re.fullmatch(r"\d+:\d\d\.\d–\d+:\d\d\.\d", cells[3])):
            problems.append("row %d does not read its part, its time, that it was found and how loud, and its range: %r"
                            % (row + 1, cells))
    for name in ("Remove Part", "A Frame Earlier", "A Frame Later", "Add at Playhead", "Play Part", "Undo"):
        w.log("announced: " + announce(w.named(window, pyatspi.ROLE_PUSH_BUTTON, name)))
    # The seconds kept before and after each impact: named for what they are (a screen reader
    # says "Seconds before each impact", not only "2.5 s"), labelled, and reachable by keyboard.
    for label, name in (("Before", "Seconds before each impact"), ("After", "Seconds after each impact")):
        box = w.labelled(window, pyatspi.ROLE_SPIN_BUTTON, label)
        w.log("announced: " + announce(box))
        if (box.name or "").strip() != name:
            problems.append("the spin box labelled %r is named %r, not %r" % (label, box.name, name))
        if not w.state(box, pyatspi.STATE_FOCUSABLE):
            problems.append("the spin box %r cannot take the keyboard" % name)

    problems += w.walk(window)

    # The second part removed through object interfaces alone.
    first_cells = [w.fresh(table.getAccessibleAt(r, 1)).name for r in range(count)]
    if not table.addRowSelection(1):
        raise w.Failure("the parts' list refused to select row 2")
    remove = w.named(window, pyatspi.ROLE_PUSH_BUTTON, "Remove Part")
    w.wait_until(lambda: w.state(remove, pyatspi.STATE_ENABLED), "Remove Part enabled once a part is chosen")
    w.press(remove)
    w.wait_until(lambda: w.fresh(parts).queryTable().nRows == count - 1, "one part fewer")
    left = [w.fresh(w.fresh(parts).queryTable().getAccessibleAt(r, 1)).name for r in range(count - 1)]
    if first_cells[1] in left and first_cells.count(first_cells[1]) == 1:
        problems.append("the second part %r is still listed: %r" % (first_cells[1], left))
    w.log("after Remove Part: %r" % left)

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
