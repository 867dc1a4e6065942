#pragma once

// The first-paint probe of bench/run's start-up row, shared by the program
// (ui/probes/benchprobe.h) and its reference, bench/barewindow.cpp, so both are
// measured the same way. Qt only: the bare window must not link the app.

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

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

// Calls `then` once, after the paint pass in which a widget of `window` was first painted.
class FirstPaint : public QObject
{
public:
    FirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (!m_seen && event->type() == QEvent::Paint && object->isWidgetType()
            && static_cast<QWidget *>(object)->window() == m_window) {
            m_seen = true;
            qApp->removeEventFilter(this);
            // Queued: the rest of this paint pass (the other widgets) finishes first.
            QTimer::singleShot(0, this, [this] {
                report("first-paint-epoch-us", epochMicroseconds());
                m_then();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    std::function<void()> m_then;
    bool m_seen = false;
};

} // namespace BenchProbe
