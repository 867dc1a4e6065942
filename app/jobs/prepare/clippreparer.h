#pragma once

#include "media/clipremux.h"

#include <QHash>
#include <QObject>

#include <atomic>
#include <chrono>
#include <memory>

class QThread;

// Runs ClipRemux off the GUI thread, one clip at a time (it is disk-bound:
// two at once only share the disk), and reports back on the thread that
// owns it. Cancelling stops the remux within one packet; destroying the
// preparer cancels and waits, so no thread outlives it.
class ClipPreparer : public QObject
{
    Q_OBJECT

public:
    explicit ClipPreparer(QObject *parent = nullptr);
    ~ClipPreparer() override;

    // `delay`: waited (cancellably) before the work starts.
    void start(qint64 jobId, const ClipRemux::Request &request,
               std::chrono::milliseconds delay = std::chrono::milliseconds(0));
    void cancel(qint64 jobId);
    bool isRunning(qint64 jobId) const { return m_running.contains(jobId); }
    int running() const { return int(m_running.size()); }

signals:
    void progress(qint64 jobId, int percent);
    void finished(qint64 jobId, const ClipRemux::Result &result);

private:
    struct Running
    {
        QThread *thread = nullptr;
        std::shared_ptr<std::atomic<bool>> cancel;
    };
    QHash<qint64, Running> m_running;
};
