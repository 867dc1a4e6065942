#include "media/quicktimeheader.h"
#include "rotatedvideo.h"
#include "testvideo.h"

#include <QBuffer>
#include <QTest>

class TestQuickTimeHeader : public QObject
{
    Q_OBJECT

private slots:
    void readsDurationSizeFrameRateAndCreationTime()
    {
        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("header.mov"));
        video.seconds = 2;
        video.size = QSize(640, 360);
        video.fps = 25;
        video.creationTime = QStringLiteral("2024-05-01T12:34:56Z");
        const QString error = video.make();
        QVERIFY2(error.isEmpty(), qPrintable(error));

        const QuickTimeHeader header = QuickTimeHeader::read(video.path);
        QVERIFY2(header.valid, qPrintable(header.problem));
        QVERIFY2(qAbs(header.durationMs - 2000) <= 50, qPrintable(QString::number(header.durationMs)));
        QCOMPARE(header.videoSize, QSize(640, 360));
        QCOMPARE(header.frameRate, 25.0);
        QCOMPARE(header.rotation, 0);
        QCOMPARE(header.creationTime, QDateTime(QDate(2024, 5, 1), QTime(12, 34, 56), Qt::UTC));
    }

    void readsRotationOfTheVideoTrack_data()
    {
        QTest::addColumn<int>("degrees");
        QTest::newRow("90") << 90;
        QTest::newRow("180") << 180;
        QTest::newRow("270") << 270;
    }

    void readsRotationOfTheVideoTrack()
    {
        QFETCH(int, degrees);
        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("rotated-%1.mov").arg(degrees));
        video.seconds = 0.5;
        video.audio = false;
        QVERIFY(video.make().isEmpty());
        QVERIFY(writeRotation(video.path, degrees));
        const QuickTimeHeader header = QuickTimeHeader::read(video.path);
        QVERIFY(header.valid);
        QCOMPARE(header.rotation, degrees);
        QCOMPARE(header.videoSize, QSize(320, 240));
    }

    void noCreationTimeStaysInvalid()
    {
        TestVideo video;
        video.path = TestVideo::scratchPath(QStringLiteral("undated.mov"));
        video.seconds = 0.5;
        QVERIFY(video.make().isEmpty());
        const QuickTimeHeader header = QuickTimeHeader::read(video.path);
        QVERIFY(header.valid);
        // ffmpeg writes 0 (1904) when no creation_time is given.
        QVERIFY(!header.creationTime.isValid() || header.creationTime.date().year() > 2000);
    }

    void rejectsWhatIsNotQuickTime()
    {
        QByteArray junk(4096, 'x');
        QBuffer buffer(&junk);
        buffer.open(QIODevice::ReadOnly);
        const QuickTimeHeader header = QuickTimeHeader::read(&buffer);
        QVERIFY(!header.valid);
        QVERIFY(!header.problem.isEmpty());

        // An atom claiming to be larger than the file must not be trusted.
        QByteArray lying = QByteArray::fromHex("7fffffff") + "moov" + QByteArray(64, '\0');
        QBuffer lyingBuffer(&lying);
        lyingBuffer.open(QIODevice::ReadOnly);
        QVERIFY(!QuickTimeHeader::read(&lyingBuffer).valid);

        QVERIFY(!QuickTimeHeader::read(TestVideo::scratchPath(QStringLiteral("missing.mov"))).valid);
    }
};

QTEST_GUILESS_MAIN(TestQuickTimeHeader)
#include "tst_quicktimeheader.moc"
