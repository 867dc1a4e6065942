#include "common/applicationidentity.h"

#include "version.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>

namespace ApplicationIdentity {

QString executableName()
{
    return QStringLiteral("uplift-capture");
}

QString displayName()
{
    return QStringLiteral("Uplift Capture");
}

QString version()
{
    return QStringLiteral(UPLIFT_CAPTURE_VERSION);
}

QString userAgent()
{
    return executableName() + QLatin1Char('/') + version();
}

QString sandboxFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation))
        .filePath(QStringLiteral("sandbox"));
}

void apply()
{
    QCoreApplication::setOrganizationName(QStringLiteral("Uplift Labs"));
    QCoreApplication::setOrganizationDomain(QStringLiteral("uplift.ai"));
    QCoreApplication::setApplicationName(executableName());
    QCoreApplication::setApplicationVersion(version());
}

} // namespace ApplicationIdentity
