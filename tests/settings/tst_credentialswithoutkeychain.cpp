#include "credentialsprobe.h"
#include "settings/credentials.h"

#include <QCoreApplication>
#include <QTest>

// A headless box with no secret service: the key comes only from the
// environment, storing fails with a clear message and writes no file.
class TestCredentialsWithoutKeychain : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void loadWithoutKeychainSaysSoAndNamesTheVariable();
    void loadWithoutKeychainUsesEnvironmentVariable();
    void storeWithoutKeychainFailsAndWritesNoFile();

private:
    const QString m_service = QStringLiteral("uplift-capture-test");
};

void TestCredentialsWithoutKeychain::initTestCase()
{
    // A session bus address where no bus listens, and no X11 to autolaunch one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + qgetenv("UPLIFT_TEST_TMP") + "/no-such-bus-socket");
    qunsetenv("DISPLAY");
    qunsetenv("WAYLAND_DISPLAY");
}

void TestCredentialsWithoutKeychain::init()
{
    qunsetenv("UPLIFT_API_KEY");
}

void TestCredentialsWithoutKeychain::loadWithoutKeychainSaysSoAndNamesTheVariable()
{
    Credentials credentials(m_service);
    const auto lookup = CredentialsProbe::load(credentials);
    QCOMPARE(lookup.source, Credentials::Source::None);
    QVERIFY(lookup.apiKey.isEmpty());
    QVERIFY(!lookup.keychainAvailable);
    QVERIFY2(lookup.message.contains(QStringLiteral("No keychain service")), qPrintable(lookup.message));
    QVERIFY2(lookup.message.contains(QStringLiteral("UPLIFT_API_KEY")), qPrintable(lookup.message));
}

void TestCredentialsWithoutKeychain::loadWithoutKeychainUsesEnvironmentVariable()
{
    qputenv("UPLIFT_API_KEY", "env-only-key");
    Credentials credentials(m_service);
    const auto lookup = CredentialsProbe::load(credentials);
    QCOMPARE(lookup.source, Credentials::Source::Environment);
    QCOMPARE(lookup.apiKey, QStringLiteral("env-only-key"));
}

void TestCredentialsWithoutKeychain::storeWithoutKeychainFailsAndWritesNoFile()
{
    const QByteArray secret = "upk_live_nowhere_to_go_4242";
    Credentials credentials(m_service);
    const auto [ok, message] = CredentialsProbe::store(credentials, QString::fromLatin1(secret));
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("no keychain service")), qPrintable(message));
    QVERIFY(message.contains(QStringLiteral("UPLIFT_API_KEY")));
    QVERIFY(!message.contains(QString::fromLatin1(secret)));
    // No fallback file anywhere in this test's home (config, data, cache, tmp).
    QCOMPARE(CredentialsProbe::filesContaining(QDir::homePath(), secret), QStringList());
    // And nothing to read back afterwards.
    QVERIFY(CredentialsProbe::load(credentials).apiKey.isEmpty());
}

QTEST_GUILESS_MAIN(TestCredentialsWithoutKeychain)
#include "tst_credentialswithoutkeychain.moc"
