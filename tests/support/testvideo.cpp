#include "testvideo.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QtEndian>

QString TestVideo::make() const
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString sizeArg = QStringLiteral("%1x%2").arg(size.width()).arg(size.height());
    QStringList args { QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
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
    return ffmpeg(args);
}

QString TestVideo::scratchPath(const QString &fileName)
{
    QString dir = qEnvironmentVariable("UPLIFT_TEST_TMP");
    if (dir.isEmpty())
        dir = QDir::tempPath();
    QDir().mkpath(dir);
    return QDir(dir).filePath(fileName);
}

QString TestVideo::ffmpeg(const QStringList &args)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (program.isEmpty())
        return QStringLiteral("ffmpeg is not installed (scripts/setup-deps installs it)");
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program,
                  QStringList { QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                                QStringLiteral("-y") }
                      + args);
    if (!process.waitForFinished(120000))
        return QStringLiteral("ffmpeg did not finish: %1").arg(process.errorString());
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ffmpeg failed (%1): %2")
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAll()));
    return {};
}

QJsonObject TestVideo::ffprobe(const QString &path, const QStringList &extra)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ffprobe"));
    if (program.isEmpty())
        return {};
    QProcess process;
    process.start(program,
                  QStringList { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-of"),
                                QStringLiteral("json"), QStringLiteral("-show_format"),
                                QStringLiteral("-show_streams") }
                      + extra + QStringList { path });
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return {};
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

int TestVideo::packetCount(const QString &path, const QString &type)
{
    const QJsonObject probe = ffprobe(
        path, { QStringLiteral("-count_packets"), QStringLiteral("-select_streams"), type + QStringLiteral(":0") });
    const QJsonArray streams = probe.value(QStringLiteral("streams")).toArray();
    if (streams.isEmpty())
        return -1;
    return streams.first().toObject().value(QStringLiteral("nb_read_packets")).toString().toInt();
}

QString TestVideo::makeCameraClip(const QString &path, const QString &kind, double seconds)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    const QString duration = QString::number(seconds);
    const QStringList picture { QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                QStringLiteral("testsrc2=duration=%1:size=320x240:rate=30").arg(duration) };
    const QStringList sound { QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("sine=frequency=440:duration=%1").arg(duration) };
    const QStringList h264 { QStringLiteral("-c:v"),      QStringLiteral("libx264"), QStringLiteral("-preset"),
                             QStringLiteral("ultrafast"), QStringLiteral("-g"),      QStringLiteral("30"),
                             QStringLiteral("-pix_fmt"),  QStringLiteral("yuv420p") };
    const QStringList created { QStringLiteral("-metadata"), QStringLiteral("creation_time=2026-12-03T10:15:00Z") };
    const QStringList aac { QStringLiteral("-c:a"), QStringLiteral("aac") };
    const QStringList keys { QStringLiteral("-movflags"), QStringLiteral("use_metadata_tags") };
    if (kind == QLatin1String("mp4"))
        return ffmpeg(picture + sound + h264 + aac + created + QStringList { path });
    if (kind == QLatin1String("mp4-rotated")) {
        const QString plain = path + QStringLiteral(".plain.mp4");
        QString error = ffmpeg(picture + sound + h264 + aac + created + QStringList { plain });
        if (error.isEmpty())
            error = ffmpeg({ QStringLiteral("-i"), plain, QStringLiteral("-c"), QStringLiteral("copy"),
                             QStringLiteral("-map_metadata"), QStringLiteral("0"), QStringLiteral("-metadata:s:v:0"),
                             QStringLiteral("rotate=90"), path });
        QFile::remove(plain);
        return error;
    }
    if (kind == QLatin1String("hevc-mp4"))
        return ffmpeg(picture + sound
                      + QStringList { QStringLiteral("-c:v"), QStringLiteral("libx265"), QStringLiteral("-preset"),
                                      QStringLiteral("ultrafast"), QStringLiteral("-x265-params"),
                                      QStringLiteral("log-level=error:keyint=30"), QStringLiteral("-pix_fmt"),
                                      QStringLiteral("yuv420p") }
                      + aac + created + QStringList { path });
    if (kind == QLatin1String("mp4-tmcd"))
        return ffmpeg(picture + sound + h264 + aac + created
                      + QStringList { QStringLiteral("-timecode"), QStringLiteral("00:00:10:00"), path });
    if (kind == QLatin1String("mts"))
        return ffmpeg(picture + sound + h264
                      + QStringList { QStringLiteral("-c:a"), QStringLiteral("ac3"), QStringLiteral("-f"),
                                      QStringLiteral("mpegts"), path });
    if (kind == QLatin1String("mov-bframes"))
        return ffmpeg(picture + sound
                      + QStringList { QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                                      QStringLiteral("veryfast"), QStringLiteral("-bf"), QStringLiteral("2"),
                                      QStringLiteral("-g"), QStringLiteral("60"), QStringLiteral("-keyint_min"),
                                      QStringLiteral("60"), QStringLiteral("-sc_threshold"), QStringLiteral("0"),
                                      QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p") }
                      + aac + created + QStringList { QStringLiteral("-f"), QStringLiteral("mov"), path });
    if (kind == QLatin1String("android"))
        return ffmpeg(picture + sound + h264 + aac + created + keys
                      + QStringList { QStringLiteral("-metadata"), QStringLiteral("com.android.version=14"),
                                      QStringLiteral("-metadata"), QStringLiteral("com.android.capture.fps=240.000000"),
                                      path });
    if (kind == QLatin1String("apple"))
        return ffmpeg(picture + sound + h264 + aac + created + keys
                      + QStringList { QStringLiteral("-metadata"),
                                      QStringLiteral("com.apple.quicktime.creationdate=2026-12-03T11:14:30+0100"),
                                      QStringLiteral("-f"), QStringLiteral("mov"), path });
    if (kind == QLatin1String("apple-slomo"))
        return ffmpeg(QStringList { QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                                    QStringLiteral("testsrc2=duration=%1:size=320x240:rate=240").arg(duration) }
                      + h264 + created + keys
                      + QStringList { QStringLiteral("-metadata"),
                                      QStringLiteral("com.apple.quicktime.full-frame-rate-playback-intent=0"),
                                      QStringLiteral("-f"), QStringLiteral("mov"), path });
    if (kind == QLatin1String("vp9"))
        return ffmpeg(picture
                      + QStringList { QStringLiteral("-c:v"), QStringLiteral("libvpx-vp9"), QStringLiteral("-deadline"),
                                      QStringLiteral("realtime"), QStringLiteral("-cpu-used"), QStringLiteral("8"),
                                      path });
    return QStringLiteral("no such kind of clip: %1").arg(kind);
}

QString TestVideo::makePaddedMov(const QString &path, qint64 bytes)
{
    // One small movie per process, copied for each file.
    static QByteArray movie;
    if (movie.isEmpty()) {
        TestVideo base;
        base.path = scratchPath(QStringLiteral("padded-base-%1.mov").arg(QCoreApplication::applicationPid()));
        base.seconds = 0.5;
        base.size = QSize(64, 64);
        base.audio = false;
        if (const QString error = base.make(); !error.isEmpty())
            return error;
        QFile f(base.path);
        if (!f.open(QIODevice::ReadOnly))
            return QStringLiteral("cannot read %1").arg(base.path);
        movie = f.readAll();
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QStringLiteral("cannot write %1").arg(path);
    out.write(movie);
    qint64 padding = bytes - movie.size();
    if (padding >= 8) {
        // Atoms of at most 1 GiB each, all 'free': players and FFmpeg skip them.
        while (padding >= 8) {
            const qint64 atom = std::min<qint64>(padding, qint64(1) << 30);
            char header[8];
            qToBigEndian<quint32>(quint32(atom), header);
            memcpy(header + 4, "free", 4);
            out.write(header, 8);
            const QByteArray block(256 * 1024, 'v');
            for (qint64 left = atom - 8; left > 0; left -= block.size())
                out.write(block.constData(), std::min<qint64>(left, block.size()));
            padding -= atom;
            if (padding > 0 && padding < 8) {
                out.write(QByteArray(int(padding), 'v'));
                padding = 0;
            }
        }
    }
    return out.error() == QFileDevice::NoError ? QString() : out.errorString();
}

QString TestVideo::cameraClip(const QString &kind, const QString &name, double seconds)
{
    const QString path = scratchPath(name);
    const QString error = makeCameraClip(path, kind, seconds);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return error.isEmpty() ? path : QString();
}
