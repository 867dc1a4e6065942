#include "sandbox/faultplan.h"

#include <QJsonObject>
#include <QMutexLocker>

QStringList FaultPlan::routes()
{
    return {QStringLiteral("captures.create"), QStringLiteral("captures.list"), QStringLiteral("captures.get"),
            QStringLiteral("athletes.list"),   QStringLiteral("athletes.create"), QStringLiteral("athletes.update"),
            QStringLiteral("upload"),          QStringLiteral("any")};
}

bool FaultPlan::add(const QString &spec, QString *error)
{
    const QStringList parts = spec.trimmed().split(QLatin1Char(':'));
    auto fail = [&](const QString &why) {
        if (error)
            *error = why;
        return false;
    };
    auto number = [](const QString &text, qint64 *value) {
        bool ok = false;
        *value = text.toLongLong(&ok);
        return ok && *value >= 0;
    };
    const QString kind = parts.value(0);
    QMutexLocker lock(&m_mutex);
    if (kind == QLatin1String("fail")) {
        qint64 status = 0;
        qint64 count = 1;
        if (parts.size() < 3 || parts.size() > 4 || !routes().contains(parts[1]) || !number(parts[2], &status)
            || status < 100 || status > 599 || (parts.size() == 4 && (!number(parts[3], &count) || count < 1)))
            return fail(QStringLiteral("expected fail:ROUTE:STATUS[:COUNT]"));
        m_failures.insert(parts[1], Failure{int(status), int(count)});
        return true;
    }
    if (kind == QLatin1String("latency")) {
        qint64 ms = 0;
        if (parts.size() != 3 || !routes().contains(parts[1]) || !number(parts[2], &ms))
            return fail(QStringLiteral("expected latency:ROUTE:MS"));
        m_latency.insert(parts[1], int(ms));
        return true;
    }
    if (kind == QLatin1String("stall-upload") || kind == QLatin1String("reset-upload")) {
        qint64 after = 0;
        qint64 count = 1;
        if (parts.size() < 2 || parts.size() > 3 || !number(parts[1], &after)
            || (parts.size() == 3 && (!number(parts[2], &count) || count < 1)))
            return fail(QStringLiteral("expected %1:BYTES[:COUNT]").arg(kind));
        (kind == QLatin1String("stall-upload") ? m_stall : m_reset) = ByteFault{after, int(count)};
        return true;
    }
    if (kind == QLatin1String("policy-lifetime")) {
        qint64 seconds = 0;
        if (parts.size() != 2 || !number(parts[1], &seconds) || seconds < 1)
            return fail(QStringLiteral("expected policy-lifetime:SECONDS"));
        m_policyLifetime = seconds;
        return true;
    }
    return fail(QStringLiteral("unknown fault \"%1\"").arg(kind));
}

void FaultPlan::clear()
{
    QMutexLocker lock(&m_mutex);
    m_failures.clear();
    m_latency.clear();
    m_stall = {};
    m_reset = {};
    m_policyLifetime = 0;
}

QJsonArray FaultPlan::describe() const
{
    QMutexLocker lock(&m_mutex);
    QJsonArray list;
    for (auto it = m_failures.cbegin(); it != m_failures.cend(); ++it) {
        if (it->remaining > 0)
            list.append(QStringLiteral("fail:%1:%2:%3").arg(it.key()).arg(it->status).arg(it->remaining));
    }
    for (auto it = m_latency.cbegin(); it != m_latency.cend(); ++it)
        list.append(QStringLiteral("latency:%1:%2").arg(it.key()).arg(it.value()));
    if (m_stall.remaining > 0)
        list.append(QStringLiteral("stall-upload:%1:%2").arg(m_stall.after).arg(m_stall.remaining));
    if (m_reset.remaining > 0)
        list.append(QStringLiteral("reset-upload:%1:%2").arg(m_reset.after).arg(m_reset.remaining));
    if (m_policyLifetime > 0)
        list.append(QStringLiteral("policy-lifetime:%1").arg(m_policyLifetime));
    return list;
}

int FaultPlan::takeFailure(const QString &route)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : {route, QStringLiteral("any")}) {
        auto it = m_failures.find(name);
        if (it != m_failures.end() && it->remaining > 0) {
            --it->remaining;
            return it->status;
        }
    }
    return 0;
}

int FaultPlan::latencyMs(const QString &route) const
{
    QMutexLocker lock(&m_mutex);
    return m_latency.value(route, m_latency.value(QStringLiteral("any"), 0));
}

qint64 FaultPlan::takeUploadStall()
{
    QMutexLocker lock(&m_mutex);
    if (m_stall.remaining <= 0)
        return -1;
    --m_stall.remaining;
    return m_stall.after;
}

qint64 FaultPlan::takeUploadReset()
{
    QMutexLocker lock(&m_mutex);
    if (m_reset.remaining <= 0)
        return -1;
    --m_reset.remaining;
    return m_reset.after;
}

qint64 FaultPlan::policyLifetimeSeconds() const
{
    QMutexLocker lock(&m_mutex);
    return m_policyLifetime;
}
