#include "accountsettings.h"

#include "common/apikey.h"

#include "athletepicker.h"
#include "captureform.h"
#include "coachaccount.h"
#include "mainwindow.h"
#include "uilanguage.h"

#include "api/roster/athletecache.h"
#include "settings/credentials.h"
#include "settings/settings.h"

#include <QDir>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QStatusBar>

#include <memory>

namespace {

std::unique_ptr<Settings> openSettings(const QString &iniFileName)
{
    return iniFileName.isEmpty() ? std::make_unique<Settings>() : std::make_unique<Settings>(iniFileName);
}

} // namespace

AccountSettings::AccountSettings(MainWindow *window, const QString &keychainService, const QString &iniFileName,
                                 QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_iniFileName(iniFileName)
    , m_credentials(keychainService.isEmpty() ? new Credentials(this) : new Credentials(keychainService, this))
    , m_network(new QNetworkAccessManager(this))
    , m_tester(new CoachAccount(nullptr, m_network, this))
{
    const std::unique_ptr<Settings> settings = openSettings(m_iniFileName);
    m_values.apiUrl = settings->apiUrl().toString();
    m_values.useSandbox = settings->useSandbox();
    m_values.parallelUploads = settings->parallelUploads();
    m_values.uploadRateLimit = settings->uploadRateLimit();
    m_values.language = settings->language();
    m_values.libraryFolder = settings->libraryFolder();
    m_values.keyFromEnvironment = !Credentials::environmentKey().isEmpty();

    connect(window, &MainWindow::settingsChanged, this, &AccountSettings::apply);
    connect(window, &MainWindow::connectionTestRequested, this, &AccountSettings::testConnection);
    connect(m_tester, &CoachAccount::connectionTested, window, &MainWindow::showConnectionTestResult);
    connect(window, &MainWindow::sandboxRequested, this, [this] {
        const std::unique_ptr<Settings> settings = openSettings(m_iniFileName);
        settings->setUseSandbox(true);
        settings->sync();
        m_values.useSandbox = true;
        emit restartRequested();
    });
    connect(m_credentials, &Credentials::loaded, this, [this](const Credentials::Lookup &lookup) {
        if (sandboxRunning())
            return;
        m_values.apiKey = lookup.apiKey;
        m_window->setSettingsValues(m_values);
        if (lookup.apiKey.isEmpty()) {
            showStatus(tr("Uploads wait for an API key: enter it in Settings."));
            emit keyMissing(lookup.message);
            m_window->offerFirstStart();
            return;
        }
        connectTo(apiUrl(), lookup.apiKey);
    });
    connect(m_credentials, &Credentials::stored, this, [this](bool ok, const QString &message) {
        // Not saved is not lost for this run: the key is in use until the program ends.
        const QString text = ok
            ? (message.isEmpty() ? tr("The API key was saved in the keychain.") : message)
            : tr("The key is used until Uplift Capture quits, but it was not saved: %1").arg(message);
        showStatus(text, 15000);
        emit saved(text);
    });
}

AccountSettings::~AccountSettings()
{
    // The window outlives us in main(); it must not keep a pointer to our cache.
    if (m_window)
        m_window->setAthleteCache(nullptr);
}

void AccountSettings::useSandbox(const QUrl &baseUrl, const QString &apiKey, const QString &dataFolder)
{
    m_sandboxUrl = baseUrl;
    m_sandboxKey = apiKey;
    m_sandboxFolder = dataFolder;
    m_values.sandboxRunning = baseUrl.isValid();
    // The dialog shows the mode this window runs in: started with --sandbox, the
    // box is ticked although Settings does not say so (and OK leaves Settings as it was).
    m_values.sandboxFromCommandLine = m_values.sandboxRunning && !m_values.useSandbox;
    if (m_values.sandboxRunning)
        m_values.useSandbox = true;
}

QUrl AccountSettings::apiUrl() const
{
    const QString fromEnvironment = qEnvironmentVariable("UPLIFT_API_URL");
    return fromEnvironment.isEmpty() ? QUrl(m_values.apiUrl) : QUrl(fromEnvironment);
}

void AccountSettings::openCache(const QString &path)
{
    m_cache = new AthleteCache(path, this);
    QString problem;
    if (!m_cache->open(&problem))
        showStatus(tr("The athletes cannot be kept on this computer: %1").arg(problem), 15000);
    m_window->setAthleteCache(m_cache);
    // The roster saved last time, at once: the picker works before (or without) the server.
    const QList<Athlete> saved = m_cache->athletes();
    if (!saved.isEmpty())
        m_window->captureForm()->athletePicker()->setAthletes(CoachAccount::entries(saved));
}

void AccountSettings::start()
{
    openCache(sandboxRunning() ? QDir(m_sandboxFolder).filePath(QStringLiteral("athletes.sqlite"))
                               : AthleteCache::defaultDatabasePath());
    m_window->setSettingsValues(m_values);
    if (sandboxRunning()) {
        connectTo(m_sandboxUrl, m_sandboxKey);
        return;
    }
    m_connectingText = tr("Connecting…");
    showStatus(m_connectingText);
    m_credentials->load();
}

void AccountSettings::connectTo(const QUrl &url, const QString &key)
{
    QString problem;
    if (!m_window->useServer(url, key, &problem)) {
        showStatus(tr("The server address cannot be used: %1").arg(problem));
        return;
    }
    m_apiKey = key;
    // Only our own "Connecting…" goes; a message about the queue stays.
    if (m_window->statusBar()->currentMessage() == m_connectingText)
        showStatus({});
    emit connected(url, key);
}

void AccountSettings::apply(const SettingsDialog::Values &values)
{
    const SettingsDialog::Values before = m_values;
    SettingsDialog::Values chosen = values;
    chosen.sandboxRunning = before.sandboxRunning;
    chosen.keyFromEnvironment = before.keyFromEnvironment;
    chosen.sandboxFromCommandLine = before.sandboxFromCommandLine;
    const bool sandboxSwitched = values.useSandbox != before.useSandbox;
    const std::unique_ptr<Settings> settings = openSettings(m_iniFileName);
    settings->setApiUrl(QUrl(values.apiUrl));
    // Only a switch the coach made is written: a window started with --sandbox shows the
    // box ticked, and pressing OK must not make every later start a sandbox one.
    if (sandboxSwitched)
        settings->setUseSandbox(values.useSandbox);
    settings->setParallelUploads(values.parallelUploads);
    settings->setUploadRateLimit(values.uploadRateLimit);
    settings->setLanguage(values.language);
    settings->setLibraryFolder(values.libraryFolder);
    settings->sync();
    m_values = chosen;
    // What Settings accepted (an unusable address falls back to the default).
    m_values.apiUrl = settings->apiUrl().toString();
    m_values.parallelUploads = settings->parallelUploads();
    m_values.uploadRateLimit = settings->uploadRateLimit();
    m_values.libraryFolder = settings->libraryFolder();
    m_window->setSettingsValues(m_values);

    // The answer names what changed, and only that.
    QStringList changes;
    if (m_values.parallelUploads != before.parallelUploads) {
        emit parallelUploadsChanged(m_values.parallelUploads);
        changes << (m_values.parallelUploads == 1
                        ? tr("One video is uploaded at a time.")
                        : tr("Up to %1 videos are uploaded at the same time.").arg(m_values.parallelUploads));
    }
    if (m_values.uploadRateLimit != before.uploadRateLimit) {
        emit uploadRateLimitChanged(m_values.uploadRateLimit);
        changes << (m_values.uploadRateLimit > 0
                        ? tr("Uploads are limited to %1 MB/s.")
                              .arg(QLocale().toString(
                                  double(m_values.uploadRateLimit) / SettingsDialog::BytesPerMegabyte, 'f', 1))
                        : tr("Uploads are no longer limited in speed."));
    }
    if (m_values.libraryFolder != before.libraryFolder)
        changes << tr("Videos imported from now on are copied to %1.")
                       .arg(QDir::toNativeSeparators(m_values.libraryFolder));
    if (m_values.language != before.language) {
        if (UiLanguage *language = UiLanguage::instance())
            language->applyChoice(m_values.language);
    }
    if (sandboxSwitched) {
        if (m_values.useSandbox)
            changes << (sandboxRunning() ? tr("The sandbox is used again the next time Uplift Capture starts.")
                                         : tr("The sandbox starts the next time Uplift Capture starts."));
        else if (sandboxRunning())
            changes << (m_values.sandboxFromCommandLine
                            ? tr("Your Uplift account is used the next time Uplift Capture starts without --sandbox.")
                            : tr("Your Uplift account is used the next time Uplift Capture starts."));
        else
            changes << tr("Uplift Capture keeps using your Uplift account.");
    }
    const auto answer = [this, &changes] {
        if (!changes.isEmpty())
            showStatus(changes.join(QLatin1Char(' ')), 15000);
    };
    // A key that cannot be sent is neither kept nor used (the dialog says
    // why before OK; this holds for any other caller too).
    if (const QString problem = ApiKey::problem(values.apiKey); !values.apiKey.isEmpty() && !problem.isEmpty()) {
        showStatus(problem, 15000);
        emit saved(problem);
        return;
    }
    answer();
    // The key goes to the keychain only, never to the settings file (its answer follows).
    if (!values.apiKey.isEmpty() && values.apiKey != before.apiKey)
        m_credentials->store(values.apiKey);
    // The account in use changes at the next start: this run keeps its server.
    if (m_values.useSandbox != sandboxRunning())
        return;
    if (!sandboxRunning() && !values.apiKey.isEmpty() && (values.apiKey != m_apiKey || apiUrl() != QUrl(before.apiUrl)))
        connectTo(apiUrl(), values.apiKey);
}

void AccountSettings::testConnection(const QString &apiUrl, const QString &apiKey, bool useSandbox)
{
    if (useSandbox && !sandboxRunning()) {
        m_window->showConnectionTestResult(
            false, tr("The sandbox is not running yet: it starts the next time Uplift Capture starts."));
        return;
    }
    if (useSandbox) {
        m_tester->testConnection(m_sandboxUrl.toString(), m_sandboxKey);
        return;
    }
    if (const QString problem = ApiKey::problem(apiKey); !problem.isEmpty()) {
        m_window->showConnectionTestResult(false, problem); // nothing is sent
        return;
    }
    m_tester->testConnection(apiUrl, apiKey);
}

void AccountSettings::showStatus(const QString &message, int timeout)
{
    if (message.isEmpty())
        m_window->statusBar()->clearMessage();
    else
        m_window->statusBar()->showMessage(message, timeout);
}
