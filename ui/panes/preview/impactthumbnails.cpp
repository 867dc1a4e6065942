#include "impactthumbnails.h"

#include <QMediaPlayer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>

ImpactThumbnails::ImpactThumbnails(QObject *parent)
    : QObject(parent)
    , m_deadline(new QTimer(this))
{
    m_deadline->setSingleShot(true);
    m_deadline->setInterval(FrameDeadlineMs);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        // Not delivered in time: skipped (the row shows no picture), the next one is asked.
        m_current = -1;
        next();
    });
}

ImpactThumbnails::~ImpactThumbnails()
{
    if (m_sink)
        m_sink->disconnect(this);
    if (m_player)
        m_player->disconnect(this);
}

void ImpactThumbnails::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_sink = new QVideoSink(this);
    m_player->setVideoOutput(m_sink);
    // Context object `this`: GStreamer delivers frames on a thread of its own.
    connect(m_sink, &QVideoSink::videoFrameChanged, this, &ImpactThumbnails::onFrame);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        if (status == QMediaPlayer::LoadedMedia && m_current >= 0)
            m_player->setPosition(m_current); // a seek asked before the take was loaded
        // After a frame came, GStreamer's stream errors around a seek are not the file's: the
        // deadline covers a frame that does not come.
        if (status == QMediaPlayer::InvalidMedia && !m_sawFrame) {
            m_waiting.clear();
            m_current = -1;
            m_deadline->stop();
        }
    });
}

void ImpactThumbnails::request(const QString &path, const QList<qint64> &timesMs)
{
    ensurePlayer();
    m_waiting = timesMs;
    if (path != m_path) {
        m_path = path;
        m_sawFrame = false;
        m_current = -1;
        m_deadline->stop();
        m_player->stop();
        m_player->setSource(path.isEmpty() ? QUrl() : QUrl::fromLocalFile(path));
    }
    if (m_current < 0)
        next();
}

void ImpactThumbnails::clear()
{
    request({}, {});
}

void ImpactThumbnails::next()
{
    if (m_current >= 0 || m_path.isEmpty())
        return;
    if (m_waiting.isEmpty()) {
        m_player->pause();
        return;
    }
    m_current = m_waiting.takeFirst();
    m_seeks = 1;
    m_deadline->start();
    // Played (silently: no audio output) from the time asked, to its first frame: a paused
    // seek delivers no frame before the first play with GStreamer.
    m_player->setPosition(m_current);
    m_player->play();
}

void ImpactThumbnails::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    m_sawFrame = true;
    if (m_current < 0)
        return;
    const qint64 startMs = frame.startTime() / 1000;
    if (frame.startTime() >= 0 && startMs < m_current - 100) {
        // A frame from before the seek, or the seek was not taken (asked before the take was
        // loaded): asked again, a few times, rather than played up to the impact.
        if (startMs < m_current - 1000 && m_seeks < 3) {
            ++m_seeks;
            m_player->setPosition(m_current);
        }
        return;
    }
    m_deadline->stop();
    const QString path = m_path;
    const qint64 time = m_current;
    m_current = -1;
    // On the thumbnails' own thread: converting a 4K frame here holds nobody.
    QImage picture = frame.toImage();
    if (!picture.isNull())
        emit ready(path, time, picture.scaledToWidth(Width, Qt::SmoothTransformation));
    next();
}
