#include "camerathumbnails.h"

#include "common/behindthewindow.h"
#include "media/videoframe.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QImageReader>
#include <QMutex>
#include <QMutexLocker>
#include <QSet>
#include <QThread>
#include <QTimer>
#include <QWaitCondition>

#include <algorithm>
#include <atomic>

// What the threads share with the pane's object; it outlives that object
// while a thread left behind on a stalled card still holds it.
struct ThumbnailQueue
{
    QMutex mutex;
    QWaitCondition wake;
    QList<CameraThumbnails::Request> wanted; // most wanted first
    QSet<QString> done; // made, or failed: not tried again
    // The ones being made, each with the flag that stops it between two reads.
    QHash<QString, std::shared_ptr<std::atomic<bool>>> making;
    // What the threads have in hand, stopped or not: a file below a folder may
    // be open (or about to be opened) until its thread is done with it.
    QList<QString> inHand;
    bool quitting = false;
    int width = 0;
};

namespace {

QImage make(const CameraThumbnails::Request &request, int width, const std::atomic<bool> &stop)
{
    if (!request.thm.isEmpty()) {
        // A GoPro's (or a camcorder's) own picture: a small JPEG, no decoding of the video.
        QImageReader reader(request.thm, "jpeg");
        reader.setAllocationLimit(64); // MiB: a .THM is a few KiB; a hostile one is not read whole
        const QImage image = reader.read();
        if (!image.isNull())
            return image;
    }
    // The first picture (a keyframe: nothing decoded before it), as wide as shown.
    return VideoFrame::at(request.path, 0, width, stop);
}

} // namespace

// One of the threads taking the next most wanted clip; one picture at a time.
class ThumbnailThread : public QThread
{
    Q_OBJECT

public:
    explicit ThumbnailThread(std::shared_ptr<ThumbnailQueue> queue)
        : m_queue(std::move(queue))
    {
    }

signals:
    void made(const QString &path, const QImage &image);

protected:
    void run() override
    {
        runBehindTheWindow();
        ThumbnailQueue &q = *m_queue;
        for (;;) {
            CameraThumbnails::Request request;
            auto stop = std::make_shared<std::atomic<bool>>(false);
            {
                QMutexLocker lock(&q.mutex);
                while (!q.quitting && q.wanted.isEmpty())
                    q.wake.wait(&q.mutex);
                if (q.quitting)
                    return;
                request = q.wanted.takeFirst();
                q.making.insert(request.path, stop);
                q.inHand << request.path;
            }
            const QImage image = make(request, q.width, *stop);
            {
                QMutexLocker lock(&q.mutex);
                q.inHand.removeOne(request.path);
                const auto mine = q.making.constFind(request.path);
                if (mine != q.making.cend() && mine.value() == stop)
                    q.making.erase(mine);
                if (stop->load())
                    continue; // released (a card being ejected): made again when asked again
                q.done.insert(request.path);
            }
            if (!image.isNull())
                emit made(request.path, image);
        }
    }

private:
    std::shared_ptr<ThumbnailQueue> m_queue;
};

CameraThumbnails::CameraThumbnails(int width, QObject *parent)
    : QObject(parent)
    , m_queue(std::make_shared<ThumbnailQueue>())
{
    m_queue->width = width;
}

CameraThumbnails::~CameraThumbnails()
{
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->quitting = true;
        m_queue->wanted.clear();
        for (const auto &stop : std::as_const(m_queue->making))
            stop->store(true);
        m_queue->wake.wakeAll();
    }
    // A card that stopped answering may hold a thread in a read: it is left to
    // finish alone rather than freeze the window (the thread object goes with
    // it once it ends, or with the process).
    const QDeadlineTimer deadline(1000);
    for (ThumbnailThread *thread : std::as_const(m_threads)) {
        thread->disconnect(this);
        if (thread->wait(deadline))
            delete thread;
        else
            connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

void CameraThumbnails::want(const QList<Request> &requests)
{
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->wanted.clear();
        for (const Request &request : requests) {
            if (!m_queue->done.contains(request.path) && !m_queue->making.contains(request.path))
                m_queue->wanted << request;
        }
        if (m_queue->wanted.isEmpty())
            return;
        m_queue->wake.wakeAll();
    }
    // A few at once: each picture is decoded on one core, and a card answers
    // several reads at once about as fast as one.
    const int threads = std::clamp(QThread::idealThreadCount(), 1, 4);
    while (m_threads.size() < threads) {
        auto *thread = new ThumbnailThread(m_queue);
        thread->setObjectName(QStringLiteral("camera thumbnails %1").arg(m_threads.size() + 1));
        connect(thread, &ThumbnailThread::made, this, &CameraThumbnails::ready);
        m_threads << thread;
        thread->start(QThread::LowPriority);
    }
}

void CameraThumbnails::release(const QString &folder)
{
    const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
    const auto below = [prefix](const QString &path) { return path.startsWith(prefix); };
    {
        QMutexLocker lock(&m_queue->mutex);
        m_queue->wanted.removeIf([&](const Request &r) { return below(r.path); });
        for (auto it = m_queue->making.begin(); it != m_queue->making.end();) {
            if (below(it.key())) {
                it.value()->store(true);
                it = m_queue->making.erase(it);
            } else {
                ++it;
            }
        }
    }
    // A thread stopped between two reads lets go of its file at once; one that
    // had taken the clip but not opened it yet opens it first: the card is free
    // of us only once every thread has put down what it had below the folder.
    auto *poll = new QTimer(this);
    poll->setInterval(5);
    const QDeadlineTimer deadline(ReleaseWaitMs);
    const auto check = [this, poll, folder, below, deadline] {
        bool busy = false;
        {
            QMutexLocker lock(&m_queue->mutex);
            busy = std::any_of(m_queue->inHand.cbegin(), m_queue->inHand.cend(), below);
        }
        if (busy && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        emit released(folder);
    };
    connect(poll, &QTimer::timeout, this, check);
    poll->start();
}

#include "camerathumbnails.moc"
