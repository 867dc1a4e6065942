// Cards made at test time (exFAT through FUSE on a loop device, FAT32 through
// fusefat), holding clips ffmpeg makes as cameras write them: noticed when
// mounted, listed, imported once and only once (issue 24, items 1, 3, 4, 6).
#include "cardimage.h"
#include "testvideo.h"

#include "devices/clipimport.h"
#include "devices/importedclips.h"
#include "devices/sourcescan.h"
#include "devices/sourcewatcher.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <vector>

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

// Every file below a folder, relative path -> SHA-256.
QMap<QString, QByteArray> contents(const QString &folder)
{
    QMap<QString, QByteArray> map;
    QDir dir(folder);
    const QFileInfoList files = dir.entryInfoList(QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden);
    for (const QFileInfo &f : files)
        map.insert(f.fileName(), sha256Of(f.filePath()));
    return map;
}

} // namespace

class tst_CardImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void listedWithinASecondOfMountAndGoneWhenUnmounted();
    void scanListsRecordingsNotCompanions();
    void importCopiesIdenticalFilesAndOnlyOnce();
    void fat32CardImportsToo();

private:
    CardImage *makeCard(CardImage::Format format, const QString &name, const QString &tree);
    CameraSource sourceAt(const QString &mountPoint);
    ScanResult scan(const CameraSource &source);
    ImportOutcome import(const CameraSource &source, const QList<DeviceClip> &clips);

    QString m_tmp;
    QString m_tree; // the card's files, made once
    QString m_case; // this test function's folder
    QString m_store;
    QString m_destination;
    std::vector<std::unique_ptr<CardImage>> m_cards;
};

void tst_CardImport::initTestCase()
{
    // Not skipped: CI installs the tools (scripts/setup-deps) and runs as root.
    const QString missing
        = CardImage::missingTools(CardImage::Format::ExFat) + CardImage::missingTools(CardImage::Format::Fat32);
    if (!missing.isEmpty())
        QFAIL(qPrintable(QStringLiteral("these tests make real card images and cannot run: ") + missing));
    m_tmp = QFileInfo(TestVideo::scratchPath(QStringLiteral("cards"))).absoluteFilePath();
    CardImage::cleanStale(m_tmp);
    QDir(m_tmp).removeRecursively();
    m_tree = m_tmp + QStringLiteral("/tree");
    const QDir tree(m_tree);
    for (const QString &d :
         { QStringLiteral("DCIM/100APPLE"), QStringLiteral("DCIM/Camera"), QStringLiteral("DCIM/100GOPRO"),
           QStringLiteral("PRIVATE/AVCHD/BDMV/STREAM"), QStringLiteral("PRIVATE/AVCHD/BDMV/CLIPINF"),
           QStringLiteral("PRIVATE/AVCHD/BDMV/PLAYLIST") })
        QVERIFY(tree.mkpath(d));
    // iPhone: HEVC in a QuickTime .MOV tagged hvc1, as an iPhone writes it.
    QCOMPARE(TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                 QStringLiteral("testsrc2=duration=2:size=320x240:rate=30"), QStringLiteral("-c:v"),
                                 QStringLiteral("libx265"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                                 QStringLiteral("-x265-params"), QStringLiteral("log-level=error"),
                                 QStringLiteral("-tag:v"), QStringLiteral("hvc1"), QStringLiteral("-metadata"),
                                 QStringLiteral("creation_time=2026-12-03T10:15:00Z"), QStringLiteral("-f"),
                                 QStringLiteral("mov"), tree.filePath(QStringLiteral("DCIM/100APPLE/IMG_0001.MOV")) }),
             QString());
    QCOMPARE(TestVideo::makeCameraClip(tree.filePath(QStringLiteral("DCIM/Camera/VID_20261203_111500.mp4")),
                                       QStringLiteral("android"), 2),
             QString());
    QCOMPARE(TestVideo::makeCameraClip(tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010042.MP4")),
                                       QStringLiteral("mp4"), 3),
             QString());
    QCOMPARE(TestVideo::makeCameraClip(tree.filePath(QStringLiteral("DCIM/100GOPRO/GX020042.MP4")),
                                       QStringLiteral("mp4"), 1),
             QString());
    // GoPro's low-resolution companion: an MP4 by another name.
    QCOMPARE(TestVideo::makeCameraClip(m_tmp + QStringLiteral("/lrv.mp4"), QStringLiteral("mp4"), 2), QString());
    QVERIFY(
        QFile::rename(m_tmp + QStringLiteral("/lrv.mp4"), tree.filePath(QStringLiteral("DCIM/100GOPRO/GL010042.LRV"))));
    QCOMPARE(TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                 QStringLiteral("testsrc2=size=160x120"), QStringLiteral("-frames:v"),
                                 QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("mjpeg"),
                                 tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010042.THM")) }),
             QString());
    QCOMPARE(TestVideo::makeCameraClip(tree.filePath(QStringLiteral("PRIVATE/AVCHD/BDMV/STREAM/00000.MTS")),
                                       QStringLiteral("mts"), 2),
             QString());
    for (const QString &f : { QStringLiteral("PRIVATE/AVCHD/BDMV/CLIPINF/00000.CPI"),
                              QStringLiteral("PRIVATE/AVCHD/BDMV/PLAYLIST/00000.MPL") }) {
        QFile file(tree.filePath(f));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(256, 'c'));
    }
}

void tst_CardImport::init()
{
    m_case = m_tmp + QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction());
    QDir(m_case).removeRecursively();
    QVERIFY(QDir().mkpath(m_case));
    m_store = m_case + QStringLiteral("/imported.sqlite");
    m_destination = m_case + QStringLiteral("/library");
}

void tst_CardImport::cleanup()
{
    m_cards.clear(); // unmounts, detaches the loop devices, removes the images
    CardImage::cleanStale(m_case);
}

CardImage *tst_CardImport::makeCard(CardImage::Format format, const QString &name, const QString &tree)
{
    auto card = std::make_unique<CardImage>();
    const QString e = card->create(format, m_case + QLatin1Char('/') + name + QStringLiteral(".img"), 96 * 1024 * 1024,
                                   name.left(11).toUpper(), tree);
    if (!e.isEmpty()) {
        qWarning("%s", qPrintable(e));
        return nullptr;
    }
    m_cards.push_back(std::move(card));
    return m_cards.back().get();
}

CameraSource tst_CardImport::sourceAt(const QString &mountPoint)
{
    QString problem;
    const CameraSource source = CameraSource::forFolder(mountPoint, &problem);
    if (!source.isValid())
        qWarning("%s", qPrintable(problem));
    return source;
}

ScanResult tst_CardImport::scan(const CameraSource &source)
{
    SourceScan::Options options;
    options.storePath = m_store;
    const std::atomic<bool> cancelled = false;
    return SourceScan::run(source, options, cancelled);
}

ImportOutcome tst_CardImport::import(const CameraSource &source, const QList<DeviceClip> &clips)
{
    ClipImport::Options options;
    options.storePath = m_store;
    options.destination = m_destination;
    const std::atomic<bool> cancelled = false;
    return ClipImport::run(source, clips, options, cancelled);
}

void tst_CardImport::listedWithinASecondOfMountAndGoneWhenUnmounted()
{
    SourceWatcher watcher;
    QSignalSpy listed(&watcher, &SourceWatcher::sourcesListed);
    QSignalSpy added(&watcher, &SourceWatcher::sourceAdded);
    QSignalSpy removed(&watcher, &SourceWatcher::sourceRemoved);
    watcher.start();
    QVERIFY(listed.wait(5000));
    CardImage *card = makeCard(CardImage::Format::ExFat, QStringLiteral("gopro"), m_tree);
    QVERIFY(card);
    const QString mountPoint = m_case + QStringLiteral("/mnt");
    added.clear();
    QCOMPARE(card->mount(mountPoint), QString());
    QElapsedTimer mounted;
    mounted.start();
    QTRY_VERIFY_WITH_TIMEOUT(!added.isEmpty(), 1000);
    qInfo("listed %lld ms after the mount", mounted.elapsed());
    const CameraSource source = added.constFirst().constFirst().value<CameraSource>();
    QCOMPARE(source.root, mountPoint);
    QCOMPARE(source.kind, CameraSource::Kind::Card);
    QCOMPARE(source.label, QStringLiteral("GOPRO"));
    QCOMPARE(source.device, card->loopDevice());
    QVERIFY2(!source.uuid.isEmpty(), "the exFAT volume serial, from udisks2, udev or the boot sector");
    QCOMPARE(watcher.sources().size(), 1);

    QCOMPARE(card->unmount(), QString());
    QElapsedTimer unmounted;
    unmounted.start();
    QTRY_VERIFY_WITH_TIMEOUT(!removed.isEmpty(), 1000);
    QCOMPARE(removed.constFirst().constFirst().toString(), mountPoint);
    QVERIFY(watcher.sources().isEmpty());
}

void tst_CardImport::scanListsRecordingsNotCompanions()
{
    CardImage *card = makeCard(CardImage::Format::ExFat, QStringLiteral("mixed"), m_tree);
    QVERIFY(card);
    QCOMPARE(card->mount(m_case + QStringLiteral("/mnt")), QString());
    const ScanResult result = scan(sourceAt(card->mountPoint()));
    QCOMPARE(result.problem, QString());
    QVERIFY(result.complete);
    QStringList names;
    for (const DeviceClip &c : result.clips)
        names.append(QFileInfo(c.path).fileName());
    names.sort();
    QCOMPARE(names,
             QStringList({ QStringLiteral("00000.MTS"), QStringLiteral("GX010042.MP4"), QStringLiteral("IMG_0001.MOV"),
                           QStringLiteral("VID_20261203_111500.mp4") }));
    QCOMPARE(result.newCount(), 4);
    for (const DeviceClip &c : result.clips) {
        QVERIFY(!c.imported);
        if (c.path.endsWith(QLatin1String("GX010042.MP4"))) {
            QCOMPARE(c.chapters.size(), 2);
            QVERIFY(c.chapters.at(1).path.endsWith(QLatin1String("GX020042.MP4")));
            QVERIFY(c.thumbnailPath.endsWith(QLatin1String("GX010042.THM")));
            QVERIFY2(c.durationMs >= 3900 && c.durationMs <= 4200, qPrintable(QString::number(c.durationMs)));
            QCOMPARE(c.size, c.chapters.at(0).size + c.chapters.at(1).size);
        }
        if (c.path.endsWith(QLatin1String("IMG_0001.MOV"))) {
            QVERIFY(c.captureTimeFromFile);
            QCOMPARE(c.captureTime, QDateTime(QDate(2026, 12, 3), QTime(10, 15), Qt::UTC));
        }
    }
    // Newest first.
    for (int i = 1; i < result.clips.size(); ++i)
        QVERIFY(result.clips.at(i - 1).captureTime >= result.clips.at(i).captureTime);
}

void tst_CardImport::importCopiesIdenticalFilesAndOnlyOnce()
{
    CardImage *card = makeCard(CardImage::Format::ExFat, QStringLiteral("mixed"), m_tree);
    QVERIFY(card);
    QCOMPARE(card->mount(m_case + QStringLiteral("/mnt")), QString());
    const CameraSource source = sourceAt(card->mountPoint());
    const ScanResult first = scan(source);
    QCOMPARE(first.newCount(), 4);
    const ImportOutcome outcome = import(source, first.clips);
    QCOMPARE(outcome.problem, QString());
    QVERIFY(outcome.failures.isEmpty());
    QCOMPARE(outcome.copied.size(), 5); // the GoPro recording's two chapters as their own files
    QMap<QString, QByteArray> expected;
    for (const QString &f :
         { QStringLiteral("DCIM/100APPLE/IMG_0001.MOV"), QStringLiteral("DCIM/Camera/VID_20261203_111500.mp4"),
           QStringLiteral("DCIM/100GOPRO/GX010042.MP4"), QStringLiteral("DCIM/100GOPRO/GX020042.MP4"),
           QStringLiteral("PRIVATE/AVCHD/BDMV/STREAM/00000.MTS") })
        expected.insert(QFileInfo(f).fileName(), sha256Of(m_tree + QLatin1Char('/') + f));
    QCOMPARE(contents(m_destination), expected); // identical, no companion, no .part left
    ImportedClips store;
    QVERIFY(store.open(m_store));
    QCOMPARE(store.count(), 5);

    const ScanResult again = scan(source);
    QCOMPARE(again.newCount(), 0);
    for (const DeviceClip &c : again.clips)
        QVERIFY(c.imported);
    const ImportOutcome second = import(source, again.clips);
    QVERIFY(second.nothingNew());
    QCOMPARE(second.alreadyImported, 5);
    QCOMPARE(contents(m_destination), expected);
}

void tst_CardImport::fat32CardImportsToo()
{
    CardImage *card = makeCard(CardImage::Format::Fat32, QStringLiteral("canon"), m_tree);
    QVERIFY(card);
    QCOMPARE(card->mount(m_case + QStringLiteral("/mnt")), QString());
    const CameraSource source = sourceAt(card->mountPoint());
    const ScanResult result = scan(source);
    QCOMPARE(result.problem, QString());
    QCOMPARE(result.newCount(), 4);
    const ImportOutcome outcome = import(source, result.clips);
    QCOMPARE(outcome.copied.size(), 5);
    QCOMPARE(sha256Of(m_destination + QStringLiteral("/GX020042.MP4")),
             sha256Of(m_tree + QStringLiteral("/DCIM/100GOPRO/GX020042.MP4")));
}

QTEST_GUILESS_MAIN(tst_CardImport)
#include "tst_cardimport.moc"
