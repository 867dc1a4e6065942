#include "cardimage.h"
#include "guisession.h"
#include "testvideo.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace CoachSteps;

namespace {

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

QString nameOf(const std::optional<QJsonObject> &widget)
{
    return widget ? widget->value(QStringLiteral("name")).toString() : QString();
}

} // namespace

// Issue 24, item 6: a coach imports a GoPro's card by real input. A real exFAT
// image (made at test time, on a loop device, mounted through FUSE as a card
// reader shows it) is plugged in while the real sandbox window runs: the
// banner above the ready list says what is new, its button opens "From the
// camera", Import copies into ~/Videos/Uplift Capture/<today>, the copies land
// in the ready list selected; the card taken out and put back in, nothing is new.
class TestCameraImport : public QObject
{
    Q_OBJECT

    QString m_tmp;
    QString m_tree;
    QString m_bigTree;

    // A ready list row's clip name: the first line of its text.
    static QString nameOfRow(const QJsonValue &item)
    {
        return item.toObject()
            .value(QStringLiteral("texts"))
            .toArray()
            .at(0)
            .toString()
            .section(QLatin1Char('\n'), 0, 0);
    }

    static QStringList readyRows(GuiSession &gui, bool selectedOnly)
    {
        QStringList rows;
        const QJsonArray items = gui.items(QStringLiteral("Videos ready to upload"));
        for (const QJsonValue &item : items) {
            if (selectedOnly && !item.toObject().value(QStringLiteral("selected")).toBool())
                continue;
            rows << nameOfRow(item);
        }
        return rows;
    }

    // The ready list's row of that clip; empty when it is not listed.
    static QJsonObject readyRow(GuiSession &gui, const QString &name)
    {
        const QJsonArray items = gui.items(QStringLiteral("Videos ready to upload"));
        for (const QJsonValue &item : items) {
            if (nameOfRow(item) == name)
                return item.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        const QString missing = CardImage::missingTools(CardImage::Format::ExFat);
        if (!missing.isEmpty())
            QFAIL(qPrintable(QStringLiteral("this scenario makes a real card image and cannot run: ") + missing));
        m_tmp = QFileInfo(TestVideo::scratchPath(QStringLiteral("card"))).absoluteFilePath();
        CardImage::cleanStale(m_tmp);
        QDir(m_tmp).removeRecursively();
        m_tree = m_tmp + QStringLiteral("/tree");
        const QDir tree(m_tree);
        QVERIFY(tree.mkpath(QStringLiteral("DCIM/100GOPRO")));
        // A GoPro recording in two chapters with its thumbnail and low-resolution companion, and one more clip.
        QCOMPARE(TestVideo::makeCameraClip(tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010042.MP4")),
                                           QStringLiteral("mp4"), 3),
                 QString());
        QCOMPARE(TestVideo::makeCameraClip(tree.filePath(QStringLiteral("DCIM/100GOPRO/GX020042.MP4")),
                                           QStringLiteral("mp4"), 1),
                 QString());
        QCOMPARE(TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                     QStringLiteral("testsrc2=size=160x120"), QStringLiteral("-frames:v"),
                                     QStringLiteral("1"), QStringLiteral("-f"), QStringLiteral("mjpeg"),
                                     tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010042.THM")) }),
                 QString());
        QCOMPARE(TestVideo::makeCameraClip(m_tmp + QStringLiteral("/lrv.mp4"), QStringLiteral("mp4"), 1), QString());
        QVERIFY(QFile::rename(m_tmp + QStringLiteral("/lrv.mp4"),
                              tree.filePath(QStringLiteral("DCIM/100GOPRO/GL010042.LRV"))));
        QCOMPARE(
            TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                QStringLiteral("smptebars=duration=2:size=640x360:rate=30"), QStringLiteral("-c:v"),
                                QStringLiteral("libx264"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"),
                                QStringLiteral("-metadata"), QStringLiteral("creation_time=2026-12-03T11:40:00Z"),
                                tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010043.MP4")) }),
            QString());
    }

    void makeTheBigCard()
    {
        m_bigTree = m_tmp + QStringLiteral("/big");
        QVERIFY(QDir(m_bigTree).mkpath(QStringLiteral("DCIM/100GOPRO")));
        QCOMPARE(TestVideo::makePaddedMov(m_bigTree + QStringLiteral("/DCIM/100GOPRO/GX010777.MP4"), 192 * 1024 * 1024),
                 QString());
    }

    void cleanupTestCase() { CardImage::cleanStale(m_tmp); }

    // While a card is copied the ready list's players go one clip every 5 s (the copy and the
    // window keep the cores), so a long import's first clips get their pictures before it ends.
    // A slow card that still answers: its daemon's reads limited to 4 MiB/s (a phone over MTP
    // can be slower), so the 64 MiB clip takes ~16 s after the small one.
    void aLongImportsFirstClipGetsItsPictureBeforeItEnds()
    {
        const QString treePath = m_tmp + QStringLiteral("/paced");
        const QDir tree(treePath);
        QVERIFY(tree.mkpath(QStringLiteral("DCIM/100GOPRO")));
        const QString big = tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010888.MP4"));
        const QString small = tree.filePath(QStringLiteral("DCIM/100GOPRO/GX010889.MP4"));
        QCOMPARE(TestVideo::makePaddedMov(big, 64 * 1024 * 1024), QString());
        TestVideo clip;
        clip.path = small;
        clip.seconds = 1;
        QCOMPARE(clip.make(), QString());
        // Newest first: the small clip is copied first, then the big one.
        const auto setTime = [](const QString &path, const QDateTime &when) {
            QFile file(path);
            return file.open(QIODevice::ReadWrite) && file.setFileTime(when, QFileDevice::FileModificationTime);
        };
        QVERIFY(setTime(big, QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC)));
        QVERIFY(setTime(small, QDateTime(QDate(2026, 12, 1), QTime(11, 0), Qt::UTC)));
        CardImage card;
        QCOMPARE(card.create(CardImage::Format::ExFat, m_tmp + QStringLiteral("/paced.img"), 128 * 1024 * 1024,
                             QStringLiteral("PACED"), treePath),
                 QString());
        GuiSession gui(QStringLiteral("camera-paced"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.start(), qPrintable(gui.lastProblem()));
        QCOMPARE(card.mount(m_tmp + QStringLiteral("/pacedmnt")), QString());
        QCOMPARE(card.throttleReads(4 * 1024 * 1024), QString());
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return nameOf(gui.widgetByObjectName(QStringLiteral("cameraBannerText")))
                             .contains(QStringLiteral("“PACED”"));
                     },
                     10000, QStringLiteral("the banner naming the card")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("Import from the camera")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.waitForWidget(QStringLiteral("Import 2 Clips"), QString(), 20000), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("Import 2 Clips")), qPrintable(gui.lastProblem()));
        const auto progress = [&] { return nameOf(gui.widgetByObjectName(QStringLiteral("cameraProgressText"))); };
        const auto hasPicture
            = [&](const QString &name) { return readyRow(gui, name).value(QStringLiteral("picture")).toBool(); };
        QVERIFY2(gui.waitUntil([&] { return hasPicture(QStringLiteral("GX010889.MP4")); }, 30000,
                               QStringLiteral("the first clip's picture while the import runs")),
                 qPrintable(gui.lastProblem() + QLatin1Char(' ') + progress()));
        QVERIFY2(progress().contains(QStringLiteral("Copying file 2 of 2")), qPrintable(progress()));
        QVERIFY(readyRow(gui, QStringLiteral("GX010888.MP4")).isEmpty()); // still being copied
        gui.screenshot(QStringLiteral("a-picture-while-copying"));

        QVERIFY2(gui.waitUntil(
                     [&] {
                         return readyRows(gui, true)
                             == QStringList { QStringLiteral("GX010889.MP4"), QStringLiteral("GX010888.MP4") };
                     },
                     60000, QStringLiteral("both clips imported and selected")),
                 qPrintable(gui.lastProblem() + QLatin1Char(' ') + readyRows(gui, false).join(QLatin1Char(','))));
        QVERIFY2(gui.waitUntil([&] { return hasPicture(QStringLiteral("GX010888.MP4")); }, 20000,
                               QStringLiteral("the second clip's picture once the import ended")),
                 qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("both-pictures"));
        QCOMPARE(card.unmount(), QString());
    }

    void aCardIsImportedByRealInputAndNothingIsNewTheSecondTime()
    {
        // The image is made (and filled through a mount of its own) before the window runs.
        CardImage card;
        QCOMPARE(card.create(CardImage::Format::ExFat, m_tmp + QStringLiteral("/gopro.img"), 64 * 1024 * 1024,
                             QStringLiteral("GOPRO"), m_tree),
                 QString());
        GuiSession gui(QStringLiteral("camera-import"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.start(), qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("before-the-card"));
        QElapsedTimer sinceMount;
        QCOMPARE(card.mount(m_tmp + QStringLiteral("/mnt")), QString());
        sinceMount.start();
        // The banner names the card and what is new on it; nothing opens by itself.
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return nameOf(gui.widgetByObjectName(QStringLiteral("cameraBannerText")))
                             .contains(QStringLiteral("“GOPRO”"));
                     },
                     10000, QStringLiteral("the banner saying the card has 2 new clips")),
                 qPrintable(gui.lastProblem()));
        qInfo("the banner named the card %lld ms after it was mounted", sinceMount.elapsed());
        QVERIFY(!gui.widgetByObjectName(QStringLiteral("cameraPane")));
        gui.screenshot(QStringLiteral("card-noticed"));

        // (Alone on this machine the banner says "The card “GOPRO”: 2 new clips"; other tests' cards may be there too.)
        const QString banner = nameOf(gui.widgetByObjectName(QStringLiteral("cameraBannerText")));
        if (!banner.contains(QStringLiteral(" and ")) && !banner.contains(QStringLiteral("cards, cameras")))
            QCOMPARE(banner, QStringLiteral("The card “GOPRO”: 2 new clips"));

        QVERIFY2(gui.click(QStringLiteral("Import from the camera")), qPrintable(gui.lastProblem()));
        // The card just plugged in is the one shown.
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return nameOf(gui.widgetByObjectName(QStringLiteral("cameraHeading")))
                             == QStringLiteral("The card “GOPRO”: 2 new videos.");
                     },
                     10000, QStringLiteral("the pane showing the card's 2 new videos")),
                 qPrintable(gui.lastProblem() + nameOf(gui.widgetByObjectName(QStringLiteral("cameraHeading")))));
        QVERIFY2(gui.waitForWidget(QStringLiteral("Import 2 Clips")), qPrintable(gui.lastProblem()));
        const QStringList clips = rowTexts(gui, QStringLiteral("Videos on the card"));
        QCOMPARE(clips.size(), 2);
        // Newest first; the recording in two chapters is one row naming them; no .THM or .LRV row.
        QVERIFY2(clips.at(0).startsWith(QStringLiteral("GX010043.MP4")), qPrintable(clips.join(QLatin1Char('|'))));
        QVERIFY2(clips.at(1).startsWith(QStringLiteral("GX010042.MP4")), qPrintable(clips.join(QLatin1Char('|'))));
        QVERIFY2(clips.at(1).contains(QStringLiteral("2 chapters: GX010042.MP4, GX020042.MP4")),
                 qPrintable(clips.at(1)));
        QVERIFY(!clips.join(QString()).contains(QStringLiteral("LRV")));
        QVERIFY(!clips.join(QString()).contains(QStringLiteral("THM")));
        // Let the thumbnails come (the .THM at once, the other one decoded) for the picture.
        QTest::qWait(2500);
        gui.screenshot(QStringLiteral("from-the-camera"));

        QVERIFY2(gui.click(QStringLiteral("Import 2 Clips")), qPrintable(gui.lastProblem()));
        const QString day = gui.home() + QStringLiteral("/Videos/Uplift Capture/")
            + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
        const QStringList expected { QStringLiteral("GX010043.MP4"), QStringLiteral("GX010042.MP4"),
                                     QStringLiteral("GX020042.MP4") };
        QVERIFY2(gui.waitUntil(
                     [&] {
                         QStringList selected = readyRows(gui, true);
                         selected.sort();
                         QStringList want = expected;
                         want.sort();
                         return selected == want;
                     },
                     30000, QStringLiteral("the three copies selected in the ready list")),
                 qPrintable(gui.lastProblem() + QLatin1Char(' ') + readyRows(gui, false).join(QLatin1Char('|'))));
        for (const QString &name : expected)
            QCOMPARE(sha256Of(day + QLatin1Char('/') + name),
                     sha256Of(m_tree + QStringLiteral("/DCIM/100GOPRO/") + name));
        QVERIFY(!QFileInfo::exists(day + QStringLiteral("/GX010042.THM")));
        QVERIFY(!QFileInfo::exists(day + QStringLiteral("/GL010042.LRV")));
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return nameOf(gui.widgetByObjectName(QStringLiteral("cameraHeading")))
                             .startsWith(QStringLiteral("Nothing new on the card “GOPRO”"));
                     },
                     10000, QStringLiteral("the pane saying nothing is new on the card")),
                 qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("imported"));

        // Taken out and put back in: nothing new, nothing offered.
        QCOMPARE(card.unmount(), QString());
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return !rowTexts(gui, QStringLiteral("Cards, cameras and phones"))
                                     .join(QLatin1Char('|'))
                                     .contains(QStringLiteral("GOPRO"));
                     },
                     10000, QStringLiteral("the card gone from the list")),
                 qPrintable(gui.lastProblem()));
        QCOMPARE(card.mount(m_tmp + QStringLiteral("/mnt")), QString());
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return nameOf(gui.widgetByObjectName(QStringLiteral("cameraHeading")))
                             .startsWith(QStringLiteral("Nothing new on the card “GOPRO”: its 2 videos were imported"));
                     },
                     10000, QStringLiteral("the card back, with nothing new on it")),
                 qPrintable(gui.lastProblem()));
        const std::optional<QJsonObject> import = gui.widgetByObjectName(QStringLiteral("cameraImport"));
        QVERIFY(import);
        QVERIFY(!import->value(QStringLiteral("enabled")).toBool());
        QCOMPARE(import->value(QStringLiteral("name")).toString(), QStringLiteral("Import 0 Clips"));
        QVERIFY(!nameOf(gui.widgetByObjectName(QStringLiteral("cameraBannerText"))).contains(QStringLiteral("GOPRO")));
        gui.screenshot(QStringLiteral("nothing-new"));
        // Still three copies, none twice.
        QCOMPARE(QDir(day).entryList(QDir::Files).size(), 3);
    }

    // Issue 24, item 4: the copy shows its speed and time left; Eject is refused with the reason
    // while it runs; the card taken out mid-copy is said in words within 2 s, and when it is put
    // back the import goes on where it stopped, by itself (the coach asked for it once).
    void aCardTakenOutMidCopyIsSaidAndTheImportGoesOnWhenItIsBack()
    {
        CardImage card;
        QCOMPARE(card.create(CardImage::Format::ExFat, m_tmp + QStringLiteral("/hero.img"), 256 * 1024 * 1024,
                             QStringLiteral("HERO"), m_bigTree),
                 QString());
        GuiSession gui(QStringLiteral("camera-pulled"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.start(), qPrintable(gui.lastProblem()));
        const QString mountPoint = m_tmp + QStringLiteral("/hero");
        QCOMPARE(card.mount(mountPoint), QString());
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return nameOf(gui.widgetByObjectName(QStringLiteral("cameraBannerText")))
                             .contains(QStringLiteral("“HERO”"));
                     },
                     10000, QStringLiteral("the banner naming the card")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("Import from the camera")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.waitForWidget(QStringLiteral("Import 1 Clip")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("Import 1 Clip")), qPrintable(gui.lastProblem()));
        const auto progress = [&] { return nameOf(gui.widgetByObjectName(QStringLiteral("cameraProgressText"))); };
        // Held as soon as the copy runs: since the copy hashes with OpenSSL the 200 MB clip is copied
        // within a second, before its speed is known, so the card stops answering (its daemon
        // stopped) the moment the progress line appears. Its speed and time left are not caught here.
        QVERIFY2(gui.waitUntil([&] { return progress().contains(QStringLiteral("Copying file 1 of 1")); }, 20000,
                               QStringLiteral("the copy running")),
                 qPrintable(gui.lastProblem() + QLatin1Char(' ') + progress()));
        QVERIFY(card.pauseDaemon(true));
        gui.screenshot(QStringLiteral("copying"));

        const auto message = [&] { return nameOf(gui.widgetByObjectName(QStringLiteral("cameraMessage"))); };
        QVERIFY2(gui.click(QStringLiteral("Eject")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.waitUntil(
                     [&] { return message().contains(QStringLiteral("The card “HERO” is still being copied from")); },
                     5000, QStringLiteral("Eject refused with the reason")),
                 qPrintable(gui.lastProblem() + QLatin1Char(' ') + message()));
        // Not ejected: still listed. (Nothing here may look into the card while its daemon is stopped.)
        QVERIFY(rowTexts(gui, QStringLiteral("Cards, cameras and phones"))
                    .join(QLatin1Char('|'))
                    .contains(QStringLiteral("HERO")));
        gui.screenshot(QStringLiteral("eject-refused"));

        QElapsedTimer taken;
        taken.start();
        QCOMPARE(card.unmount(true), QString()); // umount -l: taken out
        QVERIFY2(gui.waitUntil(
                     [&] { return message().contains(QStringLiteral("The card “HERO” was taken out while copying")); },
                     5000, QStringLiteral("the card taken out, in words")),
                 qPrintable(gui.lastProblem() + QLatin1Char(' ') + message()));
        const qint64 saidAfter = taken.elapsed();
        qInfo("the pane said the card was taken out %lld ms after it was", saidAfter);
        QVERIFY2(saidAfter <= 2000 + 300, qPrintable(QString::number(saidAfter))); // + the probe's 100 ms polls
        QVERIFY(readyRows(gui, false).isEmpty()); // nothing half-copied is listed
        gui.screenshot(QStringLiteral("taken-out"));

        // Back in: the import goes on and the clip lands in the ready list, selected.
        QVERIFY(card.pauseDaemon(false));
        CardImage::run(QStringLiteral("umount"), { QStringLiteral("-l"), mountPoint });
        QCOMPARE(card.mount(mountPoint), QString());
        QVERIFY2(gui.waitUntil([&] { return readyRows(gui, true) == QStringList { QStringLiteral("GX010777.MP4") }; },
                               60000, QStringLiteral("the clip imported after the card came back")),
                 qPrintable(gui.lastProblem() + QLatin1Char(' ') + message()));
        const QString day = gui.home() + QStringLiteral("/Videos/Uplift Capture/")
            + QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
        QCOMPARE(sha256Of(day + QStringLiteral("/GX010777.MP4")),
                 sha256Of(m_bigTree + QStringLiteral("/DCIM/100GOPRO/GX010777.MP4")));
        QCOMPARE(QDir(day).entryList(QDir::Files | QDir::Hidden).size(), 1); // no .part left
        gui.screenshot(QStringLiteral("resumed"));
    }
};

QTEST_GUILESS_MAIN(TestCameraImport)
#include "tst_cameraimport.moc"
