#pragma once

#include <QString>

// Text from outside (a server, a file name) made safe to show on one line of
// a terminal or a list: no character in it can end the line, move the
// cursor, start a terminal escape or reorder what follows. Control
// characters become visible instead of being dropped, so that two names
// that differ only in them still look different:
//   C0 (NUL…US, TAB, CR, LF, ESC, BEL) and DEL → their Unicode Control
//   Pictures (␀ … ␟, ␉, ␍, ␊, ␛, ␇, ␡);
//   C1 (U+0080–U+009F), bidi embeddings, overrides, isolates and marks
//   (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) and the line
//   and paragraph separators (U+2028, U+2029) → "<U+202E>".
// JSON output needs none of this: it escapes what it must and stays exact.
class PrintableText
{
public:
    static QString line(const QString &text);
    // True when line(text) == text.
    static bool isPrintable(const QString &text);
};
