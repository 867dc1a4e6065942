#include "sandbox/faultplan.h"

#include <QJsonObject>
#include <QMutexLocker>

QStringList FaultPlan::routes()
{
    return { QStringLiteral("captures.create"), QStringLiteral("captures.list"),
             QStringLiteral("captures.get"),    QStringLiteral("athletes.list"),
             QStringLiteral("athletes.create"), QStringLiteral("athletes.update"),
             QStringLiteral("upload"),          QStringLiteral("any") };
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
        m_failures.insert(parts[1], Failure { int(status), int(count) });
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
        (kind == QLatin1String("stall-upload") ? m_stall : m_reset) = ByteFault { after, int(count) };
        return true;
    }
    if (kind == QLatin1String("random")) {
        bool ok = parts.size() >= 2 && parts.size() <= 3;
        const double rate = ok ? parts[1].toDouble(&ok) : 0;
        qint64 seed = 0;
        if (!ok || rate < 0 || rate > 1 || (parts.size() == 3 && !number(parts[2], &seed)))
            return fail(QStringLiteral("expected random:RATE[:SEED] with RATE from 0 to 1"));
        m_randomRate = rate;
        m_randomSeed = parts.size() == 3 ? quint32(seed) : QRandomGenerator::global()->bounded(1u << 31);
        m_random.seed(m_randomSeed);
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
    m_randomRate = 0;
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
    if (m_randomRate > 0)
        list.append(QStringLiteral("random:%1:%2").arg(m_randomRate).arg(m_randomSeed));
    return list;
}

int FaultPlan::takeFailure(const QString &route)
{
    QMutexLocker lock(&m_mutex);
    for (const QString &name : { route, QStringLiteral("any") }) {
        auto it = m_failures.find(name);
        if (it != m_failures.end() && it->remaining > 0) {
            --it->remaining;
            count(QStringLiteral("status-%1").arg(it->status));
            return it->status;
        }
    }
    // Uploads draw their random fault in takeRandomUploadFault(), which knows the body's size.
    if (route != QLatin1String("upload") && randomHit()) {
        const int status = m_random.bounded(2) == 0 ? 429 : 503;
        count(QStringLiteral("status-%1").arg(status));
        return status;
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
    count(QStringLiteral("stall"));
    return m_stall.after;
}

qint64 FaultPlan::takeUploadReset()
{
    QMutexLocker lock(&m_mutex);
    if (m_reset.remaining <= 0)
        return -1;
    --m_reset.remaining;
    count(QStringLiteral("reset"));
    return m_reset.after;
}

qint64 FaultPlan::policyLifetimeSeconds() const
{
    QMutexLocker lock(&m_mutex);
    return m_policyLifetime;
}

qint64 FaultPlan::takePolicyLifetimeSeconds()
{
    QMutexLocker lock(&m_mutex);
    if (randomHit()) {
        count(QStringLiteral("short-policy"));
        return 1;
    }
    return m_policyLifetime;
}

FaultPlan::UploadFault FaultPlan::takeRandomUploadFault(qint64 bodyBytes)
{
    QMutexLocker lock(&m_mutex);
    UploadFault fault;
    if (!randomHit())
        return fault;
    // A byte strictly inside the body, so that the reset or stall surely happens before the end.
    const qint64 offset = bodyBytes > 1 ? qint64(m_random.bounded(quint64(bodyBytes - 1))) : 0;
    switch (m_random.bounded(4)) {
    case 0:
        fault.status = 503;
        count(QStringLiteral("status-503"));
        break;
    case 1:
        fault.resetAt = offset;
        count(QStringLiteral("reset"));
        break;
    case 2:
        fault.stallAt = offset;
        count(QStringLiteral("stall"));
        break;
    default:
        fault.answerLost = true;
        count(QStringLiteral("answer-lost"));
        break;
    }
    return fault;
}

QJsonObject FaultPlan::injected() const
{
    QMutexLocker lock(&m_mutex);
    QJsonObject counts;
    int total = 0;
    for (auto it = m_injected.cbegin(); it != m_injected.cend(); ++it) {
        counts.insert(it.key(), it.value());
        total += it.value();
    }
    counts.insert(QStringLiteral("total"), total);
    return counts;
}

bool FaultPlan::randomHit()
{
    return m_randomRate > 0 && m_random.generateDouble() < m_randomRate;
}

void FaultPlan::count(const QString &kind)
{
    ++m_injected[kind];
}
