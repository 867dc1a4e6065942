#include "sandbox/framerate.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QFile>
#include <QtEndian>

namespace {

struct Atom
{
    QByteArray type;
    qint64 start = 0;   // of the payload
    qint64 end = 0;
};

// Atoms inside [from, to) of an in-memory buffer.
QList<Atom> children(const QByteArray &data, qint64 from, qint64 to)
{
    QList<Atom> list;
    qint64 pos = from;
    while (pos + 8 <= to) {
        qint64 size = qFromBigEndian<quint32>(data.constData() + pos);
        const QByteArray type = data.mid(pos + 4, 4);
        qint64 header = 8;
        if (size == 1 && pos + 16 <= to) {
            size = qint64(qFromBigEndian<quint64>(data.constData() + pos + 8));
            header = 16;
        } else if (size == 0) {
            size = to - pos;
        }
        if (size < header || pos + size > to)
            break;
        list << Atom{type, pos + header, pos + size};
        pos += size;
    }
    return list;
}

Atom child(const QByteArray &data, const Atom &parent, const char *type)
{
    for (const Atom &a : children(data, parent.start, parent.end)) {
        if (a.type == type)
            return a;
    }
    return {};
}

QString tr(const char *text)
{
    return QCoreApplication::translate("FrameRate", text);
}

} // namespace

double FrameRate::ofFile(const QString &path, QString *reason)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *reason = tr("The uploaded file could not be read.");
        return -1;
    }
    // Walk the top-level atoms by their headers only: 'mdat' can be gigabytes.
    QByteArray moov;
    qint64 pos = 0;
    const qint64 fileSize = file.size();
    bool sawFileType = false;
    while (pos + 8 <= fileSize) {
        file.seek(pos);
        const QByteArray head = file.read(16);
        if (head.size() < 8)
            break;
        qint64 size = qFromBigEndian<quint32>(head.constData());
        const QByteArray type = head.mid(4, 4);
        if (size == 1 && head.size() == 16)
            size = qint64(qFromBigEndian<quint64>(head.constData() + 8));
        else if (size == 0)
            size = fileSize - pos;
        if (size < 8 || pos + size > fileSize)
            break;
        if (pos == 0 && (type == "ftyp" || type == "moov" || type == "wide" || type == "mdat" || type == "free"))
            sawFileType = true;
        if (type == "moov") {
            if (size > 64 * 1024 * 1024)
                break;
            file.seek(pos);
            moov = file.read(size);
            break;
        }
        pos += size;
    }
    if (!sawFileType || moov.isEmpty()) {
        *reason = tr("The uploaded file is not a playable video (no QuickTime movie header found).");
        return -1;
    }
    const Atom root{QByteArrayLiteral("moov"), 8, moov.size()};
    for (const Atom &trak : children(moov, root.start, root.end)) {
        if (trak.type != "trak")
            continue;
        const Atom mdia = child(moov, trak, "mdia");
        const Atom hdlr = child(moov, mdia, "hdlr");
        if (hdlr.end - hdlr.start < 12 || moov.mid(hdlr.start + 8, 4) != "vide")
            continue;
        const Atom mdhd = child(moov, mdia, "mdhd");
        if (mdhd.end - mdhd.start < 24)
            continue;
        const bool v1 = moov.at(mdhd.start) == 1;
        const quint32 timescale = qFromBigEndian<quint32>(moov.constData() + mdhd.start + (v1 ? 20 : 12));
        const Atom stts = child(moov, child(moov, child(moov, mdia, "minf"), "stbl"), "stts");
        if (stts.end - stts.start < 8 || timescale == 0)
            continue;
        const quint32 entries = qFromBigEndian<quint32>(moov.constData() + stts.start + 4);
        quint64 frames = 0;
        quint64 ticks = 0;
        for (quint32 i = 0; i < entries && stts.start + 8 + (i + 1) * 8 <= stts.end; ++i) {
            const quint32 count = qFromBigEndian<quint32>(moov.constData() + stts.start + 8 + i * 8);
            const quint32 delta = qFromBigEndian<quint32>(moov.constData() + stts.start + 12 + i * 8);
            frames += count;
            ticks += quint64(count) * delta;
        }
        if (frames == 0 || ticks == 0)
            continue;
        return double(frames) * timescale / double(ticks);
    }
    *reason = tr("The uploaded file has no video track.");
    return -1;
}
