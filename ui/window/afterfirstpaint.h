#pragma once

// Runs a function once, right after the paint pass in which a widget of a
// window was painted for the first time: what the first picture does not need
// (the job store, the keychain, FFmpeg's plugin) waits behind it. Header-only
// and Qt only, so that bench/barewindow.cpp measures its first paint the same way.

#include <QApplication>
#include <QEvent>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <functional>
#include <utility>

class AfterFirstPaint : public QObject
{
public:
    // `latest`: also run when nothing was painted by then (a window started
    // hidden or minimized); zero waits for the paint however long it takes.
    AfterFirstPaint(QWidget *window, std::function<void()> then,
                    std::chrono::milliseconds latest = std::chrono::milliseconds::zero())
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        qApp->installEventFilter(this);
        if (latest > std::chrono::milliseconds::zero())
            QTimer::singleShot(latest, this, [this] { run(); });
    }

    bool eventFilter(QObject *object, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && object->isWidgetType()
            && static_cast<QWidget *>(object)->window() == m_window) {
            qApp->removeEventFilter(this);
            // Queued: the rest of this paint pass (the other widgets) finishes first.
            QTimer::singleShot(0, this, [this] { run(); });
        }
        return false;
    }

private:
    void run()
    {
        if (m_done)
            return;
        m_done = true;
        qApp->removeEventFilter(this);
        m_then();
        deleteLater(); // its work is done
    }

    QWidget *m_window;
    std::function<void()> m_then;
    bool m_done = false;
};
