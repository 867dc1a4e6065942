#pragma once

#include "upload/s3postupload.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <memory>

class QThread;
class ThreadedS3Upload;

// A thread of its own for S3 uploads, with its own QNetworkAccessManager
// (made in that thread). Qt 6.4's QNAM hands a request body to its HTTP
// thread 16 KiB at a time through the event loop of the thread the QNAM
// lives in: in the GUI thread, a few uploads keep it busy, and a busy GUI
// thread (painting, a long model reset) slows every upload down. Here the
// bodies, their bandwidth caps and the stall timers run in this thread, and
// the GUI thread hears of each upload at most every ProgressInterval.
//
// Lives in the GUI thread (or whichever made it). The thread starts with the
// first upload. Destroying this object aborts every upload still running
// (as S3PostUpload's destructor does), ends the thread and waits for it, at
// most ShutdownDeadline: an exit never hangs on the network.
class UploadThread : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds ProgressInterval { 100 };
    static constexpr std::chrono::milliseconds ShutdownDeadline { 5000 };

    explicit UploadThread(QObject *parent = nullptr);
    ~UploadThread() override;

    // The worker thread, once started (tests check where uploads run).
    QThread *workerThread() const { return m_thread; }

private:
    friend class ThreadedS3Upload;
    class Worker;
    struct Link;
    struct Snapshot
    {
        qint64 sent = 0;
        qint64 total = 0;
        double bytesPerSecond = 0;
        qint64 secondsLeft = -1;
    };

    quint64 start(ThreadedS3Upload *handle, const QUrl &url, const FormFields &fields, const QString &filePath,
                  const QString &fileName);
    void cancel(quint64 id);
    void release(quint64 id);
    // Called in this object's thread, from the worker's queued deliveries.
    void deliverProgress(quint64 id, const Snapshot &snapshot);
    void deliverFinished(quint64 id, const Snapshot &snapshot, const S3PostResult &result);
    void ensureStarted();

    QThread *m_thread = nullptr;
    Worker *m_worker = nullptr; // lives in m_thread; deleted there when it ends
    std::shared_ptr<Link> m_link;
    QHash<quint64, ThreadedS3Upload *> m_handles;
    quint64 m_lastId = 0;
};

// One S3 POST upload run by an UploadThread, seen from the thread that made
// it: the same contract as S3PostUpload (start, cancel, finished exactly
// once after start, the live figures), except that the figures and
// progress() come at most every UploadThread::ProgressInterval (and once
// more with the last figures before finished()). Deleting it, running or
// not, stops its upload; nothing is delivered to it afterwards.
class ThreadedS3Upload : public QObject
{
    Q_OBJECT

public:
    // The upload thread must outlive the upload, or the upload is over (and
    // silent) once it has gone.
    explicit ThreadedS3Upload(UploadThread *thread, QObject *parent = nullptr);
    ~ThreadedS3Upload() override;

    // As S3PostUpload's; set before start(). The body wrapper is called in
    // the upload thread, and the device it returns lives there.
    void setStallTimeout(std::chrono::milliseconds timeout) { m_stallTimeout = timeout; }
    void setAnswerDeadline(std::chrono::milliseconds deadline) { m_answerDeadline = deadline; }
    void setBodyWrapper(S3PostUpload::BodyWrapper wrapper) { m_bodyWrapper = std::move(wrapper); }

    void start(const QUrl &url, const FormFields &fields, const QString &filePath, const QString &fileName = {});
    // finished() with Outcome::Cancelled follows, unless this is deleted first.
    void cancel();
    bool isRunning() const { return m_id != 0; }

    qint64 bytesSent() const { return m_figures.sent; }
    qint64 bytesTotal() const { return m_figures.total; }
    double bytesPerSecond() const { return m_figures.bytesPerSecond; }
    qint64 secondsLeft() const { return m_figures.secondsLeft; }

signals:
    void progress(qint64 sent, qint64 total);
    void finished(const S3PostResult &result);

private:
    friend class UploadThread;
    void onProgress(const UploadThread::Snapshot &snapshot);
    void onFinished(const UploadThread::Snapshot &snapshot, const S3PostResult &result);

    QPointer<UploadThread> m_thread;
    quint64 m_id = 0; // of the run in flight; 0 when none
    UploadThread::Snapshot m_figures;
    std::chrono::milliseconds m_stallTimeout { std::chrono::seconds(60) };
    std::chrono::milliseconds m_answerDeadline { std::chrono::seconds(60) };
    S3PostUpload::BodyWrapper m_bodyWrapper;
};
