#include "dropoverlay.h"
#include "mainwindow.h"
#include "readylistmodel.h"
#include "testvideo.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QListView>
#include <QMimeData>
#include <QTest>

// Videos arrive by drag and drop (files and folders), and files that cannot
// be captures are listed with the reason rather than dropped silently.
class TestDropVideos : public QObject
{
    Q_OBJECT

private:
    QString m_root;

    QString makeVideo(const QString &relative)
    {
        TestVideo video;
        video.path = QDir(m_root).filePath(relative);
        video.seconds = 0.5;
        video.audio = false;
        const QString error = video.make();
        return error.isEmpty() ? video.path : QString();
    }

    static void writeFile(const QString &path, const QByteArray &bytes)
    {
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }

    static QString reasonFor(ReadyListModel *model, const QString &path)
    {
        const QModelIndex index = model->indexOf(path);
        return index.isValid() ? index.data(ReadyListModel::ProblemRole).toString() : QStringLiteral("<missing>");
    }

    static void drop(QWidget *target, const QList<QUrl> &urls, bool *enterAccepted)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint centre = target->rect().center();
        QDragEnterEvent enter(centre, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        *enterAccepted = enter.isAccepted();
        auto *overlay = target->findChild<DropOverlay *>();
        QVERIFY(overlay);
        // The whole window lights up while the drag is over it.
        QCOMPARE(overlay->isVisible(), *enterAccepted);
        if (*enterAccepted)
            QCOMPARE(overlay->geometry(), overlay->parentWidget()->rect());
        QDropEvent dropEvent(QPointF(centre), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &dropEvent);
        QVERIFY(!overlay->isVisible());
    }

private slots:
    void initTestCase()
    {
        m_root = TestVideo::scratchPath(QStringLiteral("drop"));
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
    }

    void filesAndAFolderEndWithTheRightRowsAndReasons()
    {
        const QString loose = makeVideo(QStringLiteral("loose/swing-001.mov"));
        const QString upper = makeVideo(QStringLiteral("session/SWING-002.MOV"));
        const QString nested = makeVideo(QStringLiteral("session/day2/swing-003.Mov"));
        QVERIFY(!loose.isEmpty() && !upper.isEmpty() && !nested.isEmpty());
        const QString notes = QDir(m_root).filePath(QStringLiteral("session/notes.txt"));
        writeFile(notes, "range session");
        const QString backslash = QDir(m_root).filePath(QStringLiteral("loose/bad\\name.mov"));
        writeFile(backslash, QByteArray(100, 'x'));
        const QString tooLong = QDir(m_root).filePath(QString(252, QLatin1Char('a')) + QStringLiteral(".mov"));
        const QString tooLongUrlPath = tooLong.left(tooLong.size() - 4) + QStringLiteral("aa.mov"); // 256 chars

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReadyListModel *model = window.readyModel();
        QCOMPARE(model->rowCount(), 0);

        bool accepted = false;
        drop(&window,
             { QUrl::fromLocalFile(loose), QUrl::fromLocalFile(QDir(m_root).filePath(QStringLiteral("session"))),
               QUrl::fromLocalFile(backslash), QUrl::fromLocalFile(tooLongUrlPath) },
             &accepted);
        QVERIFY(accepted);

        QCOMPARE(model->videoCount(), 3);
        QCOMPARE(model->videoPaths(), (QStringList { loose, nested, upper }));
        QCOMPARE(model->rejectedCount(), 3);
        QCOMPARE(reasonFor(model, notes), QStringLiteral("Not a video (MOV, MP4, M4V, MTS or M2TS)"));
        QVERIFY2(reasonFor(model, backslash).contains(QStringLiteral("“\\”")), qPrintable(reasonFor(model, backslash)));
        QVERIFY2(reasonFor(model, tooLongUrlPath).contains(QStringLiteral("255")),
                 qPrintable(reasonFor(model, tooLongUrlPath)));
        for (const QString &video : { loose, nested, upper })
            QCOMPARE(reasonFor(model, video), QString());

        // Rows show what the coach needs: name, then duration · size · fps · bytes, once the
        // header is read (on a thread of its own: the drop never waits on the file).
        const auto text = [model, &loose] { return model->indexOf(loose).data(Qt::DisplayRole).toString(); };
        QTRY_VERIFY2_WITH_TIMEOUT(text().startsWith(QStringLiteral("swing-001.mov\n0:01 · 320×240 · 30 fps · ")),
                                  qPrintable(text()), 10000);
        QVERIFY(model->indexOf(notes)
                    .data(Qt::DisplayRole)
                    .toString()
                    .contains(QStringLiteral("Not a video (MOV, MP4, M4V, MTS or M2TS)")));
        // Rejected rows can't be selected for upload; new videos are selected for describing.
        QVERIFY(!(model->flags(model->indexOf(notes)) & Qt::ItemIsSelectable));
        auto *list = window.findChild<QListView *>(QStringLiteral("readyList"));
        QCOMPARE(list->selectionModel()->selectedIndexes().size(), 3);

        // Thumbnails come from the background probe.
        QTRY_VERIFY_WITH_TIMEOUT(!model->info(nested).thumbnail.isNull(), 20000);

        // Dropping the same things again adds nothing twice.
        drop(&window,
             { QUrl::fromLocalFile(loose), QUrl::fromLocalFile(QDir(m_root).filePath(QStringLiteral("session"))) },
             &accepted);
        QCOMPARE(model->videoCount(), 3);
        QCOMPARE(model->rejectedCount(), 3);
    }

    // A file too short to hold a movie header is listed with the reason and
    // cannot be chosen for upload: no capture is reserved for it.
    void emptyAndTooShortFilesAreRefused()
    {
        const QString empty = QDir(m_root).filePath(QStringLiteral("short/empty.mov"));
        const QString tiny = QDir(m_root).filePath(QStringLiteral("short/tiny.mov"));
        QVERIFY(QDir().mkpath(QFileInfo(empty).absolutePath()));
        writeFile(empty, QByteArray());
        writeFile(tiny, QByteArray(50, 'x'));
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ReadyListModel *model = window.readyModel();
        bool accepted = false;
        drop(&window, { QUrl::fromLocalFile(empty), QUrl::fromLocalFile(tiny) }, &accepted);
        QVERIFY(accepted);
        QCOMPARE(model->videoCount(), 0);
        QCOMPARE(model->rejectedCount(), 2);
        QVERIFY2(reasonFor(model, empty).contains(QStringLiteral("empty")), qPrintable(reasonFor(model, empty)));
        QVERIFY2(reasonFor(model, tiny).contains(QStringLiteral("50 bytes")), qPrintable(reasonFor(model, tiny)));
        QVERIFY(!(model->flags(model->indexOf(tiny)) & Qt::ItemIsSelectable));
    }

    void dragsWithoutFilesAreRefused()
    {
        MainWindow window;
        window.show();
        QMimeData mime;
        mime.setText(QStringLiteral("just text"));
        QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(&window, &enter);
        QVERIFY(!enter.isAccepted());
        QVERIFY(!window.findChild<DropOverlay *>()->isVisible());
    }

    void watchFolderAnnouncesNewVideosOnce()
    {
        const QString folder = QDir(m_root).filePath(QStringLiteral("watched"));
        QDir().mkpath(folder);
        const QString before = makeVideo(QStringLiteral("watched/before.mov"));
        MainWindow window;
        QVERIFY(window.setWatchFolder(folder));
        ReadyListModel *model = window.readyModel();
        QTRY_COMPARE(model->videoCount(), 1);
        QCOMPARE(model->videoPaths(), QStringList { before });

        const QString fresh = makeVideo(QStringLiteral("watched/fresh.mov"));
        writeFile(QDir(folder).filePath(QStringLiteral("sidecar.xml")), "<x/>");
        QTRY_COMPARE_WITH_TIMEOUT(model->videoCount(), 2, 10000);
        // Touching the files again (a sync client rewriting them) adds nothing.
        QFile(fresh).setFileTime(QDateTime::currentDateTime(), QFileDevice::FileModificationTime);
        writeFile(QDir(folder).filePath(QStringLiteral("other.txt")), "y");
        QTest::qWait(800);
        QCOMPARE(model->videoCount(), 2);
        QCOMPARE(model->rowCount(), 2); // the watcher ignores non-videos instead of listing them
    }
};

QTEST_MAIN(TestDropVideos)
#include "tst_dropvideos.moc"
