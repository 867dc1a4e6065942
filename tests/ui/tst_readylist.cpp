#include "readylistmodel.h"
#include "testvideo.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <fcntl.h>
#include <sys/stat.h>
#include <thread>
#include <unistd.h>

// Issue 24: adding videos to the ready list never reads a file on the GUI
// thread. The row is there at once; its header is read on a thread of its
// own, within a deadline, and filled in (or refused with the reason) after.
class TestReadyList : public QObject
{
    Q_OBJECT

private:
    QString m_root;

    QString makeVideo(const QString &name)
    {
        TestVideo video;
        video.path = QDir(m_root).filePath(name);
        video.seconds = 1;
        video.audio = false;
        const QString error = video.make();
        return error.isEmpty() ? video.path : QString();
    }

private slots:
    void initTestCase()
    {
        m_root = TestVideo::scratchPath(QStringLiteral("readylist"));
        QDir(m_root).removeRecursively();
        QDir().mkpath(m_root);
    }

    // A file whose read stalls (a FIFO nobody writes to: open() blocks, as a
    // read does on a card whose FUSE daemon stopped): addVideos returns at once,
    // the GUI thread's timers keep running, and after the deadline the row says
    // why it cannot be used. Before: addVideos read the header itself and
    // hung until the writer below gave up (3 s).
    void aStalledFileNeverStallsTheCaller()
    {
        const QString fifo = QDir(m_root).filePath(QStringLiteral("stalled.mov"));
        QFile::remove(fifo);
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Unblocks a reader after 3 s (EOF), so the unfixed code fails rather than hangs.
        std::thread writer([path = QFile::encodeName(fifo)] {
            const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(3);
            while (std::chrono::steady_clock::now() < until) {
                const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
                if (fd >= 0) {
                    // A reader is there: keep it waiting for data until the time is up.
                    std::this_thread::sleep_until(until);
                    ::close(fd);
                    return;
                }
                std::this_thread::sleep_for(std::chrono::milliseconds(20));
            }
            const int fd = ::open(path.constData(), O_WRONLY | O_NONBLOCK);
            if (fd >= 0)
                ::close(fd);
        });

        ReadyListModel model;
        model.setHeaderDeadlineMs(1500);
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(16);
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start();

        QElapsedTimer clock;
        clock.start();
        QCOMPARE(model.addVideos({ fifo }), 1);
        const qint64 took = clock.elapsed();
        QVERIFY2(took < 100, qPrintable(QStringLiteral("addVideos took %1 ms").arg(took)));
        // Listed at once, as being read: chosen like any video, but not sendable yet.
        QCOMPARE(model.videoCount(), 1);
        QVERIFY(model.isReading(fifo));
        QVERIFY(model.indexOf(fifo).data(ReadyListModel::ReadingRole).toBool());
        QVERIFY(model.indexOf(fifo).data(Qt::DisplayRole).toString().contains(QStringLiteral("Reading")));

        // The GUI thread keeps its timers while the read hangs.
        QTest::qWait(1000);
        QVERIFY2(ticks >= 30, qPrintable(QStringLiteral("%1 ticks of 16 ms in 1 s").arg(ticks)));
        QVERIFY(model.isReading(fifo));

        // After the deadline: refused, with the reason.
        QTRY_COMPARE_WITH_TIMEOUT(model.rejectedCount(), 1, 3000);
        QCOMPARE(model.videoCount(), 0);
        QVERIFY(!model.isReading(fifo));
        const QString problem = model.indexOf(fifo).data(ReadyListModel::ProblemRole).toString();
        QVERIFY2(problem.contains(QStringLiteral("did not answer within 2 seconds")), qPrintable(problem));
        writer.join();
        // The read that answers late (EOF after 3 s) changes nothing.
        QTest::qWait(300);
        QCOMPARE(model.rejectedCount(), 1);
        QCOMPARE(model.indexOf(fifo).data(ReadyListModel::ProblemRole).toString(), problem);
    }

    // A real clip: listed by name at once, its facts filled in when read;
    // videoUpdated says so. Ranges and description set meanwhile are kept.
    void theRowFillsInWhenTheHeaderIsRead()
    {
        const QString clip = makeVideo(QStringLiteral("swing.mov"));
        QVERIFY(!clip.isEmpty());
        ReadyListModel model;
        QSignalSpy updated(&model, &ReadyListModel::videoUpdated);
        QCOMPARE(model.addVideos({ clip }), 1);
        QVERIFY(model.isReading(clip));
        QCOMPARE(model.info(clip).durationMs, 0);
        model.setDescription(clip, { { QStringLiteral("note"), QStringLiteral("kept") } });
        QTRY_VERIFY_WITH_TIMEOUT(!model.isReading(clip), 10000);
        QVERIFY(updated.count() >= 1);
        QCOMPARE(updated.first().first().toString(), clip);
        QCOMPARE(model.info(clip).durationMs, 1000);
        QCOMPARE(model.info(clip).codedSize, QSize(320, 240));
        QVERIFY2(model.indexOf(clip)
                     .data(Qt::DisplayRole)
                     .toString()
                     .startsWith(QStringLiteral("swing.mov\n0:01 · 320×240")),
                 qPrintable(model.indexOf(clip).data(Qt::DisplayRole).toString()));
        QCOMPARE(model.description(clip).value(QStringLiteral("note")).toString(), QStringLiteral("kept"));
        QCOMPARE(model.readingCount(), 0);
    }

    // What the header says decides: a file that is no video is refused with
    // the reason once read, and a link to a listed file is listed once.
    void refusalsAndDuplicatesWaitForTheRead()
    {
        const QString clip = makeVideo(QStringLiteral("take.mov"));
        QVERIFY(!clip.isEmpty());
        const QString link = QDir(m_root).filePath(QStringLiteral("link-to-take.mov"));
        QFile::remove(link);
        QVERIFY(QFile::link(clip, link));
        const QString junk = QDir(m_root).filePath(QStringLiteral("junk.mov"));
        {
            QFile file(junk);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(4096, 'x'));
        }
        ReadyListModel model;
        QCOMPARE(model.addVideos({ clip, link, junk }), 3);
        QCOMPARE(model.readingCount(), 3);
        QTRY_COMPARE_WITH_TIMEOUT(model.readingCount(), 0, 10000);
        QCOMPARE(model.videoPaths(), QStringList { clip });
        QCOMPARE(model.rejectedCount(), 1);
        QVERIFY(!model.indexOf(junk).data(ReadyListModel::ProblemRole).toString().isEmpty());
        // Both paths of the one file find its row.
        QCOMPARE(model.indexOf(link), model.indexOf(clip));
        QCOMPARE(model.addVideos({ link }), 0);
    }
};

QTEST_MAIN(TestReadyList)
#include "tst_readylist.moc"
