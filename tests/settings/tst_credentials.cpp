#include "credentialsprobe.h"
#include "keyringsession.h"
#include "settings/credentials.h"

#include <QCoreApplication>
#include <QSignalSpy>
#include <QTest>
#include <qt6keychain/keychain.h>

// Credentials against a real secret service (gnome-keyring on a private bus).
class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void loadWithNothingSavedSaysSo();
    void storedKeyIsReadBackFromKeychain();
    void storedKeyIsInNoPlainTextFile();
    void environmentVariableTakesPrecedence();
    void storeReportsEnvironmentPrecedence();
    void blankKeyIsNotStored();
    void keyWithControlCharactersIsRefusedEverywhere();
    void forgetRemovesTheKey();
    void servicesAreSeparate();

private:
    KeyringSession m_keyring;
    const QString m_service = QStringLiteral("uplift-capture-test");
};

void TestCredentials::initTestCase()
{
    qunsetenv("UPLIFT_API_KEY");
    const QString problem = m_keyring.start();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCredentials::init()
{
    qunsetenv("UPLIFT_API_KEY");
    Credentials credentials(m_service);
    QVERIFY(CredentialsProbe::forget(credentials).first);
}

void TestCredentials::cleanupTestCase()
{
    m_keyring.stop();
}

void TestCredentials::loadWithNothingSavedSaysSo()
{
    Credentials credentials(m_service);
    const auto lookup = CredentialsProbe::load(credentials);
    QCOMPARE(lookup.source, Credentials::Source::None);
    QVERIFY(lookup.apiKey.isEmpty());
    QVERIFY(lookup.keychainAvailable);
    QVERIFY(lookup.message.contains(QStringLiteral("UPLIFT_API_KEY")));
}

void TestCredentials::storedKeyIsReadBackFromKeychain()
{
    {
        Credentials writer(m_service);
        const auto [ok, message] = CredentialsProbe::store(writer, QStringLiteral("  upk_live_readback_1234  "));
        QVERIFY2(ok, qPrintable(message));
        QVERIFY(message.isEmpty());
    }
    // A fresh object: nothing is cached in memory, the secret service answers.
    Credentials reader(m_service);
    const auto lookup = CredentialsProbe::load(reader);
    QCOMPARE(lookup.source, Credentials::Source::Keychain);
    QCOMPARE(lookup.apiKey, QStringLiteral("upk_live_readback_1234"));
    QVERIFY(lookup.keychainAvailable);
}

void TestCredentials::storedKeyIsInNoPlainTextFile()
{
    const QByteArray secret = "upk_live_never_in_a_file_98765";
    Credentials credentials(m_service);
    QVERIFY(CredentialsProbe::store(credentials, QString::fromLatin1(secret)).first);
    QCOMPARE(CredentialsProbe::load(credentials).apiKey, QString::fromLatin1(secret));
    // The keyring file itself is encrypted, so not even it holds the bytes.
    QCOMPARE(CredentialsProbe::filesContaining(m_keyring.dataHome(), secret), QStringList());
    QCOMPARE(CredentialsProbe::filesContaining(QDir::homePath(), secret), QStringList());
}

void TestCredentials::environmentVariableTakesPrecedence()
{
    Credentials credentials(m_service);
    QVERIFY(CredentialsProbe::store(credentials, QStringLiteral("from-keychain")).first);
    qputenv("UPLIFT_API_KEY", " from-environment \n");
    const auto lookup = CredentialsProbe::load(credentials);
    qunsetenv("UPLIFT_API_KEY");
    QCOMPARE(lookup.source, Credentials::Source::Environment);
    QCOMPARE(lookup.apiKey, QStringLiteral("from-environment"));

    // An empty variable counts as unset.
    qputenv("UPLIFT_API_KEY", "   ");
    const auto again = CredentialsProbe::load(credentials);
    qunsetenv("UPLIFT_API_KEY");
    QCOMPARE(again.source, Credentials::Source::Keychain);
    QCOMPARE(again.apiKey, QStringLiteral("from-keychain"));
}

void TestCredentials::storeReportsEnvironmentPrecedence()
{
    Credentials credentials(m_service);
    qputenv("UPLIFT_API_KEY", "from-environment");
    const auto [ok, message] = CredentialsProbe::store(credentials, QStringLiteral("typed-in-settings"));
    qunsetenv("UPLIFT_API_KEY");
    QVERIFY(ok);
    QVERIFY(message.contains(QStringLiteral("UPLIFT_API_KEY")));
    QVERIFY(!message.contains(QStringLiteral("typed-in-settings")));
    QVERIFY(!message.contains(QStringLiteral("from-environment")));
    QCOMPARE(CredentialsProbe::load(credentials).apiKey, QStringLiteral("typed-in-settings"));
}

void TestCredentials::blankKeyIsNotStored()
{
    Credentials credentials(m_service);
    QVERIFY(CredentialsProbe::store(credentials, QStringLiteral("kept")).first);
    QVERIFY(!CredentialsProbe::store(credentials, QStringLiteral("   ")).first);
    QCOMPARE(CredentialsProbe::load(credentials).apiKey, QStringLiteral("kept"));
}

// A key with CR LF and a header line after it would write that header into
// every request: refused from the environment, when saving, and when the
// keychain hands one back (written there by an older version or by hand).
void TestCredentials::keyWithControlCharactersIsRefusedEverywhere()
{
    Credentials credentials(m_service);
    qputenv("UPLIFT_API_KEY", "abc\r\nX-Evil: 1");
    const auto fromEnvironment = CredentialsProbe::load(credentials);
    qunsetenv("UPLIFT_API_KEY");
    QVERIFY(fromEnvironment.apiKey.isEmpty());
    QVERIFY2(fromEnvironment.message.contains(QStringLiteral("UPLIFT_API_KEY"))
                 && fromEnvironment.message.contains(QStringLiteral("line break")),
             qPrintable(fromEnvironment.message));
    QVERIFY(!fromEnvironment.message.contains(QStringLiteral("X-Evil")));

    const auto [ok, message] = CredentialsProbe::store(credentials, QStringLiteral("abc\x1b[2Jdef"));
    QVERIFY(!ok);
    QVERIFY2(message.contains(QStringLiteral("control character")), qPrintable(message));

    QKeychain::WritePasswordJob write(m_service);
    write.setAutoDelete(false);
    write.setKey(QStringLiteral("api-key"));
    write.setTextData(QStringLiteral("abc\ndef"));
    QSignalSpy written(&write, &QKeychain::Job::finished);
    write.start();
    QVERIFY(written.wait(15000));
    QCOMPARE(write.error(), QKeychain::NoError);
    const auto fromKeychain = CredentialsProbe::load(credentials);
    QVERIFY(fromKeychain.apiKey.isEmpty());
    QCOMPARE(fromKeychain.source, Credentials::Source::Keychain);
    QVERIFY2(fromKeychain.message.contains(QStringLiteral("keychain")), qPrintable(fromKeychain.message));
}

void TestCredentials::forgetRemovesTheKey()
{
    Credentials credentials(m_service);
    QVERIFY(CredentialsProbe::store(credentials, QStringLiteral("to-be-forgotten")).first);
    QVERIFY(CredentialsProbe::forget(credentials).first);
    const auto lookup = CredentialsProbe::load(credentials);
    QCOMPARE(lookup.source, Credentials::Source::None);
    QVERIFY(lookup.apiKey.isEmpty());
    // Forgetting twice is not an error.
    QVERIFY(CredentialsProbe::forget(credentials).first);
}

void TestCredentials::servicesAreSeparate()
{
    Credentials ours(m_service);
    Credentials other(m_service + QStringLiteral("-other"));
    QVERIFY(CredentialsProbe::store(ours, QStringLiteral("ours")).first);
    QVERIFY(CredentialsProbe::forget(other).first);
    QCOMPARE(CredentialsProbe::load(other).source, Credentials::Source::None);
    QCOMPARE(CredentialsProbe::load(ours).apiKey, QStringLiteral("ours"));
}

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
