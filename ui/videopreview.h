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
    QMediaPlayer *player() const { return m_player; }
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

private:
    void showMessage(const QString &text);
    void updateTime();
    void updateMetadata();
    void updatePlayIcon();
    qint64 frameDurationMs() const;

    std::unique_ptr<Ui::VideoPreview> m_ui;
    QMediaPlayer *m_player;
    QAudioOutput *m_audio;
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
