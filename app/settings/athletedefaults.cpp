#include "settings/athletedefaults.h"

#include <QVariantMap>

#include <algorithm>

namespace {
const QString storeKey = QStringLiteral("athleteDefaults/all");
const QString usedKey = QStringLiteral("used");
// Before issue 22 an orientation read from the video was kept under "orientation"
// as if the coach had chosen it; that key is not read. Only the coach's own
// choice is kept, under this one.
const QString orientationKey = QStringLiteral("chosenOrientation");
constexpr qsizetype maxText = 200; // a stored value longer than any real one is not used
constexpr qsizetype maxDimensions = 32;

// Settings files can be edited by hand: only well-formed, bounded entries count.
QString text(const QVariantMap &map, const QString &key)
{
    const QString value = map.value(key).toString();
    return value.size() <= maxText ? value : QString();
}
} // namespace

AthleteDefaults::AthleteDefaults() = default;

AthleteDefaults::AthleteDefaults(const QString &iniFileName)
    : m_settings(iniFileName, QSettings::IniFormat)
{
}

std::optional<AthleteDefaults::Values> AthleteDefaults::of(const QString &athleteId) const
{
    if (athleteId.isEmpty())
        return std::nullopt;
    const QVariantMap all = m_settings.value(storeKey).toMap();
    const auto found = all.constFind(athleteId);
    if (found == all.cend())
        return std::nullopt;
    const QVariantMap map = found->toMap();
    Values values;
    values.cameraSetup = text(map, QStringLiteral("cameraSetup"));
    values.orientation = text(map, orientationKey);
    if (values.orientation != QLatin1String("landscape") && values.orientation != QLatin1String("portrait"))
        values.orientation.clear();
    values.activity = text(map, QStringLiteral("activity"));
    values.movement = text(map, QStringLiteral("movement"));
    const QVariantList dimensions = map.value(QStringLiteral("dimensions")).toList();
    for (const QVariant &pair : dimensions.mid(0, maxDimensions)) {
        const QStringList kv = pair.toStringList();
        if (kv.size() == 2 && !kv.first().isEmpty() && kv.first().size() <= maxText && kv.last().size() <= maxText)
            values.dimensions.append({ kv.first(), kv.last() });
    }
    if (values == Values {})
        return std::nullopt;
    return values;
}

void AthleteDefaults::remember(const QString &athleteId, const Values &values, const QDateTime &when)
{
    if (athleteId.isEmpty())
        return;
    QVariantMap all = m_settings.value(storeKey).toMap();
    QVariantList dimensions;
    for (const auto &pair : values.dimensions)
        dimensions.append(QStringList { pair.first, pair.second });
    all.insert(athleteId,
               QVariantMap { { QStringLiteral("cameraSetup"), values.cameraSetup },
                             { orientationKey, values.orientation },
                             { QStringLiteral("activity"), values.activity },
                             { QStringLiteral("movement"), values.movement },
                             { QStringLiteral("dimensions"), dimensions },
                             { usedKey, when.toUTC() } });
    // Forget the athletes described longest ago beyond the limit.
    while (all.size() > maxAthletes) {
        auto oldest = std::min_element(all.begin(), all.end(), [](const QVariant &a, const QVariant &b) {
            return a.toMap().value(usedKey).toDateTime() < b.toMap().value(usedKey).toDateTime();
        });
        all.erase(oldest);
    }
    m_settings.setValue(storeKey, all);
    m_settings.sync();
}
