#include "testvideo.h"
#include "upload/multipartbody.h"

#include <QFile>
#include <QTest>

// MultipartBody alone: the framing, random access (QNAM rewinds to resend),
// reads of any size across part borders, and a file that gets shorter.
class TestMultipartBody : public QObject
{
    Q_OBJECT

    static QString makeFile(const QString &name, const QByteArray &content)
    {
        const QString path = TestVideo::scratchPath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return {};
        file.write(content);
        return path;
    }

    static QByteArray content(qint64 size)
    {
        QByteArray bytes(size, Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            bytes[i] = char((i * 131 + i / 7919) & 0xff);
        return bytes;
    }

    static const FormFields &fields()
    {
        static const FormFields f { { QStringLiteral("key"), QStringLiteral("a/b \"c\".mov") },
                                    { QStringLiteral("policy"), QStringLiteral("eyJ4Ijoi\u00e9") } };
        return f;
    }

    static QByteArray expected(const QByteArray &file)
    {
        return "--B\r\nContent-Disposition: form-data; name=\"key\"\r\n\r\na/b \"c\".mov\r\n"
               "--B\r\nContent-Disposition: form-data; name=\"policy\"\r\n\r\neyJ4Ijoi\xc3\xa9\r\n"
               "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"sw%22ing.mov\"\r\n"
               "Content-Type: video/mp4\r\n\r\n"
            + file + "\r\n--B--\r\n";
    }

private slots:
    void framingAndSizeAreFixedWhenOpened()
    {
        // Larger than one 256 KiB block, not a multiple of it.
        const QByteArray file = content(600 * 1024 + 3);
        const QString path = makeFile(QStringLiteral("body.mov"), file);
        MultipartBody body("B", fields(), path, QStringLiteral("sw\"ing.mov"), QStringLiteral("video/mp4"));
        QVERIFY(body.open(QIODevice::ReadOnly));
        QVERIFY(!body.isSequential());
        const QByteArray want = expected(file);
        QCOMPARE(body.size(), want.size());
        QCOMPARE(body.fileSize(), file.size());
        QCOMPARE(body.readAll(), want);
        QVERIFY(body.atEnd());
        QVERIFY(!body.fileChanged());
    }

    void readsOfAnySizeAndRewindsGiveTheSameBytes()
    {
        const QByteArray file = content(300 * 1024 + 11);
        const QString path = makeFile(QStringLiteral("odd.mov"), file);
        MultipartBody body("B", fields(), path, QStringLiteral("sw\"ing.mov"), QStringLiteral("video/mp4"));
        QVERIFY(body.open(QIODevice::ReadOnly));
        const QByteArray want = expected(file);
        for (const qint64 step : { 1, 7, 16 * 1024, 100000, 1 << 20 }) {
            QVERIFY(body.reset());
            QByteArray got;
            while (!body.atEnd()) {
                const QByteArray piece = body.read(step);
                QVERIFY(!piece.isEmpty());
                got += piece;
            }
            QCOMPARE(got, want);
        }
        // Random access, backwards across a block border and into the framing.
        for (const qint64 at : { want.size() - 5, qint64(200), qint64(270 * 1024), qint64(0) }) {
            QVERIFY(body.seek(at));
            QCOMPARE(body.read(9000), want.mid(at, 9000));
        }
    }

    void emptyFileStillHasItsPart()
    {
        const QString path = makeFile(QStringLiteral("empty.mov"), {});
        MultipartBody body("B", fields(), path, QStringLiteral("sw\"ing.mov"), QStringLiteral("video/mp4"));
        QVERIFY(body.open(QIODevice::ReadOnly));
        QCOMPARE(body.readAll(), expected({}));
    }

    void fileThatGetsShorterFailsTheRead()
    {
        const QByteArray file = content(1024 * 1024);
        const QString path = makeFile(QStringLiteral("shorter.mov"), file);
        MultipartBody body("B", fields(), path, QStringLiteral("sw\"ing.mov"), QStringLiteral("video/mp4"));
        QVERIFY(body.open(QIODevice::ReadOnly));
        const qint64 size = body.size();
        QVERIFY(QFile::resize(path, 100 * 1024));
        QByteArray got;
        qint64 n = 0;
        char buffer[16 * 1024];
        while ((n = body.read(buffer, sizeof buffer)) > 0)
            got.append(buffer, n);
        QCOMPARE(n, qint64(-1)); // never 0: QNAM would wait for more forever
        QVERIFY(body.fileChanged());
        QVERIFY(!body.fileUnreadable());
        QVERIFY(got.size() < size);
        QCOMPARE(body.size(), size); // the promised Content-Length does not move
    }

    void missingFileDoesNotOpen()
    {
        MultipartBody body("B", fields(), TestVideo::scratchPath(QStringLiteral("nowhere.mov")),
                           QStringLiteral("x.mov"), QStringLiteral("video/mp4"));
        QVERIFY(!body.open(QIODevice::ReadOnly));
        QVERIFY(!body.errorString().isEmpty());
        QVERIFY(!body.open(QIODevice::ReadWrite));
    }
};

QTEST_GUILESS_MAIN(TestMultipartBody)
#include "tst_multipartbody.moc"
