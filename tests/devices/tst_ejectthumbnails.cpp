// Eject while the pane is making thumbnails (issue 24, item 4): a decoder of
// ours holding a clip of the card open must not make the unmount fail "busy".
// A real exFAT card (FUSE on a loop device) with many clips, the real
// SourceWatcher and the real "From the camera" pane, its thumbnails decoded by
// FFmpeg on their threads; Eject is pressed at a moment this process
// holds one of the card's files open.
#include "cardimage.h"
#include "testvideo.h"

#include "cameraclipmodel.h"
#include "camerapane.h"
#include "devices/linux/linuxsourcebackend.h"
#include "devices/sourcewatcher.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

bool mounted(const QString &point)
{
    QFile f(QStringLiteral("/proc/self/mountinfo"));
    if (!f.open(QIODevice::ReadOnly))
        return false;
    for (const QByteArray &line : f.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() > 4 && QString::fromUtf8(fields.at(4)) == point)
            return true;
    }
    return false;
}

} // namespace

class tst_EjectThumbnails : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void ejectWhileThumbnailsAreMadeIsNotRefusedBecauseOfThem();

private:
    QString m_tmp;
    QString m_tree;
    static constexpr int Clips = 40;
};

void tst_EjectThumbnails::initTestCase()
{
    // Not skipped: CI installs the tools (scripts/setup-deps) and runs as root.
    const QString missing = CardImage::missingTools(CardImage::Format::ExFat);
    if (!missing.isEmpty())
        QFAIL(qPrintable(QStringLiteral("this test makes a real card image and cannot run: ") + missing));
    m_tmp = QFileInfo(TestVideo::scratchPath(QStringLiteral("eject"))).absoluteFilePath();
    CardImage::cleanStale(m_tmp);
    QDir(m_tmp).removeRecursively();
    m_tree = m_tmp + QStringLiteral("/tree");
    QVERIFY(QDir(m_tree).mkpath(QStringLiteral("DCIM/100GOPRO")));
    // One real 720p recording, on the card under many names: decoding a first frame takes a moment each.
    const QString clip = m_tmp + QStringLiteral("/clip.mp4");
    QCOMPARE(TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                 QStringLiteral("testsrc2=duration=3:size=1280x720:rate=30"), QStringLiteral("-c:v"),
                                 QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
                                 QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), clip }),
             QString());
    for (int i = 1; i <= Clips; ++i) {
        QVERIFY(
            QFile::copy(clip, m_tree + QStringLiteral("/DCIM/100GOPRO/GX01%1.MP4").arg(i, 4, 10, QLatin1Char('0'))));
    }
}

void tst_EjectThumbnails::cleanupTestCase()
{
    if (!m_tmp.isEmpty())
        CardImage::cleanStale(m_tmp);
}

void tst_EjectThumbnails::ejectWhileThumbnailsAreMadeIsNotRefusedBecauseOfThem()
{
    CardImage card;
    QCOMPARE(card.create(CardImage::Format::ExFat, m_tmp + QStringLiteral("/card.img"), 128 * 1024 * 1024,
                         QStringLiteral("GOPRO"), m_tree),
             QString());
    SourceWatcher watcher;
    QSignalSpy listed(&watcher, &SourceWatcher::sourcesListed);
    QSignalSpy ejected(&watcher, &SourceWatcher::ejectFinished);
    watcher.start();
    QVERIFY(listed.wait(5000));
    const QString point = m_tmp + QStringLiteral("/mnt");
    QCOMPARE(card.mount(point), QString());
    // Other cards may be mounted on this machine (other tests): this one is ours.
    QTRY_VERIFY_WITH_TIMEOUT(watcher.source(point).isValid(), 3000);

    CameraPane pane;
    pane.setImportedStore(m_tmp + QStringLiteral("/imported.sqlite"));
    pane.setLibraryFolder(m_tmp + QStringLiteral("/library"));
    pane.resize(900, 600);
    pane.setWatcher(&watcher);
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    pane.showSource(point);
    QTRY_COMPARE_WITH_TIMEOUT(pane.clipModel()->rowCount(), Clips, 20000);
    // The scan is done; thumbnails are being made: one of the card's clips is open in this process now.
    QTRY_VERIFY_WITH_TIMEOUT(pane.clipModel()->newCount() == Clips, 20000);
    QElapsedTimer waited;
    waited.start();
    QStringList open;
    while ((open = LinuxSourceBackend::ownFilesBelow(point)).isEmpty() && waited.elapsed() < 20000)
        QTest::qWait(1);
    QVERIFY2(!open.isEmpty(), "no thumbnail was being made from the card");
    qInfo("open when Eject is pressed: %s", qPrintable(open.join(QStringLiteral(", "))));

    auto *eject = pane.findChild<QPushButton *>(QStringLiteral("cameraEject"));
    QVERIFY(eject && eject->isEnabled());
    QElapsedTimer took;
    took.start();
    eject->click();
    QTRY_VERIFY_WITH_TIMEOUT(!ejected.isEmpty(), 20000);
    qInfo("ejected in %lld ms", took.elapsed());
    QVERIFY2(ejected.constFirst().at(1).toBool(), qPrintable(ejected.constFirst().at(2).toString()));
    QVERIFY(!mounted(point));
    auto *message = pane.findChild<QLabel *>(QStringLiteral("cameraMessage"));
    QVERIFY(message);
    QTRY_COMPARE(message->text(), QStringLiteral("You can take out the card “GOPRO” now."));
    QTRY_VERIFY(!watcher.source(point).isValid());
    QTRY_VERIFY(pane.shownSource() != point);
}

QTEST_MAIN(tst_EjectThumbnails)
#include "tst_ejectthumbnails.moc"
