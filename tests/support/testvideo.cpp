#include "testvideo.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

QString TestVideo::make() const
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        return QStringLiteral("ffmpeg is not installed (scripts/setup-deps installs it)");
    QDir().mkpath(QFileInfo(path).absolutePath());

    const QString sizeArg = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    QStringList args { QStringLiteral("-hide_banner"),
                       QStringLiteral("-loglevel"),
                       QStringLiteral("error"),
                       QStringLiteral("-y"),
                       QStringLiteral("-f"),
                       QStringLiteral("lavfi"),
                       QStringLiteral("-i"),
                       QStringLiteral("testsrc=duration=%1:size=%2:rate=%3").arg(seconds).arg(sizeArg).arg(fps) };
    if (audio)
        args << QStringLiteral("-f") << QStringLiteral("lavfi") << QStringLiteral("-i")
             << QStringLiteral("sine=frequency=440:duration=%1").arg(seconds);
    args << QStringLiteral("-c:v") << QStringLiteral("libx264") << QStringLiteral("-preset")
         << QStringLiteral("ultrafast") << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p");
    if (audio)
        args << QStringLiteral("-c:a") << QStringLiteral("aac") << QStringLiteral("-shortest");
    if (!creationTime.isEmpty())
        args << QStringLiteral("-metadata") << QStringLiteral("creation_time=%1").arg(creationTime);
    if (rotation != 0)
        args << QStringLiteral("-metadata:s:v:0") << QStringLiteral("rotate=%1").arg(rotation);
    args << QStringLiteral("-f") << QStringLiteral("mov") << path;

    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(ffmpeg, args);
    if (!process.waitForFinished(60000))
        return QStringLiteral("ffmpeg did not finish: %1").arg(process.errorString());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ffmpeg failed (%1): %2")
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAll()));
    return {};
}

QString TestVideo::scratchPath(const QString &fileName)
{
    QString dir = qEnvironmentVariable("UPLIFT_TEST_TMP");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}
