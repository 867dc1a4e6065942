// What the devices room reads from outside, parsed (issue 24): mount table
// lines, boot sectors (checked against blkid on images mkfs makes here), file
// names of cameras, and the identity store.
#include "testvideo.h"

#include "devices/camerasource.h"
#include "devices/clipidentity.h"
#include "devices/importedclips.h"
#include "devices/linux/linuxsourcebackend.h"
#include "devices/mountinfo.h"
#include "devices/sourcescan.h"
#include "devices/volumeid.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

class tst_DeviceParsing : public QObject
{
    Q_OBJECT

private slots:
    void mountInfoLine();
    void mountInfoEscapes();
    void mountInfoRejectsMalformed_data();
    void mountInfoRejectsMalformed();
    void systemMountsAreNotLookedInto();
    void bootSectorMatchesBlkid_data();
    void bootSectorMatchesBlkid();
    void bootSectorRejectsOthers();
    void cameraNames();
    void identityCoversBothEnds();
    void storeRecordsAndFinds();
    void storeRefusesANewerSchema();
};

void tst_DeviceParsing::mountInfoLine()
{
    const auto e = MountEntry::parse(
        "50 26 8:17 / /media/coach/GOPRO rw,nosuid,nodev,relatime shared:1 master:2 - exfat /dev/sdb1 rw,uid=1000\n");
    QVERIFY(e);
    QCOMPARE(e->id, 50);
    QCOMPARE(e->parentId, 26);
    QCOMPARE(e->major, 8);
    QCOMPARE(e->minor, 17);
    QCOMPARE(e->root, QStringLiteral("/"));
    QCOMPARE(e->mountPoint, QStringLiteral("/media/coach/GOPRO"));
    QCOMPARE(e->fsType, QStringLiteral("exfat"));
    QCOMPARE(e->source, QStringLiteral("/dev/sdb1"));
    QVERIFY(!e->readOnly);
    const auto ro = MountEntry::parse("51 26 0:45 / /mnt/ro ro,relatime - vfat /dev/sdc1 ro");
    QVERIFY(ro && ro->readOnly);
}

void tst_DeviceParsing::mountInfoEscapes()
{
    const auto e = MountEntry::parse("52 26 7:0 / /media/coach/GOPRO\\040CARD\\134x\\011y rw - fuseblk /dev/loop0 rw");
    QVERIFY(e);
    QCOMPARE(e->mountPoint, QStringLiteral("/media/coach/GOPRO CARD\\x\ty"));
    QCOMPARE(MountEntry::unescape("a\\040b").value(), QByteArray("a b"));
    QVERIFY(!MountEntry::unescape("a\\04").has_value()); // cut short
    QVERIFY(!MountEntry::unescape("a\\09x").has_value()); // not octal
    QVERIFY(!MountEntry::unescape("a\\000").has_value()); // NUL
    QVERIFY(!MountEntry::unescape("a\\").has_value());
}

void tst_DeviceParsing::mountInfoRejectsMalformed_data()
{
    QTest::addColumn<QByteArray>("line");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("no separator") << QByteArray("36 35 98:0 /mnt1 /mnt2 rw,noatime ext3 /dev/root rw");
    QTest::newRow("no fs type") << QByteArray("36 35 98:0 /mnt1 /mnt2 rw -");
    QTest::newRow("no minor") << QByteArray("36 35 98 /mnt1 /mnt2 rw - ext3 /dev/root rw");
    QTest::newRow("relative mount point") << QByteArray("36 35 98:0 / mnt2 rw - ext3 /dev/root rw");
    QTest::newRow("letters for id") << QByteArray("x 35 98:0 / /mnt2 rw - ext3 /dev/root rw");
    QTest::newRow("huge id") << QByteArray("99999999999 35 98:0 / /m rw - ext3 s rw");
    QTest::newRow("too long") << (QByteArray("36 35 98:0 / /") + QByteArray(70000, 'a') + " rw - ext3 s rw");
}

void tst_DeviceParsing::mountInfoRejectsMalformed()
{
    QFETCH(QByteArray, line);
    QVERIFY(!MountEntry::parse(line).has_value());
    // A whole file keeps its good lines.
    const QList<MountEntry> all = MountEntry::parseAll(line + "\n36 35 98:0 / /ok rw - ext3 s rw\n");
    QCOMPARE(all.size(), 1);
    QCOMPARE(all.first().mountPoint, QStringLiteral("/ok"));
}

void tst_DeviceParsing::systemMountsAreNotLookedInto()
{
    const auto mount = [](const char *line) { return MountEntry::parse(line).value(); };
    QVERIFY(LinuxSourceBackend::isCandidate(mount("1 2 8:17 / /media/coach/GOPRO rw - exfat /dev/sdb1 rw")));
    QVERIFY(LinuxSourceBackend::isCandidate(mount("1 2 8:17 / /run/media/coach/EOS rw - vfat /dev/sdb1 rw")));
    QVERIFY(LinuxSourceBackend::isCandidate(mount("1 2 7:0 / /tmp/card rw - fuseblk /dev/loop0 rw")));
    QVERIFY(!LinuxSourceBackend::isCandidate(mount("1 2 0:5 / /proc rw - proc proc rw")));
    QVERIFY(!LinuxSourceBackend::isCandidate(mount("1 2 8:1 / / rw - ext4 /dev/sda1 rw")));
    QVERIFY(!LinuxSourceBackend::isCandidate(mount("1 2 0:40 / /run/user/1000 rw - tmpfs tmpfs rw")));
    QVERIFY(!LinuxSourceBackend::isCandidate(mount("1 2 0:41 / /mnt/nas rw - nfs4 nas:/x rw")));
    QVERIFY(
        !LinuxSourceBackend::isCandidate(mount("1 2 0:45 / /run/user/1000/gvfs rw - fuse.gvfsd-fuse gvfsd-fuse rw")));
    QVERIFY(!LinuxSourceBackend::isCandidate(mount("1 2 7:3 / /snap/core/1 ro - squashfs /dev/loop3 ro")));
}

void tst_DeviceParsing::bootSectorMatchesBlkid_data()
{
    QTest::addColumn<QStringList>("mkfs");
    QTest::addColumn<QString>("fileSystem");
    QTest::addColumn<QString>("label");
    QTest::newRow("exFAT") << QStringList(
        { QStringLiteral("mkfs.exfat"), QStringLiteral("-L"), QStringLiteral("GOPRO CARD") })
                           << QStringLiteral("exfat") << QStringLiteral("GOPRO CARD");
    QTest::newRow("FAT32") << QStringList({ QStringLiteral("mkfs.vfat"), QStringLiteral("-F"), QStringLiteral("32"),
                                            QStringLiteral("-n"), QStringLiteral("CANON_EOS") })
                           << QStringLiteral("vfat") << QStringLiteral("CANON_EOS");
    QTest::newRow("FAT16") << QStringList({ QStringLiteral("mkfs.vfat"), QStringLiteral("-F"), QStringLiteral("16"),
                                            QStringLiteral("-n"), QStringLiteral("SONY") })
                           << QStringLiteral("vfat") << QStringLiteral("SONY");
    QTest::newRow("FAT32 without a label")
        << QStringList({ QStringLiteral("mkfs.vfat"), QStringLiteral("-F"), QStringLiteral("32") })
        << QStringLiteral("vfat") << QString();
}

void tst_DeviceParsing::bootSectorMatchesBlkid()
{
    QFETCH(QStringList, mkfs);
    QFETCH(QString, fileSystem);
    QFETCH(QString, label);
    const QString image = TestVideo::scratchPath(QStringLiteral("volume.img"));
    QFile::remove(image);
    {
        QFile f(image);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.resize(64 * 1024 * 1024));
    }
    QProcess p;
    p.start(mkfs.takeFirst(), mkfs << image);
    QVERIFY2(p.waitForFinished(30000) && p.exitCode() == 0, p.readAllStandardError().constData());
    p.start(QStringLiteral("blkid"),
            { QStringLiteral("-p"), QStringLiteral("-o"), QStringLiteral("value"), QStringLiteral("-s"),
              QStringLiteral("UUID"), image });
    QVERIFY(p.waitForFinished(30000));
    const QString blkidUuid = QString::fromLatin1(p.readAllStandardOutput()).trimmed();
    QVERIFY(!blkidUuid.isEmpty());

    // The image is read as VolumeId reads a device: the first sector, then exFAT's root directory.
    const VolumeId id = VolumeId::readDevice(image);
    QCOMPARE(id.fileSystem, fileSystem);
    QCOMPARE(id.uuid, blkidUuid);
    QCOMPARE(id.label, label);
    QFile::remove(image);
}

void tst_DeviceParsing::bootSectorRejectsOthers()
{
    QVERIFY(!VolumeId::fromBootSector(QByteArray(512, '\0')).isValid());
    QVERIFY(!VolumeId::fromBootSector(QByteArray(100, '\0')).isValid());
    QByteArray exfat(512, '\0');
    exfat.replace(3, 8, "EXFAT   ");
    QVERIFY(!VolumeId::fromBootSector(exfat).isValid()); // no 0x55AA signature
    exfat[510] = char(0x55);
    exfat[511] = char(0xAA);
    const VolumeId id = VolumeId::fromBootSector(exfat);
    QCOMPARE(id.fileSystem, QStringLiteral("exfat"));
    QCOMPARE(id.exfatRootOffset, qint64(-1)); // sector and cluster sizes out of the specification's range
    // A label entry with control characters is no label.
    QByteArray directory(64, '\0');
    directory[0] = char(0x83);
    directory[1] = char(2);
    directory[2] = 'A';
    directory[4] = char(0x07);
    QCOMPARE(VolumeId::exfatLabelFromRootDirectory(directory), QString());
    directory[4] = 'B';
    QCOMPARE(VolumeId::exfatLabelFromRootDirectory(directory), QStringLiteral("AB"));
}

void tst_DeviceParsing::cameraNames()
{
    QVERIFY(CameraSource::isDcfFolderName(QStringLiteral("100APPLE")));
    QVERIFY(CameraSource::isDcfFolderName(QStringLiteral("100GOPRO")));
    QVERIFY(CameraSource::isDcfFolderName(QStringLiteral("999_PANA")));
    QVERIFY(!CameraSource::isDcfFolderName(QStringLiteral("099APPLE")));
    QVERIFY(!CameraSource::isDcfFolderName(QStringLiteral("100APPLE1")));
    QVERIFY(!CameraSource::isDcfFolderName(QStringLiteral(".thumbnails")));
    QString recording;
    int chapter = 0;
    QVERIFY(SourceScan::goProChapter(QStringLiteral("GX010042.MP4"), &recording, &chapter));
    QCOMPARE(recording, QStringLiteral("GX0042"));
    QCOMPARE(chapter, 1);
    QVERIFY(SourceScan::goProChapter(QStringLiteral("gx020042.mp4"), &recording, &chapter));
    QCOMPARE(recording, QStringLiteral("GX0042"));
    QCOMPARE(chapter, 2);
    QVERIFY(SourceScan::goProChapter(QStringLiteral("GOPR0042.MP4"), &recording, &chapter));
    QCOMPARE(chapter, 0);
    QVERIFY(SourceScan::goProChapter(QStringLiteral("GP010042.MP4"), &recording, &chapter));
    QCOMPARE(recording, QStringLiteral("GOPR0042"));
    QVERIFY(!SourceScan::goProChapter(QStringLiteral("GL010042.LRV"), &recording, &chapter));
    QVERIFY(!SourceScan::goProChapter(QStringLiteral("IMG_0001.MOV"), &recording, &chapter));
    for (const char *companion : { "GX010042.THM", "GL010042.LRV", "00000.CPI", "00000.MPL", "C0001M01.XML" }) {
        QVERIFY(SourceScan::isCompanionFile(QString::fromLatin1(companion)));
        QVERIFY(!SourceScan::isVideoFile(QString::fromLatin1(companion)));
    }
    for (const char *video : { "IMG_0001.MOV", "VID_20261203_111500.mp4", "00000.MTS", "GX010042.MP4" })
        QVERIFY(SourceScan::isVideoFile(QString::fromLatin1(video)));
}

void tst_DeviceParsing::identityCoversBothEnds()
{
    const QString path = TestVideo::scratchPath(QStringLiteral("identity.bin"));
    const auto identityOf = [&](const QByteArray &bytes) {
        QFile f(path);
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes);
        f.close();
        QString problem;
        return ClipIdentity::read(path, bytes.size(), std::chrono::seconds(5), &problem);
    };
    QByteArray big(3 * 1024 * 1024, 'x');
    const ClipIdentity base = identityOf(big);
    QVERIFY(base.isValid());
    QCOMPARE(base.size, big.size());
    QCOMPARE(base.edgeSha256,
             QCryptographicHash::hash(big.left(1024 * 1024) + big.right(1024 * 1024), QCryptographicHash::Sha256));
    QByteArray changed = big;
    changed[10] = 'y';
    QVERIFY(identityOf(changed) != base); // the first MiB
    changed = big;
    changed[big.size() - 10] = 'y';
    QVERIFY(identityOf(changed) != base); // the last MiB
    QVERIFY(identityOf(big + 'x') != base); // the size
    // A small file: the two ends are all of it.
    const QByteArray small(1000, 's');
    QCOMPARE(identityOf(small).edgeSha256, QCryptographicHash::hash(small + small, QCryptographicHash::Sha256));
    QString problem;
    QVERIFY(!ClipIdentity::read(path + QStringLiteral(".missing"), 10, std::chrono::seconds(5), &problem).isValid());
    QVERIFY(!problem.isEmpty());
}

void tst_DeviceParsing::storeRecordsAndFinds()
{
    const QString path = TestVideo::scratchPath(QStringLiteral("imported-store.sqlite"));
    QFile::remove(path);
    ImportedClips::Record r;
    r.identity = ClipIdentity::fromEdges(1234, "first", "last");
    r.sha256 = QByteArray(32, 'h');
    r.volumeUuid = QStringLiteral("1A2B-3C4D");
    r.devicePath = QStringLiteral("DCIM/100GOPRO/GX010042.MP4");
    r.captureTime = QDateTime(QDate(2026, 12, 3), QTime(10, 15), Qt::UTC);
    r.durationMs = 4000;
    r.copiedTo = QStringLiteral("/home/coach/Videos/GX010042.MP4");
    {
        ImportedClips store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QVERIFY(store.knownSizes().isEmpty());
        QVERIFY(store.record(r));
        QVERIFY(store.record(r)); // the same clip again: still one row
        QCOMPARE(store.count(), 1);
    }
    ImportedClips store;
    QVERIFY(store.open(path));
    QCOMPARE(store.knownSizes(), QSet<qint64>({ 1234 }));
    const auto found = store.find(r.identity);
    QVERIFY(found);
    QCOMPARE(found->sha256, r.sha256);
    QCOMPARE(found->volumeUuid, r.volumeUuid);
    QCOMPARE(found->devicePath, r.devicePath);
    QCOMPARE(found->captureTime, r.captureTime);
    QCOMPARE(found->durationMs, r.durationMs);
    QCOMPARE(found->copiedTo, r.copiedTo);
    QVERIFY(found->importedAt.isValid());
    QVERIFY(!store.find(ClipIdentity::fromEdges(1234, "first", "other")));
    QVERIFY(!store.find(ClipIdentity::fromEdges(1235, "first", "last")));
    QVERIFY(!store.record(ImportedClips::Record())); // no identity, no record
}

void tst_DeviceParsing::storeRefusesANewerSchema()
{
    const QString path = TestVideo::scratchPath(QStringLiteral("imported-newer.sqlite"));
    QFile::remove(path);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("newer"));
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery(db).exec(QStringLiteral("PRAGMA user_version = 7"));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("newer"));
    ImportedClips store;
    QVERIFY(!store.open(path));
    QVERIFY2(store.errorString().contains(QLatin1String("newer version")), qPrintable(store.errorString()));
}

QTEST_GUILESS_MAIN(tst_DeviceParsing)
#include "tst_deviceparsing.moc"
