#pragma once

#include "impactsplit.h"
#include "media/videoinfo.h"
#include "scrubbar.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class VideoPreview;
}
class QAction;
class QAudioOutput;
class QMediaPlayer;
class QThread;
class QVideoFrame;
class QVideoWidget;

// Plays the selected clip so the coach can check it before uploading:
// play/pause (Space), frame steps (← →), scrub bar, speed 0.25×–2×, mute,
// rotated phone clips upright (Qt turns them). The coach marks the parts to keep with
// In (I) and Out (O): each part becomes its own clip, cut losslessly from the
// keyframe at or before In, which the preview shows when it moves the start.
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
    QAction *markInAction() const { return m_markIn; }
    QAction *markOutAction() const { return m_markOut; }
    QAction *clearMarksAction() const { return m_clearMarks; }
    // Split at Impacts (Ctrl+I) and the review of its parts.
    ImpactSplit *impactSplit() const { return m_impacts; }
    // Where Tab goes in the preview: its controls left to right, then Split at Impacts'.
    QList<QWidget *> tabOrder() const;
    QAction *splitAtImpactsAction() const { return m_impacts->splitAction(); }
    // The takes Ctrl+I splits (the ready list's selection); without it, the one shown.
    void setTakesToSplit(std::function<QList<VideoInfo>()> takes);

    // The parts marked on the current clip, in order.
    QList<ClipRange> ranges() const { return m_ranges; }
    // Where each part's cut really starts (the keyframe), -1 while unknown.
    QList<qint64> cutStarts() const;
    QString marksText() const;
    // Marks at a position (ms) of the current clip, as I and O do at the player's.
    void markInAt(qint64 ms);
    void markOutAt(qint64 ms);
    void clearMarks();

    void stepFrames(int frames);
    void setSpeed(double rate);

signals:
    void rangesChanged(const QString &path, const QList<ClipRange> &ranges);

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onFrame(const QVideoFrame &frame);
    void seekTo(qint64 ms);
    void ensurePlayer();
    void showMessage(const QString &text);
    void updateTime();
    void updateMetadata();
    void retranslateActions();
    void updatePlayIcon();
    qint64 frameDurationMs() const;
    qint64 clipDurationMs() const;
    void setRanges(const QList<ClipRange> &ranges, bool notify);
    // The marks line as much as fits its lines (ending in "…" when cut short at a word);
    // the whole of it in its tooltip and for screen readers.
    void fitMarksText();
    // marksText() listing only the first `partsListed` parts, then "…" (all of them when < 0).
    QString marksText(qsizetype partsListed) const;
    void updateMarks();
    void findCutStarts();
    ImpactSplit::Take takeOf(const VideoInfo &info) const;
    void showTakeInSplit();

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
    QAction *m_markIn;
    QAction *m_markOut;
    QAction *m_clearMarks;
    QList<ClipRange> m_ranges;
    ImpactSplit *m_impacts;
    qint64 m_playUntil = -1; // playing one part: paused at its end
    qint64 m_seekTarget = -1; // a seek asked for and not yet reported by the player
    QElapsedTimer m_seekClock;
    QHash<qint64, qint64> m_cutStarts; // In → the keyframe at or before it, for the current clip
    QSet<qint64> m_cutLookups; // In positions being looked up
    QList<QPointer<QThread>> m_lookupThreads;
    bool m_scrubbing = false;
    bool m_holdFirstFrame = false;
    bool m_sawFrame = false;
    bool m_firstFrameRequested = false; // the silent play to the first frame was started for this clip
    quint64 m_clipGeneration = 0; // counts setVideo() calls, so late work for an earlier clip is dropped
};
