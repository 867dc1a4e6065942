#pragma once

#include "settingsdialog.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

class AthleteCache;
class CoachAccount;
class Credentials;
class MainWindow;
class QNetworkAccessManager;

// The coach's account and preferences behind the Settings dialog: values come
// from the core's Settings (QSettings) and Credentials (the keychain, or
// UPLIFT_API_KEY, which wins); OK writes them back (the key to the keychain
// only) and applies what can change at once. The key is looked up
// asynchronously, so the window is usable (and the picker filled from the
// athletes saved on this computer) before the keychain answers.
class AccountSettings : public QObject
{
    Q_OBJECT

public:
    // keychainService and iniFileName: empty = the program's own (tests pass theirs).
    explicit AccountSettings(MainWindow *window, const QString &keychainService = {}, const QString &iniFileName = {},
                             QObject *parent = nullptr);
    ~AccountSettings() override;

    // This run talks to the local sandbox instead of the coach's account; its
    // roster is kept in dataFolder, apart from the real one.
    void useSandbox(const QUrl &baseUrl, const QString &apiKey, const QString &dataFolder);
    bool sandboxRunning() const { return m_sandboxUrl.isValid(); }

    // Shows the saved values and the saved roster, then looks the key up:
    // connected() when there is one, keyMissing() (and the first-start offer) when not.
    void start();

    // The address in use: UPLIFT_API_URL when set, else the one in Settings.
    QUrl apiUrl() const;
    QString apiKey() const { return m_apiKey; }
    AthleteCache *athletes() const { return m_cache; }
    SettingsDialog::Values values() const { return m_values; }

signals:
    // The server and key to use, known: after start() and whenever the coach changes them.
    void connected(const QUrl &baseUrl, const QString &apiKey);
    void keyMissing(const QString &message);
    void parallelUploadsChanged(int count);
    // Bytes per second for all uploads together; 0 = no limit.
    void uploadRateLimitChanged(qint64 bytesPerSecond);
    // The coach chose the sandbox (or left it); it takes effect at the next start.
    void restartRequested();
    // After OK: what happened to the key, in the coach's words.
    void saved(const QString &message);

private:
    void apply(const SettingsDialog::Values &values);
    void connectTo(const QUrl &url, const QString &key);
    void testConnection(const QString &apiUrl, const QString &apiKey, bool useSandbox);
    void showStatus(const QString &message, int timeout = 0);
    void openCache(const QString &path);

    QPointer<MainWindow> m_window;
    QString m_iniFileName;
    Credentials *m_credentials;
    QNetworkAccessManager *m_network;
    CoachAccount *m_tester;
    AthleteCache *m_cache = nullptr;
    SettingsDialog::Values m_values;
    QString m_apiKey;
    QString m_connectingText;
    QUrl m_sandboxUrl;
    QString m_sandboxKey;
    QString m_sandboxFolder;
};
