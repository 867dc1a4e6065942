#pragma once

#include <QList>

class QWidget;

// Tab along a list of widgets named in the order a coach reads them, rather than Qt's focus
// chain: fields that come and go (a movement's dimensions) and a button pinned outside its
// form (Upload) left that chain looping inside the describe form (a keyboard trap).
//
// What is hidden or disabled is passed over. A widget that takes no focus itself (a key/value
// table with its Add and Remove) stands for its focusable parts, in order. The buttons of an
// exclusive group (the camera setups) are one stop, as radio buttons are: the checked one (the
// first when none is); arrows move within the group, Tab leaves it. A stop in a scroll area is
// scrolled into sight.
namespace KeyboardPath {
// The widgets Tab stops at along `path`, as shown in `window` now.
QList<QWidget *> stops(const QList<QWidget *> &path, const QWidget *window);
// Moves the keyboard from the focused widget to the next (or previous) stop along `path`. With
// `wrap`, past the last stop is the first (and before the first, the last). False, nothing
// moved, when the focus is not on the path or would leave either end of it without `wrap`.
bool move(const QList<QWidget *> &path, QWidget *window, bool next, bool wrap);
} // namespace KeyboardPath
