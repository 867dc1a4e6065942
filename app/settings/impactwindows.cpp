#include "settings/impactwindows.h"

#include <QVariantMap>

namespace {
const QString storeKey = QStringLiteral("impactWindows/all");
const QString beforeKey = QStringLiteral("beforeMs");
const QString afterKey = QStringLiteral("afterMs");
constexpr qsizetype maxText = 200; // longer than any real activity or movement key

// One key per movement; "\n" cannot be in a key the coach types in one line.
QString movementKey(const QString &activity, const QString &movement)
{
    const QString a = activity.trimmed().toLower();
    const QString m = movement.trimmed().toLower();
    if (a.isEmpty() || m.isEmpty() || a.size() > maxText || m.size() > maxText || a.contains(QLatin1Char('\n'))
        || m.contains(QLatin1Char('\n')))
        return {};
    return a + QLatin1Char('\n') + m;
}

// Settings files can be edited by hand: a side counts only as a whole number
// of milliseconds within ImpactWindow's limits.
std::optional<qint64> side(const QVariantMap &map, const QString &key)
{
    if (!map.contains(key))
        return std::nullopt;
    bool ok = false;
    const qint64 ms = map.value(key).toLongLong(&ok);
    if (!ok || ms < 0 || ms > ImpactWindow::MaxSideMs)
        return std::nullopt;
    return ms;
}
} // namespace

ImpactWindows::ImpactWindows() = default;

ImpactWindows::ImpactWindows(const QString &iniFileName)
    : m_settings(iniFileName, QSettings::IniFormat)
{
}

ImpactWindows::Chosen ImpactWindows::chosen(const QString &activity, const QString &movement) const
{
    const QString key = movementKey(activity, movement);
    if (key.isEmpty())
        return {};
    const QVariantMap map = m_settings.value(storeKey).toMap().value(key).toMap();
    return { side(map, beforeKey), side(map, afterKey) };
}

ImpactWindow ImpactWindows::of(const QString &activity, const QString &movement,
                               const ImpactWindow &movementDefault) const
{
    const Chosen choice = chosen(activity, movement);
    ImpactWindow window = movementDefault;
    window.beforeMs = choice.beforeMs.value_or(movementDefault.beforeMs);
    window.afterMs = choice.afterMs.value_or(movementDefault.afterMs);
    // A hand-edited pair that is no use together is not the coach's choice.
    if (!ImpactWindow::problemWithSides(window.beforeMs, window.afterMs).isEmpty())
        return movementDefault;
    return window;
}

QString ImpactWindows::choose(const QString &activity, const QString &movement, qint64 beforeMs, qint64 afterMs,
                              const ImpactWindow &movementDefault)
{
    const QString problem = ImpactWindow::problemWithSides(beforeMs, afterMs);
    if (!problem.isEmpty())
        return problem;
    const QString key = movementKey(activity, movement);
    if (key.isEmpty())
        return {};
    QVariantMap all = m_settings.value(storeKey).toMap();
    QVariantMap map;
    if (beforeMs != movementDefault.beforeMs)
        map.insert(beforeKey, beforeMs);
    if (afterMs != movementDefault.afterMs)
        map.insert(afterKey, afterMs);
    if (map.isEmpty())
        all.remove(key);
    else if (all.contains(key) || all.size() < maxMovements)
        all.insert(key, map);
    m_settings.setValue(storeKey, all);
    m_settings.sync();
    return {};
}

void ImpactWindows::forget(const QString &activity, const QString &movement)
{
    const QString key = movementKey(activity, movement);
    QVariantMap all = m_settings.value(storeKey).toMap();
    if (key.isEmpty() || !all.contains(key))
        return;
    all.remove(key);
    m_settings.setValue(storeKey, all);
    m_settings.sync();
}
