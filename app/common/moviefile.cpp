#include "common/moviefile.h"

#include <QLocale>

QString MovieFile::sizeProblem(qint64 size)
{
    if (size <= 0)
        return tr("The file is empty: there is no video in it");
    if (size < MinimumBytes)
        return tr("The file is only %1 long, too short to hold a video").arg(QLocale().formattedDataSize(size));
    return {};
}
