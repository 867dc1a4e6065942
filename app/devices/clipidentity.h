#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <chrono>

// What makes a clip the same clip, wherever it lies and whatever it is called:
// its size plus one SHA-256 over its first MiB followed by its last MiB (for a
// file of 2 MiB or less, the two overlap and cover all of it). Renaming it, the
// camera's clock or time zone, another card or a reformat do not change it.
// Name, size and time alone are never taken for it.
struct ClipIdentity
{
    static constexpr qint64 EdgeBytes = 1024 * 1024;

    qint64 size = -1;
    QByteArray edgeSha256; // 32 bytes

    bool isValid() const { return size >= 0 && edgeSha256.size() == 32; }
    bool operator==(const ClipIdentity &other) const = default;
    QString edgeHex() const { return QString::fromLatin1(edgeSha256.toHex()); }

    // From the file's first and last min(size, EdgeBytes) bytes.
    static ClipIdentity fromEdges(qint64 size, QByteArrayView first, QByteArrayView last);
    // Reads the two edges of a file on a device, each read within `timeout`;
    // invalid with *problem (in a coach's words) when it cannot.
    static ClipIdentity read(const QString &path, qint64 size, std::chrono::milliseconds timeout, QString *problem);
};
