#include "jobs/run/bandwidthcap.h"
#include "jobs/run/cappedbody.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

// The shared token bucket and the body that reads through it: rates hold
// over time, bytes and size are unchanged, seeking back works (QNAM rewinds
// to resend).
class tst_BandwidthCap : public QObject
{
    Q_OBJECT

    static QByteArray randomBytes(qsizetype size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qsizetype i = 0; i < size; ++i)
            bytes[i] = char(QRandomGenerator::global()->generate());
        return bytes;
    }

    // Reads the device to its end the way QNAM does: read what is there,
    // wait for readyRead when nothing is.
    static QByteArray drain(QIODevice *device, int timeoutMs = 10000)
    {
        QByteArray out;
        QElapsedTimer clock;
        clock.start();
        char chunk[16 * 1024];
        while (!device->atEnd() && clock.elapsed() < timeoutMs) {
            const qint64 n = device->read(chunk, sizeof chunk);
            if (n < 0)
                break;
            if (n == 0) {
                QSignalSpy ready(device, &QIODevice::readyRead);
                ready.wait(1000);
                continue;
            }
            out.append(chunk, n);
        }
        return out;
    }

private slots:
    void theShareSplitsBetweenReaders()
    {
        BandwidthCap cap;
        QVERIFY(!cap.isOn());
        QCOMPARE(cap.shareBytesPerSecond(), 0.0);
        cap.setBytesPerSecond(1000);
        QCOMPARE(cap.shareBytesPerSecond(), 1000.0);
        cap.attach();
        cap.attach();
        QCOMPARE(cap.shareBytesPerSecond(), 500.0);
        cap.detach();
        cap.detach();
        cap.detach(); // never below zero
        QCOMPARE(cap.readers(), 0);
        QCOMPARE(cap.shareBytesPerSecond(), 1000.0);
    }

    void withoutACapABodyReadsAtOnce()
    {
        const QByteArray content = randomBytes(1024 * 1024);
        QBuffer body;
        body.setData(content);
        QVERIFY(body.open(QIODevice::ReadOnly));
        CappedBody capped(&body, std::make_shared<BandwidthCap>());
        QElapsedTimer clock;
        clock.start();
        QVERIFY(drain(&capped) == content);
        QVERIFY(clock.elapsed() < 400);
    }

    void aCappedBodyReadsTheSameBytesAtTheRate()
    {
        const QByteArray content = randomBytes(512 * 1024 + 7);
        QBuffer body;
        body.setData(content);
        QVERIFY(body.open(QIODevice::ReadOnly));
        auto cap = std::make_shared<BandwidthCap>();
        cap->setBytesPerSecond(1024 * 1024);
        CappedBody capped(&body, cap);
        QCOMPARE(capped.size(), content.size());
        QVERIFY(!capped.isSequential());
        QElapsedTimer clock;
        clock.start();
        const QByteArray read = drain(&capped);
        const qint64 ms = clock.elapsed();
        QCOMPARE(read.size(), content.size());
        QVERIFY(read == content);
        QVERIFY2(ms >= 450, qPrintable(QString::number(ms))); // 512 KiB at 1 MiB/s
        QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));

        // Rewound (a resend): the same bytes again from the start.
        QVERIFY(capped.seek(0));
        QCOMPARE(capped.pos(), qint64(0));
        cap->setBytesPerSecond(0);
        QVERIFY(drain(&capped) == content);
    }

    void twoBodiesShareOneCap()
    {
        const QByteArray content = randomBytes(256 * 1024);
        QBuffer a, b;
        a.setData(content);
        b.setData(content);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        auto cap = std::make_shared<BandwidthCap>();
        cap->setBytesPerSecond(1024 * 1024);
        CappedBody ca(&a, cap), cb(&b, cap);
        QElapsedTimer clock;
        clock.start();
        QByteArray ra, rb;
        qint64 aDoneMs = -1, bDoneMs = -1;
        char chunk[16 * 1024];
        while ((!ca.atEnd() || !cb.atEnd()) && clock.elapsed() < 10000) {
            // A greedy reader (a asks first, and often) must not starve b.
            qint64 na = 0;
            for (int i = 0; i < 4 && !ca.atEnd(); ++i) {
                const qint64 n = ca.read(chunk, sizeof chunk);
                if (n > 0) {
                    ra.append(chunk, n);
                    na += n;
                }
            }
            if (ca.atEnd() && aDoneMs < 0)
                aDoneMs = clock.elapsed();
            const qint64 nb = cb.atEnd() ? 0 : cb.read(chunk, sizeof chunk);
            if (nb > 0)
                rb.append(chunk, nb);
            if (cb.atEnd() && bDoneMs < 0)
                bDoneMs = clock.elapsed();
            if (na == 0 && nb == 0)
                QTest::qWait(2);
        }
        QVERIFY(ra == content && rb == content);
        // 512 KiB together at 1 MiB/s, not 256 KiB each at 1 MiB/s, and
        // shared evenly: both end together.
        QVERIFY2(clock.elapsed() >= 450, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(qAbs(aDoneMs - bDoneMs) < 150, qPrintable(QStringLiteral("%1 %2").arg(aDoneMs).arg(bDoneMs)));
        QCOMPARE(cap->readers(), 0); // both reached their end
    }
};

QTEST_GUILESS_MAIN(tst_BandwidthCap)
#include "tst_bandwidthcap.moc"
