#include "camerathumbnails.h"

#include "media/videoprobe.h"

#include <QImageReader>
#include <QPointer>
#include <QSet>
#include <QThread>
#include <QTimer>

// Lives in the thumbnails' thread; one picture at a time.
class ThumbnailWorker : public QObject
{
    Q_OBJECT

public:
    void want(const QList<CameraThumbnails::Request> &requests)
    {
        m_queue.clear();
        for (const CameraThumbnails::Request &request : requests) {
            if (!m_done.contains(request.path) && request.path != m_current)
                m_queue << request;
        }
        next();
    }

    void release(const QString &folder)
    {
        const QString prefix = folder.endsWith(QLatin1Char('/')) ? folder : folder + QLatin1Char('/');
        m_queue.removeIf([&](const CameraThumbnails::Request &r) { return r.path.startsWith(prefix); });
        if (!m_current.startsWith(prefix))
            return;
        // The decoder (and the player it made, with the file it holds) goes now;
        // a new one is made for the next picture.
        m_current.clear();
        delete m_probe;
        QTimer::singleShot(0, this, [this] { next(); });
    }

signals:
    void ready(const QString &path, const QImage &image);

private:
    void next()
    {
        if (!m_current.isEmpty() || m_queue.isEmpty())
            return;
        const CameraThumbnails::Request request = m_queue.takeFirst();
        m_current = request.path;
        if (!request.thm.isEmpty()) {
            // A GoPro's (or a camcorder's) own picture: a small JPEG, no decoding of the video.
            QImageReader reader(request.thm, "jpeg");
            reader.setAllocationLimit(64); // MiB: a .THM is a few KiB; a hostile one is not read whole
            const QImage image = reader.read();
            if (!image.isNull()) {
                finish(request.path, image);
                return;
            }
        }
        if (!m_probe) {
            m_probe = new VideoProbe(this);
            connect(m_probe, &VideoProbe::probed, this,
                    [this](const VideoInfo &info) { finish(info.path, info.thumbnail); });
        }
        m_probe->probe(request.path);
    }

    void finish(const QString &path, const QImage &image)
    {
        m_done.insert(path);
        if (path == m_current)
            m_current.clear();
        if (!image.isNull())
            emit ready(path, image);
        QTimer::singleShot(0, this, [this] { next(); });
    }

    QList<CameraThumbnails::Request> m_queue;
    QSet<QString> m_done;
    QString m_current;
    QPointer<VideoProbe> m_probe;
};

void CameraThumbnails::release(const QString &folder)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, folder] { worker->release(folder); }, Qt::QueuedConnection);
}

CameraThumbnails::CameraThumbnails(QObject *parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new ThumbnailWorker)
{
    m_thread->setObjectName(QStringLiteral("camera thumbnails"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ThumbnailWorker::ready, this, &CameraThumbnails::ready);
    m_thread->start(QThread::LowPriority);
}

CameraThumbnails::~CameraThumbnails()
{
    m_worker->disconnect(this);
    m_thread->quit();
    // A card that stopped answering may hold the thread in a read: it is left
    // to finish alone rather than freeze the window (the thread object goes
    // with it once it ends, or with the process).
    if (m_thread->wait(1000))
        delete m_thread;
    else
        connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
}

void CameraThumbnails::want(const QList<Request> &requests)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, requests] { worker->want(requests); }, Qt::QueuedConnection);
}

#include "camerathumbnails.moc"
