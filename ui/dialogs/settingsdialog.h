#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

// API address, API key (masked; the caller, AccountSettings, stores it in the keychain),
// sandbox switch, parallel uploads, the upload speed limit, language and the folder clips
// are imported into (typed, or chosen with Browse…). "Test connection" asks the
// caller (testRequested) and shows the answer it is given (showTestResult),
// so the dialog never waits on the network itself.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Values
    {
        QString apiUrl;
        QString apiKey;
        bool useSandbox = false;
        int parallelUploads = 3;
        QString language; // QLocale name, empty = the system's
        // Not choices, facts the dialog explains: switching the sandbox waits
        // for the next start, and UPLIFT_API_KEY wins over the saved key.
        bool sandboxRunning = false;
        bool keyFromEnvironment = false;
        // Bytes per second for all uploads together; 0 = no limit. Last, so
        // the positional initialisers above keep their meaning.
        qint64 uploadRateLimit = 0;
        // A fact too: this window runs the sandbox because it was started with
        // --sandbox, not because Settings says so (then useSandbox is shown
        // ticked, and unticking it means "without --sandbox").
        bool sandboxFromCommandLine = false;
        // Where clips imported from a card, camera or phone are copied (a
        // folder per day inside it); an absolute path. Empty: the default.
        QString libraryFolder = {};
    };

    // The spin box counts in MB/s (2^20 bytes, as the CLI's --limit-rate 2M).
    static constexpr double BytesPerMegabyte = 1024.0 * 1024.0;

    explicit SettingsDialog(QWidget *parent = nullptr);
    ~SettingsDialog() override;

    void setValues(const Values &values);
    Values values() const;
    void showTestResult(bool ok, const QString &message);

signals:
    void testRequested(const QString &apiUrl, const QString &apiKey, bool useSandbox);

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateEnabled();
    // Why the key in the field cannot be used; empty when it can (or none is typed).
    QString keyProblem() const;
    void updateNotes();
    void chooseLibraryFolder();
    // Why the typed library folder cannot be used; empty when it can.
    QString libraryProblem() const;
    std::unique_ptr<Ui::SettingsDialog> m_ui;
    bool m_sandboxRunning = false;
    bool m_keyFromEnvironment = false;
    bool m_sandboxFromCommandLine = false;
    QString m_defaultLibraryFolder;
};
