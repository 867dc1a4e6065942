// Workers (common/workers.h): threads kept for the next job, a new one only when
// none is free, a job that never returns holding up nothing but its own thread.
#include "common/workers.h"

#include <QElapsedTimer>
#include <QTest>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

class tst_Workers : public QObject
{
    Q_OBJECT

private slots:
    void threadsAreKeptForTheNextJob();
    void aJobThatNeverReturnsHoldsOnlyItsThread();
    void goingAwayDoesNotWaitForAJob();
};

namespace {
// Waits up to 5 s for pred.
template<typename Pred> bool within5s(Pred pred)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::seconds(5);
    while (!pred()) {
        if (std::chrono::steady_clock::now() > until)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return true;
}
} // namespace

void tst_Workers::threadsAreKeptForTheNextJob()
{
    Workers workers;
    std::mutex mutex;
    std::set<std::thread::id> seen;
    std::atomic<int> done = 0;
    for (int i = 0; i < 200; ++i) {
        const int before = done;
        workers.run([&] {
            {
                const std::lock_guard lock(mutex);
                seen.insert(std::this_thread::get_id());
            }
            ++done;
        });
        QVERIFY(within5s([&] { return done == before + 1; }));
        // The thread that ran it is waiting again before the next is handed over.
        QVERIFY(within5s([&] { return workers.idleCount() == 1; }));
    }
    QCOMPARE(done.load(), 200);
    QCOMPARE(seen.size(), size_t(1)); // one thread ran all 200
    QCOMPARE(workers.threadCount(), 1);
}

void tst_Workers::aJobThatNeverReturnsHoldsOnlyItsThread()
{
    auto gate = std::make_shared<std::pair<std::mutex, std::condition_variable>>();
    auto open = std::make_shared<bool>(false);
    {
        Workers workers;
        std::atomic<bool> stuckStarted = false;
        workers.run([gate, open, &stuckStarted] {
            stuckStarted = true;
            std::unique_lock lock(gate->first);
            gate->second.wait(lock, [&] { return *open; });
        });
        QVERIFY(within5s([&] { return stuckStarted.load(); }));
        std::atomic<int> done = 0;
        for (int i = 0; i < 10; ++i)
            workers.run([&done] { ++done; });
        QVERIFY(within5s([&] { return done == 10; }));
        QVERIFY(workers.threadCount() >= 2);
    } // gone with a job still running: not waited for
    {
        const std::lock_guard lock(gate->first);
        *open = true;
    }
    gate->second.notify_all();
}

void tst_Workers::goingAwayDoesNotWaitForAJob()
{
    auto release = std::make_shared<std::atomic<bool>>(false);
    auto finished = std::make_shared<std::atomic<bool>>(false);
    QElapsedTimer clock;
    clock.start();
    {
        Workers workers;
        workers.run([release, finished] {
            while (!*release)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            *finished = true;
        });
    }
    QVERIFY(clock.elapsed() < 1000);
    QVERIFY(!*finished);
    *release = true;
    QVERIFY(within5s([&] { return finished->load(); }));
}

QTEST_GUILESS_MAIN(tst_Workers)
#include "tst_workers.moc"
