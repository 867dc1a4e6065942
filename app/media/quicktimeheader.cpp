#include "media/quicktimeheader.h"

#include <QFile>
#include <QtEndian>

#include <cmath>
#include <optional>

namespace {

struct Atom
{
    QByteArray type;
    qint64 bodyStart = 0;
    qint64 end = 0;
};

// Seconds between 1904-01-01 (QuickTime's epoch) and 1970-01-01.
constexpr qint64 quickTimeEpochOffset = 2082844800;

// A file states its duration and creation time in units it chooses; values
// past these are saturated here (durations) or unknown (times), so that no
// conversion or later sum can overflow. 1000 years of media; 9999-12-31.
constexpr qint64 maxDurationMs = qint64(1000) * 365 * 24 * 3600 * 1000;
constexpr quint64 maxQuickTimeSeconds = quint64(253402300799) + quint64(quickTimeEpochOffset);
// A frame rate outside this range is no fact about a camera: unknown.
constexpr double minFrameRate = 1.0;
constexpr double maxFrameRate = 10000.0;

qint64 durationToMs(quint64 duration, quint32 timescale)
{
    if (timescale == 0)
        return 0;
    const double ms = double(duration) * 1000.0 / double(timescale) + 0.5;
    return ms >= double(maxDurationMs) ? maxDurationMs : qint64(ms);
}

// Reading stops at these sizes: a header atom is small, and a broken size
// field must not make us read a whole video into memory.
constexpr qint64 maxLeafAtom = 1 << 20;
constexpr int maxAtomsVisited = 10000;

quint32 be32(const QByteArray &data, qsizetype at)
{
    if (at + 4 > data.size())
        return 0;
    return qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(data.constData() + at));
}

quint64 be64(const QByteArray &data, qsizetype at)
{
    if (at + 8 > data.size())
        return 0;
    return qFromBigEndian<quint64>(reinterpret_cast<const uchar *>(data.constData() + at));
}

qint32 fixed32(const QByteArray &data, qsizetype at)
{
    return qint32(be32(data, at));
}

class AtomReader
{
public:
    explicit AtomReader(QIODevice *device)
        : m_device(device)
    {
    }

    std::optional<Atom> next(qint64 position, qint64 limit)
    {
        if (++m_visited > maxAtomsVisited || position + 8 > limit || !m_device->seek(position))
            return std::nullopt;
        const QByteArray head = m_device->read(8);
        if (head.size() != 8)
            return std::nullopt;
        quint64 size = be32(head, 0);
        Atom atom;
        atom.type = head.mid(4, 4);
        atom.bodyStart = position + 8;
        if (size == 1) {
            const QByteArray large = m_device->read(8);
            if (large.size() != 8)
                return std::nullopt;
            size = be64(large, 0);
            atom.bodyStart += 8;
        } else if (size == 0) {
            size = quint64(limit - position);
        }
        if (size < quint64(atom.bodyStart - position) || size > quint64(limit - position))
            return std::nullopt;
        atom.end = position + qint64(size);
        return atom;
    }

    QByteArray body(const Atom &atom)
    {
        const qint64 length = atom.end - atom.bodyStart;
        if (length > maxLeafAtom || !m_device->seek(atom.bodyStart))
            return {};
        return m_device->read(length);
    }

    // Finds the first child of the given type inside [start, end).
    std::optional<Atom> child(qint64 start, qint64 end, const char *type)
    {
        qint64 position = start;
        while (auto atom = next(position, end)) {
            if (atom->type == type)
                return atom;
            position = atom->end;
        }
        return std::nullopt;
    }

private:
    QIODevice *m_device;
    int m_visited = 0;
};

int rotationFromMatrix(qint32 a, qint32 b)
{
    // The display matrix [a b; c d] (16.16 fixed point) turns the picture by
    // atan2(b, a); cameras only ever use quarter turns.
    const double degrees = std::atan2(double(b), double(a)) * 180.0 / M_PI;
    int quarter = int(std::lround(degrees / 90.0)) * 90;
    quarter %= 360;
    if (quarter < 0)
        quarter += 360;
    return quarter;
}

struct Track
{
    bool isVideo = false;
    QSize size;
    int rotation = 0;
    double frameRate = 0;
};

Track readTrack(AtomReader &reader, const Atom &trak)
{
    Track track;
    if (auto tkhd = reader.child(trak.bodyStart, trak.end, "tkhd")) {
        const QByteArray data = reader.body(*tkhd);
        const int version = data.isEmpty() ? 0 : quint8(data.at(0));
        // version/flags, times, track id, reserved, duration, 8 reserved, layer,
        // alternate group, volume, 2 reserved, then the 3x3 matrix and size.
        const qsizetype matrixAt = version == 1 ? 4 + 8 + 8 + 4 + 4 + 8 + 16 : 4 + 4 + 4 + 4 + 4 + 4 + 16;
        if (data.size() >= matrixAt + 36 + 8) {
            track.rotation = rotationFromMatrix(fixed32(data, matrixAt), fixed32(data, matrixAt + 4));
            track.size = QSize(int(be32(data, matrixAt + 36) >> 16), int(be32(data, matrixAt + 40) >> 16));
        }
    }
    auto mdia = reader.child(trak.bodyStart, trak.end, "mdia");
    if (!mdia)
        return track;
    if (auto hdlr = reader.child(mdia->bodyStart, mdia->end, "hdlr"))
        track.isVideo = reader.body(*hdlr).mid(8, 4) == "vide";
    if (!track.isVideo)
        return track;

    quint32 timescale = 0;
    quint64 duration = 0;
    if (auto mdhd = reader.child(mdia->bodyStart, mdia->end, "mdhd")) {
        const QByteArray data = reader.body(*mdhd);
        const int version = data.isEmpty() ? 0 : quint8(data.at(0));
        if (version == 1) {
            timescale = be32(data, 20);
            duration = be64(data, 24);
        } else {
            timescale = be32(data, 12);
            duration = be32(data, 16);
        }
    }
    auto minf = reader.child(mdia->bodyStart, mdia->end, "minf");
    auto stbl = minf ? reader.child(minf->bodyStart, minf->end, "stbl") : std::nullopt;
    auto stts = stbl ? reader.child(stbl->bodyStart, stbl->end, "stts") : std::nullopt;
    if (stts && timescale > 0 && duration > 0) {
        const QByteArray data = reader.body(*stts);
        const quint32 entries = be32(data, 4);
        quint64 samples = 0;
        for (quint32 i = 0; i < entries && 8 + qsizetype(i) * 8 + 8 <= data.size(); ++i)
            samples += be32(data, 8 + qsizetype(i) * 8);
        if (samples > 0) {
            const double rate = std::round(double(samples) * timescale / double(duration) * 100.0) / 100.0;
            if (rate >= minFrameRate && rate <= maxFrameRate)
                track.frameRate = rate;
        }
    }
    return track;
}

} // namespace

QuickTimeHeader QuickTimeHeader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QuickTimeHeader header;
        header.problem = file.errorString();
        return header;
    }
    return read(&file);
}

QuickTimeHeader QuickTimeHeader::read(QIODevice *device)
{
    QuickTimeHeader header;
    AtomReader reader(device);
    const qint64 size = device->size();
    auto moov = reader.child(0, size, "moov");
    if (!moov) {
        header.problem = QStringLiteral("no movie header (moov atom)");
        return header;
    }
    if (auto mvhd = reader.child(moov->bodyStart, moov->end, "mvhd")) {
        const QByteArray data = reader.body(*mvhd);
        const int version = data.isEmpty() ? 0 : quint8(data.at(0));
        quint64 created = 0;
        quint32 timescale = 0;
        quint64 duration = 0;
        if (version == 1) {
            created = be64(data, 4);
            timescale = be32(data, 20);
            duration = be64(data, 24);
        } else {
            created = be32(data, 4);
            timescale = be32(data, 12);
            duration = be32(data, 16);
        }
        header.durationMs = durationToMs(duration, timescale);
        if (created > quint64(quickTimeEpochOffset) && created <= maxQuickTimeSeconds)
            header.creationTime
                = QDateTime::fromSecsSinceEpoch(qint64(created - quint64(quickTimeEpochOffset)), Qt::UTC);
    } else {
        header.problem = QStringLiteral("no mvhd atom");
        return header;
    }
    qint64 position = moov->bodyStart;
    while (auto atom = reader.next(position, moov->end)) {
        position = atom->end;
        if (atom->type != "trak")
            continue;
        const Track track = readTrack(reader, *atom);
        if (track.isVideo) {
            header.videoSize = track.size;
            header.rotation = track.rotation;
            header.frameRate = track.frameRate;
            break;
        }
    }
    header.valid = true;
    return header;
}
