#include "videointake.h"

#include "api/messages/capturespec.h"
#include "common/cliprange.h"
#include "common/moviefile.h"
#include "media/moviefacts.h"

#include <QDirIterator>
#include <QFileInfo>

bool VideoIntake::hasVideoExtension(const QString &fileName)
{
    return MovieFacts::hasAcceptedExtension(fileName);
}

QString VideoIntake::problemWith(const QString &path)
{
    const QFileInfo info(path);
    // The API's file_name rules (CaptureSpec decides), on the name the clip
    // will be sent as: its own for a .mov, "<name>.mov" for what is made into one.
    CaptureSpec spec;
    spec.fileName = info.suffix().compare(QLatin1String("mov"), Qt::CaseInsensitive) == 0
        ? info.fileName()
        : ClipRange::clipFileName(info.fileName(), 0, 1);
    const QList<FieldError> errors = spec.validate();
    for (const FieldError &error : errors) {
        if (error.field != QLatin1String("file_name"))
            continue;
        if (error.code == QLatin1String("path_separator"))
            return tr("The name contains “/” or “\\”; rename the file");
        if (error.code == QLatin1String("too_long"))
            return tr("The name is longer than %n characters; rename the file", nullptr,
                      int(CaptureSpec::MaxFileNameLength));
        if (error.code != QLatin1String("wrong_extension"))
            return error.message;
    }
    if (!info.exists())
        return tr("The file no longer exists");
    if (!info.isFile())
        return tr("Not a regular file");
    if (!info.isReadable())
        return tr("The file cannot be read (check its permissions)");
    // What the file holds decides (a phone's .mp4, a camera's .MTS, an
    // unnamed recording), not its name: FFmpeg reads the header.
    const bool named = hasVideoExtension(info.fileName());
    if (const QString size = MovieFile::sizeProblem(info.size()); !size.isEmpty())
        return named ? size : tr("Not a video (MOV, MP4, M4V, MTS or M2TS)");
    const MovieFacts facts = MovieFacts::read(path);
    if (facts.canBeCapture())
        return {};
    if (!facts.readable && !named)
        return tr("Not a video (MOV, MP4, M4V, MTS or M2TS)");
    return facts.problem;
}

VideoIntake::Result VideoIntake::collect(const QList<QUrl> &urls)
{
    QStringList paths;
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    return collect(paths);
}

VideoIntake::Result VideoIntake::collect(const QStringList &paths)
{
    Result result;
    const auto consider = [&result](const QString &path) {
        const QString problem = problemWith(path);
        if (problem.isEmpty())
            result.videos << path;
        else
            result.rejected << Rejected { path, problem };
    };
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (info.isDir()) {
            QStringList found;
            // Hidden files (.DS_Store, ._swing.mov from macOS) are not the coach's.
            QDirIterator it(path, QDir::Files | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext())
                found << it.next();
            found.sort(Qt::CaseInsensitive);
            for (const QString &file : std::as_const(found))
                consider(file);
        } else {
            consider(path);
        }
    }
    return result;
}
