#pragma once

#include <functional>
#include <memory>

// Threads kept for the next job rather than made for each: making (and ending)
// a thread takes a lock of the C library's that every other thread making or
// ending one takes too, and a window that makes a thread per clip while an
// import makes several per file was seen waiting 53 ms for it (perf of the GUI
// thread's sleeps, issue 24). A job is run at once: by a kept thread that has
// nothing to do, else by a new one, so a job that never returns (a read of a
// card that stopped answering) holds up only its own thread. Threads are never
// waited for: when this goes, each ends after its job.
class Workers
{
public:
    Workers();
    ~Workers();
    Workers(const Workers &) = delete;
    Workers &operator=(const Workers &) = delete;

    void run(std::function<void()> job);
    int threadCount() const; // made so far and not ended
    int idleCount() const; // waiting for a job

private:
    struct State;
    std::shared_ptr<State> m_state;
};
