#include "videopreview.h"
#include "accessibility.h"
#include "ui_videopreview.h"
#include "uiresources.h"

#include "readylistmodel.h"

#include "media/clipremux.h"

#include <QAction>
#include <QAudioOutput>
#include <QFontMetrics>
#include <QLocale>
#include <QMediaPlayer>
#include <QPointer>
#include <QStyle>
#include <QThread>
#include <QTimer>
#include <QUrl>
#include <QVideoFrame>
#include <QVideoSink>
#include <QVideoWidget>

VideoPreview::VideoPreview(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::VideoPreview>())
{
    initUiResources();
    installAccessibility();
    m_ui->setupUi(this);

    const auto makeAction = [this](const QString &text, const QKeySequence &key, QToolButton *button) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        // Only while the preview or the ready list has focus: Space must keep
        // working in the describe form's fields and buttons.
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        // The window adds the shortcut to the tooltip (MainWindow::addShortcutsToToolTips):
        // added here too it was named twice, "Play (Space) (Space)".
        addAction(action);
        if (button)
            button->setDefaultAction(action);
        return action;
    };
    m_playPause = makeAction(tr("Play"), QKeySequence(Qt::Key_Space), m_ui->playButton);
    m_stepBack = makeAction(tr("Previous Frame"), QKeySequence(Qt::Key_Left), m_ui->stepBackButton);
    m_stepForward = makeAction(tr("Next Frame"), QKeySequence(Qt::Key_Right), m_ui->stepForwardButton);
    m_mute = makeAction(tr("Mute"), QKeySequence(Qt::Key_M), m_ui->muteButton);
    m_mute->setCheckable(true);
    m_markIn = makeAction(tr("Mark In"), QKeySequence(Qt::Key_I), m_ui->markInButton);
    m_markOut = makeAction(tr("Mark Out"), QKeySequence(Qt::Key_O), m_ui->markOutButton);
    m_clearMarks = makeAction(tr("Clear Marks"), QKeySequence(), m_ui->clearMarksButton);
    // Where the playhead is shown: a seek the backend has not finished yet
    // still reports the old position.
    connect(m_markIn, &QAction::triggered, this, [this] { markInAt(m_ui->scrubBar->value()); });
    connect(m_markOut, &QAction::triggered, this, [this] { markOutAt(m_ui->scrubBar->value()); });
    connect(m_clearMarks, &QAction::triggered, this, &VideoPreview::clearMarks);

    // Split at Impacts: below the marks it makes, above the video's details.
    m_impacts = new ImpactSplit(this);
    m_ui->layout->insertWidget(m_ui->layout->indexOf(m_ui->metadata), m_impacts);
    for (QAction *action : m_impacts->previewActions())
        addAction(action);
    // Where the playhead is shown: a seek not finished yet still reports the old position.
    m_impacts->setPlayheadSource([this] { return qint64(m_ui->scrubBar->value()); });
    connect(m_impacts, &ImpactSplit::rangesChosen, this, [this](const QString &path, const QList<ClipRange> &ranges) {
        if (path == m_info.path && !path.isEmpty())
            setRanges(ranges, true);
        else
            emit rangesChanged(path, ranges); // another take of the selection: its row in the list
    });
    connect(m_impacts, &ImpactSplit::ticksChanged, this,
            [this](const QList<qint64> &ticks) { static_cast<ScrubBar *>(m_ui->scrubBar)->setTicks(ticks); });
    connect(m_impacts, &ImpactSplit::seekRequested, this, [this](qint64 ms) {
        if (!m_player || m_info.path.isEmpty())
            return;
        m_playUntil = -1;
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        const QSignalBlocker blocker(m_ui->scrubBar);
        m_ui->scrubBar->setValue(int(ms));
        seekTo(ms);
    });
    connect(m_impacts, &ImpactSplit::playRequested, this, [this](qint64 from, qint64 to) {
        if (!m_player || m_info.path.isEmpty())
            return;
        m_holdFirstFrame = false;
        m_audio->setMuted(m_mute->isChecked());
        {
            const QSignalBlocker blocker(m_ui->scrubBar);
            m_ui->scrubBar->setValue(int(from));
        }
        seekTo(from);
        m_playUntil = to;
        m_player->play();
    });
    // Fixed heights below the bar: text that wraps to another line must not
    // move the bar under the coach's mouse.
    const int line = fontMetrics().lineSpacing();
    // Three lines on a row of its own: German's longest hint takes two at 1366×768.
    m_ui->marksLabel->setFixedHeight(3 * line + 2);
    m_ui->marksLabel->installEventFilter(this); // a new width fits the marks line again
    m_ui->metadata->setFixedHeight(4 * line + 2);
    // Own mid-grey SVGs: the styles' media pixmaps vanish on dark palettes.
    m_stepBack->setIcon(QIcon(QStringLiteral(":/icons/media-step-back.svg")));
    m_stepForward->setIcon(QIcon(QStringLiteral(":/icons/media-step-forward.svg")));

    connect(m_playPause, &QAction::triggered, this, [this] {
        if (m_holdFirstFrame) { // the coach pressed Play before the first frame: just keep playing
            m_holdFirstFrame = false;
            m_audio->setMuted(m_mute->isChecked());
            return;
        }
        if (!m_player)
            return;
        m_playUntil = -1;
        if (m_player->playbackState() == QMediaPlayer::PlayingState)
            m_player->pause();
        else if (!m_info.path.isEmpty())
            m_player->play();
    });
    connect(m_stepForward, &QAction::triggered, this, [this] { stepFrames(1); });
    connect(m_stepBack, &QAction::triggered, this, [this] { stepFrames(-1); });
    connect(m_mute, &QAction::toggled, this, [this](bool muted) {
        m_mute->setIcon(
            QIcon(muted ? QStringLiteral(":/icons/media-muted.svg") : QStringLiteral(":/icons/media-volume.svg")));
    });
    m_mute->setIcon(QIcon(QStringLiteral(":/icons/media-volume.svg")));

    for (double rate : { 0.25, 0.5, 1.0, 1.5, 2.0 })
        m_ui->speedBox->addItem(tr("%1×").arg(QLocale().toString(rate)), rate);
    m_ui->speedBox->setCurrentIndex(2);
    connect(m_ui->speedBox, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_player)
            m_player->setPlaybackRate(m_ui->speedBox->itemData(index).toDouble());
    });

    connect(m_ui->scrubBar, &QSlider::sliderPressed, this, [this] { m_scrubbing = true; });
    connect(m_ui->scrubBar, &QSlider::sliderReleased, this, [this] {
        m_scrubbing = false;
        if (m_player)
            seekTo(m_ui->scrubBar->value());
    });
    connect(m_ui->scrubBar, &QSlider::valueChanged, this, [this](int value) {
        if (m_player && (m_scrubbing || m_ui->scrubBar->hasFocus()))
            seekTo(value);
    });

    retranslateActions();
    setVideo({});
}

VideoPreview::~VideoPreview()
{
    // The video widget is destroyed after this object's own part (as a
    // child of QWidget); stopping there makes its sink report an empty frame,
    // which must not reach onFrame() of a preview that is no longer one.
    if (m_video)
        m_video->videoSink()->disconnect(this);
    if (m_player)
        m_player->disconnect(this);
    // A keyframe lookup still reading the file ends before the preview does
    // (its answer is dropped): no thread outlives the window.
    for (const QPointer<QThread> &thread : std::as_const(m_lookupThreads)) {
        if (thread)
            thread->wait();
    }
}

QMediaPlayer *VideoPreview::player()
{
    ensurePlayer();
    return m_player;
}

void VideoPreview::paintEvent(QPaintEvent *event)
{
    // Qt Multimedia's first player, audio output or video widget starts the media
    // backend (GStreamer, audio devices), which costs more than the rest of the
    // window's start. Made once the window is on screen, the coach sees it sooner.
    if (!m_player && !m_playerQueued) {
        m_playerQueued = true;
        QTimer::singleShot(0, this, &VideoPreview::ensurePlayer);
    }
    QWidget::paintEvent(event);
}

void VideoPreview::ensurePlayer()
{
    if (m_player)
        return;
    m_player = new QMediaPlayer(this);
    m_audio = new QAudioOutput(this);
    m_video = new QVideoWidget(m_ui->videoPage);
    m_video->setAccessibleName(m_ui->videoPage->accessibleName());
    m_ui->videoLayout->addWidget(m_video);
    m_player->setAudioOutput(m_audio);
    m_player->setVideoOutput(m_video);
    m_audio->setMuted(m_mute->isChecked());
    m_player->setPlaybackRate(m_ui->speedBox->currentData().toDouble());
    connect(m_mute, &QAction::toggled, m_audio, &QAudioOutput::setMuted);
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_ui->scrubBar->setRange(0, int(duration));
        m_ui->scrubBar->setPageStep(int(qMax<qint64>(1, duration / 10)));
        m_ui->scrubBar->setSingleStep(int(frameDurationMs()));
        updateTime();
        showTakeInSplit();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        // One part played (Space in the split's list): it stops at the part's end.
        if (m_playUntil >= 0 && m_seekTarget < 0 && position >= m_playUntil) {
            m_playUntil = -1;
            m_player->pause();
        }
        // While a seek is on its way GStreamer may still report where it was:
        // the bar stays where the coach put it (up to a second).
        if (m_seekTarget >= 0) {
            if (std::abs(position - m_seekTarget) > 2 * frameDurationMs() && m_seekClock.elapsed() < 1000)
                return;
            m_seekTarget = -1;
        }
        if (!m_scrubbing) {
            const QSignalBlocker blocker(m_ui->scrubBar);
            m_ui->scrubBar->setValue(int(position));
        }
        updateTime();
    });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, &VideoPreview::updatePlayIcon);
    // Context object `this`: some backends deliver frames on a worker thread.
    connect(m_video->videoSink(), &QVideoSink::videoFrameChanged, this, &VideoPreview::onFrame);
    connect(m_player, &QMediaPlayer::mediaStatusChanged, this, [this](QMediaPlayer::MediaStatus status) {
        // stop() of the previous clip reports LoadedMedia too: only the chosen clip counts.
        if (status == QMediaPlayer::LoadedMedia && m_player->playbackState() != QMediaPlayer::PlayingState
            && !m_firstFrameRequested && m_player->source() == QUrl::fromLocalFile(m_info.path)) {
            m_firstFrameRequested = true;
            m_ui->pages->setCurrentWidget(m_ui->videoPage);
            // Shown paused on its first frame, so the coach sees the clip at once. GStreamer
            // paints nothing on a bare pause(): play silently until one frame arrives.
            m_holdFirstFrame = true;
            m_audio->setMuted(true);
            m_player->play();
        } else if (status == QMediaPlayer::InvalidMedia) {
            showMessage(tr("This video cannot be previewed on this computer (%1).\nIt can still be uploaded.")
                            .arg(m_player->errorString()));
        }
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString &text) {
        // Once a frame was shown the file is playable; GStreamer reports harmless
        // stream errors around pause and seek that must not hide the video.
        if (!m_info.path.isEmpty() && !m_sawFrame)
            showMessage(
                tr("This video cannot be previewed on this computer (%1).\nIt can still be uploaded.").arg(text));
    });
    updatePlayIcon();
    updateTime();
}

void VideoPreview::setVideo(const VideoInfo &info)
{
    if (info.path == m_info.path && !info.path.isEmpty()) {
        updateInfo(info);
        return;
    }
    m_info = info;
    ++m_clipGeneration;
    m_playUntil = -1;
    m_holdFirstFrame = false;
    m_firstFrameRequested = false;
    m_sawFrame = false;
    if (m_player)
        m_player->stop();
    m_ui->scrubBar->setValue(0);
    const bool has = !info.path.isEmpty();
    for (QAction *action : { m_playPause, m_stepBack, m_stepForward })
        action->setEnabled(has);
    m_ui->scrubBar->setEnabled(has);
    m_ui->speedBox->setEnabled(has);
    if (!has) {
        if (m_player)
            m_player->setSource({});
        showMessage(tr("Select a video in the list to preview it."));
    } else if (info.playback == VideoInfo::Playback::Unplayable) {
        if (m_player)
            m_player->setSource({});
        showMessage(tr("This video cannot be previewed on this computer (%1).\nIt can still be uploaded.")
                        .arg(info.playbackProblem));
    } else {
        showMessage(tr("Opening %1…").arg(info.fileName()));
        ensurePlayer();
        // A phone clip filmed upright: Qt 6.4 hands the frames over with their
        // rotation angle (from the file's display matrix) and QVideoWidget
        // turns them; nothing to do here (tst_videopreview checks the angle).
        m_player->setSource(QUrl::fromLocalFile(info.path));
    }
    for (QAction *action : { m_markIn, m_markOut, m_clearMarks })
        action->setEnabled(has);
    m_cutStarts.clear();
    m_cutLookups.clear();
    setRanges(info.ranges, false);
    updateMetadata();
    updateTime();
    showTakeInSplit();
}

ImpactSplit::Take VideoPreview::takeOf(const VideoInfo &info) const
{
    const double fps = info.frameRate > 0 ? info.frameRate : 30.0;
    return { info.path, info.durationMs, qMax<qint64>(1, qint64(1000.0 / fps + 0.5)), info.ranges };
}

void VideoPreview::showTakeInSplit()
{
    ImpactSplit::Take take = takeOf(m_info);
    take.durationMs = clipDurationMs();
    take.ranges = m_ranges;
    m_impacts->showTake(take);
}

void VideoPreview::setTakesToSplit(std::function<QList<VideoInfo>()> takes)
{
    if (!takes) {
        m_impacts->setTakesSource({});
        return;
    }
    m_impacts->setTakesSource([this, takes] {
        QList<ImpactSplit::Take> list;
        const QList<VideoInfo> infos = takes();
        for (const VideoInfo &info : infos) {
            // The shown take as the preview knows it (its marks now, the player's length).
            if (info.path == m_info.path) {
                ImpactSplit::Take take = takeOf(m_info);
                take.durationMs = clipDurationMs();
                take.ranges = m_ranges;
                list << take;
            } else {
                list << takeOf(info);
            }
        }
        return list;
    });
}

void VideoPreview::onFrame(const QVideoFrame &frame)
{
    if (!frame.isValid())
        return;
    m_sawFrame = true;
    if (!m_holdFirstFrame)
        return;
    m_holdFirstFrame = false;
    // Queued: pausing inside GStreamer's frame delivery makes it report a stream error.
    // The pause is meant for this clip only: if the coach has chosen another one by
    // the time it runs, pausing would leave the new clip stuck before LoadedMedia.
    const quint64 clip = m_clipGeneration;
    QMetaObject::invokeMethod(
        this,
        [this, clip] {
            if (clip == m_clipGeneration)
                m_player->pause();
        },
        Qt::QueuedConnection);
    m_audio->setMuted(m_mute->isChecked());
}

void VideoPreview::seekTo(qint64 ms)
{
    if (!m_player)
        return;
    m_seekTarget = ms;
    m_seekClock.start();
    m_player->setPosition(ms);
}

qint64 VideoPreview::clipDurationMs() const
{
    if (m_player && m_player->duration() > 0)
        return m_player->duration();
    return m_info.durationMs;
}

void VideoPreview::markInAt(qint64 ms)
{
    const qint64 duration = clipDurationMs();
    if (m_info.path.isEmpty() || duration <= 0)
        return;
    ms = std::clamp<qint64>(ms, 0, duration - 1);
    QList<ClipRange> ranges = m_ranges;
    bool inside = false;
    for (ClipRange &r : ranges) {
        if (ms >= r.startMs && ms < r.endMs) {
            r.startMs = ms; // In inside a kept part moves its start
            inside = true;
        }
    }
    if (!inside) {
        // A new part, to the next part's start or the end until Out is marked.
        qint64 end = duration;
        for (const ClipRange &r : std::as_const(ranges)) {
            if (r.startMs > ms)
                end = std::min(end, r.startMs);
        }
        ranges.append({ ms, end });
    }
    m_impacts->marksEditedByHand(m_info.path, m_ranges);
    setRanges(ranges, true);
}

void VideoPreview::markOutAt(qint64 ms)
{
    const qint64 duration = clipDurationMs();
    if (m_info.path.isEmpty() || duration <= 0 || ms <= 0)
        return;
    ms = std::min(ms, duration);
    QList<ClipRange> ranges = m_ranges;
    // The last part that starts before Out ends there.
    int last = -1;
    for (int i = 0; i < ranges.size(); ++i) {
        if (ranges.at(i).startMs < ms && (last < 0 || ranges.at(i).startMs > ranges.at(last).startMs))
            last = i;
    }
    if (last >= 0) {
        qint64 limit = duration;
        for (const ClipRange &r : std::as_const(ranges)) {
            if (r.startMs > ranges.at(last).startMs)
                limit = std::min(limit, r.startMs);
        }
        ranges[last].endMs = std::min(ms, limit);
    } else {
        // Out before any In: from the start to here.
        qint64 end = ms;
        for (const ClipRange &r : std::as_const(ranges))
            end = std::min(end, r.startMs);
        ranges.append({ 0, end });
    }
    m_impacts->marksEditedByHand(m_info.path, m_ranges);
    setRanges(ranges, true);
}

void VideoPreview::clearMarks()
{
    m_impacts->marksEditedByHand(m_info.path, m_ranges);
    setRanges({}, true);
}

void VideoPreview::setRanges(const QList<ClipRange> &ranges, bool notify)
{
    QList<ClipRange> sorted;
    const qint64 frame = frameDurationMs();
    for (const ClipRange &r : ranges) {
        if (r.endMs - r.startMs >= frame)
            sorted.append(r);
    }
    std::sort(sorted.begin(), sorted.end(),
              [](const ClipRange &a, const ClipRange &b) { return a.startMs < b.startMs; });
    const bool changed = sorted != m_ranges;
    m_ranges = sorted;
    m_info.ranges = sorted;
    updateMarks();
    findCutStarts();
    if (changed)
        showTakeInSplit();
    if (notify && changed)
        emit rangesChanged(m_info.path, m_ranges);
}

QList<qint64> VideoPreview::cutStarts() const
{
    QList<qint64> starts;
    for (const ClipRange &r : m_ranges)
        starts << (r.startMs == 0 ? 0 : m_cutStarts.value(r.startMs, -1));
    return starts;
}

void VideoPreview::findCutStarts()
{
    // Where a lossless cut can start is a fact of the file: asked off the GUI
    // thread (opening a 2 GB recording's index takes a moment), for each new In mark.
    const QString path = m_info.path;
    const quint64 clip = m_clipGeneration;
    QList<qint64> ins;
    for (const ClipRange &r : std::as_const(m_ranges)) {
        const qint64 in = r.startMs;
        if (in == 0 || m_cutStarts.contains(in) || m_cutLookups.contains(in))
            continue;
        m_cutLookups.insert(in);
        ins << in;
    }
    if (ins.isEmpty())
        return;
    // One thread for the marks made at once (a split at 30 impacts gives 30), below the GUI
    // thread's priority: thirty threads opening the file at once held the window on two cores.
    QPointer<VideoPreview> self(this);
    QThread *thread = QThread::create([self, path, ins, clip] {
        for (const qint64 in : ins) {
            const qint64 key = ClipRemux::keyframeAtOrBefore(path, in);
            QMetaObject::invokeMethod(
                qApp,
                [self, in, key, clip] {
                    if (!self || clip != self->m_clipGeneration)
                        return;
                    self->m_cutLookups.remove(in);
                    self->m_cutStarts.insert(in, key);
                    self->updateMarks();
                },
                Qt::QueuedConnection);
        }
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_lookupThreads.removeAll(nullptr);
    m_lookupThreads.append(thread);
    thread->start(QThread::LowPriority);
}

QList<QWidget *> VideoPreview::tabOrder() const
{
    QList<QWidget *> order { m_ui->stepBackButton, m_ui->playButton,    m_ui->stepForwardButton,
                             m_ui->scrubBar,       m_ui->speedBox,      m_ui->muteButton,
                             m_ui->markInButton,   m_ui->markOutButton, m_ui->clearMarksButton };
    order << m_impacts->tabOrder();
    return order;
}

QString VideoPreview::marksText() const
{
    return marksText(-1);
}

QString VideoPreview::marksText(qsizetype partsListed) const
{
    if (m_info.path.isEmpty())
        return {};
    if (m_ranges.isEmpty())
        return tr("The whole clip is uploaded. Mark In (I) and Out (O) to keep only the swing.");
    const auto seconds = [](qint64 ms) { return QLocale().toString(double(ms) / 1000.0, 'f', 1); };
    const QList<qint64> cuts = cutStarts();
    QStringList parts;
    QStringList earlier;
    for (int i = 0; i < m_ranges.size(); ++i) {
        const ClipRange &r = m_ranges.at(i);
        parts << tr("%1–%2").arg(ReadyListModel::positionText(r.startMs), ReadyListModel::positionText(r.endMs));
        const qint64 cut = cuts.value(i, -1);
        if (cut >= 0 && cut < r.startMs)
            earlier << seconds(r.startMs - cut);
    }
    QString text;
    if (m_ranges.size() == 1) {
        text = tr("Keeps %1 (%2 s)").arg(parts.first(), seconds(m_ranges.first().lengthMs()));
        if (!earlier.isEmpty())
            text += QStringLiteral(" · ") + tr("starts %1 s earlier, at the previous keyframe").arg(earlier.first());
    } else {
        QStringList listed = parts;
        if (partsListed >= 0 && partsListed < parts.size())
            listed = parts.first(partsListed) << QString(QChar(0x2026)); // the rest: the parts table, the tooltip
        text = tr("Split into %n clips: %1", nullptr, int(m_ranges.size())).arg(listed.join(QStringLiteral(", ")));
        if (!earlier.isEmpty())
            text += QStringLiteral(" · ")
                + (earlier.size() == 1 ? tr("1 start moved to the previous keyframe")
                                       : tr("%n starts moved to the previous keyframe", nullptr, int(earlier.size())));
    }
    return text;
}

void VideoPreview::updateMarks()
{
    auto *bar = static_cast<ScrubBar *>(m_ui->scrubBar);
    bar->setMarks(m_ranges);
    bar->setCutStarts(cutStarts());
    fitMarksText();
    m_clearMarks->setEnabled(!m_ranges.isEmpty());
}

void VideoPreview::fitMarksText()
{
    // A split into 30 parts lists far more than the line's three lines (fixed, so the bar does
    // not move): the label then cut lines off at its top and bottom, "Split into 30 clips" among
    // them. It lists as many parts as fit, then "…", and keeps the sentence whole around them
    // (the count, the keyframe note); every part is in the parts table and the tooltip.
    QLabel *label = m_ui->marksLabel;
    const QString whole = marksText();
    const QRect room = label->contentsRect();
    const QFontMetrics metrics(label->font());
    const auto fits = [&](const QString &text) {
        return metrics.boundingRect(QRect(0, 0, room.width(), 1 << 20), Qt::TextWordWrap, text).height()
            <= room.height();
    };
    QString shown = whole;
    if (m_ranges.size() > 1 && room.width() > 0 && !fits(whole)) {
        qsizetype low = 0; // the most parts listed that fit (none: the count and the note alone)
        qsizetype high = m_ranges.size() - 1;
        while (low < high) {
            const qsizetype mid = (low + high + 1) / 2;
            if (fits(marksText(mid)))
                low = mid;
            else
                high = mid - 1;
        }
        shown = marksText(low);
    }
    label->setText(shown);
    label->setToolTip(whole);
    label->setAccessibleDescription(whole); // a screen reader has the whole split, not just what fits
}

bool VideoPreview::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->marksLabel && event->type() == QEvent::Resize)
        fitMarksText();
    return QWidget::eventFilter(watched, event);
}

void VideoPreview::updateInfo(const VideoInfo &info)
{
    if (info.path != m_info.path)
        return;
    m_info = info;
    updateMetadata();
}

bool VideoPreview::showsVideo() const
{
    return m_ui->pages->currentWidget() == m_ui->videoPage;
}

QString VideoPreview::message() const
{
    return m_ui->message->text();
}

void VideoPreview::showMessage(const QString &text)
{
    m_ui->message->setText(text);
    m_ui->pages->setCurrentWidget(m_ui->messagePage);
}

qint64 VideoPreview::frameDurationMs() const
{
    const double fps = m_info.frameRate > 0 ? m_info.frameRate : 30.0;
    return qMax<qint64>(1, qint64(1000.0 / fps + 0.5));
}

void VideoPreview::stepFrames(int frames)
{
    if (m_info.path.isEmpty() || !m_player)
        return;
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    const qint64 target = qBound<qint64>(0, m_player->position() + frames * frameDurationMs(), m_player->duration());
    seekTo(target);
}

void VideoPreview::setSpeed(double rate)
{
    const int index = m_ui->speedBox->findData(rate);
    if (index >= 0)
        m_ui->speedBox->setCurrentIndex(index);
}

void VideoPreview::updateTime()
{
    m_ui->timeLabel->setText(tr("%1 / %2").arg(ReadyListModel::durationText(m_player ? m_player->position() : 0),
                                               ReadyListModel::durationText(m_player ? m_player->duration() : 0)));
}

void VideoPreview::updateMetadata()
{
    if (m_info.path.isEmpty()) {
        m_ui->metadata->clear();
        return;
    }
    QString text
        = QStringLiteral("<b>%1</b><br>%2")
              .arg(m_info.fileName().toHtmlEscaped(), ReadyListModel::summaryOf(m_info, false).toHtmlEscaped());
    if (m_info.rotation != 0)
        text += QStringLiteral(" · ") + tr("filmed turned %1°, shown upright").arg(m_info.rotation);
    if (m_info.needsPreparation() && m_info.ranges.isEmpty())
        text += QStringLiteral(" · ")
            + tr("sent as %1 (made into a .mov without re-encoding)").arg(m_info.uploadName().toHtmlEscaped());
    if (!m_info.movie.leftOut.isEmpty())
        text += QStringLiteral("<br>")
            + tr("Not sent: %1").arg(m_info.movie.leftOut.join(QStringLiteral(", ")).toHtmlEscaped());
    if (m_info.creationTime.isValid())
        text += QStringLiteral("<br>")
            + tr("Filmed %1").arg(QLocale().toString(m_info.creationTime.toLocalTime(), QLocale::ShortFormat));
    else if (m_info.modified.isValid())
        text += QStringLiteral("<br>")
            + tr("File saved %1 (the video does not say when it was filmed)")
                  .arg(QLocale().toString(m_info.modified.toLocalTime(), QLocale::ShortFormat));
    m_ui->metadata->setText(text);
    m_ui->metadata->setToolTip(text);
}

void VideoPreview::retranslateActions()
{
    m_stepBack->setText(tr("Previous Frame"));
    m_stepForward->setText(tr("Next Frame"));
    m_mute->setText(tr("Mute"));
    m_mute->setToolTip(tr("Mute the sound"));
    m_markIn->setText(tr("Mark In"));
    m_markOut->setText(tr("Mark Out"));
    m_clearMarks->setText(tr("Clear Marks"));
    m_clearMarks->setToolTip(tr("Upload the whole clip again"));
    updatePlayIcon();
}

void VideoPreview::updatePlayIcon()
{
    const bool playing = m_player && m_player->playbackState() == QMediaPlayer::PlayingState;
    m_playPause->setText(playing ? tr("Pause") : tr("Play"));
    m_playPause->setIcon(
        QIcon(playing ? QStringLiteral(":/icons/media-pause.svg") : QStringLiteral(":/icons/media-play.svg")));
}

void VideoPreview::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateActions();
        updateMetadata();
        updateMarks();
    }
    QWidget::changeEvent(event);
}
