#pragma once

#include "media/videoinfo.h"

#include <QWidget>
#include <memory>

namespace Ui {
class VideoPreview;
}
class QAction;
class QAudioOutput;
class QMediaPlayer;
class QVideoWidget;

// Plays the selected clip so the coach can check it before uploading:
// play/pause (Space), frame steps (← →), scrub bar, speed 0.25×–2×, mute.
// A file the backend cannot play says so; it can still be uploaded.
class VideoPreview : public QWidget
{
    Q_OBJECT

public:
    explicit VideoPreview(QWidget *parent = nullptr);
    ~VideoPreview() override;

    void setVideo(const VideoInfo &info); // an empty path clears the preview
    // Keeps the facts current (thumbnail probe finished) without reloading.
    void updateInfo(const VideoInfo &info);
    QString currentPath() const { return m_info.path; }
    // The player, made now if the preview has not been painted yet.
    QMediaPlayer *player();
    bool showsVideo() const;
    QString message() const;

    QAction *playPauseAction() const { return m_playPause; }
    QAction *stepForwardAction() const { return m_stepForward; }
    QAction *stepBackAction() const { return m_stepBack; }
    QAction *muteAction() const { return m_mute; }

    void stepFrames(int frames);
    void setSpeed(double rate);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void ensurePlayer();
    void showMessage(const QString &text);
    void updateTime();
    void updateMetadata();
    void updatePlayIcon();
    qint64 frameDurationMs() const;

    std::unique_ptr<Ui::VideoPreview> m_ui;
    QMediaPlayer *m_player = nullptr; // with m_audio and m_video: made after the first paint
    QAudioOutput *m_audio = nullptr;
    QVideoWidget *m_video = nullptr;
    bool m_playerQueued = false;
    VideoInfo m_info;
    QAction *m_playPause;
    QAction *m_stepForward;
    QAction *m_stepBack;
    QAction *m_mute;
    bool m_scrubbing = false;
    bool m_holdFirstFrame = false;
    bool m_sawFrame = false;
    bool m_firstFrameRequested = false; // the silent play to the first frame was started for this clip
    quint64 m_clipGeneration = 0; // counts setVideo() calls, so late work for an earlier clip is dropped
};
