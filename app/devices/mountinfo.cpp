#include "devices/mountinfo.h"

#include <QFile>

namespace {

constexpr qsizetype MaxLineLength = 64 * 1024;

bool parseInt(QByteArrayView text, int *out)
{
    if (text.isEmpty() || text.size() > 9)
        return false;
    int v = 0;
    for (const char c : text) {
        if (c < '0' || c > '9')
            return false;
        v = v * 10 + (c - '0');
    }
    *out = v;
    return true;
}

} // namespace

std::optional<QByteArray> MountEntry::unescape(QByteArrayView field)
{
    QByteArray out;
    out.reserve(field.size());
    for (qsizetype i = 0; i < field.size(); ++i) {
        const char c = field[i];
        if (c != '\\') {
            out.append(c);
            continue;
        }
        if (i + 3 >= field.size())
            return std::nullopt;
        int v = 0;
        for (int k = 1; k <= 3; ++k) {
            const char d = field[i + k];
            if (d < '0' || d > '7')
                return std::nullopt;
            v = v * 8 + (d - '0');
        }
        if (v == 0 || v > 255)
            return std::nullopt;
        out.append(char(v));
        i += 3;
    }
    return out;
}

std::optional<MountEntry> MountEntry::parse(QByteArrayView line)
{
    if (line.size() > MaxLineLength)
        return std::nullopt;
    if (line.endsWith('\n'))
        line.chop(1);
    // Fields are separated by single spaces; paths never hold a raw space.
    QList<QByteArrayView> fields;
    qsizetype start = 0;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == ' ') {
            fields.append(line.sliced(start, i - start));
            start = i + 1;
            if (fields.size() > 64)
                return std::nullopt;
        }
    }
    qsizetype dash = -1;
    for (qsizetype i = 6; i < fields.size(); ++i) {
        if (fields[i] == "-") {
            dash = i;
            break;
        }
    }
    if (dash < 0 || fields.size() < dash + 3)
        return std::nullopt;
    MountEntry e;
    if (!parseInt(fields[0], &e.id) || !parseInt(fields[1], &e.parentId))
        return std::nullopt;
    const qsizetype colon = fields[2].indexOf(':');
    if (colon < 0 || !parseInt(fields[2].first(colon), &e.major) || !parseInt(fields[2].sliced(colon + 1), &e.minor))
        return std::nullopt;
    const auto root = unescape(fields[3]);
    const auto mountPoint = unescape(fields[4]);
    const auto fsType = unescape(fields[dash + 1]);
    const auto source = unescape(fields[dash + 2]);
    if (!root || !mountPoint || !fsType || !source || !mountPoint->startsWith('/') || fsType->isEmpty())
        return std::nullopt;
    e.root = QFile::decodeName(*root);
    e.mountPoint = QFile::decodeName(*mountPoint);
    e.fsType = QString::fromUtf8(*fsType);
    e.source = QFile::decodeName(*source);
    for (const QByteArrayView option : QByteArrayView(fields[5]).toByteArray().split(',')) {
        if (option == "ro")
            e.readOnly = true;
    }
    return e;
}

QList<MountEntry> MountEntry::parseAll(QByteArrayView text, int maxLines)
{
    QList<MountEntry> entries;
    qsizetype start = 0;
    int lines = 0;
    while (start < text.size() && lines < maxLines) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (const auto e = parse(text.sliced(start, end - start)))
            entries.append(*e);
        start = end + 1;
        ++lines;
    }
    return entries;
}

QList<MountEntry> MountEntry::readCurrent()
{
    QFile file(QStringLiteral("/proc/self/mountinfo"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    // A proc file has no size: read until the end, at most 16 MiB.
    QByteArray text;
    while (text.size() < 16 * 1024 * 1024) {
        const QByteArray chunk = file.read(256 * 1024);
        if (chunk.isEmpty())
            break;
        text += chunk;
    }
    return parseAll(text);
}
