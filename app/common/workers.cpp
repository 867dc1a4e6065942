#include "common/workers.h"

#include <condition_variable>
#include <deque>
#include <mutex>
#include <thread>

struct Workers::State
{
    std::mutex mutex;
    std::condition_variable wake;
    std::deque<std::function<void()>> jobs; // not yet taken by a thread
    int idle = 0; // threads waiting for a job
    int threads = 0;
    bool closing = false;

    static void work(const std::shared_ptr<State> &self)
    {
        std::unique_lock lock(self->mutex);
        for (;;) {
            while (self->jobs.empty() && !self->closing) {
                ++self->idle;
                self->wake.wait(lock);
                --self->idle;
            }
            if (self->jobs.empty()) { // closing, nothing left
                --self->threads;
                return;
            }
            std::function<void()> job = std::move(self->jobs.front());
            self->jobs.pop_front();
            lock.unlock();
            job();
            job = nullptr; // what it held goes before the lock is taken again
            lock.lock();
        }
    }
};

Workers::Workers()
    : m_state(std::make_shared<State>())
{
}

Workers::~Workers()
{
    const std::lock_guard lock(m_state->mutex);
    m_state->closing = true;
    m_state->wake.notify_all();
}

void Workers::run(std::function<void()> job)
{
    {
        const std::lock_guard lock(m_state->mutex);
        m_state->jobs.push_back(std::move(job));
        if (m_state->idle >= int(m_state->jobs.size())) {
            m_state->wake.notify_one();
            return;
        }
        ++m_state->threads;
    }
    std::thread([state = m_state] { State::work(state); }).detach();
}

int Workers::threadCount() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->threads;
}

int Workers::idleCount() const
{
    const std::lock_guard lock(m_state->mutex);
    return m_state->idle;
}
