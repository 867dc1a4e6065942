#include "recentfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>
#include <QSettings>

namespace {
const QString kKey = QStringLiteral("window/recentFiles");
} // namespace

RecentFiles::RecentFiles(QObject *parent)
    : QObject(parent)
{
}

QStringList RecentFiles::files() const
{
    return QSettings().value(kKey).toStringList();
}

void RecentFiles::add(const QStringList &paths)
{
    if (paths.isEmpty())
        return;
    QStringList list = files();
    for (auto it = paths.crbegin(); it != paths.crend(); ++it) {
        const QString path = QFileInfo(*it).absoluteFilePath();
        list.removeAll(path);
        list.prepend(path);
    }
    while (list.size() > maximum)
        list.removeLast();
    QSettings().setValue(kKey, list);
    emit changed();
}

void RecentFiles::clear()
{
    QSettings().remove(kKey);
    emit changed();
}

void RecentFiles::attach(QMenu *menu)
{
    connect(menu, &QMenu::aboutToShow, this, [this, menu] { fill(menu); });
    fill(menu);
}

void RecentFiles::fill(QMenu *menu)
{
    menu->clear();
    const QStringList list = files();
    int number = 0;
    for (const QString &path : list) {
        ++number;
        const QString name = QFileInfo(path).fileName();
        // Digits 1–9 are the entries' keyboard accelerators, as in most applications.
        QAction *action = menu->addAction(number < 10 ? QStringLiteral("&%1  %2").arg(number).arg(name) : name);
        const bool there = QFileInfo(path).isFile();
        action->setEnabled(there);
        action->setData(path);
        action->setToolTip(there ? QDir::toNativeSeparators(path)
                                 : tr("%1 (no longer there)").arg(QDir::toNativeSeparators(path)));
        action->setStatusTip(action->toolTip());
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (list.isEmpty())
        menu->addAction(tr("No Recent Videos"))->setEnabled(false);
    menu->addSeparator();
    QAction *clearAction = menu->addAction(tr("&Clear List"));
    clearAction->setObjectName(QStringLiteral("actionClearRecent"));
    clearAction->setEnabled(!list.isEmpty());
    connect(clearAction, &QAction::triggered, this, &RecentFiles::clear);
    menu->setToolTipsVisible(true);
}
