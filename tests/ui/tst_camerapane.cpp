#include "camerabanner.h"
#include "cameraclipmodel.h"
#include "camerapane.h"
#include "mainwindow.h"
#include "readylistmodel.h"

#include "devices/importedclips.h"
#include "settings/settings.h"

#include "testvideo.h"

#include <QAccessible>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

namespace {

DeviceClip clip(const QString &name, const QDateTime &filmed, bool imported = false, qint64 size = 1000)
{
    DeviceClip c;
    c.path = QStringLiteral("/media/card/DCIM/100GOPRO/") + name;
    DeviceFile file;
    file.path = c.path;
    file.relativePath = QStringLiteral("DCIM/100GOPRO/") + name;
    file.size = size;
    file.imported = imported;
    c.chapters = { file };
    c.size = size;
    c.captureTime = filmed;
    c.captureTimeFromFile = true;
    c.durationMs = 32000;
    c.imported = imported;
    return c;
}

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, 3), QTime(hour, minute), Qt::UTC);
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result();
}

} // namespace

// The "From the camera" pane (issue 24, item 2 and 4): what it lists and how,
// and, with a real card's layout under gvfs's folder (where the desktop mounts
// phones; the real SourceWatcher finds it), a real scan and a real import into
// the window's ready list.
class TestCameraPane : public QObject
{
    Q_OBJECT

private slots:
    // What a coach reads under the progress bar while a card is copied (issue 24, item 4): the
    // speed over the last seconds and the time left, from the bytes copied by each moment, on the
    // import's own sampling (ImportRate) given the times. A real copy on this machine is too fast
    // for tst_cameraimport to catch the line mid-copy.
    void theCopyShowsItsSpeedAndTimeLeft()
    {
        const QLocale before;
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        ImportProgress p;
        p.filesTotal = 8;
        p.bytesTotal = 2'560'000'000; // 8 clips of 320 MB
        ImportRate rate;
        const auto at = [&](qint64 ms, qint64 bytesDone) {
            p.bytesDone = bytesDone;
            p.filesDone = int(bytesDone / 320'000'000);
            rate.add(ms, &p);
            return CameraPane::progressText(p);
        };
        // Not before half a second of copying: no speed made up from one sample.
        QCOMPARE(at(0, 0), QStringLiteral("Copying file 1 of 8 · 0 bytes of 2.6 GB"));
        QCOMPARE(at(200, 5'000'000), QStringLiteral("Copying file 1 of 8 · 5.0 MB of 2.6 GB"));
        // 25 MB/s: 2.46 GB left is 98 s.
        QString text;
        for (qint64 ms = 400; ms <= 4000; ms += 200)
            text = at(ms, ms * 25'000);
        QCOMPARE(text, QStringLiteral("Copying file 1 of 8 · 100.0 MB of 2.6 GB · 25.0 MB/s · about 2 min left"));
        // The card slows to 5 MB/s: within 3 s the line says so (2.445 GB left: 489 s).
        for (qint64 ms = 4200; ms <= 7200; ms += 200)
            text = at(ms, 100'000'000 + (ms - 4000) * 5'000);
        QCOMPARE(text, QStringLiteral("Copying file 1 of 8 · 116.0 MB of 2.6 GB · 5.0 MB/s · about 8 min left"));
        // Nearly stalled, 0.4 MB/s: hours.
        for (qint64 ms = 7400; ms <= 10400; ms += 200)
            text = at(ms, 116'000'000 + (ms - 7200) * 400);
        QCOMPARE(text, QStringLiteral("Copying file 1 of 8 · 117.3 MB of 2.6 GB · 400.0 kB/s · about 1 h 41 min left"));
        // The last clip: less than a minute.
        for (qint64 ms = 10600; ms <= 14000; ms += 200)
            text = at(ms, 2'400'000'000 + (ms - 10400) * 10'000);
        QCOMPARE(text, QStringLiteral("Copying file 8 of 8 · 2.4 GB of 2.6 GB · 10.0 MB/s · less than a minute left"));
        QLocale::setDefault(before);
    }

    void newestFirstWhateverOrderTheyComeIn()
    {
        CameraClipModel model;
        DeviceClip unknown = clip(QStringLiteral("GX010009.MP4"), {});
        model.setClips({ clip(QStringLiteral("GX010001.MP4"), at(9)), unknown,
                         clip(QStringLiteral("GX010003.MP4"), at(11)), clip(QStringLiteral("GX010002.MP4"), at(10)) },
                       true);
        QStringList order;
        for (int row = 0; row < model.rowCount(); ++row)
            order << model.index(row).data(CameraClipModel::PathRole).toString().section(QLatin1Char('/'), -1);
        QCOMPARE(order,
                 (QStringList { QStringLiteral("GX010003.MP4"), QStringLiteral("GX010002.MP4"),
                                QStringLiteral("GX010001.MP4"), QStringLiteral("GX010009.MP4") }));
        // What the row says: the name, when it was filmed, how long, how big.
        const QString text = model.index(0).data(Qt::DisplayRole).toString();
        QVERIFY2(text.startsWith(QStringLiteral("GX010003.MP4\nFilmed ")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("0:32")), qPrintable(text));
        QVERIFY2(text.endsWith(QLocale().formattedDataSize(1000, 1, QLocale::DataSizeSIFormat)), qPrintable(text));
    }

    void alreadyImportedAreMarkedAndNotChosenNewOnesAre()
    {
        CameraClipModel model;
        model.setClips({ clip(QStringLiteral("A.MP4"), at(9), true), clip(QStringLiteral("B.MP4"), at(10)) }, true);
        QCOMPARE(model.newCount(), 1);
        QCOMPARE(model.importedCount(), 1);
        const QModelIndex fresh = model.index(0);
        const QModelIndex old = model.index(1);
        QCOMPARE(fresh.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
        QVERIFY(!old.data(Qt::CheckStateRole).isValid()); // no box to tick at all
        QVERIFY(!(model.flags(old) & Qt::ItemIsUserCheckable));
        QVERIFY(model.flags(fresh) & Qt::ItemIsUserCheckable);
        QVERIFY2(old.data(Qt::DisplayRole).toString().contains(QStringLiteral("Already imported")),
                 qPrintable(old.data(Qt::DisplayRole).toString()));
        QVERIFY(!fresh.data(Qt::DisplayRole).toString().contains(QStringLiteral("Already imported")));
        QVERIFY(old.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("Already imported")));
        // An imported clip cannot be ticked, even by a model call.
        QVERIFY(!model.setData(old, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(model.chosenClips().size(), 1);
        QCOMPARE(model.chosenClips().first().path, fresh.data(CameraClipModel::PathRole).toString());
    }

    void whatTheCoachUntickedStaysUntickedWhenTheCardIsReadAgain()
    {
        CameraClipModel model;
        QSignalSpy chosen(&model, &CameraClipModel::chosenChanged);
        const QList<DeviceClip> listed { clip(QStringLiteral("A.MP4"), at(9)), clip(QStringLiteral("B.MP4"), at(10)),
                                         clip(QStringLiteral("C.MP4"), at(11)) };
        model.setClips(listed, false);
        QCOMPARE(model.chosenCount(), 3);
        QVERIFY(model.setData(model.index(1), Qt::Unchecked, Qt::CheckStateRole)); // B
        QVERIFY(chosen.count() >= 2);
        QCOMPARE(model.chosenCount(), 2);
        // The facts come: A was imported before.
        QList<DeviceClip> read = listed;
        read[0].imported = true;
        model.setClips(read, true);
        QCOMPARE(model.chosenCount(), 1);
        QCOMPARE(model.chosenClips().first().path, listed.at(2).path);
        QCOMPARE(model.chosenBytes(), qint64(1000));
        model.chooseAll(true);
        QCOMPARE(model.chosenCount(), 2); // never the imported one
        model.chooseAll(false);
        QCOMPARE(model.chosenCount(), 0);
    }

    void aGoProRecordingInChaptersIsOneRowNamingThem()
    {
        CameraClipModel model;
        DeviceClip recording = clip(QStringLiteral("GX010042.MP4"), at(10), false, 4000);
        DeviceFile second = recording.chapters.first();
        second.path = QStringLiteral("/media/card/DCIM/100GOPRO/GX020042.MP4");
        recording.chapters << second;
        recording.size = 8000;
        model.setClips({ recording, clip(QStringLiteral("GX010043.MP4"), at(11)) }, true);
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex row = model.index(1);
        QCOMPARE(row.data(CameraClipModel::ChaptersRole).toStringList(),
                 (QStringList { QStringLiteral("GX010042.MP4"), QStringLiteral("GX020042.MP4") }));
        const QString text = row.data(Qt::DisplayRole).toString();
        QVERIFY2(text.contains(QStringLiteral("2 chapters: GX010042.MP4, GX020042.MP4")), qPrintable(text));
        // The whole recording's size.
        QVERIFY2(text.contains(QLocale().formattedDataSize(8000, 1, QLocale::DataSizeSIFormat)), qPrintable(text));
        QCOMPARE(model.index(0).data(CameraClipModel::ChaptersRole).toStringList().size(), 1);
    }

    // The window: a phone's folder appears where gvfs mounts phones, the banner
    // says what is new, Import copies into the library, the copies are in the
    // ready list, selected, and importing again finds nothing new.
    void aPhoneIsNoticedImportedAndNothingIsNewTheSecondTime()
    {
        const QString gvfs = qEnvironmentVariable("XDG_RUNTIME_DIR") + QStringLiteral("/gvfs");
        const QString staging = TestVideo::scratchPath(QStringLiteral("phone"));
        QDir(staging).removeRecursively();
        QDir(gvfs).removeRecursively();
        const QString camera = staging + QStringLiteral("/Internal shared storage/DCIM/Camera");
        QVERIFY(QDir().mkpath(camera));
        QVERIFY(QDir().mkpath(gvfs));
        const QString first = camera + QStringLiteral("/VID_20261203_101500.mp4");
        const QString second = camera + QStringLiteral("/VID_20261203_101900.mp4");
        QCOMPARE(TestVideo::makeCameraClip(first, QStringLiteral("android"), 2), QString());
        QCOMPARE(TestVideo::makeCameraClip(second, QStringLiteral("mp4"), 3), QString());
        const QString library = TestVideo::scratchPath(QStringLiteral("library"));
        QDir(library).removeRecursively();
        const QString store = TestVideo::scratchPath(QStringLiteral("imported.sqlite"));
        QFile::remove(store);

        MainWindow window;
        window.resize(1360, 840);
        window.show();
        SettingsDialog::Values values;
        values.libraryFolder = library;
        window.setSettingsValues(values);
        window.startWatchingCameras(store);
        CameraPane *pane = window.cameraPane();
        CameraBanner *banner = window.cameraBanner();
        QVERIFY(!banner->isVisible());

        // Plugged in: the whole tree appears at once, as gvfs shows a mounted phone.
        QVERIFY(QDir().rename(staging, gvfs + QStringLiteral("/mtp:host=Pixel_7")));
        // (Other cards may be mounted on this machine by other tests: only the phone is looked at.)
        QTRY_VERIFY_WITH_TIMEOUT(banner->text().contains(QStringLiteral("Pixel 7")), 8000);
        QVERIFY(banner->isVisible());
        auto *sources = pane->findChild<QListWidget *>(QStringLiteral("cameraSources"));
        const auto phoneRow = [sources]() -> QListWidgetItem * {
            for (int row = 0; row < sources->count(); ++row) {
                if (sources->item(row)->text().contains(QStringLiteral("Pixel 7")))
                    return sources->item(row);
            }
            return nullptr;
        };
        QVERIFY(phoneRow());
        QVERIFY2(phoneRow()->text().contains(QStringLiteral("2 new clips")), qPrintable(phoneRow()->text()));
        if (sources->count() == 1)
            QVERIFY2(banner->text().contains(QStringLiteral("2 new clips")), qPrintable(banner->text()));
        // Nothing opened, nothing imported by itself.
        QVERIFY(!pane->window()->isVisible());
        QVERIFY(!QDir(library).exists());

        banner->findChild<QPushButton *>(QStringLiteral("cameraBannerButton"))->click();
        QTRY_VERIFY(pane->isVisible());
        sources->setCurrentItem(phoneRow());
        QCOMPARE(pane->clipModel()->rowCount(), 2);
        QCOMPARE(pane->clipModel()->chosenCount(), 2);
        // Nothing to say yet: no empty line for a screen reader to stop at (AT-SPI showed one).
        QVERIFY(!pane->findChild<QLabel *>(QStringLiteral("cameraMessage"))->isVisible());
        auto *import = pane->findChild<QPushButton *>(QStringLiteral("cameraImport"));
        QCOMPARE(import->text(), QStringLiteral("Import 2 Clips"));
        QVERIFY(import->isEnabled());
        // Thumbnails: decoded frames, made off the GUI thread.
        QTRY_VERIFY_WITH_TIMEOUT(pane->clipModel()->hasThumbnail(pane->clipModel()->clipAt(0).path), 15000);

        QSignalSpy finished(pane, &CameraPane::importFinished);
        import->click();
        QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
        const QStringList copies = finished.at(0).at(0).toStringList();
        QCOMPARE(copies.size(), 2);
        const QString day = Settings::importFolder(library, QDate::currentDate());
        for (const QString &copy : copies) {
            QCOMPARE(QFileInfo(copy).absolutePath(), day);
            QCOMPARE(sha256Of(copy),
                     sha256Of(QStringLiteral("%1/mtp:host=Pixel_7/Internal shared storage/DCIM/Camera/%2")
                                  .arg(gvfs, QFileInfo(copy).fileName())));
        }
        // In the ready list, selected, ready to describe.
        QStringList selected;
        auto *list = window.findChild<QListView *>(QStringLiteral("readyList"));
        for (const QModelIndex &index : list->selectionModel()->selectedIndexes())
            selected << index.data(ReadyListModel::PathRole).toString();
        selected.sort();
        QStringList expected = copies;
        expected.sort();
        QCOMPARE(selected, expected);
        QVERIFY2(window.statusBar()->currentMessage().contains(QStringLiteral("2 clips imported")),
                 qPrintable(window.statusBar()->currentMessage()));

        // Read again: both are marked, nothing is chosen, the banner goes.
        QTRY_COMPARE_WITH_TIMEOUT(pane->clipModel()->importedCount(), 2, 10000);
        QTRY_VERIFY(pane->clipModel()->factsKnown());
        QCOMPARE(pane->clipModel()->chosenCount(), 0);
        QVERIFY(!import->isEnabled());
        auto *heading = pane->findChild<QLabel *>(QStringLiteral("cameraHeading"));
        QVERIFY2(heading->text().contains(QStringLiteral("Nothing new")), qPrintable(heading->text()));
        QTRY_VERIFY(!banner->text().contains(QStringLiteral("Pixel 7")));
        ImportedClips imported;
        QVERIFY(imported.open(store));
        QCOMPARE(imported.count(), 2);

        // Eject while nothing is copied goes to the watcher; unplugged, the phone leaves the list.
        QVERIFY(QDir(gvfs + QStringLiteral("/mtp:host=Pixel_7")).removeRecursively());
        QTRY_VERIFY_WITH_TIMEOUT(!phoneRow(), 8000);
        QVERIFY(pane->shownSource() != QStringLiteral("%1/mtp:host=Pixel_7/Internal shared storage").arg(gvfs));
    }
};

QTEST_MAIN(TestCameraPane)
#include "tst_camerapane.moc"
