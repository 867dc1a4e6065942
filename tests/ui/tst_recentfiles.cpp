#include "mainwindow.h"
#include "readylistmodel.h"
#include "recentfiles.h"

#include "testvideo.h"
#include <QAction>
#include <QDir>

#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

QString makeFile(const QTemporaryDir &dir, const QString &name)
{
    // A real (tiny) movie: the window lists only what is a video.
    const QString path = dir.filePath(name);
    return TestVideo::makePaddedMov(path, 4096).isEmpty() ? path : QString();
}

QStringList entryPaths(QMenu *menu)
{
    QStringList paths;
    for (QAction *action : menu->actions()) {
        if (!action->data().toString().isEmpty())
            paths << action->data().toString();
    }
    return paths;
}

} // namespace

// File ▸ Open Recent: the last ten videos added, newest first, kept across
// starts; missing files greyed; "Clear List".
class TestRecentFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { QSettings().clear(); }

    void newestFirstWithoutDuplicatesAndAtMostTen()
    {
        RecentFiles recent;
        QStringList added;
        for (int i = 0; i < 12; ++i)
            added << QStringLiteral("/videos/clip%1.mov").arg(i);
        recent.add(added);
        QCOMPARE(recent.files().size(), RecentFiles::maximum);
        // The list's own order is kept, and the first of the batch leads.
        QCOMPARE(recent.files().first(), QStringLiteral("/videos/clip0.mov"));
        QCOMPARE(recent.files().last(), QStringLiteral("/videos/clip9.mov"));

        recent.add({ QStringLiteral("/videos/clip5.mov") });
        QCOMPARE(recent.files().first(), QStringLiteral("/videos/clip5.mov"));
        QCOMPARE(recent.files().count(QStringLiteral("/videos/clip5.mov")), 1);
        QCOMPARE(recent.files().size(), RecentFiles::maximum);

        // Kept for the next start.
        QCOMPARE(RecentFiles().files(), recent.files());
    }

    void missingFilesAreGreyedAndClearEmptiesTheList()
    {
        QTemporaryDir dir;
        const QString there = makeFile(dir, QStringLiteral("there.mov"));
        const QString gone = makeFile(dir, QStringLiteral("gone.mov"));
        RecentFiles recent;
        recent.add({ there, gone });
        QVERIFY(QFile::remove(gone));

        QMenu menu;
        recent.attach(&menu);
        QCOMPARE(entryPaths(&menu), (QStringList { there, gone }));
        const QList<QAction *> actions = menu.actions();
        QVERIFY(actions.at(0)->isEnabled());
        QVERIFY(actions.at(0)->text().contains(QStringLiteral("there.mov")));
        QVERIFY(!actions.at(1)->isEnabled());
        QVERIFY(actions.at(1)->toolTip().contains(QDir::toNativeSeparators(gone)));

        QAction *clear = menu.findChild<QAction *>(QStringLiteral("actionClearRecent"));
        QVERIFY(clear);
        QVERIFY(clear->isEnabled());
        clear->trigger();
        QVERIFY(recent.files().isEmpty());
        recent.fill(&menu);
        QVERIFY(entryPaths(&menu).isEmpty());
        QVERIFY(!menu.findChild<QAction *>(QStringLiteral("actionClearRecent"))->isEnabled());
    }

    void theWindowRecordsAddedVideosAndReopensThem()
    {
        QTemporaryDir dir;
        const QString a = makeFile(dir, QStringLiteral("a.mov"));
        const QString b = makeFile(dir, QStringLiteral("b.mov"));
        const QString text = dir.filePath(QStringLiteral("notes.txt"));
        {
            QFile notes(text);
            QVERIFY(notes.open(QIODevice::WriteOnly));
            notes.write(QByteArray(4096, 'v')); // words, not a movie
        }
        {
            MainWindow window;
            QCOMPARE(window.addPaths({ a, b, text }), 2);
            // Only videos the list took are remembered.
            QCOMPARE(window.recentFiles()->files(), (QStringList { a, b }));
        }
        MainWindow window;
        QMenu *recentMenu = window.findChild<QMenu *>(QStringLiteral("menuRecent"));
        QVERIFY(recentMenu);
        QMenu *fileMenu = window.menuBar()->actions().value(0)->menu();
        QVERIFY(fileMenu->actions().contains(recentMenu->menuAction()));
        emit recentMenu->aboutToShow();
        QCOMPARE(entryPaths(recentMenu), (QStringList { a, b }));
        QCOMPARE(window.readyModel()->videoCount(), 0);
        recentMenu->actions().at(1)->trigger();
        QCOMPARE(window.readyModel()->videoCount(), 1);
        QCOMPARE(window.recentFiles()->files().first(), b);
    }
};

QTEST_MAIN(TestRecentFiles)
#include "tst_recentfiles.moc"
