#include "settings/readyliststore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

QList<ReadyListStore::Entry> ReadyListStore::parse(const QByteArray &bytes, QString *problem)
{
    QList<Entry> entries;
    if (bytes.size() > maxBytes) {
        if (problem)
            *problem = tr("larger than any list of clips could be");
        return entries;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (!document.isObject()) {
        if (problem)
            *problem = error.error != QJsonParseError::NoError ? error.errorString() : tr("not a list of clips");
        return entries;
    }
    const QJsonArray videos = document.object().value(QStringLiteral("videos")).toArray();
    for (const QJsonValue &value : videos) {
        if (entries.size() >= maxVideos)
            break;
        const QJsonObject video = value.toObject();
        Entry entry;
        entry.path = video.value(QStringLiteral("path")).toString();
        if (entry.path.isEmpty() || entry.path.size() > maxPathLength || !QFileInfo(entry.path).isAbsolute())
            continue;
        const QJsonArray ranges = video.value(QStringLiteral("ranges")).toArray();
        for (const QJsonValue &r : ranges) {
            const QJsonArray pair = r.toArray();
            if (pair.size() != 2 || !pair.at(0).isDouble() || !pair.at(1).isDouble())
                continue;
            // Compared as doubles first: a number beyond qint64 must not wrap into a range.
            const double start = pair.at(0).toDouble();
            const double end = pair.at(1).toDouble();
            if (!(start >= 0 && end > start && end <= double(ClipRange::MaxMs)))
                continue;
            const ClipRange range { qint64(start), qint64(end) };
            if (range.endMs > range.startMs && entry.ranges.size() < maxRangesPerVideo)
                entry.ranges.append(range);
        }
        // Ranges that overlap are nobody's marks: the recording is kept whole.
        if (!ClipRange::problemWith(entry.ranges, 0).isEmpty())
            entry.ranges.clear();
        entry.description = video.value(QStringLiteral("description")).toObject();
        entries.append(entry);
    }
    return entries;
}

QList<ReadyListStore::Entry> ReadyListStore::read(const QString &file, QString *problem)
{
    QFile in(file);
    if (!in.exists())
        return {};
    if (!in.open(QIODevice::ReadOnly)) {
        if (problem)
            *problem = in.errorString();
        return {};
    }
    if (in.size() > maxBytes) {
        if (problem)
            *problem = tr("%1 is larger than any list of clips could be").arg(file);
        return {};
    }
    return parse(in.read(maxBytes), problem);
}

QByteArray ReadyListStore::serialize(const QList<Entry> &entries)
{
    QJsonArray videos;
    for (const Entry &entry : entries) {
        QJsonObject video { { QStringLiteral("path"), QFileInfo(entry.path).absoluteFilePath() } };
        QJsonArray ranges;
        for (const ClipRange &range : entry.ranges)
            ranges.append(QJsonArray { range.startMs, range.endMs });
        if (!ranges.isEmpty())
            video.insert(QStringLiteral("ranges"), ranges);
        if (!entry.description.isEmpty())
            video.insert(QStringLiteral("description"), entry.description);
        videos.append(video);
    }
    const QJsonObject root { { QStringLiteral("version"), 1 }, { QStringLiteral("videos"), videos } };
    return QJsonDocument(root).toJson();
}

bool ReadyListStore::write(const QString &file, const QList<Entry> &entries, QString *problem)
{
    QDir().mkpath(QFileInfo(file).absolutePath());
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(serialize(entries)) < 0 || !out.commit()) {
        if (problem)
            *problem = out.errorString();
        return false;
    }
    return true;
}
