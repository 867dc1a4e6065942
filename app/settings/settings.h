#pragma once

#include <QByteArray>
#include <QDate>
#include <QSettings>
#include <QString>
#include <QUrl>

// The coach's preferences, stored with QSettings under the names
// ApplicationIdentity::apply() sets. The API key is deliberately NOT here:
// QSettings is a plain-text file, the key lives in the keychain (Credentials).
class Settings
{
public:
    // The production API; the sandbox replaces it while useSandbox() is on.
    static QUrl defaultApiUrl();
    // bench/link: 3 was best at 500 Mbit/s (0.900 of bytes ÷ rate vs 0.868 with 2) and tied at 50 Mbit/s.
    static constexpr int DefaultParallelUploads = 3;
    static constexpr int MinParallelUploads = 1;
    // More than a handful of parallel S3 POSTs from one laptop only splits the
    // same uplink; the cap also keeps a typo (20 instead of 2) harmless.
    static constexpr int MaxParallelUploads = 8;

    // Uses the application's default QSettings location.
    Settings();
    // A given INI file (tests, portable setups).
    explicit Settings(const QString &iniFileName);

    QUrl apiUrl() const;
    // An invalid or empty URL resets to the default.
    void setApiUrl(const QUrl &url);

    bool useSandbox() const;
    void setUseSandbox(bool on);

    // Clamped to [MinParallelUploads, MaxParallelUploads] on read and write.
    int parallelUploads() const;
    void setParallelUploads(int count);

    // Upload bandwidth shared by all parallel uploads, in bytes per second, so
    // uploads leave room for others on a shared gym network; 0 = no limit. A
    // negative value is stored as 0.
    qint64 uploadRateLimit() const;
    void setUploadRateLimit(qint64 bytesPerSecond);

    // A QLocale name ("de", "pt_BR"); empty = follow the system.
    QString language() const;
    void setLanguage(const QString &localeName);

    // Opaque blobs from QMainWindow::saveGeometry()/saveState().
    QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    QByteArray windowState() const;
    void setWindowState(const QByteArray &state);

    // Last folder files were added from, so the file dialog opens there again.
    QString lastMediaFolder() const;
    void setLastMediaFolder(const QString &folder);

    // The coach's library: where clips imported from a card, camera or phone
    // are copied, one folder per import day (importFolder). Default:
    // ~/Videos/Uplift Capture (the system's Videos folder). Only an absolute
    // path is kept: empty, relative or the default itself removes the entry.
    static QString defaultLibraryFolder();
    QString libraryFolder() const;
    void setLibraryFolder(const QString &folder);
    // The day's folder inside a library: <library>/YYYY-MM-DD.
    static QString importFolder(const QString &library, const QDate &day);

    // Writes pending changes; reports whether the file could be written.
    bool sync();
    QString fileName() const;

private:
    QSettings m_settings;
};
