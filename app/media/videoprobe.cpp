#include "media/videoprobe.h"

#include "common/behindthewindow.h"

#include <algorithm>

#include <QFileInfo>
#include <QMediaMetaData>
#include <QMediaPlayer>
#include <QPointer>
#include <QQueue>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

// The players live on a thread of their own: Qt Multimedia's GStreamer backend
// waits for its pipeline when a player stops or goes (up to a second each,
// hundreds of milliseconds while a card is copied), and a first frame is turned
// into a picture (tens of milliseconds for 1080p); none of it may hold the
// caller's thread, the GUI's.
class ProbeWorker : public QObject
{
    Q_OBJECT

public:
    ProbeWorker()
        : m_timeout(new QTimer(this))
    {
        m_timeout->setSingleShot(true);
        m_timeout->setInterval(8000);
        connect(m_timeout, &QTimer::timeout, this, [this] {
            finishCurrent(VideoInfo::Playback::Unplayable, VideoProbe::tr("The video could not be opened in time."));
        });
    }
    ~ProbeWorker() override
    {
        if (QMediaPlayer *player = m_player) {
            player->disconnect(this);
            delete player;
        }
    }

    void enqueue(const VideoInfo &header)
    {
        m_queue.enqueue(header);
        if (!m_player)
            QTimer::singleShot(0, this, &ProbeWorker::startNext);
    }
    void setTimeoutMs(int ms) { m_timeout->setInterval(ms); }

signals:
    void probed(const VideoInfo &info);

private:
    void startNext();
    void finishCurrent(VideoInfo::Playback playback, const QString &problem = {});

    QQueue<VideoInfo> m_queue; // a path alone: the header is still to be read
    VideoInfo m_current;
    QPointer<QMediaPlayer> m_player;
    QPointer<QVideoSink> m_sink;
    QTimer *m_timeout;
};

VideoProbe::VideoProbe(QObject *parent)
    : QObject(parent)
    , m_deadline(new QTimer(this))
    , m_pace(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &VideoProbe::onLate);
    m_pace->setObjectName(QStringLiteral("probePace"));
    m_pace->setSingleShot(true);
    connect(m_pace, &QTimer::timeout, this, [this] {
        if (!m_running && !m_queue.isEmpty())
            startOne();
    });
    startWorker();
}

VideoProbe::~VideoProbe()
{
    // The worker goes with its thread, within a moment; one held by a file that
    // does not answer is left to end alone.
    letWorkerGo(2000);
}

void VideoProbe::startWorker()
{
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("VideoProbe"));
    m_worker = new ProbeWorker;
    m_worker->setTimeoutMs(m_timeoutMs);
    m_worker->moveToThread(m_thread);
    const int generation = ++m_generation;
    connect(m_worker, &ProbeWorker::probed, this, [this, generation](const VideoInfo &info) {
        if (generation == m_generation && m_running)
            finish(info);
    });
    // Behind the window: GStreamer's threads for the players made there inherit it.
    connect(m_thread, &QThread::started, m_worker, [] { runBehindTheWindow(); });
    m_thread->start();
}

void VideoProbe::letWorkerGo(int waitMs)
{
    QThread *thread = m_thread;
    ProbeWorker *worker = m_worker;
    m_thread = nullptr;
    m_worker = nullptr;
    disconnect(worker, nullptr, this, nullptr);
    QMetaObject::invokeMethod(worker, [worker, thread] {
        delete worker;
        thread->quit();
    });
    if (waitMs > 0 && thread->wait(waitMs)) {
        delete thread;
        return;
    }
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
}

void VideoProbe::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    m_pace->stop(); // paused, the interval counts from the pause; resumed, no pace
    sendNext();
}

void VideoProbe::setPausedIntervalMs(int ms)
{
    m_pausedIntervalMs = std::max(0, ms);
    m_pace->stop();
    sendNext();
}

void VideoProbe::sendNext()
{
    if (m_running || m_queue.isEmpty())
        return;
    if (!m_paused) {
        startOne();
        return;
    }
    if (m_pausedIntervalMs > 0 && !m_pace->isActive())
        m_pace->start(m_pausedIntervalMs);
}

void VideoProbe::startOne()
{
    m_running = true;
    m_current = m_queue.dequeue();
    // The worker keeps its own time for the player; this one is for a worker
    // that cannot keep any (held in a read of a card that stopped answering).
    m_deadline->start(m_timeoutMs + workerMarginMs);
    ProbeWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, header = m_current] { worker->enqueue(header); });
}

void VideoProbe::finish(const VideoInfo &info)
{
    m_deadline->stop();
    m_running = false;
    m_current = {};
    sendNext();
    emit probed(info);
}

void VideoProbe::onLate()
{
    if (!m_running)
        return;
    VideoInfo info = m_current;
    info.playback = VideoInfo::Playback::Unplayable;
    info.playbackProblem = tr("The file did not answer in time; the card or drive may have stopped responding.");
    // The rest go on with a fresh worker.
    letWorkerGo(0);
    startWorker();
    finish(info);
}

VideoInfo VideoProbe::probeHeader(const QString &path)
{
    VideoInfo info;
    info.path = path;
    const QFileInfo file(path);
    info.sizeBytes = file.exists() ? file.size() : -1;
    info.modified = file.lastModified().toUTC();
    if (info.sizeBytes < 0)
        return info;
    info.movie = MovieFacts::read(path);
    info.durationMs = info.movie.durationMs;
    info.codedSize = info.movie.videoSize;
    info.frameRate = info.movie.frameRate;
    info.rotation = info.movie.rotation;
    info.creationTime = info.movie.recordingStart;
    return info;
}

void VideoProbe::probe(const QString &path)
{
    VideoInfo info;
    info.path = path;
    probe(info);
}

void VideoProbe::probe(const VideoInfo &header)
{
    m_queue.enqueue(header);
    sendNext();
}

int VideoProbe::pending() const
{
    return int(m_queue.size()) + (m_running ? 1 : 0);
}

void VideoProbe::setTimeoutMs(int ms)
{
    m_timeoutMs = ms;
    ProbeWorker *worker = m_worker;
    QMetaObject::invokeMethod(worker, [worker, ms] { worker->setTimeoutMs(ms); });
}

void ProbeWorker::startNext()
{
    if (m_player)
        return;
    if (m_queue.isEmpty())
        return;
    const VideoInfo next = m_queue.dequeue();
    m_current = next.sizeBytes < 0 ? VideoProbe::probeHeader(next.path) : next;
    if (m_current.sizeBytes < 0) {
        finishCurrent(VideoInfo::Playback::Unplayable, VideoProbe::tr("The file does not exist."));
        return;
    }

    // A fresh player per file: GStreamer reports a harmless stream error after
    // stop(), which must not leak into the next file's verdict.
    auto *player = new QMediaPlayer(this);
    auto *sink = new QVideoSink(player);
    m_player = player;
    m_sink = sink;
    player->setVideoSink(sink);
    // Context object `player`: the FFmpeg backend emits from a worker thread.
    connect(sink, &QVideoSink::videoFrameChanged, player, [this, player](const QVideoFrame &frame) {
        if (player != m_player || !frame.isValid())
            return;
        const QImage image = frame.toImage();
        if (image.isNull())
            return;
        // toImage() has already turned the picture by the frame's rotation
        // angle (the file's display matrix, in Qt 6.4 too): a phone clip
        // filmed upright comes out upright.
        m_current.thumbnail = image.scaledToWidth(VideoProbe::thumbnailWidth, Qt::SmoothTransformation)
                                  .convertToFormat(QImage::Format_RGB32);
        finishCurrent(VideoInfo::Playback::Playable);
    });
    connect(player, &QMediaPlayer::mediaStatusChanged, this, [this, player](QMediaPlayer::MediaStatus status) {
        if (player != m_player)
            return;
        if (status == QMediaPlayer::LoadedMedia) {
            // Fill what the header could not say (e.g. a non-QuickTime file).
            const QMediaMetaData meta = player->metaData();
            if (m_current.durationMs <= 0)
                m_current.durationMs = player->duration();
            if (!m_current.codedSize.isValid())
                m_current.codedSize = meta.value(QMediaMetaData::Resolution).toSize();
            if (m_current.frameRate <= 0)
                m_current.frameRate = meta.value(QMediaMetaData::VideoFrameRate).toDouble();
            if (!m_current.creationTime.isValid())
                m_current.creationTime = meta.value(QMediaMetaData::Date).toDateTime().toUTC();
            player->play();
        } else if (status == QMediaPlayer::InvalidMedia) {
            finishCurrent(VideoInfo::Playback::Unplayable, player->errorString());
        } else if (status == QMediaPlayer::EndOfMedia && m_current.thumbnail.isNull()) {
            finishCurrent(VideoInfo::Playback::Unplayable, VideoProbe::tr("The video has no picture."));
        }
    });
    connect(player, &QMediaPlayer::errorOccurred, this, [this, player](QMediaPlayer::Error, const QString &text) {
        if (player == m_player)
            finishCurrent(VideoInfo::Playback::Unplayable, text);
    });
    m_timeout->start();
    player->setSource(QUrl::fromLocalFile(m_current.path));
}

void ProbeWorker::finishCurrent(VideoInfo::Playback playback, const QString &problem)
{
    m_timeout->stop();
    if (QMediaPlayer *player = m_player) {
        m_player = nullptr;
        m_sink = nullptr;
        player->disconnect(this);
        player->stop();
        player->deleteLater();
    }
    m_current.playback = playback;
    if (playback == VideoInfo::Playback::Unplayable && problem.isEmpty())
        m_current.playbackProblem = VideoProbe::tr("The video cannot be played on this computer.");
    else
        m_current.playbackProblem = problem;
    const VideoInfo info = m_current;
    m_current = {};
    QTimer::singleShot(0, this, &ProbeWorker::startNext);
    emit probed(info);
}

#include "videoprobe.moc"
