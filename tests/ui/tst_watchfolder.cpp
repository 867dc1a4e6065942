// The watch folder takes whole files only: a clip written slowly into it is
// "still being copied" until it has settled, then listed once; a finished
// file renamed in is listed at once; a listed clip that changes is read
// again, one that disappears leaves the list.
#include "mainwindow.h"
#include "readylistmodel.h"
#include "testvideo.h"
#include "watchfolder.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

class TestWatchFolder : public QObject
{
    Q_OBJECT

private:
    QByteArray m_clip; // a real movie's bytes

    // Writes `bytes` to `path` in `steps` pieces, `pauseMs` apart, while the event loop runs.
    static bool writeSlowly(const QString &path, const QByteArray &bytes, int steps, int pauseMs)
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return false;
        const qsizetype piece = (bytes.size() + steps - 1) / steps;
        for (qsizetype at = 0; at < bytes.size(); at += piece) {
            file.write(bytes.mid(at, piece));
            file.flush();
            QTest::qWait(pauseMs);
        }
        return true;
    }

private slots:
    void initTestCase()
    {
        const QString path = TestVideo::scratchPath(QStringLiteral("watch-source.mov"));
        QCOMPARE(TestVideo::makePaddedMov(path, 600 * 1024), QString());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        m_clip = file.readAll();
    }

    void aSlowCopyIsListedOnlyOnceWhole()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        WatchFolder watch;
        watch.setSettleMs(1500);
        QSignalSpy appeared(&watch, &WatchFolder::videosAppeared);
        QSignalSpy copying(&watch, &WatchFolder::videosCopying);
        QSignalSpy changed(&watch, &WatchFolder::videoChanged);
        QSignalSpy gone(&watch, &WatchFolder::videosGone);
        QVERIFY(watch.setFolder(dir.path()));
        const QString path = dir.filePath(QStringLiteral("swing.mov"));
        // Ten pieces over about three seconds, like a phone syncing.
        QVERIFY(writeSlowly(path, m_clip, 10, 300));
        QVERIFY(copying.count() >= 1);
        QCOMPARE(copying.first().first().toStringList(), QStringList { path });
        QCOMPARE(appeared.count(), 0); // never while it grew
        QElapsedTimer sinceLastWrite;
        sinceLastWrite.start();
        QTRY_COMPARE_WITH_TIMEOUT(appeared.count(), 1, 8000);
        QVERIFY2(sinceLastWrite.elapsed() >= 1000, qPrintable(QString::number(sinceLastWrite.elapsed())));
        QCOMPARE(appeared.first().first().toStringList(), QStringList { path });
        QCOMPARE(QFileInfo(path).size(), qint64(m_clip.size()));

        // Rewritten: taken back, and listed again once whole.
        QTest::qWait(50);
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(QByteArray(1024, 'v'));
        }
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QCOMPARE(appeared.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(appeared.count(), 2, 8000);
        QVERIFY(QFile::remove(path));
        QTRY_COMPARE_WITH_TIMEOUT(gone.count(), 1, 5000);
        QCOMPARE(gone.first().first().toStringList(), QStringList { path });
    }

    void aFinishedFileRenamedInIsListedAtOnce()
    {
        QTemporaryDir dir;
        QTemporaryDir elsewhere;
        QVERIFY(dir.isValid() && elsewhere.isValid());
        const QString staged = elsewhere.filePath(QStringLiteral("import.mov"));
        {
            QFile file(staged);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(m_clip);
        }
        // Filmed (and written) an hour ago; the import tool moves it in now.
        {
            QFile file(staged);
            QVERIFY(file.open(QIODevice::ReadWrite));
            QVERIFY(file.setFileTime(QDateTime::currentDateTime().addSecs(-3600), QFileDevice::FileModificationTime));
        }
        WatchFolder watch; // the default settle time of 3 s
        QVERIFY(watch.setFolder(dir.path()));
        QTest::qWait(500);
        QSignalSpy appeared(&watch, &WatchFolder::videosAppeared);
        QSignalSpy copying(&watch, &WatchFolder::videosCopying);
        const QString path = dir.filePath(QStringLiteral("import.mov"));
        QVERIFY(QFile::rename(staged, path));
        QElapsedTimer clock;
        clock.start();
        QTRY_COMPARE_WITH_TIMEOUT(appeared.count(), 1, 3000);
        QVERIFY2(clock.elapsed() < 2000, qPrintable(QString::number(clock.elapsed())));
        QCOMPARE(copying.count(), 0);
    }

    // In the window: the row says so and cannot be chosen until the clip is whole.
    void theWindowShowsStillBeingCopied()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        MainWindow window;
        QVERIFY(window.setWatchFolder(dir.path()));
        const QString path = dir.filePath(QStringLiteral("sync.mov"));
        QVERIFY(writeSlowly(path, m_clip.left(m_clip.size() / 2), 2, 700));
        ReadyListModel *model = window.readyModel();
        QTRY_VERIFY_WITH_TIMEOUT(model->contains(path), 5000);
        const QModelIndex row = model->indexOf(path);
        QCOMPARE(row.data(ReadyListModel::ProblemRole).toString(), QStringLiteral("Still being copied…"));
        QVERIFY(!(model->flags(row) & Qt::ItemIsSelectable));
        // Issue 22, item 12: waiting is not refusal. The row has a clock of its own, not
        // the warning sign of a file that cannot be uploaded, and no "⚠" in its text.
        QVERIFY(row.data(ReadyListModel::WaitingRole).toBool());
        QVERIFY2(!row.data(Qt::DisplayRole).toString().contains(QStringLiteral("⚠")),
                 qPrintable(row.data(Qt::DisplayRole).toString()));
        QCOMPARE(model->addRejected(dir.filePath(QStringLiteral("clip.webm")), QStringLiteral("WebM is not taken")), 1);
        const QModelIndex refused = model->indexOf(dir.filePath(QStringLiteral("clip.webm")));
        const QImage clock = row.data(Qt::DecorationRole).value<QIcon>().pixmap(32, 32).toImage();
        const QImage warning = refused.data(Qt::DecorationRole).value<QIcon>().pixmap(32, 32).toImage();
        QVERIFY(!clock.isNull() && !warning.isNull());
        QVERIFY(clock != warning);
        QVERIFY(!refused.data(ReadyListModel::WaitingRole).toBool());
        model->removePaths({ dir.filePath(QStringLiteral("clip.webm")) });
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(m_clip.mid(m_clip.size() / 2));
        }
        QTRY_VERIFY_WITH_TIMEOUT(model->indexOf(path).data(ReadyListModel::AcceptedRole).toBool(), 10000);
        QCOMPARE(model->videoCount(), 1);
        // Its facts once its header is read (on a thread of its own).
        QTRY_COMPARE_WITH_TIMEOUT(model->info(path).sizeBytes, qint64(m_clip.size()), 10000);
        // Rewritten in place: "still being copied" again, then read again.
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::Append));
            file.write(QByteArray(4096, 'v'));
        }
        QTRY_COMPARE_WITH_TIMEOUT(model->indexOf(path).data(ReadyListModel::ProblemRole).toString(),
                                  QStringLiteral("Still being copied…"), 5000);
        QTRY_COMPARE_WITH_TIMEOUT(model->info(path).sizeBytes, qint64(m_clip.size() + 4096), 10000);
        QVERIFY(model->indexOf(path).data(ReadyListModel::AcceptedRole).toBool());
        QVERIFY(QFile::remove(path));
        QTRY_VERIFY_WITH_TIMEOUT(!model->contains(path), 5000);
    }
};

QTEST_MAIN(TestWatchFolder)
#include "tst_watchfolder.moc"
