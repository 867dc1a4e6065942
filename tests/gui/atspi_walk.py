#!/usr/bin/python3
"""The running Uplift Capture window as an assistive tool (Orca, a test tool)
meets it over AT-SPI, through Debian's python3-pyatspi.

1. Walks the window's accessible tree (and the Settings and New Athlete
   dialogs', opened and closed through Action): every interactive element in view has a
   name; every field is linked to its label (LABELLED_BY), or, if not a combo
   box, has a name of its own that is not its value (on Linux Qt names a combo
   box by its value, so only the relation says what it is for); either/or
   choices (the camera setups) are radio buttons.
2. Describes one clip and uploads it using only AT-SPI's object interfaces:
   EditableText to type, Action to press buttons, and selection in the combo
   boxes' lists and in the clip list (Selection where the toolkit offers it;
   Qt 6.4.2's bridge has none, so its Table interface's row selection). No
   synthesized key or mouse event. Then reads the job list until the clip is
   Done.

Run by tests/gui/tst_assistive.cpp with DBUS_SESSION_BUS_ADDRESS of a private
bus that runs at-spi-bus-launcher. Prints what it does; on a failure the last
line says why, and the exit code is 1. Every wait has a deadline, and the walk
a cap on the number of nodes.
"""

import argparse
import select
import sys
import time

try:
    import pyatspi
except ImportError:
    print("FAIL: python3-pyatspi is missing (scripts/setup-deps installs it)")
    sys.exit(1)

MAX_NODES = 5000

INTERACTIVE = {
    pyatspi.ROLE_PUSH_BUTTON,
    pyatspi.ROLE_TOGGLE_BUTTON,
    pyatspi.ROLE_CHECK_BOX,
    pyatspi.ROLE_RADIO_BUTTON,
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
    pyatspi.ROLE_MENU,
    pyatspi.ROLE_MENU_ITEM,
    pyatspi.ROLE_CHECK_MENU_ITEM,
    pyatspi.ROLE_RADIO_MENU_ITEM,
    pyatspi.ROLE_LIST,
    pyatspi.ROLE_TABLE,
    pyatspi.ROLE_TREE_TABLE,
    pyatspi.ROLE_TREE,
    pyatspi.ROLE_PAGE_TAB,
}
FIELDS = {
    pyatspi.ROLE_COMBO_BOX,
    pyatspi.ROLE_TEXT,
    pyatspi.ROLE_ENTRY,
    pyatspi.ROLE_PASSWORD_TEXT,
    pyatspi.ROLE_SPIN_BUTTON,
    pyatspi.ROLE_SLIDER,
}
VIEWS = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE_TABLE, pyatspi.ROLE_TREE}


class Failure(Exception):
    pass


def log(text):
    print(text, flush=True)


def fresh(node):
    """What the node says now, not what libatspi kept from before."""
    try:
        node.clearCache()
    except Exception:  # an object gone since: read it as it is
        pass
    return node


def state(node, which):
    return fresh(node).getState().contains(which)


def showing(node):
    return state(node, pyatspi.STATE_SHOWING) and state(node, pyatspi.STATE_VISIBLE)


def labels(node):
    found = []
    for relation in node.getRelationSet():
        if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
            for i in range(relation.getNTargets()):
                target = relation.getTarget(i)
                if target is not None and (target.name or "").strip():
                    found.append(target.name.strip())
    return found


def text_of(node):
    try:
        text = node.queryText()
        return text.getText(0, -1)
    except NotImplementedError:
        return None


def describe(node, path):
    return "%s %r at %s" % (node.getRoleName(), node.name, "/".join(path))


def children(node):
    # A dead or unreachable child is skipped, not fatal: the window lives on.
    result = []
    try:
        count = node.childCount
    except Exception:
        return result
    for i in range(min(count, MAX_NODES)):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            result.append(child)
    return result


def walk(window):
    """Every interactive element in view: its name, its label, its kind."""
    problems = []
    seen = 0
    checked = 0
    stack = [(window, [window.name or "window"])]
    while stack:
        node, path = stack.pop()
        seen += 1
        if seen > MAX_NODES:
            raise Failure("the tree has more than %d nodes" % MAX_NODES)
        role = node.getRole()
        in_view = showing(node)
        if role in INTERACTIVE and in_view:
            checked += 1
            name = (node.name or "").strip()
            label = labels(node)
            if not name and not label:
                problems.append("no name: " + describe(node, path))
            if role in FIELDS:
                own_name = role != pyatspi.ROLE_COMBO_BOX and name and name != (text_of(node) or "").strip()
                if not label and not own_name:
                    problems.append("no label (LABELLED_BY) and no name of its own: " + describe(node, path))
            if role == pyatspi.ROLE_CHECK_BOX and name.startswith("Camera "):
                problems.append("an either/or choice shown as a check box: " + describe(node, path))
        # The rows of a view are its data, named by their text; a combo box's
        # list is its choices. Neither is walked, both are used below.
        if role in VIEWS or role == pyatspi.ROLE_MENU:
            continue
        for child in children(node):
            stack.append((child, path + ["%s %r" % (child.getRoleName(), child.name)]))
    log("walked %d nodes, %d interactive elements in view" % (seen, checked))
    return problems


def find(root, predicate, what, timeout=15.0):
    """The first node in view that fits, waiting up to `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        seen = 0
        stack = [root]
        while stack and seen < MAX_NODES:
            node = stack.pop()
            seen += 1
            try:
                if showing(node) and predicate(node):
                    return node
                if node.getRole() in VIEWS:
                    continue
                stack.extend(reversed(children(node)))
            except Exception:
                continue
        if time.monotonic() > deadline:
            raise Failure("waited %.0f s for %s" % (timeout, what))
        time.sleep(0.2)


def wait_until(condition, what, timeout=15.0):
    deadline = time.monotonic() + timeout
    last = None
    while time.monotonic() < deadline:
        try:
            last = condition()
            if last:
                return last
        except Exception as error:  # e.g. an object replaced meanwhile
            last = error
        time.sleep(0.2)
    raise Failure("waited %.0f s for %s (last seen: %r)" % (timeout, what, last))


def labelled(root, role, label, timeout=15.0):
    wanted = label.rstrip(":")
    return find(
        root,
        lambda n: n.getRole() == role and any(l.rstrip(":") == wanted for l in labels(n)),
        "a field (%s) labelled %r" % (role, label),
        timeout,
    )


def named(root, role, name, timeout=15.0):
    return find(root, lambda n: n.getRole() == role and (n.name or "").strip() == name, "%r" % name, timeout)


def press(node, action_name="Press"):
    action = node.queryAction()
    names = [action.getName(i) for i in range(action.nActions)]
    if action_name not in names:
        raise Failure("%r offers no %s action (only %s)" % (node.name, action_name, names))
    log("press %r (%s)" % (node.name, action_name))
    action.doAction(names.index(action_name))


def type_into(field, text):
    """The coach's words into a text field, through EditableText."""
    editable = field.queryEditableText()
    log("type %r into %r" % (text, field.name))
    if not editable.setTextContents(text):
        raise Failure("%r did not take the text %r" % (field.name, text))


def rows(view):
    """The first column's text of every row of a list or table."""
    table = fresh(view).queryTable()
    texts = []
    for row in range(min(table.nRows, MAX_NODES)):
        cell = table.getAccessibleAt(row, 0)
        texts.append((fresh(cell).name or "") if cell is not None else "")
    return texts


def choose(view, text, what):
    """Selects the row reading `text` in a list: Selection if offered, else
    the Table interface's row selection (all Qt 6.4.2's bridge has)."""
    def first(names):
        # A row may say more than its text ("Liam Brennan · liam@… · Seniors").
        for row, name in enumerate(names):
            if name == text or name.split(" · ")[0] == text:
                return row + 1
        return 0

    row = wait_until(lambda: first(rows(view)), "%r in %s" % (text, what), 20) - 1
    try:
        selection = view.querySelection()
        log("select %r in %s (Selection)" % (text, what))
        if not selection.selectChild(row):
            raise Failure("%s refused to select %r" % (what, text))
        return
    except NotImplementedError:
        pass
    log("select %r in %s (Table row selection: Qt's bridge has no Selection interface)" % (text, what))
    if not view.queryTable().addRowSelection(row):
        raise Failure("%s refused to select row %d (%r)" % (what, row, text))


def combo_list(combo):
    for child in children(combo):
        if child.getRole() == pyatspi.ROLE_LIST:
            return child
    raise Failure("the combo box %r has no list" % combo.name)


def combo_text_field(combo):
    for child in children(combo):
        if child.getRole() in (pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY):
            return child
    raise Failure("the combo box %r has no text field" % combo.name)


def menu_item(window, name):
    """A menu's entry, open or not: menus are reached through their items."""
    stack = [window]
    seen = 0
    while stack and seen < MAX_NODES:
        node = stack.pop()
        seen += 1
        if node.getRole() == pyatspi.ROLE_MENU_ITEM and (node.name or "").replace("&", "").startswith(name):
            return node
        if node.getRole() in VIEWS:
            continue
        stack.extend(children(node))
    raise Failure("no menu item %r" % name)


def walk_dialog(application, opener, title, problems):
    """Opens a dialog through the Action interface, walks it, closes it with Cancel."""
    press(opener, "Press")

    def dialog():
        for window in children(application):
            if (window.name or "").startswith(title) and showing(window):
                return window
        return None

    window = wait_until(dialog, "the dialog %r" % title)
    log("dialog %r open" % window.name)
    found = walk(window)
    for problem in found:
        log("PROBLEM " + problem)
    problems.extend(found)
    screenshot(title.lower().replace(" ", "-"))
    press(named(window, pyatspi.ROLE_PUSH_BUTTON, "Cancel"))
    wait_until(lambda: dialog() is None, "the dialog %r closed" % title)


def screenshot(step):
    """Asks the test for a screenshot of the screen as it is now."""
    print("shot:" + step, flush=True)
    ready, _, _ = select.select([sys.stdin], [], [], 20)
    if ready:
        sys.stdin.readline()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--window", default="Uplift Capture")
    parser.add_argument("--clip", required=True)
    parser.add_argument("--typed", required=True)
    parser.add_argument("--athlete", required=True)
    parser.add_argument("--camera", required=True)
    parser.add_argument("--activity", required=True)
    parser.add_argument("--movement", required=True)
    parser.add_argument("--handedness", required=True)
    parser.add_argument("--timeout", type=float, default=200)
    arguments = parser.parse_args()
    started = time.monotonic()

    def application_window():
        desktop = pyatspi.Registry.getDesktop(0)
        for app in children(desktop):
            for window in children(app):
                if (window.name or "").startswith(arguments.window):
                    return app, window
        return None

    application, window = wait_until(application_window, "the window %r on the AT-SPI bus" % arguments.window, 30)
    log("found %r (%s)" % (window.name, window.getRoleName()))

    # --- 1. the walk, with the clip in the list ---
    ready = named(window, pyatspi.ROLE_LIST, "Videos ready to upload")
    wait_until(lambda: arguments.clip in " ".join(rows(ready)), "%s in the ready list" % arguments.clip, 30)
    problems = walk(window)
    for problem in problems:
        log("PROBLEM " + problem)
    # The dialogs a coach opens from here: settings (the upload speed limit)
    # and a new athlete.
    walk_dialog(application, menu_item(window, "Settings"), "Settings", problems)
    walk_dialog(application, named(window, pyatspi.ROLE_PUSH_BUTTON, "New athlete"), "New Athlete", problems)

    # --- 2. describe and upload, through object interfaces only ---
    row_text = next(t for t in rows(ready) if arguments.clip in t)
    choose(ready, row_text, "the ready list")

    athlete = labelled(window, pyatspi.ROLE_COMBO_BOX, "Athlete")
    type_into(combo_text_field(athlete), arguments.typed)
    choose(combo_list(athlete), arguments.athlete, "the athletes")
    wait_until(lambda: fresh(athlete).name == arguments.athlete, "Athlete to read %r" % arguments.athlete)
    session = labelled(window, pyatspi.ROLE_COMBO_BOX, "Session")
    wait_until(lambda: (fresh(session).name or "").strip(), "a session group offered")
    log("session group: %r" % fresh(session).name)

    camera = named(window, pyatspi.ROLE_RADIO_BUTTON, arguments.camera)
    others = [
        n
        for n in children(camera.parent)
        if n.getRole() == pyatspi.ROLE_RADIO_BUTTON and n.name != camera.name and n.name.startswith("Camera ")
    ]
    if not others:
        raise Failure("%r is a radio button with no other choice beside it" % camera.name)
    for other in others:  # one chosen, then the other: either/or
        press(other)
        wait_until(lambda: state(other, pyatspi.STATE_CHECKED), "%s checked" % other.name)
    press(camera)
    wait_until(
        lambda: state(camera, pyatspi.STATE_CHECKED) and not any(state(o, pyatspi.STATE_CHECKED) for o in others),
        "%s checked and only it" % arguments.camera,
    )

    activity = labelled(window, pyatspi.ROLE_COMBO_BOX, "Activity")
    type_into(combo_text_field(activity), arguments.activity)
    movement = labelled(window, pyatspi.ROLE_COMBO_BOX, "Movement")
    wait_until(
        lambda: any(r.split(" · ")[0] == arguments.movement for r in rows(combo_list(movement))),
        "the movements of %s" % arguments.activity,
    )
    type_into(combo_text_field(movement), arguments.movement)

    handedness = labelled(window, pyatspi.ROLE_COMBO_BOX, "Handedness", 20)
    choose(combo_list(handedness), arguments.handedness, "Handedness")
    wait_until(lambda: fresh(handedness).name == arguments.handedness, "Handedness to read %r" % arguments.handedness)

    # Every field filled in: walked again, now with the movement's dimension.
    for problem in walk(window):
        if problem not in problems:
            problems.append(problem)
            log("PROBLEM " + problem)
    screenshot("described")

    upload = named(window, pyatspi.ROLE_PUSH_BUTTON, "Upload")
    wait_until(lambda: state(upload, pyatspi.STATE_ENABLED), "Upload enabled")
    press(upload)

    jobs = named(window, pyatspi.ROLE_TABLE, "Upload jobs")
    last_seen = [None]

    def done():
        table = fresh(jobs).queryTable()
        for row in range(min(table.nRows, MAX_NODES)):
            cells = []
            for column in range(min(table.nColumns, 32)):
                cell = table.getAccessibleAt(row, column)
                cells.append((fresh(cell).name or "") if cell is not None else "")
            if any(arguments.clip in c for c in cells):
                if cells != last_seen[0]:
                    log("job: " + " | ".join(cells))
                    last_seen[0] = cells
                return "Done" in cells and arguments.athlete in cells
        return False

    remaining = max(10.0, arguments.timeout - (time.monotonic() - started))
    wait_until(done, "the job of %s Done for %s in the job list" % (arguments.clip, arguments.athlete), remaining)
    log("uploaded: %s is Done" % arguments.clip)

    if problems:
        raise Failure("%d accessibility problem(s), the first: %s" % (len(problems), problems[0]))


if __name__ == "__main__":
    try:
        main()
    except Failure as failure:
        print("FAIL: %s" % failure, flush=True)
        sys.exit(1)
    except Exception as error:  # an AT-SPI call that failed: say which
        print("FAIL: %s: %s" % (type(error).__name__, error), flush=True)
        sys.exit(1)
    print("PASS", flush=True)
