#include "jobs/run/statusfollower.h"

#include <QElapsedTimer>

#include <algorithm>
#include <memory>

StatusFollower::StatusFollower(CaptureApi *api, QObject *parent)
    : QObject(parent)
    , m_api(api)
{
    auto started = std::make_shared<QElapsedTimer>();
    started->start();
    m_clock = [started] { return started->elapsed(); };
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &StatusFollower::pollDue);
    connect(m_api, &CaptureApi::statusFetched, this, &StatusFollower::onStatusFetched);
    connect(m_api, &CaptureApi::statusFailed, this, &StatusFollower::onStatusFailed);
    connect(m_api, &CaptureApi::capturesListed, this, &StatusFollower::onListed);
    connect(m_api, &CaptureApi::listFailed, this, &StatusFollower::onListFailed);
}

void StatusFollower::setClock(Clock clock)
{
    m_clock = std::move(clock);
    arm();
}

void StatusFollower::follow(qint64 jobId, const QString &sessionId)
{
    m_sessions.insert(jobId, sessionId);
    // Relaxing backoff: processing takes seconds to minutes; looking often at
    // first and rarely later keeps forty waiting clips off the rate limit.
    const int polls = m_polls.value(jobId);
    qint64 ms = m_timing.first.count();
    for (int i = 0; i < polls && ms < m_timing.max.count(); ++i)
        ms *= 2;
    ms = std::min<qint64>(ms, m_timing.max.count());
    m_due.insert(jobId, m_clock() + ms);
    arm();
}

void StatusFollower::stop(qint64 jobId)
{
    m_sessions.remove(jobId);
    m_polls.remove(jobId);
    m_due.remove(jobId);
    m_fetching.remove(jobId);
    arm();
}

void StatusFollower::arm()
{
    if (m_due.isEmpty()) {
        m_timer.stop();
        return;
    }
    const qint64 next = *std::min_element(m_due.cbegin(), m_due.cend());
    m_timer.start(int(std::clamp<qint64>(next - m_clock(), 0, 24 * 3600 * 1000)));
}

void StatusFollower::fetch(qint64 jobId)
{
    m_fetching.insert(jobId);
    m_api->fetchStatus(jobId, m_sessions.value(jobId));
}

void StatusFollower::pollDue()
{
    const qint64 now = m_clock();
    QList<qint64> due;
    const QList<qint64> waiting = m_due.keys();
    for (auto it = m_due.cbegin(); it != m_due.cend(); ++it) {
        if (it.value() <= now)
            due.append(it.key());
    }
    if (!due.isEmpty() && waiting.size() >= std::max(2, m_timing.listFrom)) {
        // Many clips waiting: one list of what is still processing answers
        // for all of them; a clip missing from it has finished and is asked
        // about once by itself.
        const qint64 requestId = -(++m_lastRoundId);
        for (qint64 id : waiting)
            m_due.remove(id);
        m_rounds.insert(requestId, waiting);
        CaptureApi::ListQuery query;
        query.status = QStringLiteral("processing");
        m_api->listCaptures(requestId, query);
    } else {
        for (qint64 id : std::as_const(due)) {
            m_due.remove(id);
            fetch(id);
        }
    }
    arm();
}

void StatusFollower::onStatusFetched(qint64 jobId, const QString &status, const QString &errorText)
{
    if (!m_fetching.remove(jobId) || !m_sessions.contains(jobId))
        return;
    m_polls[jobId] += 1;
    emit statusKnown(jobId, status, errorText);
}

void StatusFollower::onStatusFailed(qint64 jobId, const CaptureApi::Failure &failure)
{
    if (!m_fetching.remove(jobId) || !m_sessions.contains(jobId))
        return;
    m_polls[jobId] += 1;
    emit statusUnknown(jobId, failure);
}

void StatusFollower::onListed(qint64 requestId, const QList<CaptureApi::Listed> &captures)
{
    if (!m_rounds.contains(requestId))
        return;
    const QList<qint64> ids = m_rounds.take(requestId);
    QHash<QString, const CaptureApi::Listed *> bySession;
    for (const CaptureApi::Listed &c : captures)
        bySession.insert(c.sessionId.toLower(), &c);
    for (qint64 id : ids) {
        if (!m_sessions.contains(id))
            continue; // stopped meanwhile
        if (const CaptureApi::Listed *c = bySession.value(m_sessions.value(id).toLower())) {
            m_polls[id] += 1;
            emit statusKnown(id, c->status, c->errorText);
        } else {
            fetch(id);
        }
    }
}

void StatusFollower::onListFailed(qint64 requestId, const CaptureApi::Failure &failure)
{
    if (!m_rounds.contains(requestId))
        return;
    const QList<qint64> ids = m_rounds.take(requestId);
    for (qint64 id : ids) {
        if (!m_sessions.contains(id))
            continue;
        m_polls[id] += 1;
        emit statusUnknown(id, failure);
    }
}
