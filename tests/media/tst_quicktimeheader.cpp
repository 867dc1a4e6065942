#include "media/quicktimeheader.h"
#include "rotatedvideo.h"
#include "testvideo.h"

#include <QBuffer>
#include <QTest>
#include <QtEndian>

namespace {

QByteArray be32(quint32 v)
{
    QByteArray b(4, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray be64(quint64 v)
{
    QByteArray b(8, '\0');
    qToBigEndian(v, b.data());
    return b;
}

QByteArray atom(const char *type, const QByteArray &body)
{
    return be32(quint32(8 + body.size())) + QByteArray(type, 4) + body;
}

// A movie header of version 1 (64-bit times) and one video track whose
// sample table holds `samples` frames over `mediaDuration` in `mediaTimescale`.
QByteArray craftedMovie(quint64 created, quint32 timescale, quint64 duration, quint32 mediaTimescale,
                        quint64 mediaDuration, quint32 samples)
{
    const QByteArray mvhd = atom("mvhd",
                                 QByteArray(1, '\1') + QByteArray(3, '\0') + be64(created) + be64(created)
                                     + be32(timescale) + be64(duration) + QByteArray(80, '\0'));
    const QByteArray mdhd = atom("mdhd",
                                 QByteArray(1, '\1') + QByteArray(3, '\0') + be64(created) + be64(created)
                                     + be32(mediaTimescale) + be64(mediaDuration) + QByteArray(4, '\0'));
    const QByteArray hdlr = atom("hdlr", QByteArray(8, '\0') + "vide" + QByteArray(12, '\0'));
    const QByteArray stts = atom("stts", QByteArray(4, '\0') + be32(1) + be32(samples) + be32(1));
    const QByteArray trak = atom("trak", atom("mdia", mdhd + hdlr + atom("minf", atom("stbl", stts))));
    return atom("ftyp", "qt  " + QByteArray(4, '\0')) + atom("moov", mvhd + trak);
}

QuickTimeHeader readBytes(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    return QuickTimeHeader::read(&buffer);
}

} // namespace

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

    // The crafted header UBSan caught: a version-1 duration of 2^63 and more
    // (float to integer overflow) and a creation time of 2^63 (signed
    // overflow). Durations saturate, impossible times are unknown.
    void absurdTimesAreSaturatedOrUnknown()
    {
        const QuickTimeHeader huge = readBytes(craftedMovie(quint64(1) << 63, 1, ~quint64(0), 600, 600, 60));
        QVERIFY(huge.valid);
        QVERIFY(huge.durationMs > 0);
        QVERIFY2(huge.durationMs <= qint64(1000) * 366 * 24 * 3600 * 1000,
                 qPrintable(QString::number(huge.durationMs)));
        QVERIFY(!huge.creationTime.isValid());

        const QuickTimeHeader maxed = readBytes(craftedMovie(~quint64(0), 1000, quint64(1) << 63, 600, 600, 60));
        QVERIFY(maxed.valid);
        QVERIFY(!maxed.creationTime.isValid());

        // Sane values still read exactly: 2026-12-03 10:15:00 UTC, 3.5 s at 60 fps.
        const quint64 created
            = quint64(QDateTime(QDate(2026, 12, 3), QTime(10, 15), Qt::UTC).toSecsSinceEpoch()) + 2082844800;
        const QuickTimeHeader sane = readBytes(craftedMovie(created, 1000, 3500, 600, 2100, 210));
        QVERIFY(sane.valid);
        QCOMPARE(sane.durationMs, qint64(3500));
        QCOMPARE(sane.creationTime, QDateTime(QDate(2026, 12, 3), QTime(10, 15), Qt::UTC));
        QCOMPARE(sane.frameRate, 60.0);
    }

    void frameRatesOutsideWhatCamerasDoAreUnknown_data()
    {
        QTest::addColumn<quint32>("samples");
        QTest::addColumn<quint64>("mediaDuration"); // in 1/600 s
        QTest::addColumn<double>("frameRate");
        QTest::newRow("240 fps") << quint32(2400) << quint64(6000) << 240.0;
        QTest::newRow("1 fps") << quint32(10) << quint64(6000) << 1.0;
        QTest::newRow("0.5 fps") << quint32(5) << quint64(6000) << 0.0;
        QTest::newRow("billions") << quint32(4000000000u) << quint64(1) << 0.0;
        QTest::newRow("20000 fps") << quint32(200000) << quint64(6000) << 0.0;
    }

    void frameRatesOutsideWhatCamerasDoAreUnknown()
    {
        QFETCH(quint32, samples);
        QFETCH(quint64, mediaDuration);
        QFETCH(double, frameRate);
        const QuickTimeHeader header = readBytes(craftedMovie(0, 600, 6000, 600, mediaDuration, samples));
        QVERIFY(header.valid);
        QCOMPARE(header.frameRate, frameRate);
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
