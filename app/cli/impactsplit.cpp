#include "cli/impactsplit.h"

#include "api/catalogue/movementcatalogue.h"
#include "common/cliprange.h"
#include "common/printabletext.h"
#include "settings/impactwindows.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <cmath>

namespace {

double seconds(qint64 ms)
{
    return double(ms) / 1000.0;
}

// One JSON value as text, escaped as QJsonDocument escapes it.
QByteArray jsonText(const QJsonValue &value)
{
    const QByteArray array = QJsonDocument(QJsonArray { value }).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}

QString secondsText(qint64 ms)
{
    return QString::number(seconds(ms), 'f', 3);
}

} // namespace

ImpactWindow ImpactSplit::windowFor(const QString &activity, const QString &movement)
{
    const ImpactWindow movementDefault = MovementCatalogue::builtIn().impactWindow(activity, movement);
    return ImpactWindows().of(activity, movement, movementDefault);
}

qint64 ImpactSplit::parseSeconds(const QString &text)
{
    return ClipRange::parseTime(text);
}

QList<ImpactSplit::Found> ImpactSplit::partsOf(const ImpactSearch &search, const ImpactWindow &window,
                                               qint64 durationMs)
{
    if (durationMs <= 0)
        durationMs = search.durationUs / 1000;
    QList<qint64> times;
    for (const Impact &impact : search.impacts) {
        if (impact.timeUs >= 0)
            times << std::llround(double(impact.timeUs) / 1000.0);
    }
    QList<Found> found;
    for (const ImpactPart &part : ImpactParts::around(times, window.beforeMs, window.afterMs, durationMs)) {
        // Two impacts in the same millisecond are one: the louder one's strength.
        double strength = -HUGE_VAL;
        for (const Impact &impact : search.impacts) {
            if (impact.timeUs >= 0 && std::llround(double(impact.timeUs) / 1000.0) == part.impactMs)
                strength = std::max(strength, impact.strengthDb);
        }
        found << Found { part, strength };
    }
    return found;
}

QList<ClipRange> ImpactSplit::rangesOf(const QList<Found> &found)
{
    QList<ClipRange> ranges;
    for (const Found &f : found)
        ranges << f.part.range;
    return ranges;
}

QJsonObject ImpactSplit::json(const QString &file, bool hasAudio, const QList<Found> &found)
{
    QJsonArray impacts;
    for (const Found &f : found) {
        impacts.append(QJsonObject { { QStringLiteral("time"), seconds(f.part.impactMs) },
                                     { QStringLiteral("start"), seconds(f.part.range.startMs) },
                                     { QStringLiteral("end"), seconds(f.part.range.endMs) },
                                     { QStringLiteral("strength_db"), std::round(f.strengthDb * 10) / 10 } });
    }
    return QJsonObject { { QStringLiteral("file"), file },
                         { QStringLiteral("audio"), hasAudio },
                         { QStringLiteral("impacts"), impacts } };
}

QByteArray ImpactSplit::jsonLine(const QString &file, bool hasAudio, const QList<Found> &found)
{
    const QJsonObject object = json(file, hasAudio, found);
    QByteArray line = "{\"file\":" + jsonText(object.value(QStringLiteral("file")))
        + ",\"audio\":" + jsonText(object.value(QStringLiteral("audio"))) + ",\"impacts\":[";
    const QJsonArray impacts = object.value(QStringLiteral("impacts")).toArray();
    for (qsizetype i = 0; i < impacts.size(); ++i) {
        const QJsonObject impact = impacts.at(i).toObject();
        if (i > 0)
            line += ',';
        line += "{\"time\":" + jsonText(impact.value(QStringLiteral("time")))
            + ",\"start\":" + jsonText(impact.value(QStringLiteral("start")))
            + ",\"end\":" + jsonText(impact.value(QStringLiteral("end")))
            + ",\"strength_db\":" + jsonText(impact.value(QStringLiteral("strength_db"))) + '}';
    }
    return line + "]}\n";
}

QStringList ImpactSplit::text(const QString &file, bool hasAudio, const QList<Found> &found, const ImpactWindow &window)
{
    const QString name = PrintableText::line(file);
    if (!hasAudio)
        return { tr("%1: no sound track, so no impacts to split it at.").arg(name) };
    if (found.isEmpty())
        return { tr("%1: no impact heard.").arg(name) };
    QStringList lines { tr("%1: impacts heard: %2; each part %3 s before to %4 s after (time, part, strength):")
                            .arg(name, QString::number(found.size()), QLocale::c().toString(seconds(window.beforeMs)),
                                 QLocale::c().toString(seconds(window.afterMs))) };
    for (qsizetype i = 0; i < found.size(); ++i) {
        const Found &f = found.at(i);
        lines << tr("  %1\t%2 s\t%3-%4 s\t%5 dB")
                     .arg(i + 1)
                     .arg(secondsText(f.part.impactMs), secondsText(f.part.range.startMs),
                          secondsText(f.part.range.endMs), QString::number(f.strengthDb, 'f', 1));
    }
    return lines;
}
