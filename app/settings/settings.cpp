#include "settings/settings.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

namespace {
const QString apiUrlKey = QStringLiteral("api/url");
const QString useSandboxKey = QStringLiteral("api/useSandbox");
const QString parallelUploadsKey = QStringLiteral("uploads/parallel");
const QString uploadRateLimitKey = QStringLiteral("uploads/rateLimit");
const QString languageKey = QStringLiteral("ui/language");
const QString windowGeometryKey = QStringLiteral("window/geometry");
const QString windowStateKey = QStringLiteral("window/state");
const QString lastMediaFolderKey = QStringLiteral("media/lastFolder");
const QString libraryFolderKey = QStringLiteral("import/libraryFolder");

int clampParallel(int count)
{
    return std::clamp(count, Settings::MinParallelUploads, Settings::MaxParallelUploads);
}
} // namespace

QUrl Settings::defaultApiUrl()
{
    return QUrl(QStringLiteral("https://api.uplift.ai/v1"));
}

Settings::Settings() = default;

Settings::Settings(const QString &iniFileName)
    : m_settings(iniFileName, QSettings::IniFormat)
{
}

QUrl Settings::apiUrl() const
{
    const QUrl url(m_settings.value(apiUrlKey).toString());
    // A hand-edited file with rubbish in it must not leave the app without a server.
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return defaultApiUrl();
    return url;
}

void Settings::setApiUrl(const QUrl &url)
{
    if (!url.isValid() || url.isEmpty() || url == defaultApiUrl())
        m_settings.remove(apiUrlKey);
    else
        m_settings.setValue(apiUrlKey, url.toString());
}

bool Settings::useSandbox() const
{
    return m_settings.value(useSandboxKey, false).toBool();
}

void Settings::setUseSandbox(bool on)
{
    m_settings.setValue(useSandboxKey, on);
}

int Settings::parallelUploads() const
{
    bool ok = false;
    const int count = m_settings.value(parallelUploadsKey, DefaultParallelUploads).toInt(&ok);
    return ok ? clampParallel(count) : DefaultParallelUploads;
}

void Settings::setParallelUploads(int count)
{
    m_settings.setValue(parallelUploadsKey, clampParallel(count));
}

qint64 Settings::uploadRateLimit() const
{
    bool ok = false;
    const qint64 limit = m_settings.value(uploadRateLimitKey, 0).toLongLong(&ok);
    // A hand-edited file with rubbish in it means no limit, never a stalled queue.
    return ok ? std::max<qint64>(limit, 0) : 0;
}

void Settings::setUploadRateLimit(qint64 bytesPerSecond)
{
    m_settings.setValue(uploadRateLimitKey, std::max<qint64>(bytesPerSecond, 0));
}

QString Settings::language() const
{
    return m_settings.value(languageKey).toString();
}

void Settings::setLanguage(const QString &localeName)
{
    if (localeName.isEmpty())
        m_settings.remove(languageKey);
    else
        m_settings.setValue(languageKey, localeName);
}

QByteArray Settings::windowGeometry() const
{
    return m_settings.value(windowGeometryKey).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings.setValue(windowGeometryKey, geometry);
}

QByteArray Settings::windowState() const
{
    return m_settings.value(windowStateKey).toByteArray();
}

void Settings::setWindowState(const QByteArray &state)
{
    m_settings.setValue(windowStateKey, state);
}

QString Settings::lastMediaFolder() const
{
    return m_settings.value(lastMediaFolderKey).toString();
}

void Settings::setLastMediaFolder(const QString &folder)
{
    m_settings.setValue(lastMediaFolderKey, folder);
}

QString Settings::defaultLibraryFolder()
{
    QString videos = QStandardPaths::writableLocation(QStandardPaths::MoviesLocation);
    if (videos.isEmpty())
        videos = QDir::home().filePath(QStringLiteral("Videos"));
    return QDir::cleanPath(QDir(videos).filePath(QStringLiteral("Uplift Capture")));
}

QString Settings::libraryFolder() const
{
    const QString folder = m_settings.value(libraryFolderKey).toString();
    // A hand-edited file with a relative path (or rubbish) must not scatter
    // clips into whatever folder the program was started in.
    if (folder.isEmpty() || !QDir::isAbsolutePath(folder))
        return defaultLibraryFolder();
    return QDir::cleanPath(folder);
}

void Settings::setLibraryFolder(const QString &folder)
{
    const QString clean = folder.trimmed().isEmpty() ? QString() : QDir::cleanPath(folder.trimmed());
    if (clean.isEmpty() || !QDir::isAbsolutePath(clean) || clean == defaultLibraryFolder())
        m_settings.remove(libraryFolderKey);
    else
        m_settings.setValue(libraryFolderKey, clean);
}

QString Settings::importFolder(const QString &library, const QDate &day)
{
    return QDir(library).filePath(day.toString(QStringLiteral("yyyy-MM-dd")));
}

bool Settings::sync()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

QString Settings::fileName() const
{
    return m_settings.fileName();
}
