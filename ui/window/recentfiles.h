#pragma once

#include <QObject>
#include <QStringList>

class QMenu;

// File ▸ Open Recent: the last videos added to the ready list, newest first,
// kept with the window's other state in QSettings. A file that is gone is
// still listed (the coach may have unplugged the camera card) but greyed.
class RecentFiles : public QObject
{
    Q_OBJECT

public:
    static constexpr int maximum = 10;

    explicit RecentFiles(QObject *parent = nullptr);

    QStringList files() const;
    // Puts the paths first in the given order, without duplicates, keeping
    // the newest `maximum`.
    void add(const QStringList &paths);
    void clear();

    // Fills the menu afresh each time it opens (so a file that went away is
    // greyed then): one entry per file, then "Clear List".
    void attach(QMenu *menu);
    void fill(QMenu *menu);

signals:
    void openRequested(const QString &path);
    void changed();
};
