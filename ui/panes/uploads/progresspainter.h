#pragma once

#include <QString>

class QPainter;
class QPalette;
class QRect;

// Draws one progress bar with its text. Kept apart from the item delegate
// (as qBittorrent does) so it can be tested and reused without a view.
class ProgressPainter
{
public:
    enum class Look { Running, Done, Failed, Idle };

    // fraction in [0, 1]; a negative fraction draws an indeterminate (empty) bar.
    static void paint(QPainter *painter, const QRect &rect, const QPalette &palette, double fraction,
                      const QString &text, Look look);
};
