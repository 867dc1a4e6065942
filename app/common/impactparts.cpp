#include "common/impactparts.h"

#include <algorithm>

QString ImpactWindow::problemWithSides(qint64 beforeMs, qint64 afterMs)
{
    if (beforeMs < 0 || afterMs < 0)
        return tr("The time before and after an impact cannot be negative.");
    if (beforeMs > MaxSideMs || afterMs > MaxSideMs)
        return tr("The time before and after an impact can be at most %1 s each.").arg(MaxSideMs / 1000);
    if (beforeMs + afterMs < MinLengthMs)
        return tr("The time before and after an impact must together be at least %1 s.")
            .arg(QLocale().toString(MinLengthMs / 1000.0));
    return {};
}

QString ImpactWindow::problemWithGap(qint64 minGapMs)
{
    if (minGapMs < MinGapFloorMs || minGapMs > MaxGapMs)
        return tr("The shortest time between two strikes must be %1–%2 s.")
            .arg(QLocale().toString(MinGapFloorMs / 1000.0))
            .arg(MaxGapMs / 1000);
    return {};
}

QList<ImpactPart> ImpactParts::around(QList<qint64> impactsMs, qint64 beforeMs, qint64 afterMs, qint64 durationMs)
{
    beforeMs = std::max<qint64>(0, beforeMs);
    afterMs = std::max<qint64>(0, afterMs);
    const bool knownEnd = durationMs > 0;

    std::sort(impactsMs.begin(), impactsMs.end());
    impactsMs.erase(std::unique(impactsMs.begin(), impactsMs.end()), impactsMs.end());
    impactsMs.erase(std::remove_if(impactsMs.begin(), impactsMs.end(),
                                   [&](qint64 t) { return t < 0 || (knownEnd && t > durationMs); }),
                    impactsMs.end());

    QList<ImpactPart> parts;
    parts.reserve(impactsMs.size());
    for (qsizetype i = 0; i < impactsMs.size(); ++i) {
        const qint64 impact = impactsMs.at(i);
        qint64 start = impact - beforeMs;
        qint64 end = impact + afterMs;
        if (i > 0) {
            const qint64 previous = impactsMs.at(i - 1);
            if (previous + afterMs > start)
                start = std::max(start, previous + (impact - previous) / 2);
        }
        if (i + 1 < impactsMs.size()) {
            const qint64 next = impactsMs.at(i + 1);
            if (end > next - beforeMs)
                end = std::min(end, impact + (next - impact) / 2);
        }
        start = std::max<qint64>(0, start);
        if (knownEnd)
            end = std::min(end, durationMs);
        if (end > start)
            parts << ImpactPart { impact, ClipRange { start, end } };
    }
    return parts;
}

QList<ClipRange> ImpactParts::ranges(const QList<ImpactPart> &parts)
{
    QList<ClipRange> result;
    result.reserve(parts.size());
    for (const ImpactPart &part : parts)
        result << part.range;
    return result;
}
