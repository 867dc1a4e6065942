#include "common/applicationidentity.h"
#include "settings/settings.h"

#include <QCoreApplication>
#include <QFile>
#include <QTest>

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void defaultsWhenNothingIsSaved();
    void valuesSurviveANewInstance();
    void apiUrlFallsBackToDefaultOnRubbish();
    void parallelUploadsAreClamped();
    void uploadRateLimitRoundTripsAndRefusesNegatives();
    void windowBlobsRoundTrip();
    void libraryFolderDefaultsToVideosAndKeepsOnlyAbsolutePaths();
    void fileHoldsNoApiKeyEntry();
};

void TestSettings::initTestCase()
{
    ApplicationIdentity::apply();
}

void TestSettings::init()
{
    Settings settings;
    QFile::remove(settings.fileName());
}

void TestSettings::defaultsWhenNothingIsSaved()
{
    Settings settings;
    QCOMPARE(settings.apiUrl(), QUrl(QStringLiteral("https://api.uplift.ai/v1")));
    QCOMPARE(settings.parallelUploads(), 3);
    QCOMPARE(settings.useSandbox(), false);
    QVERIFY(settings.language().isEmpty());
    QVERIFY(settings.windowGeometry().isEmpty());
    // Tests run with their own XDG_CONFIG_HOME, never the coach's file.
    QVERIFY2(settings.fileName().startsWith(qEnvironmentVariable("XDG_CONFIG_HOME")), qPrintable(settings.fileName()));
}

void TestSettings::valuesSurviveANewInstance()
{
    {
        Settings settings;
        settings.setApiUrl(QUrl(QStringLiteral("http://127.0.0.1:8123/v1")));
        settings.setUseSandbox(true);
        settings.setParallelUploads(4);
        settings.setLanguage(QStringLiteral("de"));
        settings.setLastMediaFolder(QStringLiteral("/media/card/DCIM"));
        QVERIFY(settings.sync());
    }
    Settings settings;
    QCOMPARE(settings.apiUrl(), QUrl(QStringLiteral("http://127.0.0.1:8123/v1")));
    QCOMPARE(settings.useSandbox(), true);
    QCOMPARE(settings.parallelUploads(), 4);
    QCOMPARE(settings.language(), QStringLiteral("de"));
    QCOMPARE(settings.lastMediaFolder(), QStringLiteral("/media/card/DCIM"));

    settings.setLanguage(QString());
    settings.setApiUrl(QUrl());
    QVERIFY(settings.language().isEmpty());
    QCOMPARE(settings.apiUrl(), Settings::defaultApiUrl());
}

void TestSettings::apiUrlFallsBackToDefaultOnRubbish()
{
    const QString file = qEnvironmentVariable("UPLIFT_TEST_TMP") + QStringLiteral("/handedited.ini");
    QFile::remove(file);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("api/url"), QStringLiteral("not a url at all"));
        raw.setValue(QStringLiteral("uploads/parallel"), QStringLiteral("many"));
    }
    Settings settings(file);
    QCOMPARE(settings.apiUrl(), Settings::defaultApiUrl());
    QCOMPARE(settings.parallelUploads(), Settings::DefaultParallelUploads);
}

void TestSettings::parallelUploadsAreClamped()
{
    Settings settings;
    settings.setParallelUploads(0);
    QCOMPARE(settings.parallelUploads(), 1);
    settings.setParallelUploads(20);
    QCOMPARE(settings.parallelUploads(), Settings::MaxParallelUploads);
    settings.setParallelUploads(3);
    QCOMPARE(settings.parallelUploads(), 3);
}

void TestSettings::uploadRateLimitRoundTripsAndRefusesNegatives()
{
    {
        Settings settings;
        QCOMPARE(settings.uploadRateLimit(), qint64(0)); // no limit unless the coach sets one
        // Above 2^31: a wide uplink must not overflow the stored value.
        settings.setUploadRateLimit(qint64(3) * 1024 * 1024 * 1024);
        QVERIFY(settings.sync());
    }
    {
        Settings settings;
        QCOMPARE(settings.uploadRateLimit(), qint64(3) * 1024 * 1024 * 1024);
        QCOMPARE(QSettings().value(QStringLiteral("uploads/rateLimit")).toLongLong(), qint64(3) * 1024 * 1024 * 1024);
        settings.setUploadRateLimit(-500);
        QCOMPARE(settings.uploadRateLimit(), qint64(0));
        QCOMPARE(QSettings().value(QStringLiteral("uploads/rateLimit")).toLongLong(), qint64(0));
        settings.setUploadRateLimit(512 * 1024);
        QCOMPARE(settings.uploadRateLimit(), qint64(512 * 1024));
    }
    // A hand-edited file: rubbish or a negative number means no limit.
    const QString file = qEnvironmentVariable("UPLIFT_TEST_TMP") + QStringLiteral("/ratelimit.ini");
    QFile::remove(file);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("uploads/rateLimit"), QStringLiteral("fast"));
    }
    QCOMPARE(Settings(file).uploadRateLimit(), qint64(0));
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("uploads/rateLimit"), -7);
    }
    QCOMPARE(Settings(file).uploadRateLimit(), qint64(0));
}

void TestSettings::windowBlobsRoundTrip()
{
    const QByteArray geometry("\x01\xd9\xd0\xcb\x00\x03\x00\x00", 8);
    const QByteArray state("\x00\x00\x00\xff\x00\x00", 6);
    {
        Settings settings;
        settings.setWindowGeometry(geometry);
        settings.setWindowState(state);
    }
    Settings settings;
    QCOMPARE(settings.windowGeometry(), geometry);
    QCOMPARE(settings.windowState(), state);
}

// Issue 24: clips from a card go to ~/Videos/Uplift Capture/YYYY-MM-DD unless
// the coach chose another library in Settings.
void TestSettings::libraryFolderDefaultsToVideosAndKeepsOnlyAbsolutePaths()
{
    const QString home = qEnvironmentVariable("HOME");
    QCOMPARE(Settings::defaultLibraryFolder(), home + QStringLiteral("/Videos/Uplift Capture"));
    const QString chosen = qEnvironmentVariable("UPLIFT_TEST_TMP") + QStringLiteral("/Coach's clips");
    {
        Settings settings;
        QCOMPARE(settings.libraryFolder(), Settings::defaultLibraryFolder());
        settings.setLibraryFolder(chosen + QStringLiteral("/"));
        QVERIFY(settings.sync());
    }
    {
        Settings settings;
        QCOMPARE(settings.libraryFolder(), chosen);
        QCOMPARE(Settings::importFolder(settings.libraryFolder(), QDate(2026, 12, 7)),
                 chosen + QStringLiteral("/2026-12-07"));
        // A relative path would scatter clips wherever the program started: not kept.
        settings.setLibraryFolder(QStringLiteral("clips"));
        QCOMPARE(settings.libraryFolder(), Settings::defaultLibraryFolder());
        settings.setLibraryFolder(chosen);
        settings.setLibraryFolder(QString());
        QCOMPARE(settings.libraryFolder(), Settings::defaultLibraryFolder());
        QVERIFY(!QSettings().contains(QStringLiteral("import/libraryFolder")));
    }
    const QString file = qEnvironmentVariable("UPLIFT_TEST_TMP") + QStringLiteral("/library.ini");
    QFile::remove(file);
    {
        QSettings raw(file, QSettings::IniFormat);
        raw.setValue(QStringLiteral("import/libraryFolder"), QStringLiteral("../somewhere"));
    }
    QCOMPARE(Settings(file).libraryFolder(), Settings::defaultLibraryFolder());
}

void TestSettings::fileHoldsNoApiKeyEntry()
{
    {
        Settings settings;
        settings.setApiUrl(QUrl(QStringLiteral("https://example.test/v1")));
        settings.setUseSandbox(false);
        settings.setParallelUploads(2);
        QVERIFY(settings.sync());
    }
    QSettings raw;
    for (const QString &key : raw.allKeys())
        QVERIFY2(!key.contains(QStringLiteral("key"), Qt::CaseInsensitive), qPrintable(key));
}

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
