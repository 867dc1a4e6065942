// The copy's read back (issue 24, item 4): what the disk gives back is checked
// against a Poly1305 tag of what was read from the card, under a key drawn for
// that one file. Files on the test's own folder (ext4 here, read with O_DIRECT)
// and on /dev/shm (tmpfs), of sizes that are and are not whole 4 KiB blocks.
#include "devices/copytag.h"

#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

class tst_CopyTag : public QObject
{
    Q_OBJECT

private slots:
    void aFileReadBackMatchesTheBytesWritten_data();
    void aFileReadBackMatchesTheBytesWritten();
    void aChangedByteIsTold_data();
    void aChangedByteIsTold();
    void aShorterOrLongerFileIsTold();
    void eachFileHasItsOwnKey();
    void aWrongKeyOrNoTagNeverMatches();

private:
    static QByteArray randomBytes(qint64 size)
    {
        QByteArray bytes(int(size), Qt::Uninitialized);
        for (qint64 i = 0; i < size; ++i)
            bytes[int(i)] = char(QRandomGenerator::global()->bounded(256));
        return bytes;
    }
    static QByteArray tagOf(const QByteArray &key, const QByteArray &bytes, int pieces)
    {
        CopyTag tag(key);
        const qsizetype step = pieces > 0 ? bytes.size() / pieces + 1 : bytes.size();
        for (qsizetype at = 0; at < bytes.size(); at += step)
            tag.addData(QByteArrayView(bytes.constData() + at, qMin(step, bytes.size() - at)));
        return tag.result();
    }
    static QString write(const QString &folder, const QByteArray &bytes)
    {
        const QString path = folder + QStringLiteral("/copy.part");
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
            return {};
        file.close();
        return path;
    }
};

void tst_CopyTag::aFileReadBackMatchesTheBytesWritten_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<bool>("onTmpfs");
    for (const bool tmpfs : { false, true }) {
        const char *where = tmpfs ? "tmpfs" : "disk";
        QTest::addRow("%s, empty", where) << qint64(0) << tmpfs;
        QTest::addRow("%s, one byte", where) << qint64(1) << tmpfs;
        QTest::addRow("%s, one block", where) << qint64(4096) << tmpfs;
        QTest::addRow("%s, 3 MiB + 5 bytes", where) << qint64(3 * 1024 * 1024 + 5) << tmpfs;
        QTest::addRow("%s, 2 MiB exactly", where) << qint64(2 * 1024 * 1024) << tmpfs;
    }
}

void tst_CopyTag::aFileReadBackMatchesTheBytesWritten()
{
    QFETCH(qint64, size);
    QFETCH(bool, onTmpfs);
    if (onTmpfs && !QFileInfo(QStringLiteral("/dev/shm")).isWritable())
        QFAIL("/dev/shm is not writable here");
    QTemporaryDir dir(onTmpfs ? QStringLiteral("/dev/shm/tst_copytag-XXXXXX") : QString());
    QVERIFY(dir.isValid());
    const QByteArray bytes = randomBytes(size);
    const QByteArray key = CopyTag::newKey();
    QCOMPARE(key.size(), CopyTag::KeyBytes);
    const QByteArray tag = tagOf(key, bytes, 7); // fed in pieces, as the hasher does chunk by chunk
    QCOMPARE(tag.size(), 16);
    QCOMPARE(tagOf(key, bytes, 1), tag);
    const QString path = write(dir.path(), bytes);
    QVERIFY(!path.isEmpty());
    QVERIFY(CopyTag::fileMatches(path, size, key, tag));
}

void tst_CopyTag::aChangedByteIsTold_data()
{
    QTest::addColumn<qint64>("at");
    QTest::addRow("the first byte") << qint64(0);
    QTest::addRow("in the first MiB") << qint64(4097);
    QTest::addRow("in the middle") << qint64(1536 * 1024 + 3);
    QTest::addRow("the last byte") << qint64(3 * 1024 * 1024 + 4);
}

void tst_CopyTag::aChangedByteIsTold()
{
    QFETCH(qint64, at);
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(3 * 1024 * 1024 + 5);
    const QByteArray key = CopyTag::newKey();
    const QByteArray tag = tagOf(key, bytes, 3);
    QByteArray changed = bytes;
    changed[int(at)] = char(changed.at(int(at)) ^ 0x01); // one bit
    const QString path = write(dir.path(), changed);
    QVERIFY(!path.isEmpty());
    QVERIFY(!CopyTag::fileMatches(path, bytes.size(), key, tag));
    QVERIFY(CopyTag::fileMatches(path, bytes.size(), key, tagOf(key, changed, 1)));
}

void tst_CopyTag::aShorterOrLongerFileIsTold()
{
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(1024 * 1024 + 100);
    const QByteArray key = CopyTag::newKey();
    const QByteArray tag = tagOf(key, bytes, 1);
    QString path = write(dir.path(), bytes.left(bytes.size() - 1));
    QVERIFY(!CopyTag::fileMatches(path, bytes.size(), key, tag));
    path = write(dir.path(), bytes + QByteArray(1, '\0'));
    QVERIFY(!CopyTag::fileMatches(path, bytes.size(), key, tag));
    QVERIFY(!CopyTag::fileMatches(dir.filePath(QStringLiteral("none")), bytes.size(), key, tag));
    path = write(dir.path(), bytes);
    QVERIFY(CopyTag::fileMatches(path, bytes.size(), key, tag));
}

void tst_CopyTag::eachFileHasItsOwnKey()
{
    const QByteArray bytes = randomBytes(10000);
    const QByteArray a = CopyTag::newKey();
    const QByteArray b = CopyTag::newKey();
    QVERIFY(a != b);
    QVERIFY(tagOf(a, bytes, 1) != tagOf(b, bytes, 1));
}

void tst_CopyTag::aWrongKeyOrNoTagNeverMatches()
{
    QTemporaryDir dir;
    const QByteArray bytes = randomBytes(5000);
    const QByteArray key = CopyTag::newKey();
    const QString path = write(dir.path(), bytes);
    QVERIFY(!CopyTag::fileMatches(path, bytes.size(), CopyTag::newKey(), tagOf(key, bytes, 1)));
    QVERIFY(!CopyTag::fileMatches(path, bytes.size(), key, QByteArray()));
    CopyTag shortKey(QByteArray(16, 'k'));
    QVERIFY(!shortKey.isValid());
    QVERIFY(shortKey.result().isEmpty());
    QVERIFY(!CopyTag::fileMatches(path, bytes.size(), QByteArray(16, 'k'), tagOf(key, bytes, 1)));
}

QTEST_GUILESS_MAIN(tst_CopyTag)
#include "tst_copytag.moc"
