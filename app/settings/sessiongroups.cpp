#include "settings/sessiongroups.h"

#include <QCoreApplication>
#include <QUuid>
#include <QVariantMap>

#include <algorithm>

namespace {
// The key the window used before this class existed, so groups made then stay.
const QString storeKey = QStringLiteral("sessionGroups/all");
const QString idKey = QStringLiteral("id");
const QString athleteKey = QStringLiteral("athleteId");
const QString nameKey = QStringLiteral("name");
const QString createdKey = QStringLiteral("created");
} // namespace

SessionGroups::SessionGroups() = default;

SessionGroups::SessionGroups(const QString &iniFileName)
    : m_settings(iniFileName, QSettings::IniFormat)
{
}

QList<SessionGroups::Group> SessionGroups::all() const
{
    QList<Group> groups;
    const QVariantList stored = m_settings.value(storeKey).toList();
    for (const QVariant &value : stored) {
        const QVariantMap map = value.toMap();
        Group group { map.value(idKey).toString(), map.value(athleteKey).toString(), map.value(nameKey).toString(),
                      map.value(createdKey).toDateTime() };
        // A hand-edited entry without an id or athlete could never be sent.
        if (!group.id.isEmpty() && !group.athleteId.isEmpty())
            groups.append(group);
    }
    return groups;
}

void SessionGroups::write(const QList<Group> &groups)
{
    QVariantList stored;
    for (const Group &group : groups)
        stored.append(QVariantMap { { idKey, group.id },
                                    { athleteKey, group.athleteId },
                                    { nameKey, group.name },
                                    { createdKey, group.created } });
    m_settings.setValue(storeKey, stored);
    m_settings.sync();
}

QList<SessionGroups::Group> SessionGroups::of(const QString &athleteId) const
{
    QList<Group> result;
    const QList<Group> groups = all();
    for (const Group &group : groups) {
        if (group.athleteId == athleteId)
            result.append(group);
    }
    std::stable_sort(result.begin(), result.end(),
                     [](const Group &a, const Group &b) { return a.created > b.created; });
    return result;
}

std::optional<SessionGroups::Group> SessionGroups::group(const QString &id) const
{
    const QList<Group> groups = all();
    for (const Group &group : groups) {
        if (group.id == id)
            return group;
    }
    return std::nullopt;
}

std::optional<SessionGroups::Group> SessionGroups::create(const QString &athleteId, const QString &name,
                                                          const QDateTime &created)
{
    return createWithId(QUuid::createUuid().toString(QUuid::WithoutBraces), athleteId, name, created);
}

std::optional<SessionGroups::Group> SessionGroups::createWithId(const QString &id, const QString &athleteId,
                                                                const QString &name, const QDateTime &created)
{
    if (athleteId.trimmed().isEmpty() || QUuid::fromString(id).isNull() || id.size() != 36 || group(id))
        return std::nullopt;
    Group group { id.toLower(), athleteId,
                  name.trimmed().isEmpty() ? QCoreApplication::translate("SessionGroups", "Session") : name.trimmed(),
                  created.toUTC() };
    QList<Group> groups = all();
    groups.append(group);
    write(groups);
    return group;
}

bool SessionGroups::rename(const QString &id, const QString &name)
{
    if (name.trimmed().isEmpty())
        return false;
    QList<Group> groups = all();
    for (Group &group : groups) {
        if (group.id == id) {
            group.name = name.trimmed();
            write(groups);
            return true;
        }
    }
    return false;
}

bool SessionGroups::remove(const QString &id)
{
    QList<Group> groups = all();
    const auto removed = groups.removeIf([&id](const Group &group) { return group.id == id; });
    if (removed == 0)
        return false;
    write(groups);
    return true;
}
