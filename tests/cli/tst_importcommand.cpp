// `uplift-capture devices` and `uplift-capture import` as a coach's shell runs
// them, on cards made at test time (issue 24, item 5): the JSON keys, the
// paths printed, the exit codes, and a command killed mid-copy then run again.
#include "cardimage.h"
#include "clirun.h"
#include "testvideo.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>
#include <QThread>

#include <csignal>
#include <memory>

namespace {

using Run = CliRun;

Run runCli(const QStringList &arguments, int timeoutMs = 60000)
{
    return ::runCli(QStringLiteral(UPLIFT_CLI_EXE), arguments, QProcessEnvironment::systemEnvironment(), timeoutMs);
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

} // namespace

class tst_ImportCommand : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void devicesListsTheCardAsJson();
    void importPrintsTheCopiesThenNothingNew();
    void badSourceIsExitTwo_data();
    void badSourceIsExitTwo();
    void destinationFullIsExitOneAndLeavesNothing();
    void killedMidCopyThenRunAgainGoesOn();

private:
    CardImage *mountCard(const QString &tree, const QString &name);

    QString m_tmp;
    QString m_tree;
    QString m_bigTree;
    QString m_case;
    std::unique_ptr<CardImage> m_card;
};

void tst_ImportCommand::initTestCase()
{
    const QString missing = CardImage::missingTools(CardImage::Format::ExFat);
    if (!missing.isEmpty())
        QFAIL(qPrintable(QStringLiteral("these tests make real card images and cannot run: ") + missing));
    m_tmp = QFileInfo(TestVideo::scratchPath(QStringLiteral("cards"))).absoluteFilePath();
    CardImage::cleanStale(m_tmp);
    QDir(m_tmp).removeRecursively();
    m_tree = m_tmp + QStringLiteral("/tree");
    QVERIFY(QDir(m_tree).mkpath(QStringLiteral("DCIM/100GOPRO")));
    QVERIFY(QDir(m_tree).mkpath(QStringLiteral("DCIM/100APPLE")));
    QCOMPARE(
        TestVideo::makeCameraClip(m_tree + QStringLiteral("/DCIM/100GOPRO/GX010042.MP4"), QStringLiteral("mp4"), 2),
        QString());
    QCOMPARE(
        TestVideo::makeCameraClip(m_tree + QStringLiteral("/DCIM/100GOPRO/GX020042.MP4"), QStringLiteral("mp4"), 1),
        QString());
    QCOMPARE(
        TestVideo::makeCameraClip(m_tree + QStringLiteral("/DCIM/100APPLE/IMG_0001.MOV"), QStringLiteral("apple"), 2),
        QString());
    QFile thm(m_tree + QStringLiteral("/DCIM/100GOPRO/GX010042.THM"));
    QVERIFY(thm.open(QIODevice::WriteOnly));
    thm.write(QByteArray(1000, 't'));
    thm.close();
    m_bigTree = m_tmp + QStringLiteral("/big");
    QVERIFY(QDir(m_bigTree).mkpath(QStringLiteral("DCIM/100GOPRO")));
    QCOMPARE(TestVideo::makePaddedMov(m_bigTree + QStringLiteral("/DCIM/100GOPRO/GX010777.MP4"), 128 * 1024 * 1024),
             QString());
}

void tst_ImportCommand::init()
{
    m_case = m_tmp + QLatin1Char('/') + QString::fromLatin1(QTest::currentTestFunction());
    QDir(m_case).removeRecursively();
    QVERIFY(QDir().mkpath(m_case));
    // Each case starts with nothing imported before: the program's data folder (this test's own) emptied.
    for (const QString &f : QDir(qEnvironmentVariable("XDG_DATA_HOME"))
                                .entryList({ QStringLiteral("*") }, QDir::Dirs | QDir::NoDotAndDotDot))
        QDir(QDir(qEnvironmentVariable("XDG_DATA_HOME")).filePath(f)).removeRecursively();
}

void tst_ImportCommand::cleanup()
{
    m_card.reset();
    CardImage::cleanStale(m_case);
}

CardImage *tst_ImportCommand::mountCard(const QString &tree, const QString &name)
{
    m_card = std::make_unique<CardImage>();
    QString e = m_card->create(CardImage::Format::ExFat, m_case + QLatin1Char('/') + name + QStringLiteral(".img"),
                               tree == m_bigTree ? 192 * 1024 * 1024 : 64 * 1024 * 1024, name.toUpper(), tree);
    if (e.isEmpty())
        e = m_card->mount(m_case + QStringLiteral("/mnt"));
    if (!e.isEmpty()) {
        qWarning("%s", qPrintable(e));
        return nullptr;
    }
    return m_card.get();
}

void tst_ImportCommand::devicesListsTheCardAsJson()
{
    CardImage *card = mountCard(m_tree, QStringLiteral("gopro"));
    QVERIFY(card);
    const auto listed = [&]() {
        const Run r = runCli({ QStringLiteral("devices"), QStringLiteral("--json") });
        QJsonObject mine;
        if (r.exitCode != 0)
            qWarning("devices: %d %s", r.exitCode, r.err.constData());
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        for (const QJsonValue &v : all) {
            if (v.toObject().value(QStringLiteral("source")).toString() == card->mountPoint())
                mine = v.toObject();
        }
        return mine;
    };
    QJsonObject source = listed();
    QVERIFY2(!source.isEmpty(), "the card is not listed");
    QStringList keys = source.keys();
    keys.sort();
    QCOMPARE(keys,
             QStringList({ QStringLiteral("clips"), QStringLiteral("kind"), QStringLiteral("label"),
                           QStringLiteral("new"), QStringLiteral("source"), QStringLiteral("uuid") }));
    QCOMPARE(source.value(QStringLiteral("label")).toString(), QStringLiteral("GOPRO"));
    QCOMPARE(source.value(QStringLiteral("kind")).toString(), QStringLiteral("card"));
    QVERIFY(!source.value(QStringLiteral("uuid")).toString().isEmpty());
    QCOMPARE(source.value(QStringLiteral("new")).toInt(), 2); // the GoPro recording (two chapters) and the iPhone clip
    const QJsonArray clips = source.value(QStringLiteral("clips")).toArray();
    QCOMPARE(clips.size(), 2);
    for (const QJsonValue &v : clips) {
        const QJsonObject c = v.toObject();
        for (const QString &key : { QStringLiteral("path"), QStringLiteral("size"), QStringLiteral("capture_time"),
                                    QStringLiteral("duration"), QStringLiteral("imported") })
            QVERIFY2(c.contains(key), qPrintable(key));
        QCOMPARE(c.value(QStringLiteral("imported")).toBool(), false);
        QVERIFY(c.value(QStringLiteral("size")).toInteger() > 0);
        QVERIFY(c.value(QStringLiteral("duration")).toDouble() > 1.5);
        QVERIFY(!c.value(QStringLiteral("capture_time")).toString().isEmpty());
    }
    QCOMPARE(runCli({ QStringLiteral("import"), card->mountPoint(), QStringLiteral("--to"),
                      m_case + QStringLiteral("/lib") })
                 .exitCode,
             0);
    source = listed();
    QCOMPARE(source.value(QStringLiteral("new")).toInt(), 0);
    for (const QJsonValue &v : source.value(QStringLiteral("clips")).toArray())
        QCOMPARE(v.toObject().value(QStringLiteral("imported")).toBool(), true);
}

void tst_ImportCommand::importPrintsTheCopiesThenNothingNew()
{
    CardImage *card = mountCard(m_tree, QStringLiteral("gopro"));
    QVERIFY(card);
    const QString library = m_case + QStringLiteral("/lib");
    const Run first = runCli({ QStringLiteral("import"), card->mountPoint(), QStringLiteral("--to"), library });
    QCOMPARE(first.exitCode, 0);
    QStringList printed = QString::fromLocal8Bit(first.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    printed.sort();
    QCOMPARE(printed,
             QStringList({ library + QStringLiteral("/GX010042.MP4"), library + QStringLiteral("/GX020042.MP4"),
                           library + QStringLiteral("/IMG_0001.MOV") }));
    for (const QString &copy : std::as_const(printed))
        QCOMPARE(sha256Of(copy),
                 sha256Of(m_tree + QStringLiteral("/DCIM/")
                          + (copy.endsWith(QLatin1String(".MOV")) ? QStringLiteral("100APPLE/")
                                                                  : QStringLiteral("100GOPRO/"))
                          + QFileInfo(copy).fileName()));
    QVERIFY(!QFileInfo::exists(library + QStringLiteral("/GX010042.THM"))); // companions are not copied

    const Run second = runCli(
        { QStringLiteral("import"), card->mountPoint(), QStringLiteral("--to"), library, QStringLiteral("--json") });
    QCOMPARE(second.exitCode, 3);
    const QJsonObject o = QJsonDocument::fromJson(second.out).object();
    QCOMPARE(o.value(QStringLiteral("copied")).toArray().size(), 0);
    QCOMPARE(o.value(QStringLiteral("already_imported")).toInt(), 2);
    QCOMPARE(QDir(library).entryList(QDir::Files).size(), 3);
}

void tst_ImportCommand::badSourceIsExitTwo_data()
{
    QTest::addColumn<QString>("what");
    QTest::newRow("no such folder") << QStringLiteral("missing");
    QTest::newRow("a folder without DCIM") << QStringLiteral("plain");
    QTest::newRow("a file") << QStringLiteral("file");
}

void tst_ImportCommand::badSourceIsExitTwo()
{
    QFETCH(QString, what);
    QString path = m_case + QLatin1Char('/') + what;
    if (what == QLatin1String("plain"))
        QVERIFY(QDir().mkpath(path + QStringLiteral("/Music")));
    if (what == QLatin1String("file"))
        QVERIFY(QFile::copy(m_tree + QStringLiteral("/DCIM/100APPLE/IMG_0001.MOV"), path));
    const Run r = runCli({ QStringLiteral("import"), path, QStringLiteral("--to"), m_case + QStringLiteral("/lib") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QFile::encodeName(QDir::toNativeSeparators(path))), r.err.constData());
    QVERIFY(!QFileInfo::exists(m_case + QStringLiteral("/lib")));
}

void tst_ImportCommand::destinationFullIsExitOneAndLeavesNothing()
{
    CardImage *card = mountCard(m_bigTree, QStringLiteral("full"));
    QVERIFY(card);
    const QString library = m_case + QStringLiteral("/lib");
    QVERIFY(QDir().mkpath(library));
    QCOMPARE(CardImage::run(QStringLiteral("mount"),
                            { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                              QStringLiteral("size=32m"), QStringLiteral("tmpfs"), library }),
             QString());
    const Run r = runCli({ QStringLiteral("import"), card->mountPoint(), QStringLiteral("--to"), library });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("is full"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    QVERIFY(QDir(library).entryList(QDir::Files | QDir::Hidden).isEmpty()); // its partial file removed
    QCOMPARE(CardImage::run(QStringLiteral("umount"), { library }), QString());
    // Nothing was recorded: with room, it comes.
    QCOMPARE(runCli({ QStringLiteral("import"), card->mountPoint(), QStringLiteral("--to"), library }).exitCode, 0);
}

void tst_ImportCommand::killedMidCopyThenRunAgainGoesOn()
{
    CardImage *card = mountCard(m_bigTree, QStringLiteral("killed"));
    QVERIFY(card);
    const QString library = m_case + QStringLiteral("/lib");
    QProcess p;
    p.start(QStringLiteral(UPLIFT_CLI_EXE),
            { QStringLiteral("import"), card->mountPoint(), QStringLiteral("--to"), library });
    QVERIFY(p.waitForStarted());
    QElapsedTimer t;
    t.start();
    QString part;
    while (t.elapsed() < 30000 && part.isEmpty()) {
        const QStringList parts = QDir(library).entryList({ QStringLiteral("*.part") }, QDir::Files);
        if (!parts.isEmpty() && QFileInfo(QDir(library).filePath(parts.first())).size() >= 16 * 1024 * 1024)
            part = QDir(library).filePath(parts.first());
        QThread::usleep(200);
    }
    QVERIFY2(!part.isEmpty(), "the copy never got going");
    QVERIFY(card->pauseDaemon(true)); // mid-copy for sure
    ::kill(pid_t(p.processId()), SIGKILL);
    // A process killed in a read of a stalled FUSE file ends once the file is closed, which
    // needs the daemon: the card answers again.
    QVERIFY(card->pauseDaemon(false));
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitStatus(), QProcess::CrashExit);
    QVERIFY(!QFileInfo::exists(library + QStringLiteral("/GX010777.MP4")));
    const qint64 kept = QFileInfo(part).size();
    QVERIFY(kept >= 16 * 1024 * 1024);

    // Run again: nothing half-copied was recorded, so the clip is still new, and the copy goes on.
    const Run again = runCli(
        { QStringLiteral("import"), card->mountPoint(), QStringLiteral("--to"), library, QStringLiteral("--json") });
    QCOMPARE(again.exitCode, 0);
    const QJsonArray copied = QJsonDocument::fromJson(again.out).object().value(QStringLiteral("copied")).toArray();
    QCOMPARE(copied.size(), 1);
    QCOMPARE(copied.first().toObject().value(QStringLiteral("path")).toString(),
             library + QStringLiteral("/GX010777.MP4"));
    QCOMPARE(sha256Of(library + QStringLiteral("/GX010777.MP4")),
             sha256Of(m_bigTree + QStringLiteral("/DCIM/100GOPRO/GX010777.MP4")));
    QVERIFY(QDir(library).entryList({ QStringLiteral("*.part") }, QDir::Files).isEmpty());
    QCOMPARE(runCli({ QStringLiteral("import"), card->mountPoint(), QStringLiteral("--to"), library }).exitCode, 3);
}

QTEST_GUILESS_MAIN(tst_ImportCommand)
#include "tst_importcommand.moc"
