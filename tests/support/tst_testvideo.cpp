#include "testvideo.h"

#include <QFile>
#include <QTest>

// The helper every media test relies on must make what it promises: a
// QuickTime file of roughly the asked length, with the creation time set.
class TestTestVideo : public QObject
{
    Q_OBJECT

private slots:
    void makesAQuickTimeFile()
    {
        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("helper.mov"));
        video.seconds = 0.5;
        video.creationTime = QStringLiteral("2024-05-01T12:34:56Z");
        QFile::remove(video.path);
        const QString error = video.make();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        QFile file(video.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray head = file.read(12);
        QCOMPARE(head.mid(4, 4), QByteArray("ftyp"));
        QCOMPARE(head.mid(8, 4), QByteArray("qt  "));
        const QByteArray all = head + file.readAll();
        QVERIFY(all.contains("mvhd"));
        QVERIFY(all.contains("avc1"));
        QVERIFY(all.contains("mp4a"));
    }

    void reportsFfmpegFailure()
    {
        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("bad.mov"));
        video.size = QSize(-5, 7);
        QVERIFY(!video.make().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestTestVideo)
#include "tst_testvideo.moc"
