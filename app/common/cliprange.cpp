#include "common/cliprange.h"

#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

qint64 ClipRange::parseTime(const QString &text)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^(?:(?:(\d{1,4}):)?(\d{1,4}):)?(\d{1,7})(?:\.(\d{1,3}))?$)"));
    const QRegularExpressionMatch m = shape.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    const bool clock = m.capturedLength(2) > 0;
    const qint64 hours = m.captured(1).toLongLong();
    const qint64 minutes = m.captured(2).toLongLong();
    const qint64 seconds = m.captured(3).toLongLong();
    // On a clock, minutes and seconds stay below 60 (and the seconds have two digits).
    if (clock && (seconds >= 60 || m.capturedLength(3) > 2 || (m.capturedLength(1) > 0 && minutes >= 60)))
        return -1;
    const qint64 millis = (m.captured(4) + QStringLiteral("00")).left(3).toLongLong();
    const qint64 total = ((hours * 60 + minutes) * 60 + seconds) * 1000 + millis;
    return total <= MaxMs ? total : -1;
}

QString ClipRange::formatTime(qint64 ms)
{
    // m:ss.t (tenths), h:mm:ss.t past an hour: read back by parseTime().
    const qint64 tenths = (std::max<qint64>(0, ms) + 50) / 100;
    const qint64 seconds = tenths / 10;
    const QString rest = QStringLiteral("%1.%2").arg(seconds % 60, 2, 10, QLatin1Char('0')).arg(tenths % 10);
    if (seconds < 3600)
        return QStringLiteral("%1:%2").arg(seconds / 60).arg(rest);
    return QStringLiteral("%1:%2:%3").arg(seconds / 3600).arg((seconds / 60) % 60, 2, 10, QLatin1Char('0')).arg(rest);
}

ClipRange ClipRange::parse(const QString &text, QString *error)
{
    error->clear();
    const QString trimmed = text.trimmed();
    const qsizetype dash = trimmed.indexOf(QLatin1Char('-'));
    if (dash <= 0 || dash == trimmed.size() - 1 || trimmed.indexOf(QLatin1Char('-'), dash + 1) >= 0) {
        *error = tr("\"%1\" is not a range: write START-END, e.g. 12.5-16 or 1:02-1:06.5").arg(text.left(80));
        return {};
    }
    ClipRange range;
    range.startMs = parseTime(trimmed.left(dash));
    range.endMs = parseTime(trimmed.mid(dash + 1));
    if (range.startMs < 0 || range.endMs < 0) {
        *error
            = tr("\"%1\" is not a range: each side is seconds (12.5) or [hh:]mm:ss[.fff] (1:02.5)").arg(text.left(80));
        return {};
    }
    if (range.endMs <= range.startMs) {
        *error = tr("The range %1 ends before it starts").arg(text.left(80));
        return {};
    }
    return range;
}

QString ClipRange::problemWith(const QList<ClipRange> &ranges, qint64 durationMs)
{
    QList<ClipRange> sorted = ranges;
    std::sort(sorted.begin(), sorted.end(),
              [](const ClipRange &a, const ClipRange &b) { return a.startMs < b.startMs; });
    for (qsizetype i = 0; i < sorted.size(); ++i) {
        const ClipRange &r = sorted.at(i);
        if (r.endMs <= r.startMs)
            return tr("The range %1–%2 ends before it starts").arg(formatTime(r.startMs), formatTime(r.endMs));
        if (durationMs > 0 && r.startMs >= durationMs)
            return tr("The range %1–%2 starts after the end of the video (%3)")
                .arg(formatTime(r.startMs), formatTime(r.endMs), formatTime(durationMs));
        if (i > 0 && r.startMs < sorted.at(i - 1).endMs)
            return tr("The ranges %1–%2 and %3–%4 overlap")
                .arg(formatTime(sorted.at(i - 1).startMs), formatTime(sorted.at(i - 1).endMs), formatTime(r.startMs),
                     formatTime(r.endMs));
    }
    return {};
}

QString ClipRange::clipFileName(const QString &recordingFileName, int index, int count)
{
    const QFileInfo info(recordingFileName);
    // The clip's own name: everything before the last dot.
    QString base = info.fileName();
    const qsizetype dot = base.lastIndexOf(QLatin1Char('.'));
    if (dot > 0)
        base.truncate(dot);
    if (count > 1)
        base += QStringLiteral("-%1").arg(index + 1);
    return base + QStringLiteral(".mov");
}
