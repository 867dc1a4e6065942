#include "upload/uploadthread.h"

#include <QDeadlineTimer>
#include <QHash>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QThread>
#include <QTimer>

// What the worker may reach of the UploadThread: nulled under the lock when
// the UploadThread goes, so nothing is ever posted to a deleted object.
struct UploadThread::Link
{
    QMutex mutex;
    UploadThread *front = nullptr;
};

namespace {

// Runs the event loop, then deletes the worker (and with it every upload and
// the network manager) in this thread, where they live.
class WorkerThread : public QThread
{
public:
    explicit WorkerThread(QObject *worker)
        : m_worker(worker)
    {
        setObjectName(QStringLiteral("S3 uploads"));
    }

protected:
    void run() override
    {
        exec();
        delete m_worker;
        m_worker = nullptr;
    }

private:
    QObject *m_worker;
};

} // namespace

// Lives in the upload thread: every S3PostUpload, its body and its timers
// are made, run and deleted there.
class UploadThread::Worker : public QObject
{
public:
    struct Job
    {
        QUrl url;
        FormFields fields;
        QString filePath;
        QString fileName;
        std::chrono::milliseconds stallTimeout { 0 };
        std::chrono::milliseconds answerDeadline { 0 };
        S3PostUpload::BodyWrapper bodyWrapper;
    };

    explicit Worker(std::shared_ptr<Link> link)
        : m_link(std::move(link))
    {
    }

    ~Worker() override
    {
        // The uploads first (each aborts its reply), then the network manager
        // their replies belong to.
        for (const Running &r : std::as_const(m_running)) {
            r.upload->disconnect(this);
            delete r.upload;
        }
        m_running.clear();
        delete m_network;
    }

    void start(quint64 id, const Job &job)
    {
        if (!m_network) {
            // Made here, in this thread: a QNAM reads request bodies in the
            // thread it lives in. Plain, like the one the window uses: the
            // uploads set their own per-request attributes.
            m_network = new QNetworkAccessManager(this);
        }
        auto *upload = new S3PostUpload(m_network, this);
        upload->setStallTimeout(job.stallTimeout);
        upload->setAnswerDeadline(job.answerDeadline);
        upload->setBodyWrapper(job.bodyWrapper);
        auto *timer = new QTimer(upload);
        timer->setSingleShot(true);
        timer->setInterval(ProgressInterval);
        m_running.insert(id, { upload, timer, false });
        // At most one progress per interval reaches the other thread: the
        // first at once, then the latest figures when the interval is over.
        connect(upload, &S3PostUpload::progress, this, [this, id] {
            auto it = m_running.find(id);
            if (it == m_running.end())
                return;
            if (it->timer->isActive()) {
                it->dirty = true;
                return;
            }
            sendProgress(id, it->upload);
            it->timer->start();
        });
        connect(timer, &QTimer::timeout, this, [this, id] {
            auto it = m_running.find(id);
            if (it == m_running.end() || !it->dirty)
                return;
            it->dirty = false;
            sendProgress(id, it->upload);
            it->timer->start();
        });
        connect(upload, &S3PostUpload::finished, this, [this, id](const S3PostResult &result) {
            const Running r = m_running.take(id);
            if (!r.upload)
                return;
            r.upload->disconnect(this);
            const Snapshot snapshot = snapshotOf(r.upload);
            r.upload->deleteLater(); // it is emitting
            toFront([id, snapshot, result](UploadThread *front) { front->deliverFinished(id, snapshot, result); });
        });
        upload->start(job.url, job.fields, job.filePath, job.fileName);
    }

    void cancel(quint64 id)
    {
        if (const Running r = m_running.value(id); r.upload)
            r.upload->cancel();
    }

    // The handle has gone: the upload stops without a word.
    void release(quint64 id)
    {
        if (const Running r = m_running.take(id); r.upload) {
            r.upload->disconnect(this);
            delete r.upload;
        }
    }

private:
    struct Running
    {
        S3PostUpload *upload = nullptr;
        QTimer *timer = nullptr; // the progress interval; a child of the upload
        bool dirty = false; // figures changed since the last progress sent
    };

    static Snapshot snapshotOf(const S3PostUpload *upload)
    {
        return { upload->bytesSent(), upload->bytesTotal(), upload->bytesPerSecond(), upload->secondsLeft() };
    }

    void sendProgress(quint64 id, const S3PostUpload *upload)
    {
        const Snapshot snapshot = snapshotOf(upload);
        toFront([id, snapshot](UploadThread *front) { front->deliverProgress(id, snapshot); });
    }

    template<typename Call> void toFront(Call call)
    {
        const QMutexLocker lock(&m_link->mutex);
        if (UploadThread *front = m_link->front) {
            QMetaObject::invokeMethod(
                front, [front, call = std::move(call)] { call(front); }, Qt::QueuedConnection);
        }
    }

    std::shared_ptr<Link> m_link;
    QNetworkAccessManager *m_network = nullptr;
    QHash<quint64, Running> m_running;
};

UploadThread::UploadThread(QObject *parent)
    : QObject(parent)
    , m_link(std::make_shared<Link>())
{
    qRegisterMetaType<S3PostResult>();
    m_link->front = this;
}

UploadThread::~UploadThread()
{
    {
        const QMutexLocker lock(&m_link->mutex);
        m_link->front = nullptr; // nothing more is posted here
    }
    for (ThreadedS3Upload *handle : std::as_const(m_handles))
        handle->m_id = 0;
    m_handles.clear();
    if (!m_thread)
        return;
    // The worker is deleted when the event loop ends: every upload still
    // running is aborted there.
    m_thread->quit();
    if (m_thread->wait(QDeadlineTimer(ShutdownDeadline))) {
        delete m_thread;
    } else {
        // Deleting a running QThread ends the program; it finishes on its
        // own, unwatched.
        qWarning("The upload thread did not end within %lld ms.", qlonglong(ShutdownDeadline.count()));
    }
}

void UploadThread::ensureStarted()
{
    if (m_thread)
        return;
    m_worker = new Worker(m_link);
    m_thread = new WorkerThread(m_worker);
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

quint64 UploadThread::start(ThreadedS3Upload *handle, const QUrl &url, const FormFields &fields,
                            const QString &filePath, const QString &fileName)
{
    ensureStarted();
    const quint64 id = ++m_lastId;
    m_handles.insert(id, handle);
    Worker::Job job {
        url, fields, filePath, fileName, handle->m_stallTimeout, handle->m_answerDeadline, handle->m_bodyWrapper
    };
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id, job = std::move(job)] { worker->start(id, job); }, Qt::QueuedConnection);
    return id;
}

void UploadThread::cancel(quint64 id)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->cancel(id); }, Qt::QueuedConnection);
}

void UploadThread::release(quint64 id)
{
    m_handles.remove(id);
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, id] { worker->release(id); }, Qt::QueuedConnection);
}

void UploadThread::deliverProgress(quint64 id, const Snapshot &snapshot)
{
    if (ThreadedS3Upload *handle = m_handles.value(id))
        handle->onProgress(snapshot);
}

void UploadThread::deliverFinished(quint64 id, const Snapshot &snapshot, const S3PostResult &result)
{
    if (ThreadedS3Upload *handle = m_handles.take(id))
        handle->onFinished(snapshot, result);
}

ThreadedS3Upload::ThreadedS3Upload(UploadThread *thread, QObject *parent)
    : QObject(parent)
    , m_thread(thread)
{
}

ThreadedS3Upload::~ThreadedS3Upload()
{
    if (m_id != 0 && m_thread)
        m_thread->release(m_id);
}

void ThreadedS3Upload::start(const QUrl &url, const FormFields &fields, const QString &filePath,
                             const QString &fileName)
{
    Q_ASSERT_X(m_id == 0, "ThreadedS3Upload::start", "an upload is already running");
    m_figures = {};
    if (!m_thread) {
        S3PostResult result;
        result.outcome = S3PostResult::Outcome::LocalProblem;
        result.localProblem = tr("The upload thread has ended.");
        QMetaObject::invokeMethod(
            this, [this, result] { emit finished(result); }, Qt::QueuedConnection);
        return;
    }
    m_id = m_thread->start(this, url, fields, filePath, fileName);
}

void ThreadedS3Upload::cancel()
{
    if (m_id != 0 && m_thread)
        m_thread->cancel(m_id);
}

void ThreadedS3Upload::onProgress(const UploadThread::Snapshot &snapshot)
{
    m_figures = snapshot;
    emit progress(snapshot.sent, snapshot.total);
}

void ThreadedS3Upload::onFinished(const UploadThread::Snapshot &snapshot, const S3PostResult &result)
{
    m_id = 0;
    const bool moved = snapshot.sent != m_figures.sent || snapshot.total != m_figures.total;
    m_figures = snapshot;
    if (moved)
        emit progress(snapshot.sent, snapshot.total);
    emit finished(result);
}
