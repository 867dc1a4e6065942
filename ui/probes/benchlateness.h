#pragma once

// The responsiveness probe of bench/run's `lateness` row, shared by the program
// (ui/probes/benchprobe.h) and its reference, bench/barewindow.cpp, so both are
// measured the same way. Qt only: the bare window must not link the app.
//
// A 16 ms precise timer runs in the GUI thread for the given time; each time it
// fires, how much later than 16 ms after the previous firing is recorded (0 when
// on time). At the end one line per firing is printed,
//   uplift-bench lateness EPOCH_US LATE_US
// (the wall clock of the firing, so that bench/run can keep only the firings that
// fall while the uploads it started were all running), then `then` is called.

#include "benchfirstpaint.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <functional>
#include <utility>

namespace BenchProbe {

class TimerLateness : public QObject
{
public:
    static constexpr std::chrono::milliseconds Interval { 16 };

    TimerLateness(QObject *parent, std::chrono::milliseconds duration, std::function<void()> then)
        : QObject(parent)
        , m_then(std::move(then))
    {
        // Enough room for every firing: no allocation while measuring.
        m_samples.reserve(qsizetype(duration / Interval) + 16);
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(Interval);
        connect(&m_timer, &QTimer::timeout, this, &TimerLateness::onTimeout);
        m_end.setSingleShot(true);
        connect(&m_end, &QTimer::timeout, this, &TimerLateness::finish);
        m_clock.start();
        m_timer.start();
        m_end.start(duration);
    }

private:
    struct Sample
    {
        qint64 epochUs;
        qint64 lateUs;
    };

    void onTimeout()
    {
        const qint64 now = m_clock.nsecsElapsed() / 1000;
        if (m_last >= 0) {
            const qint64 late = now - m_last - qint64(std::chrono::microseconds(Interval).count());
            m_samples.append({ epochMicroseconds(), late > 0 ? late : 0 });
        }
        m_last = now;
    }

    void finish()
    {
        m_timer.stop();
        for (const Sample &s : std::as_const(m_samples))
            std::printf("uplift-bench lateness %lld %lld\n", static_cast<long long>(s.epochUs),
                        static_cast<long long>(s.lateUs));
        std::fflush(stdout);
        m_then();
    }

    std::function<void()> m_then;
    QTimer m_timer;
    QTimer m_end;
    QElapsedTimer m_clock;
    qint64 m_last = -1;
    QList<Sample> m_samples;
};

} // namespace BenchProbe
