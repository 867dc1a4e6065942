#include "impactsplit.h"
#include "impactthumbnails.h"

#include "readylistmodel.h"

#include "media/impactfinder.h"

#include <QAction>
#include <QApplication>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QTableWidget>
#include <QThread>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

#include <cmath>

struct ImpactSplit::Result
{
    ImpactSearch search;
};

namespace {

// How often the progress line may change while the finder listens.
constexpr qint64 progressEveryMs = 100;

QString timeText(qint64 ms)
{
    return ReadyListModel::positionText(ms);
}

QToolButton *textButton(QAction *action, QWidget *parent)
{
    auto *button = new QToolButton(parent);
    button->setDefaultAction(action);
    button->setToolButtonStyle(Qt::ToolButtonTextOnly);
    return button;
}

} // namespace

ImpactSplit::ImpactSplit(QWidget *parent)
    : QWidget(parent)
    , m_thumbnails(new ImpactThumbnails)
    , m_thumbnailThread(new QThread(this))
{
    // The pictures are made on a thread of their own (opening a take with GStreamer takes
    // the thread that does it a few hundred milliseconds), asked and answered through queued calls.
    m_thumbnails->moveToThread(m_thumbnailThread);
    connect(m_thumbnailThread, &QThread::finished, m_thumbnails, &QObject::deleteLater);
    m_thumbnailThread->start(QThread::LowPriority);
    const auto makeAction = [this](const QKeySequence &key) {
        auto *action = new QAction(this);
        action->setShortcut(key);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        return action;
    };
    m_split = makeAction(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_add = makeAction(QKeySequence(Qt::Key_Insert));
    m_earlier = makeAction(QKeySequence(Qt::Key_Comma));
    m_later = makeAction(QKeySequence(Qt::Key_Period));
    m_undo = makeAction(QKeySequence(Qt::CTRL | Qt::Key_Z));
    m_cancel = makeAction(QKeySequence(Qt::Key_Escape));
    // Delete and Space mean "this part" only in the list: Delete in the ready list removes a
    // clip and Space plays the take. The list takes them first (eventFilter).
    m_remove = new QAction(this);
    m_remove->setShortcut(QKeySequence(Qt::Key_Delete));
    m_remove->setShortcutContext(Qt::WidgetShortcut);
    m_playPart = new QAction(this);
    m_playPart->setShortcut(QKeySequence(Qt::Key_Space));
    m_playPart->setShortcutContext(Qt::WidgetShortcut);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_splitButton = textButton(m_split, this);
    m_splitButton->setObjectName(QStringLiteral("splitAtImpactsButton"));
    top->addWidget(m_splitButton);
    const auto seconds = [this] {
        auto *box = new QDoubleSpinBox(this);
        box->setRange(0, double(ImpactWindow::MaxSideMs) / 1000.0);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setKeyboardTracking(false);
        return box;
    };
    m_beforeLabel = new QLabel(this);
    m_before = seconds();
    m_before->setObjectName(QStringLiteral("impactBefore"));
    m_beforeLabel->setBuddy(m_before);
    m_afterLabel = new QLabel(this);
    m_after = seconds();
    m_after->setObjectName(QStringLiteral("impactAfter"));
    m_afterLabel->setBuddy(m_after);
    m_forMovement = new QLabel(this);
    m_forMovement->setObjectName(QStringLiteral("impactWindowMovement"));
    m_forMovement->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_forMovement->setWordWrap(true); // "jeder Treffmoment (keine Bewegung gewählt)" needs two lines in a narrow pane
    top->addWidget(m_beforeLabel);
    top->addWidget(m_before);
    top->addWidget(m_afterLabel);
    top->addWidget(m_after);
    top->addWidget(m_forMovement, 1);
    layout->addLayout(top);

    auto *statusRow = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("impactStatus"));
    m_status->setWordWrap(true);
    m_status->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    // Two lines, fixed: a message that wraps must not move the list under the coach's mouse.
    m_status->setFixedHeight(2 * fontMetrics().lineSpacing() + 2);
    statusRow->addWidget(m_status, 1);
    m_cancelButton = textButton(m_cancel, this);
    m_cancelButton->setObjectName(QStringLiteral("stopImpactSearch"));
    statusRow->addWidget(m_cancelButton);
    layout->addLayout(statusRow);

    m_review = new QWidget(this);
    auto *reviewLayout = new QVBoxLayout(m_review);
    reviewLayout->setContentsMargins(0, 0, 0, 0);
    // A table, not a tree: a screen reader reads a row's cells with their columns' headers
    // ("Impact time 0:12.3, Strength found in the sound, −11.2 dB"), where a tree's rows are
    // read as items of an outline.
    m_list = new QTableWidget(0, Columns, m_review);
    m_list->setObjectName(QStringLiteral("impactList"));
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setTabKeyNavigation(false); // Tab leaves the list, as it leaves every other list
    m_list->setShowGrid(false);
    m_list->setWordWrap(false);
    m_list->setIconSize(QSize(ImpactThumbnails::Width, ImpactThumbnails::Width * 9 / 16));
    m_list->verticalHeader()->hide(); // the part's number is a column of its own, with its header
    m_list->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_list->verticalHeader()->setDefaultSectionSize(m_list->iconSize().height() + 6);
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_list->horizontalHeader()->setHighlightSections(false);
    // Three rows and a bit in sight: the video keeps its room on a 1366×768 laptop.
    m_list->setFixedHeight(m_list->verticalHeader()->defaultSectionSize() * 3
                           + m_list->horizontalHeader()->sizeHint().height() + 24);
    m_list->addAction(m_remove);
    m_list->addAction(m_playPart);
    m_list->installEventFilter(this);
    reviewLayout->addWidget(m_list);
    // A tool bar: what does not fit the pane's width (German's longer words at 1366×768) goes
    // behind its » button instead of widening the pane.
    auto *buttons = new QToolBar(m_review);
    buttons->setObjectName(QStringLiteral("impactReviewButtons"));
    buttons->setToolButtonStyle(Qt::ToolButtonTextOnly);
    buttons->setFloatable(false);
    buttons->setMovable(false);
    for (QAction *action : { m_remove, m_earlier, m_later, m_add, m_playPart, m_undo })
        buttons->addAction(action);
    reviewLayout->addWidget(buttons);
    layout->addWidget(m_review);

    connect(m_split, &QAction::triggered, this, [this] {
        QList<Take> takes = m_takes ? m_takes() : QList<Take>();
        if (takes.isEmpty())
            takes = { m_take };
        split(takes);
    });
    connect(m_cancel, &QAction::triggered, this, &ImpactSplit::cancel);
    connect(m_remove, &QAction::triggered, this, &ImpactSplit::removeSelected);
    connect(m_earlier, &QAction::triggered, this, [this] { moveSelected(-1); });
    connect(m_later, &QAction::triggered, this, [this] { moveSelected(1); });
    connect(m_add, &QAction::triggered, this, &ImpactSplit::addAtPlayhead);
    connect(m_playPart, &QAction::triggered, this, &ImpactSplit::playSelected);
    connect(m_undo, &QAction::triggered, this, &ImpactSplit::undo);
    connect(m_list, &QTableWidget::itemSelectionChanged, this, [this] {
        updateActions();
        // The preview goes to the impact chosen, so the coach sees the frame it marks.
        const int row = selectedRow();
        const auto it = m_states.constFind(m_take.path);
        if (row >= 0 && it != m_states.cend() && row < it->impacts.size())
            emit seekRequested(it->impacts.at(row).ms);
    });
    connect(m_list, &QTableWidget::itemActivated, this, [this] { playSelected(); });
    for (QDoubleSpinBox *box : { m_before, m_after })
        connect(box, &QDoubleSpinBox::valueChanged, this, &ImpactSplit::windowChangedByCoach);
    connect(m_thumbnails, &ImpactThumbnails::ready, this,
            [this](const QString &path, qint64 ms, const QImage &picture) {
                auto it = m_states.find(path);
                if (it == m_states.end())
                    return;
                it->pictures.insert(ms, picture);
                if (path != m_take.path)
                    return;
                for (int row = 0; row < m_list->rowCount(); ++row) {
                    QTableWidgetItem *item = m_list->item(row, TimeColumn);
                    if (item && item->data(Qt::UserRole).toLongLong() == ms)
                        item->setIcon(QIcon(QPixmap::fromImage(picture)));
                }
            });

    retranslate();
    setWindow(m_window);
    refresh();
}

ImpactSplit::~ImpactSplit()
{
    m_thumbnails->disconnect(this);
    m_thumbnailThread->quit();
    m_thumbnailThread->wait();
    // A search still listening ends before the preview does (its answer is dropped).
    if (m_stop)
        m_stop->store(true);
    if (m_thread) {
        m_thread->disconnect(this);
        m_thread->wait();
    }
}

QList<QWidget *> ImpactSplit::tabOrder() const
{
    QList<QWidget *> order { m_splitButton, m_before, m_after, m_cancelButton, m_list };
    if (const auto *buttons = m_review->findChild<QToolBar *>()) {
        for (QAction *action : buttons->actions()) {
            if (QWidget *button = buttons->widgetForAction(action))
                order << button;
        }
    }
    return order;
}

QList<QAction *> ImpactSplit::previewActions() const
{
    return { m_split, m_add, m_earlier, m_later, m_undo, m_cancel };
}

void ImpactSplit::retranslate()
{
    m_split->setText(tr("Split at Impacts"));
    m_split->setToolTip(tr("Find each strike in the sound and make each swing its own clip"));
    m_add->setText(tr("Add at Playhead"));
    m_add->setToolTip(tr("Add an impact where the video is now"));
    m_earlier->setText(tr("A Frame Earlier"));
    m_earlier->setToolTip(tr("Move the chosen impact a frame earlier"));
    m_later->setText(tr("A Frame Later"));
    m_later->setToolTip(tr("Move the chosen impact a frame later"));
    m_undo->setText(tr("Undo"));
    m_undo->setToolTip(tr("Undo the last change to the parts"));
    m_cancel->setText(tr("Stop"));
    m_cancel->setToolTip(tr("Stop finding impacts"));
    m_remove->setText(tr("Remove Part"));
    m_remove->setToolTip(tr("Remove the chosen part"));
    m_playPart->setText(tr("Play Part"));
    m_playPart->setToolTip(tr("Play the chosen part"));
    m_beforeLabel->setText(tr("Before:"));
    m_afterLabel->setText(tr("After:"));
    m_before->setSuffix(tr(" s"));
    m_after->setSuffix(tr(" s"));
    m_before->setAccessibleName(tr("Seconds before each impact"));
    m_after->setAccessibleName(tr("Seconds after each impact"));
    m_before->setToolTip(tr("How much of each swing comes before the impact, remembered for the movement"));
    m_after->setToolTip(tr("How much of each swing comes after the impact, remembered for the movement"));
    m_splitButton->setAccessibleName(tr("Split at impacts"));
    m_cancelButton->setAccessibleName(tr("Stop finding impacts"));
    m_list->setAccessibleName(tr("Parts split at impacts"));
    m_review->findChild<QToolBar *>()->setAccessibleName(tr("Change the parts"));
    m_list->setHorizontalHeaderLabels({ tr("Part"), tr("Impact time"), tr("Strength"), tr("Range") });
    setWindow(m_window, m_movementName);
    refresh();
}

void ImpactSplit::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

bool ImpactSplit::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::FocusIn) {
        // Tabbed into with no part chosen: the part the keyboard is on is chosen (and shown),
        // so that Down goes to the second part, not past the first unseen.
        const auto reason = static_cast<QFocusEvent *>(event)->reason();
        if ((reason == Qt::TabFocusReason || reason == Qt::BacktabFocusReason) && selectedRow() < 0
            && m_list->rowCount() > 0)
            m_list->selectRow(std::max(0, m_list->currentRow()));
    }
    if (watched == m_list && (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        const auto *key = static_cast<QKeyEvent *>(event);
        QAction *action = nullptr;
        if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Delete)
            action = m_remove;
        else if (key->modifiers() == Qt::NoModifier && key->key() == Qt::Key_Space)
            action = m_playPart;
        if (action) {
            // Taken here, before the window's shortcuts (Delete removes a clip, Space plays the take).
            event->accept();
            if (event->type() == QEvent::KeyPress && action->isEnabled())
                action->trigger();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ImpactSplit::setWindow(const Window &window, const QString &movementName)
{
    const bool changed = !(window == m_window);
    m_window = window;
    m_movementName = movementName;
    m_settingWindow = true;
    m_before->setValue(double(window.beforeMs) / 1000.0);
    m_after->setValue(double(window.afterMs) / 1000.0);
    m_settingWindow = false;
    m_forMovement->setText(movementName.isEmpty() ? tr("each impact (no movement chosen)")
                                                  : tr("for %1").arg(movementName));
    m_forMovement->setToolTip(m_forMovement->text());
    if (changed)
        followWindow();
}

void ImpactSplit::followWindow()
{
    // Every take split now follows the numbers (parts shown as they will be cut). Choosing the
    // parts reaches the window, whose form may tell the movement again from inside this: that
    // is done after this round, so the list and the marks end with the same numbers.
    if (m_following) {
        m_followAgain = true;
        return;
    }
    m_following = true;
    do {
        m_followAgain = false;
        QStringList paths;
        for (auto it = m_states.cbegin(); it != m_states.cend(); ++it) {
            if (it->split)
                paths << it.key();
        }
        for (const QString &path : std::as_const(paths)) {
            const State &state = m_states[path];
            choose(path, ImpactParts::ranges(partsOf(times(state), m_window, state.durationMs)));
        }
    } while (m_followAgain);
    m_following = false;
    fillList();
    refresh();
}

void ImpactSplit::windowChangedByCoach()
{
    if (m_settingWindow)
        return;
    const qint64 before = qint64(std::llround(m_before->value() * 1000.0));
    const qint64 after = qint64(std::llround(m_after->value() * 1000.0));
    const QString problem = ImpactWindow::problemWithSides(before, after);
    if (!problem.isEmpty()) {
        m_windowProblem = problem; // said, and the parts stay as they were
        refresh();
        return;
    }
    m_windowProblem.clear();
    m_window.beforeMs = before;
    m_window.afterMs = after;
    emit windowEdited(m_window);
    followWindow();
}

QList<ImpactPart> ImpactSplit::partsOf(const QList<qint64> &impactsMs, const Window &window, qint64 durationMs)
{
    return ImpactParts::around(impactsMs, window.beforeMs, window.afterMs, durationMs);
}

QList<qint64> ImpactSplit::times(const State &state) const
{
    QList<qint64> list;
    for (const Impact &impact : state.impacts)
        list << impact.ms;
    return list;
}

QList<qint64> ImpactSplit::impactsOf(const QString &path) const
{
    const auto it = m_states.constFind(path);
    return it == m_states.cend() || !it->split ? QList<qint64>() : times(*it);
}

void ImpactSplit::showTake(const Take &take)
{
    const bool other = take.path != m_take.path;
    m_take = take;
    if (!take.path.isEmpty()) {
        State &state = m_states[take.path];
        state.durationMs = take.durationMs > 0 ? take.durationMs : state.durationMs;
        state.frameMs = std::max<qint64>(1, take.frameMs);
    }
    if (other)
        fillList();
    refresh();
    if (other)
        askPictures();
}

void ImpactSplit::split(const QList<Take> &takes)
{
    for (const Take &take : takes) {
        if (take.path.isEmpty())
            continue;
        const bool queued = take.path == m_finding
            || std::any_of(m_waiting.cbegin(), m_waiting.cend(), [&](const Take &t) { return t.path == take.path; });
        if (queued)
            continue;
        State &state = m_states[take.path];
        state.status = State::Status::Waiting;
        state.percent = 0;
        state.problem.clear();
        if (take.durationMs > 0)
            state.durationMs = take.durationMs;
        state.frameMs = std::max<qint64>(1, take.frameMs);
        m_rangesAtSplit.insert(take.path, take.ranges);
        m_waiting.append(take);
        ++m_batch;
    }
    refresh();
    startNext();
}

void ImpactSplit::cancel()
{
    for (const Take &take : std::as_const(m_waiting)) {
        State &state = m_states[take.path];
        state.status = State::Status::Stopped;
    }
    m_waiting.clear();
    if (m_stop)
        m_stop->store(true);
    refresh();
}

void ImpactSplit::startNext()
{
    if (m_thread)
        return;
    if (m_waiting.isEmpty()) {
        m_batch = 0;
        m_batchDone = 0;
        refresh();
        return;
    }
    const Take take = m_waiting.takeFirst();
    m_finding = take.path;
    m_states[take.path].status = State::Status::Finding;
    m_stop = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> stop = m_stop;
    const ImpactRules rules { m_window.minGapMs };
    const QString path = take.path;
    QPointer<ImpactSplit> self(this);
    // The finder blocks while it reads the sound: on a thread of its own, its progress and its
    // answer posted back. The GUI thread never waits for it (only the destructor does, after Stop).
    m_thread = QThread::create([self, path, rules, stop] {
        auto lastPercent = std::make_shared<int>(-1);
        auto lastShown = std::make_shared<QElapsedTimer>();
        // At most every progressEveryMs: a coach reads the line no faster, and each new line is
        // laid out on the GUI thread (a take read in half a second gave 100 of them).
        const ImpactFinder::Progress progress = [self, path, lastPercent, lastShown](int percent) {
            if (percent == *lastPercent
                || (lastShown->isValid() && !lastShown->hasExpired(progressEveryMs) && percent < 100))
                return;
            *lastPercent = percent;
            lastShown->start();
            QMetaObject::invokeMethod(
                qApp,
                [self, path, percent] {
                    if (!self)
                        return;
                    auto it = self->m_states.find(path);
                    if (it != self->m_states.end() && it->status == State::Status::Finding) {
                        it->percent = percent;
                        self->refresh();
                    }
                },
                Qt::QueuedConnection);
        };
        Result result { ImpactFinder::find(path, rules, *stop, progress) };
        QMetaObject::invokeMethod(
            qApp,
            [self, path, result] {
                if (self)
                    self->finished(path, result);
            },
            Qt::QueuedConnection);
    });
    connect(m_thread, &QThread::finished, m_thread, &QObject::deleteLater);
    m_thread->start(QThread::LowPriority);
    refresh();
}

void ImpactSplit::finished(const QString &path, const Result &result)
{
    if (m_thread) {
        m_thread->wait(); // it has posted its answer: ending now
        m_thread = nullptr;
    }
    m_finding.clear();
    ++m_batchDone;
    State &state = m_states[path];
    const ImpactSearch &search = result.search;
    if (search.durationUs > 0)
        state.durationMs = search.durationUs / 1000;
    if (search.cancelled) {
        state.status = State::Status::Stopped;
    } else if (!search.hasAudio) {
        state.status = State::Status::NoSound;
    } else if (!search.problem.isEmpty()) {
        state.status = State::Status::Failed;
        state.problem = search.problem;
    } else if (search.impacts.isEmpty()) {
        state.status = State::Status::NoImpacts;
    } else {
        state.status = State::Status::Found;
        // The marks the take had are kept for Undo.
        push(state, path == m_take.path ? m_take.ranges : m_rangesAtSplit.value(path));
        state.impacts.clear();
        for (const ::Impact &found : search.impacts) {
            const qint64 ms = (found.timeUs + 500) / 1000;
            state.impacts.append({ ms, found.strengthDb, Impact::Origin::Found, ms });
        }
        state.split = true;
        state.pictures.clear();
        choose(path, ImpactParts::ranges(partsOf(times(state), m_window, state.durationMs)));
    }
    m_rangesAtSplit.remove(path);
    emit searchFinished(path);
    if (path == m_take.path) {
        fillList();
        askPictures();
    }
    refresh();
    startNext();
}

void ImpactSplit::choose(const QString &path, const QList<ClipRange> &ranges)
{
    if (path == m_take.path)
        m_take.ranges = ranges;
    emit rangesChosen(path, ranges);
}

void ImpactSplit::push(State &state, const QList<ClipRange> &ranges)
{
    state.undo.append({ state.impacts, state.split, ranges });
    // Enough to undo a review's slips; an old take's history is not kept forever.
    while (state.undo.size() > 200)
        state.undo.removeFirst();
}

void ImpactSplit::marksEditedByHand(const QString &path, const QList<ClipRange> &before)
{
    auto it = m_states.find(path);
    if (it == m_states.end() || !it->split)
        return;
    push(*it, before);
    it->split = false;
    it->status = State::Status::ByHand;
    if (path == m_take.path)
        fillList();
    refresh();
}

int ImpactSplit::selectedRow() const
{
    // The selected row (what a click, the arrows, or an assistive tool's selection chose).
    const QList<QTableWidgetItem *> selected = m_list->selectedItems();
    return selected.isEmpty() ? -1 : selected.first()->row();
}

void ImpactSplit::selectRow(int row)
{
    if (row < 0 || row >= m_list->rowCount())
        return;
    {
        const QSignalBlocker blocker(m_list); // chosen here, not by the coach: the preview stays where it is
        m_list->setCurrentCell(row, TimeColumn);
        m_list->selectRow(row);
        m_list->scrollToItem(m_list->item(row, TimeColumn));
    }
    updateActions();
}

void ImpactSplit::removeSelected()
{
    const int row = selectedRow();
    auto it = m_states.find(m_take.path);
    if (row < 0 || it == m_states.end() || !it->split || row >= it->impacts.size())
        return;
    push(*it, m_take.ranges);
    it->impacts.removeAt(row);
    choose(m_take.path, ImpactParts::ranges(partsOf(times(*it), m_window, it->durationMs)));
    fillList();
    selectRow(std::min<int>(row, int(it->impacts.size()) - 1));
    refresh();
}

void ImpactSplit::moveSelected(int frames)
{
    const int row = selectedRow();
    auto it = m_states.find(m_take.path);
    if (row < 0 || it == m_states.end() || !it->split || row >= it->impacts.size())
        return;
    push(*it, m_take.ranges);
    Impact impact = it->impacts.at(row);
    const qint64 last = it->durationMs > 0 ? it->durationMs - 1 : impact.ms + it->frameMs;
    impact.ms = std::clamp<qint64>(impact.ms + frames * it->frameMs, 0, std::max<qint64>(0, last));
    if (impact.origin == Impact::Origin::Found)
        impact.origin = impact.ms == impact.foundMs ? Impact::Origin::Found : Impact::Origin::Moved;
    else if (impact.origin == Impact::Origin::Moved && impact.ms == impact.foundMs)
        impact.origin = Impact::Origin::Found;
    it->impacts.removeAt(row);
    int at = 0;
    while (at < it->impacts.size() && it->impacts.at(at).ms <= impact.ms)
        ++at;
    it->impacts.insert(at, impact);
    choose(m_take.path, ImpactParts::ranges(partsOf(times(*it), m_window, it->durationMs)));
    fillList();
    selectRow(at);
    emit seekRequested(impact.ms);
    askPictures();
    refresh();
}

void ImpactSplit::addAtPlayhead()
{
    if (m_take.path.isEmpty() || !m_playhead)
        return;
    State &state = m_states[m_take.path];
    const qint64 ms = std::max<qint64>(0, m_playhead());
    if (std::any_of(state.impacts.cbegin(), state.impacts.cend(), [&](const Impact &i) { return i.ms == ms; })
        && state.split)
        return;
    push(state, m_take.ranges);
    if (!state.split) {
        // A split started by hand, or one put aside by hand marks: the list is the parts from now on.
        if (state.status == State::Status::ByHand || state.status == State::Status::None)
            state.impacts.clear();
        state.split = true;
        state.status = State::Status::Found;
    }
    int at = 0;
    while (at < state.impacts.size() && state.impacts.at(at).ms <= ms)
        ++at;
    state.impacts.insert(at, { ms, 0, Impact::Origin::Added, -1 });
    choose(m_take.path, ImpactParts::ranges(partsOf(times(state), m_window, state.durationMs)));
    fillList();
    selectRow(at);
    askPictures();
    refresh();
}

void ImpactSplit::playSelected()
{
    const int row = selectedRow();
    const auto it = m_states.constFind(m_take.path);
    if (row < 0 || it == m_states.cend() || !it->split || row >= it->impacts.size())
        return;
    const qint64 impact = it->impacts.at(row).ms;
    const QList<ImpactPart> parts = partsOf(times(*it), m_window, it->durationMs);
    for (const ImpactPart &part : parts) {
        if (part.impactMs == impact) {
            emit playRequested(part.range.startMs, part.range.endMs);
            return;
        }
    }
}

void ImpactSplit::undo()
{
    auto it = m_states.find(m_take.path);
    if (it == m_states.end() || it->undo.isEmpty())
        return;
    const int row = selectedRow();
    const Snapshot last = it->undo.takeLast();
    it->impacts = last.impacts;
    it->split = last.split;
    if (!it->split)
        it->status = it->impacts.isEmpty() ? State::Status::None : State::Status::ByHand;
    else
        it->status = State::Status::Found;
    // Parts follow the impacts with before and after as they are now; marks come back as they were.
    choose(m_take.path, it->split ? ImpactParts::ranges(partsOf(times(*it), m_window, it->durationMs)) : last.ranges);
    fillList();
    selectRow(std::min<int>(row, m_list->rowCount() - 1));
    askPictures();
    refresh();
}

void ImpactSplit::askPictures()
{
    const auto it = m_states.constFind(m_take.path);
    if (it == m_states.cend() || !it->split) {
        askThumbnails({}, {});
        return;
    }
    QList<qint64> wanted;
    for (const Impact &impact : it->impacts) {
        if (!it->pictures.contains(impact.ms))
            wanted << impact.ms;
    }
    askThumbnails(m_take.path, wanted);
}

void ImpactSplit::askThumbnails(const QString &path, const QList<qint64> &timesMs)
{
    QMetaObject::invokeMethod(
        m_thumbnails, [thumbnails = m_thumbnails, path, timesMs] { thumbnails->request(path, timesMs); },
        Qt::QueuedConnection);
}

QString ImpactSplit::describe(const Impact &impact) const
{
    const QString strength = tr("%1 dB").arg(QLocale().toString(impact.strengthDb, 'f', 1));
    switch (impact.origin) {
    case Impact::Origin::Found:
        return tr("found in the sound, %1").arg(strength);
    case Impact::Origin::Moved:
        return tr("moved by you (found at %1, %2)").arg(timeText(impact.foundMs), strength);
    case Impact::Origin::Added:
        return tr("added by you");
    }
    return {};
}

void ImpactSplit::fillList()
{
    const QSignalBlocker blocker(m_list);
    // The chosen impact stays chosen when the list is made again (same take, same time).
    const int chosenRow = m_listPath == m_take.path ? selectedRow() : -1;
    const qint64 chosen = chosenRow >= 0 ? m_list->item(chosenRow, TimeColumn)->data(Qt::UserRole).toLongLong() : -1;
    m_listPath = m_take.path;
    m_list->clearContents();
    m_list->setRowCount(0);
    const auto it = m_states.constFind(m_take.path);
    if (it != m_states.cend() && it->split) {
        QHash<qint64, ClipRange> partOf;
        const QList<ImpactPart> parts = partsOf(times(*it), m_window, it->durationMs);
        for (const ImpactPart &part : parts)
            partOf.insert(part.impactMs, part.range);
        m_list->setRowCount(int(it->impacts.size()));
        int number = 0; // the parts' numbers, as their files are numbered (<base>-N)
        for (int i = 0; i < it->impacts.size(); ++i) {
            const Impact &impact = it->impacts.at(i);
            const auto part = partOf.constFind(impact.ms);
            const auto cell = [this, i](int column, const QString &text) {
                auto *item = new QTableWidgetItem(text);
                item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
                m_list->setItem(i, column, item);
                return item;
            };
            cell(PartColumn, part == partOf.cend() ? tr("none") : QLocale().toString(++number));
            QTableWidgetItem *time = cell(TimeColumn, timeText(impact.ms));
            time->setData(Qt::UserRole, impact.ms);
            const QImage picture = it->pictures.value(impact.ms);
            if (!picture.isNull())
                time->setIcon(QIcon(QPixmap::fromImage(picture)));
            QTableWidgetItem *strength = cell(StrengthColumn, describe(impact));
            // Found, not chosen: shown in italics until the coach moves or adds it.
            if (impact.origin == Impact::Origin::Found) {
                QFont font = strength->font();
                font.setItalic(true);
                strength->setFont(font);
            }
            cell(RangeColumn,
                 part == partOf.cend() ? tr("none (the same time as another)")
                                       : tr("%1–%2").arg(timeText(part->startMs), timeText(part->endMs)));
        }
    }
    for (int row = 0; chosen >= 0 && row < m_list->rowCount(); ++row) {
        if (m_list->item(row, TimeColumn)->data(Qt::UserRole).toLongLong() == chosen) {
            m_list->setCurrentCell(row, TimeColumn);
            m_list->selectRow(row);
        }
    }
    emit ticksChanged(it != m_states.cend() && it->split ? times(*it) : QList<qint64>());
    updateActions();
}

void ImpactSplit::updateActions()
{
    const auto it = m_states.constFind(m_take.path);
    const bool has = !m_take.path.isEmpty();
    const bool split = it != m_states.cend() && it->split;
    const bool chosen = split && selectedRow() >= 0;
    m_split->setEnabled(has);
    m_cancel->setEnabled(running() || !m_waiting.isEmpty());
    m_remove->setEnabled(chosen);
    m_earlier->setEnabled(chosen);
    m_later->setEnabled(chosen);
    m_playPart->setEnabled(chosen);
    m_add->setEnabled(has && split);
    m_undo->setEnabled(it != m_states.cend() && !it->undo.isEmpty());
    m_cancelButton->setVisible(running());
    m_review->setVisible(split || (it != m_states.cend() && !it->undo.isEmpty()));
}

QString ImpactSplit::statusText() const
{
    return m_status->text();
}

QString ImpactSplit::outcomeOf(const QString &path) const
{
    const auto it = m_states.constFind(path);
    return it == m_states.cend() ? QString() : textOf(*it);
}

QString ImpactSplit::textOf(const State &state) const
{
    switch (state.status) {
    case State::Status::None:
        return {};
    case State::Status::Waiting:
        return tr("Waiting to find the impacts of this take…");
    case State::Status::Finding:
        return m_batch > 1 ? tr("Finding impacts in the sound: take %1 of %2 (%3 %)…")
                                 .arg(m_batchDone + 1)
                                 .arg(m_batch)
                                 .arg(state.percent)
                           : tr("Finding impacts in the sound (%1 %)…").arg(state.percent);
    case State::Status::Found: {
        const int found = int(std::count_if(state.impacts.cbegin(), state.impacts.cend(),
                                            [](const Impact &i) { return i.origin != Impact::Origin::Added; }));
        if (state.impacts.isEmpty())
            return tr("No part left: the whole take is uploaded unless you undo (Ctrl+Z) or mark parts.");
        if (found == int(state.impacts.size()))
            return tr("%n impacts found in the sound: each part is its own clip.", nullptr, found);
        return tr("%n parts: each is its own clip.", nullptr, int(state.impacts.size()));
    }
    case State::Status::NoSound:
        return tr("This video has no sound, so impacts cannot be found — mark the parts by hand.");
    case State::Status::NoImpacts:
        return tr("No impact was found in the sound of this video — mark the parts by hand.");
    case State::Status::Failed:
        return tr("The sound of this video could not be read (%1) — mark the parts by hand.").arg(state.problem);
    case State::Status::Stopped:
        return tr("Stopped: nothing was changed.");
    case State::Status::ByHand:
        return tr("Marked by hand: the parts are your marks now (Undo brings back the impacts' parts).");
    }
    return {};
}

void ImpactSplit::refresh()
{
    QString text;
    const auto it = m_states.constFind(m_take.path);
    if (running() && m_finding != m_take.path) {
        const QString name = QFileInfo(m_finding).fileName();
        const int percent = m_states.value(m_finding).percent;
        text = m_batch > 1
            ? tr("Finding impacts: take %1 of %2, %3 (%4 %)…").arg(m_batchDone + 1).arg(m_batch).arg(name).arg(percent)
            : tr("Finding impacts in %1 (%2 %)…").arg(name).arg(percent);
    }
    if (it != m_states.cend() && !m_take.path.isEmpty()) {
        const QString own = textOf(*it);
        if (!own.isEmpty())
            text = text.isEmpty() ? own : own + QLatin1Char(' ') + text;
    }
    if (!m_windowProblem.isEmpty())
        text = m_windowProblem + (text.isEmpty() ? QString() : QLatin1Char(' ') + text);
    m_status->setText(text);
    m_status->setToolTip(text);
    updateActions();
}
