#include "jobs/prepare/clippreparer.h"

#include <QPointer>
#include <QThread>

ClipPreparer::ClipPreparer(QObject *parent)
    : QObject(parent)
{
}

ClipPreparer::~ClipPreparer()
{
    for (const Running &r : std::as_const(m_running))
        r.cancel->store(true);
    for (const Running &r : std::as_const(m_running)) {
        r.thread->wait();
        delete r.thread;
    }
}

void ClipPreparer::start(qint64 jobId, const ClipRemux::Request &request, std::chrono::milliseconds delay)
{
    if (m_running.contains(jobId))
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    QPointer<ClipPreparer> self(this);
    QThread *thread = QThread::create([self, jobId, request, cancel, delay] {
        for (auto left = delay; left.count() > 0 && !cancel->load(); left -= std::chrono::milliseconds(20))
            QThread::msleep(20);
        const auto report = [self, jobId](int percent) {
            // Posted to the preparer's thread; dropped if it is gone by then.
            if (self)
                QMetaObject::invokeMethod(
                    self, [self, jobId, percent] { emit self->progress(jobId, percent); }, Qt::QueuedConnection);
        };
        const ClipRemux::Result result = ClipRemux::run(request, *cancel, report);
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, jobId, result] {
                    const auto it = self->m_running.find(jobId);
                    if (it != self->m_running.end()) {
                        it->thread->wait();
                        it->thread->deleteLater();
                        self->m_running.erase(it);
                    }
                    emit self->finished(jobId, result);
                },
                Qt::QueuedConnection);
    });
    thread->setObjectName(QStringLiteral("prepare-%1").arg(jobId));
    m_running.insert(jobId, { thread, cancel });
    thread->start(QThread::LowPriority);
}

void ClipPreparer::cancel(qint64 jobId)
{
    const auto it = m_running.constFind(jobId);
    if (it != m_running.constEnd())
        it->cancel->store(true);
}
