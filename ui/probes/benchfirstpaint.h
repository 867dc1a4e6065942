#pragma once

// The first-paint probe of bench/run's start-up row, shared by the program
// (ui/probes/benchprobe.h) and its reference, bench/barewindow.cpp, so both are
// measured the same way. Qt only: the bare window must not link the app.

#include "afterfirstpaint.h"

#include <QtGlobal>

#include <chrono>
#include <cstdio>
#include <functional>

namespace BenchProbe {

inline void report(const char *name, qint64 value)
{
    std::printf("uplift-bench %s %lld\n", name, static_cast<long long>(value));
    std::fflush(stdout);
}

inline qint64 epochMicroseconds()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

// With UPLIFT_BENCH_FIRST_PAINT set, prints "uplift-bench phase-epoch-us NAME N": where a start's
// time goes (bench/run's start row prints the median of each step).
inline void phase(const char *name)
{
    static const bool on = qEnvironmentVariableIsSet("UPLIFT_BENCH_FIRST_PAINT");
    if (on) {
        std::printf("uplift-bench phase-epoch-us %s %lld\n", name, static_cast<long long>(epochMicroseconds()));
        std::fflush(stdout);
    }
}

// Calls `then` once, after the paint pass in which a widget of `window` was first painted,
// having printed the wall clock of that moment.
class FirstPaint : public AfterFirstPaint
{
public:
    FirstPaint(QWidget *window, const std::function<void()> &then)
        : AfterFirstPaint(window, [then] {
            report("first-paint-epoch-us", epochMicroseconds());
            then();
        })
    {
    }
};

} // namespace BenchProbe
