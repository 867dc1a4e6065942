// The thumbnails of From the Camera (issue 24, item 2): decoded frames made on
// threads of their own in the order asked for, a picture that cannot be made
// holding up none of the others, and a card let go of (Eject) only once no
// thread of ours has one of its files in hand.
#include "../media/rotatedvideo.h"
#include "camerathumbnails.h"
#include "testvideo.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QThread>

#include <algorithm>
#include <csignal>
#include <sys/stat.h>
#include <thread>

namespace {

constexpr int Width = 96;

// The files below a folder this process has open for reading (/proc/self/fd;
// the test's own writer of a FIFO there is not one of them).
QStringList openBelow(const QString &folder)
{
    QStringList open;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &fd : fds.entryList(QDir::System | QDir::Files | QDir::NoDotAndDotDot)) {
        const QString target = QFile::symLinkTarget(fds.filePath(fd));
        if (!target.startsWith(folder + QLatin1Char('/')))
            continue;
        QFile info(QStringLiteral("/proc/self/fdinfo/") + fd);
        if (!info.open(QIODevice::ReadOnly))
            continue; // closed meanwhile
        for (const QByteArray &line : info.readAll().split('\n')) {
            if (line.startsWith("flags:") && (line.mid(6).trimmed().toUInt(nullptr, 8) & 3) == 0)
                open << target; // O_RDONLY
        }
    }
    return open;
}

} // namespace

class TestCameraThumbnails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        std::signal(SIGPIPE, SIG_IGN);
        m_card = QDir(TestVideo::scratchPath(QStringLiteral("card"))).absolutePath();
        QDir(m_card).removeRecursively();
        QVERIFY(QDir().mkpath(m_card + QStringLiteral("/DCIM/100GOPRO")));
        TestVideo clip;
        clip.path = TestVideo::scratchPath(QStringLiteral("clip.mp4"));
        clip.size = QSize(640, 360);
        clip.seconds = 1;
        clip.audio = false;
        QCOMPARE(clip.make(), QString());
        QFile in(clip.path);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        for (int i = 1; i <= Clips; ++i) {
            QFile out(path(i));
            QVERIFY(out.open(QIODevice::WriteOnly));
            // Each its own bytes, as on a card.
            QVERIFY(out.write(bytes + QByteArray::number(i)) > 0);
        }
        // A phone held upright: a landscape picture turned a quarter by the display matrix.
        TestVideo phone;
        phone.path = m_card + QStringLiteral("/DCIM/100GOPRO/PHONE.MOV");
        phone.size = QSize(320, 180);
        phone.audio = false;
        QCOMPARE(phone.make(), QString());
        QVERIFY(writeRotation(phone.path, 90));
        // Not a video at all, under a video's name.
        QFile broken(m_card + QStringLiteral("/DCIM/100GOPRO/BROKEN.MP4"));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        QVERIFY(broken.write(QByteArray(100000, 'x')) > 0);
    }

    void everyClipOnceTheFirstWantedFirst()
    {
        CameraThumbnails thumbnails(Width);
        QSignalSpy ready(&thumbnails, &CameraThumbnails::ready);
        QList<CameraThumbnails::Request> wanted;
        // Not in the files' order: the pane's order (the ones in sight first) is what counts.
        for (int i = Clips; i >= 1; --i)
            wanted << CameraThumbnails::Request { path(i), QString() };
        wanted.insert(3, { m_card + QStringLiteral("/DCIM/100GOPRO/BROKEN.MP4"), QString() });
        wanted.insert(5, { m_card + QStringLiteral("/DCIM/100GOPRO/PHONE.MOV"), QString() });
        thumbnails.want(wanted);
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), Clips + 1, 30000);
        QStringList made;
        for (const QList<QVariant> &signal : std::as_const(ready)) {
            const QString madeFor = signal.at(0).toString();
            const QImage image = signal.at(1).value<QImage>();
            QVERIFY2(!made.contains(madeFor), qPrintable(madeFor + QStringLiteral(" made twice")));
            made << madeFor;
            QVERIFY(!image.isNull());
            QVERIFY2(image.width() <= Width, qPrintable(QString::number(image.width())));
            if (madeFor.endsWith(QLatin1String("PHONE.MOV")))
                QCOMPARE(image.size(), QSize(96, 171)); // upright: portrait, 180 × 320 as shown
            else
                QCOMPARE(image.size(), QSize(96, 54));
        }
        QVERIFY(!made.contains(m_card + QStringLiteral("/DCIM/100GOPRO/BROKEN.MP4")));
        // Each thread takes the most wanted clip not taken yet: the first picture made is
        // one of the first ones asked for, as many as there are threads.
        const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
        int firstAt = -1;
        for (int i = 0; i < wanted.size(); ++i) {
            if (wanted.at(i).path == made.constFirst())
                firstAt = i;
        }
        QVERIFY2(firstAt >= 0 && firstAt < threads,
                 qPrintable(QStringLiteral("the first picture was the %1th asked for").arg(firstAt + 1)));

        // Asked again (the list scrolled back): nothing made twice, nothing tried again.
        thumbnails.want(wanted);
        QTest::qWait(500);
        QCOMPARE(ready.count(), Clips + 1);
    }

    void theCameraPictureWhereThereIsOne()
    {
        CameraThumbnails thumbnails(Width);
        QSignalSpy ready(&thumbnails, &CameraThumbnails::ready);
        const QString thm = m_card + QStringLiteral("/DCIM/100GOPRO/GX010001.THM");
        QImage picture(160, 120, QImage::Format_RGB32);
        picture.fill(Qt::magenta);
        QVERIFY(picture.save(thm, "JPEG"));
        thumbnails.want({ { path(1), thm } });
        QTRY_COMPARE_WITH_TIMEOUT(ready.count(), 1, 10000);
        const QImage image = ready.at(0).at(1).value<QImage>();
        QCOMPARE(image.size(), QSize(160, 120));
        const QColor centre = image.pixelColor(80, 60);
        QVERIFY2(centre.red() > 200 && centre.green() < 60 && centre.blue() > 200, qPrintable(centre.name()));
        QFile::remove(thm);
    }

    // Eject: the clip being made is stopped between two reads (here a FIFO that trickles,
    // as a slow card answers), and released() comes once its file is closed, not before.
    void releasedOnceNoFileBelowIsOpen()
    {
        const QString folder = QDir(TestVideo::scratchPath(QStringLiteral("slowcard"))).absolutePath();
        QDir(folder).removeRecursively();
        QVERIFY(QDir().mkpath(folder));
        QFile in(path(1));
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        const QString fifo = folder + QStringLiteral("/GX010099.MP4");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        std::atomic<bool> stopWriting { false };
        std::thread writer([&] {
            QFile out(fifo);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
                return;
            for (qsizetype at = 0; at < bytes.size() && !stopWriting; at += 1024) {
                if (out.write(bytes.mid(at, 1024)) < 0)
                    return; // the reader let go
                std::this_thread::sleep_for(std::chrono::milliseconds(50));
            }
        });
        CameraThumbnails thumbnails(Width);
        QSignalSpy ready(&thumbnails, &CameraThumbnails::ready);
        QSignalSpy released(&thumbnails, &CameraThumbnails::released);
        thumbnails.want({ { fifo, QString() } });
        QStringList openWhenReleased { QStringLiteral("(not released)") };
        connect(&thumbnails, &CameraThumbnails::released, this, [&] { openWhenReleased = openBelow(folder); });
        QTRY_VERIFY_WITH_TIMEOUT(!openBelow(folder).isEmpty(), 5000);
        thumbnails.release(folder);
        QTRY_COMPARE_WITH_TIMEOUT(released.count(), 1, CameraThumbnails::ReleaseWaitMs + 500);
        QCOMPARE(released.at(0).at(0).toString(), folder);
        QCOMPARE(openWhenReleased, QStringList());
        QCOMPARE(ready.count(), 0);
        stopWriting = true; // its reader gone, its next write fails (EPIPE) anyway
        writer.join();

        // Nothing below the folder in hand: released at once.
        thumbnails.release(m_card);
        QTRY_COMPARE_WITH_TIMEOUT(released.count(), 2, 200);
    }

private:
    static constexpr int Clips = 12;
    QString m_card;

    QString path(int i) const
    {
        return m_card + QStringLiteral("/DCIM/100GOPRO/GX01%1.MP4").arg(i, 4, 10, QLatin1Char('0'));
    }
};

QTEST_MAIN(TestCameraThumbnails)
#include "tst_camerathumbnails.moc"
