#pragma once

#include <QCoreApplication>
#include <QString>

// What a file must at least be for a capture to be reserved for it: a file
// too short to hold a QuickTime movie header is refused locally (the window's
// ready list and the CLI, exit 2), before anything is sent, instead of being
// reserved, uploaded and failed by processing.
class MovieFile
{
    Q_DECLARE_TR_FUNCTIONS(MovieFile)

public:
    // An atom header (8 bytes) holding the smallest movie header, 'mvhd' (108).
    static constexpr qint64 MinimumBytes = 8 + 108;

    // Empty when a file of this size can hold a movie; else why not, for the coach.
    static QString sizeProblem(qint64 size);
};
