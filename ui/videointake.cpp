#include "videointake.h"

#include "api/capturespec.h"
#include "common/moviefile.h"

#include <QDirIterator>
#include <QFileInfo>

bool VideoIntake::hasVideoExtension(const QString &fileName)
{
    return fileName.endsWith(QLatin1String(".mov"), Qt::CaseInsensitive);
}

QString VideoIntake::problemWith(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    // The API's file_name rules first (CaptureSpec decides), said in the
    // ready list's words: they hold for every upload, whatever the disk allows.
    CaptureSpec spec;
    spec.fileName = name;
    const QList<FieldError> errors = spec.validate();
    for (const FieldError &error : errors) {
        if (error.field != QLatin1String("file_name"))
            continue;
        if (error.code == QLatin1String("wrong_extension"))
            return tr("Not a .mov video");
        if (error.code == QLatin1String("path_separator"))
            return tr("The name contains “/” or “\\”; rename the file");
        if (error.code == QLatin1String("too_long"))
            return tr("The name is longer than %n characters; rename the file", nullptr,
                      int(CaptureSpec::MaxFileNameLength));
        return error.message;
    }
    if (!info.exists())
        return tr("The file no longer exists");
    if (!info.isFile())
        return tr("Not a regular file");
    if (!info.isReadable())
        return tr("The file cannot be read (check its permissions)");
    return MovieFile::sizeProblem(info.size());
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
