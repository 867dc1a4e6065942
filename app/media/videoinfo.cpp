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

QDateTime VideoInfo::captureTime() const
{
    return creationTime.isValid() ? creationTime : modified;
}
