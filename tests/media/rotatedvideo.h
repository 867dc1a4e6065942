#pragma once

#include <QFile>
#include <QtEndian>

// ffmpeg 5.1 ignores `-metadata:s:v:0 rotate=…`, so tests write the display
// matrix of the first track header themselves, as a phone held upright does.
inline bool writeRotation(const QString &path, int degrees)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return false;
    QByteArray data = file.readAll();
    const qsizetype tkhd = data.indexOf("tkhd");
    if (tkhd < 0 || quint8(data.at(tkhd + 4)) != 0)
        return false;
    const qsizetype matrix = tkhd + 4 + 40;
    qint32 a = 0x10000, b = 0, c = 0, d = 0x10000;
    if (degrees == 90) {
        a = 0;
        b = 0x10000;
        c = -0x10000;
        d = 0;
    } else if (degrees == 180) {
        a = -0x10000;
        d = -0x10000;
    } else if (degrees == 270) {
        a = 0;
        b = -0x10000;
        c = 0x10000;
        d = 0;
    }
    const qint32 values[4] = { a, b, c, d };
    const qsizetype offsets[4] = { 0, 4, 12, 16 };
    for (int i = 0; i < 4; ++i)
        qToBigEndian<qint32>(values[i], data.data() + matrix + offsets[i]);
    file.seek(0);
    return file.write(data) == data.size();
}
