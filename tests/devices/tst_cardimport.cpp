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

#include <QThread>

#include <algorithm>
#include <memory>
#include <optional>
#include <vector>

namespace {

// The source added at `root`, if the watcher said so: another card mounted on this machine
// meanwhile (a second test, a coach's own card) is a source of its own, never this one.
std::optional<CameraSource> addedAt(const QSignalSpy &added, const QString &root)
{
    for (const QList<QVariant> &signal : added) {
        const CameraSource source = signal.constFirst().value<CameraSource>();
        if (source.root == root)
            return source;
    }
    return std::nullopt;
}

bool removedAt(const QSignalSpy &removed, const QString &root)
{
    return std::any_of(removed.cbegin(), removed.cend(),
                       [&](const QList<QVariant> &signal) { return signal.constFirst().toString() == root; });
}

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
    void aStalledMountDoesNotDelayACard();
    void scanListsRecordingsNotCompanions();
    void importCopiesIdenticalFilesAndOnlyOnce();
    void fat32CardImportsToo();
    void renamedOnTheCardIsStillImported();
    void cardClockShiftedIsStillImported_data();
    void cardClockShiftedIsStillImported();
    void sameClipsOnASecondCardAreNotNew();
    void differentClipsWithTheSameNameAndSizeBothCome();
    void cardTakenOutMidCopyIsReportedAndResumes_data();
    void cardTakenOutMidCopyIsReportedAndResumes();
    void destinationFullMidCopyKeepsNothing();
    void phoneThroughGvfsIsListed();

private:
    CardImage *makeCard(CardImage::Format format, const QString &name, const QString &tree);
    CameraSource sourceAt(const QString &mountPoint);
    ScanResult scan(const CameraSource &source);
    ImportOutcome import(const CameraSource &source, const QList<DeviceClip> &clips);

    QString partIn(const QString &folder) const;
    QString waitForPart(const QString &folder, qint64 atLeast, int timeoutMs) const;

    QString m_tmp;
    QString m_tree; // the card's files, made once
    QString m_bigTree; // one 128 MiB GoPro clip: long enough to pull the card mid-copy
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
    m_bigTree = m_tmp + QStringLiteral("/big");
    QVERIFY(QDir(m_bigTree).mkpath(QStringLiteral("DCIM/100GOPRO")));
    QCOMPARE(TestVideo::makePaddedMov(m_bigTree + QStringLiteral("/DCIM/100GOPRO/GX010777.MP4"), 128 * 1024 * 1024),
             QString());
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

QString tst_CardImport::partIn(const QString &folder) const
{
    const QStringList parts = QDir(folder).entryList({ QStringLiteral("*.part") }, QDir::Files | QDir::Hidden);
    return parts.isEmpty() ? QString() : QDir(folder).filePath(parts.first());
}

// Polls (every 0.2 ms, the copy running on its own thread) until a .part holds at least `atLeast` bytes.
QString tst_CardImport::waitForPart(const QString &folder, qint64 atLeast, int timeoutMs) const
{
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < timeoutMs) {
        const QString part = partIn(folder);
        if (!part.isEmpty() && QFileInfo(part).size() >= atLeast)
            return part;
        QThread::usleep(200);
    }
    return {};
}

CardImage *tst_CardImport::makeCard(CardImage::Format format, const QString &name, const QString &tree)
{
    auto card = std::make_unique<CardImage>();
    const qint64 bytes = tree == m_bigTree ? 192 * 1024 * 1024 : 96 * 1024 * 1024;
    const QString e = card->create(format, m_case + QLatin1Char('/') + name + QStringLiteral(".img"), bytes,
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
    QTRY_VERIFY_WITH_TIMEOUT(addedAt(added, mountPoint).has_value(), 1000);
    qInfo("listed %lld ms after the mount", mounted.elapsed());
    const CameraSource source = *addedAt(added, mountPoint);
    QCOMPARE(source.kind, CameraSource::Kind::Card);
    QCOMPARE(source.label, QStringLiteral("GOPRO"));
    QCOMPARE(source.device, card->loopDevice());
    QVERIFY2(!source.uuid.isEmpty(), "the exFAT volume serial, from udisks2, udev or the boot sector");
    const QList<CameraSource> sources = watcher.sources();
    QCOMPARE(
        std::count_if(sources.cbegin(), sources.cend(), [&](const CameraSource &s) { return s.root == mountPoint; }),
        1);

    QCOMPARE(card->unmount(), QString());
    QElapsedTimer unmounted;
    unmounted.start();
    QTRY_VERIFY_WITH_TIMEOUT(removedAt(removed, mountPoint), 1000);
    QVERIFY(!watcher.source(mountPoint).isValid()); // other tests' cards may still be there
}

// Another mount whose FUSE daemon is stopped (a card that hangs; on this machine
// also other programs' tests) never delays noticing a card: it used to be looked
// into first, 1.5 s each round, and every round again (the card came 3 s late).
void tst_CardImport::aStalledMountDoesNotDelayACard()
{
    CardImage *stalled = makeCard(CardImage::Format::ExFat, QStringLiteral("stalled"), m_tree);
    QVERIFY(stalled);
    const QString stalledAt = m_case + QStringLiteral("/stalled");
    QCOMPARE(stalled->mount(stalledAt), QString());
    CardImage *card = makeCard(CardImage::Format::ExFat, QStringLiteral("gopro"), m_tree);
    QVERIFY(card);
    QVERIFY(stalled->pauseDaemon(true));
    SourceWatcher watcher;
    QSignalSpy listed(&watcher, &SourceWatcher::sourcesListed);
    QSignalSpy added(&watcher, &SourceWatcher::sourceAdded);
    watcher.start();
    QVERIFY(listed.wait(5000));
    QVERIFY(!watcher.source(stalledAt).isValid());
    QTest::qWait(2500); // a round of the 2 s timer: the stalled mount is still being looked into

    const QString mountPoint = m_case + QStringLiteral("/mnt");
    QCOMPARE(card->mount(mountPoint), QString());
    QElapsedTimer mounted;
    mounted.start();
    QTRY_VERIFY_WITH_TIMEOUT(addedAt(added, mountPoint).has_value(), 1000);
    qInfo("listed %lld ms after the mount, another mount stalled", mounted.elapsed());

    // The stalled one answers again: it comes too.
    QVERIFY(stalled->pauseDaemon(false));
    QTRY_VERIFY_WITH_TIMEOUT(addedAt(added, stalledAt).has_value(), 5000);
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

void tst_CardImport::renamedOnTheCardIsStillImported()
{
    CardImage *card = makeCard(CardImage::Format::ExFat, QStringLiteral("renamed"), m_tree);
    QVERIFY(card);
    QCOMPARE(card->mount(m_case + QStringLiteral("/mnt")), QString());
    const CameraSource source = sourceAt(card->mountPoint());
    QCOMPARE(import(source, scan(source).clips).copied.size(), 5);
    const QDir dcim(card->mountPoint() + QStringLiteral("/DCIM"));
    QVERIFY(QFile::rename(dcim.filePath(QStringLiteral("100APPLE/IMG_0001.MOV")),
                          dcim.filePath(QStringLiteral("100APPLE/IMG_0777.MOV"))));
    QVERIFY(QFile::rename(dcim.filePath(QStringLiteral("Camera/VID_20261203_111500.mp4")),
                          dcim.filePath(QStringLiteral("Camera/training.mp4"))));
    // Moved to another folder and renamed as well.
    QVERIFY(dcim.mkpath(QStringLiteral("101APPLE")));
    QVERIFY(QFile::rename(card->mountPoint() + QStringLiteral("/PRIVATE/AVCHD/BDMV/STREAM/00000.MTS"),
                          card->mountPoint() + QStringLiteral("/PRIVATE/AVCHD/BDMV/STREAM/00007.MTS")));
    const ScanResult after = scan(source);
    QCOMPARE(after.clips.size(), 4);
    QCOMPARE(after.newCount(), 0);
    const ImportOutcome again = import(source, after.clips);
    QVERIFY(again.nothingNew());
    QCOMPARE(contents(m_destination).size(), 5);
}

void tst_CardImport::cardClockShiftedIsStillImported_data()
{
    QTest::addColumn<QString>("shift");
    QTest::newRow("+14 h") << QStringLiteral("+14 hours");
    QTest::newRow("-14 h") << QStringLiteral("-14 hours");
}

void tst_CardImport::cardClockShiftedIsStillImported()
{
    QFETCH(QString, shift);
    CardImage *card = makeCard(CardImage::Format::ExFat, QStringLiteral("clock"), m_tree);
    QVERIFY(card);
    QCOMPARE(card->mount(m_case + QStringLiteral("/mnt")), QString());
    const CameraSource source = sourceAt(card->mountPoint());
    const ScanResult before = scan(source);
    QCOMPARE(import(source, before.clips).copied.size(), 5);
    // The camera's clock or time zone changed: every file's time moves by 14 hours.
    for (const DeviceClip &clip : before.clips) {
        for (const DeviceFile &f : clip.chapters) {
            const QString when = f.modified.toUTC().toString(Qt::ISODate) + QLatin1Char(' ') + shift;
            QCOMPARE(CardImage::run(QStringLiteral("touch"), { QStringLiteral("-d"), when, f.path }), QString());
        }
    }
    const ScanResult after = scan(source);
    QCOMPARE(after.clips.size(), 4);
    for (const DeviceClip &clip : after.clips) {
        QVERIFY2(clip.imported, qPrintable(clip.path));
        const auto same = std::find_if(before.clips.cbegin(), before.clips.cend(),
                                       [&](const DeviceClip &b) { return b.path == clip.path; });
        QVERIFY(same != before.clips.cend());
        QCOMPARE(qAbs(same->chapters.first().modified.secsTo(clip.chapters.first().modified)), 14 * 3600);
    }
    QVERIFY(import(source, after.clips).nothingNew());
}

void tst_CardImport::sameClipsOnASecondCardAreNotNew()
{
    CardImage *first = makeCard(CardImage::Format::ExFat, QStringLiteral("first"), m_tree);
    QVERIFY(first);
    QCOMPARE(first->mount(m_case + QStringLiteral("/mnt1")), QString());
    const CameraSource a = sourceAt(first->mountPoint());
    QCOMPARE(import(a, scan(a).clips).copied.size(), 5);
    // Another card (FAT32, another serial) holding the same clips: copied there by hand, or the
    // card reformatted and the clips copied back.
    CardImage *second = makeCard(CardImage::Format::Fat32, QStringLiteral("second"), m_tree);
    QVERIFY(second);
    QCOMPARE(second->mount(m_case + QStringLiteral("/mnt2")), QString());
    const CameraSource b = sourceAt(second->mountPoint());
    QVERIFY(!a.uuid.isEmpty());
    QVERIFY(!b.uuid.isEmpty());
    QVERIFY(a.uuid != b.uuid);
    const ScanResult onSecond = scan(b);
    QCOMPARE(onSecond.clips.size(), 4);
    QCOMPARE(onSecond.newCount(), 0);
    const ImportOutcome outcome = import(b, onSecond.clips);
    QVERIFY(outcome.nothingNew());
    QCOMPARE(contents(m_destination).size(), 5);
}

void tst_CardImport::differentClipsWithTheSameNameAndSizeBothCome()
{
    // Two cameras both numbering from IMG_0001: the same name and the same size, other pictures.
    const QString otherTree = m_case + QStringLiteral("/other");
    QVERIFY(QDir(otherTree).mkpath(QStringLiteral("DCIM/100APPLE")));
    const QString original = m_tree + QStringLiteral("/DCIM/100APPLE/IMG_0001.MOV");
    const QString other = otherTree + QStringLiteral("/DCIM/100APPLE/IMG_0001.MOV");
    QVERIFY(QFile::copy(original, other));
    {
        QFile f(other);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.seek(f.size() / 2));
        const QByteArray byte = f.peek(1);
        QVERIFY(f.write(QByteArray(1, char(byte.at(0) ^ 0x5a))) == 1);
    }
    QCOMPARE(QFileInfo(other).size(), QFileInfo(original).size());
    QVERIFY(sha256Of(other) != sha256Of(original));

    CardImage *first = makeCard(CardImage::Format::ExFat, QStringLiteral("one"), m_tree);
    QVERIFY(first);
    QCOMPARE(first->mount(m_case + QStringLiteral("/mnt1")), QString());
    const CameraSource a = sourceAt(first->mountPoint());
    QCOMPARE(import(a, scan(a).clips).copied.size(), 5);

    CardImage *second = makeCard(CardImage::Format::ExFat, QStringLiteral("two"), otherTree);
    QVERIFY(second);
    QCOMPARE(second->mount(m_case + QStringLiteral("/mnt2")), QString());
    const CameraSource b = sourceAt(second->mountPoint());
    const ScanResult onSecond = scan(b);
    QCOMPARE(onSecond.clips.size(), 1);
    QCOMPARE(onSecond.newCount(), 1); // not taken for the first card's IMG_0001.MOV
    const ImportOutcome outcome = import(b, onSecond.clips);
    QCOMPARE(outcome.copied.size(), 1);
    QCOMPARE(outcome.copied.first().copyPath, m_destination + QStringLiteral("/IMG_0001 (2).MOV"));
    QCOMPARE(sha256Of(m_destination + QStringLiteral("/IMG_0001.MOV")), sha256Of(original)); // not overwritten
    QCOMPARE(sha256Of(m_destination + QStringLiteral("/IMG_0001 (2).MOV")), sha256Of(other));
}

// How the card goes mid-copy: taken out (its mount lazily unmounted, or its daemon killed), or
// still in the reader and no longer answering (its daemon stopped).
enum class CardGone { Unmounted, DaemonKilled, Stalled };

void tst_CardImport::cardTakenOutMidCopyIsReportedAndResumes_data()
{
    QTest::addColumn<CardGone>("how");
    QTest::newRow("umount -l") << CardGone::Unmounted;
    QTest::newRow("FUSE daemon killed") << CardGone::DaemonKilled;
    // Said to have stopped answering, not to have been taken out; taken out and put back in
    // as the coach is told, the import goes on as after the others.
    QTest::newRow("stopped answering") << CardGone::Stalled;
}

void tst_CardImport::cardTakenOutMidCopyIsReportedAndResumes()
{
    QFETCH(CardGone, how);
    CardImage *card = makeCard(CardImage::Format::ExFat, QStringLiteral("pulled"), m_bigTree);
    QVERIFY(card);
    const QString mountPoint = m_case + QStringLiteral("/mnt");
    QCOMPARE(card->mount(mountPoint), QString());
    const CameraSource source = sourceAt(mountPoint);
    const ScanResult listed = scan(source);
    QCOMPARE(listed.clips.size(), 1);

    ClipImport import;
    QSignalSpy finished(&import, &ClipImport::finished);
    ClipImport::Options options;
    options.storePath = m_store;
    options.destination = m_destination;
    if (how == CardGone::Stalled)
        options.stallTimeout = std::chrono::milliseconds(1500);
    import.start(source, listed.clips, options);
    // Mid-copy: the card stalls (its daemon stopped), then (but for the stall) is taken out.
    const QString part = waitForPart(m_destination, 8 * 1024 * 1024, 20000);
    QVERIFY2(!part.isEmpty(), "the copy never got going");
    QVERIFY(card->pauseDaemon(true));
    QElapsedTimer taken;
    taken.start();
    if (how == CardGone::DaemonKilled)
        QVERIFY(card->killDaemon());
    else if (how == CardGone::Unmounted)
        QCOMPARE(card->unmount(true), QString()); // the daemon stays stopped: the copy cannot just end
    QVERIFY(finished.wait(8000));
    const qint64 reportedAfter = taken.elapsed();
    qInfo("reported %lld ms after the card went", reportedAfter);
    // Taken out: within 2 s. Stopped answering: once nothing came for the stall's 1.5 s.
    QVERIFY2(reportedAfter <= (how == CardGone::Stalled ? 1500 + 2000 : 2000),
             qPrintable(QString::number(reportedAfter)));
    const ImportOutcome outcome = finished.constFirst().constFirst().value<ImportOutcome>();
    QVERIFY(outcome.sourceLost);
    QCOMPARE(outcome.sourceStalled, how == CardGone::Stalled);
    QVERIFY(outcome.copied.isEmpty());
    if (how == CardGone::Stalled)
        QVERIFY2(outcome.problem.contains(QLatin1String("stopped answering"))
                     && outcome.problem.contains(QLatin1String("Take it out and put it back in")),
                 qPrintable(outcome.problem));
    else
        QVERIFY2(outcome.problem.contains(QLatin1String("taken out")), qPrintable(outcome.problem));
    // Nothing half-copied is recorded or named as a clip; the .part stays for the next time.
    ImportedClips store;
    QVERIFY(store.open(m_store));
    QCOMPARE(store.count(), 0);
    QVERIFY(!QFileInfo::exists(m_destination + QStringLiteral("/GX010777.MP4")));
    QVERIFY(QFileInfo::exists(part));
    const qint64 kept = QFileInfo(part).size();
    QVERIFY(kept >= 8 * 1024 * 1024);

    // The card comes back: the copy goes on from the end of the .part.
    card->pauseDaemon(false);
    card->unmount(true);
    if (how == CardGone::DaemonKilled) {
        // A killed daemon leaves its mount behind; the new one gets a fresh one.
        CardImage::run(QStringLiteral("umount"), { QStringLiteral("-l"), mountPoint });
    }
    QCOMPARE(card->mount(mountPoint), QString());
    const CameraSource back = sourceAt(mountPoint);
    const ScanResult again = scan(back);
    QCOMPARE(again.newCount(), 1);
    qint64 firstReported = -1;
    const std::atomic<bool> cancelled = false;
    const ImportOutcome resumed = ClipImport::run(back, again.clips, options, cancelled, [&](const ImportProgress &p) {
        if (firstReported < 0 && p.bytesDone > 0)
            firstReported = p.bytesDone;
    });
    QCOMPARE(resumed.problem, QString());
    QCOMPARE(resumed.copied.size(), 1);
    QVERIFY2(firstReported >= kept, qPrintable(QStringLiteral("%1 < %2").arg(firstReported).arg(kept)));
    QCOMPARE(sha256Of(m_destination + QStringLiteral("/GX010777.MP4")),
             sha256Of(m_bigTree + QStringLiteral("/DCIM/100GOPRO/GX010777.MP4")));
    QVERIFY(partIn(m_destination).isEmpty());
    QCOMPARE(store.count(), 1);
}

void tst_CardImport::destinationFullMidCopyKeepsNothing()
{
    CardImage *card = makeCard(CardImage::Format::ExFat, QStringLiteral("full"), m_bigTree);
    QVERIFY(card);
    QCOMPARE(card->mount(m_case + QStringLiteral("/mnt")), QString());
    QVERIFY(QDir().mkpath(m_destination));
    QCOMPARE(CardImage::run(QStringLiteral("mount"),
                            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=32m"), QStringLiteral("tmpfs"), m_destination }),
             QString());
    const CameraSource source = sourceAt(card->mountPoint());
    const ImportOutcome outcome = import(source, scan(source).clips);
    QVERIFY(outcome.copied.isEmpty());
    QCOMPARE(outcome.failures.size(), 1);
    QVERIFY2(outcome.problem.contains(QLatin1String("is full")), qPrintable(outcome.problem));
    QVERIFY(!outcome.sourceLost);
    QVERIFY2(QDir(m_destination).entryList(QDir::Files | QDir::Hidden).isEmpty(),
             qPrintable(QDir(m_destination).entryList(QDir::Files | QDir::Hidden).join(QLatin1Char(' '))));
    ImportedClips store;
    QVERIFY(store.open(m_store));
    QCOMPARE(store.count(), 0);
}

void tst_CardImport::phoneThroughGvfsIsListed()
{
    // gvfs mounts an MTP phone as a folder of its FUSE mount, which QStorageInfo does not list.
    const QString gvfs = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/gvfs");
    QVERIFY(!qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR"));
    QDir(gvfs).removeRecursively();
    SourceWatcher watcher;
    QSignalSpy listed(&watcher, &SourceWatcher::sourcesListed);
    QSignalSpy added(&watcher, &SourceWatcher::sourceAdded);
    QSignalSpy removed(&watcher, &SourceWatcher::sourceRemoved);
    watcher.start();
    QVERIFY(listed.wait(5000));
    const QString phone = gvfs + QStringLiteral("/mtp:host=Google_Pixel_7_2A1B3C");
    const QString storage = phone + QStringLiteral("/Internal shared storage");
    // Plugged in but locked: gvfs shows the phone with nothing in it yet.
    QVERIFY(QDir().mkpath(storage));
    QTest::qWait(1500);
    QVERIFY(!addedAt(added, storage));
    // Unlocked: its folders appear (made aside and moved in, as one step).
    const QString aside = m_case + QStringLiteral("/unlocked");
    QVERIFY(QDir().mkpath(aside + QStringLiteral("/DCIM/Camera")));
    QVERIFY(QDir().mkpath(aside + QStringLiteral("/Music")));
    QVERIFY(QFile::copy(m_tree + QStringLiteral("/DCIM/Camera/VID_20261203_111500.mp4"),
                        aside + QStringLiteral("/DCIM/Camera/VID_20261203_111500.mp4")));
    QVERIFY(QDir().rmdir(storage));
    QVERIFY(QDir().rename(aside, storage));
    QTRY_VERIFY_WITH_TIMEOUT(addedAt(added, storage).has_value(), 7000); // looked into again within 5 s
    const CameraSource source = *addedAt(added, storage);
    QCOMPARE(source.kind, CameraSource::Kind::Phone);
    QVERIFY(source.viaGvfs);
    QCOMPARE(source.label, QStringLiteral("Google Pixel 7 2A1B3C (Internal shared storage)"));
    const ScanResult result = scan(source);
    QCOMPARE(result.clips.size(), 1);
    const ImportOutcome outcome = import(source, result.clips);
    QCOMPARE(outcome.copied.size(), 1);
    QVERIFY(QDir(phone).removeRecursively()); // unplugged
    QTRY_VERIFY_WITH_TIMEOUT(removedAt(removed, storage), 2500);
}

QTEST_GUILESS_MAIN(tst_CardImport)
#include "tst_cardimport.moc"
