#include "media/videoinfo.h"

#include <QFileInfo>

QString VideoInfo::fileName() const
{
    return QFileInfo(path).fileName();
}

QSize VideoInfo::displaySize() const
{
    if (rotation == 90 || rotation == 270)
        return codedSize.transposed();
    return codedSize;
}

bool VideoInfo::isPortrait() const
{
    const QSize size = displaySize();
    return size.isValid() && size.height() > size.width();
}

QDateTime VideoInfo::captureTime(const QDateTime &now) const
{
    return captureTimeAt(0, now);
}

QDateTime VideoInfo::captureTimeAt(qint64 offsetMs, const QDateTime &now) const
{
    QDateTime at = creationTime.isValid() ? creationTime.addMSecs(std::max<qint64>(0, offsetMs)) : modified;
    if (at.isValid() && now.isValid() && at > now)
        at = now;
    return at;
}

QString VideoInfo::uploadName(int index) const
{
    if (!needsPreparation())
        return fileName();
    return ClipRange::clipFileName(fileName(), index, int(std::max<qsizetype>(1, ranges.size())));
}
