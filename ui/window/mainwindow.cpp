#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "accessibility.h"
#include "athletepicker.h"
#include "camerabanner.h"
#include "cameraclipmodel.h"
#include "camerapane.h"
#include "capturedraft.h"
#include "captureform.h"
#include "coachaccount.h"
#include "dropoverlay.h"
#include "keyboardpath.h"
#include "movementchoices.h"
#include "readylistdelegate.h"
#include "readylistmodel.h"
#include "recentfiles.h"
#include "sessiongrouppicker.h"
#include "sleepinhibitor.h"
#include "uiresources.h"
#include "uploadnotifier.h"
#include "videointake.h"
#include "videopreview.h"
#include "watchfolder.h"

#include "api/catalogue/movementcatalogue.h"
#include "api/client/upliftclient.h"
#include "common/applicationidentity.h"
#include "devices/sourcewatcher.h"
#include "media/moviefacts.h"
#include "settings/impactwindows.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDragEnterEvent>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QIcon>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QProgressBar>
#include <QPushButton>
#include <QResizeEvent>
#include <QScreen>
#include <QSet>
#include <QSettings>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>

namespace {

// The status bar's message in an area of its own, left of the summary: a text too
// long for it ends in "…" and is whole in the tooltip (QStatusBar drew it cut off
// under the summary: "…See th3 uploading · 2 queued").
class StatusMessage : public QLabel
{
public:
    explicit StatusMessage(QWidget *parent)
        : QLabel(parent)
    {
        setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
        setTextFormat(Qt::PlainText);
        setContentsMargins(4, 0, 8, 0); // where QStatusBar drew it, and a gap before the summary
    }

    void setFullText(const QString &text)
    {
        m_full = text;
        fit();
    }
    QString fullText() const { return m_full; }

protected:
    void resizeEvent(QResizeEvent *event) override
    {
        QLabel::resizeEvent(event);
        fit();
    }

private:
    void fit()
    {
        const QString shown = fontMetrics().elidedText(m_full, Qt::ElideRight, qMax(0, contentsRect().width()));
        setText(shown);
        setToolTip(shown == m_full ? QString() : m_full);
        setAccessibleDescription(m_full);
    }

    QString m_full;
};

bool carriesLocalFiles(const QMimeData *mime)
{
    if (!mime || !mime->hasUrls())
        return false;
    const QList<QUrl> urls = mime->urls();
    return std::any_of(urls.cbegin(), urls.cend(), [](const QUrl &url) { return url.isLocalFile(); });
}

QIcon themed(const char *name, const char *fallback = nullptr)
{
    const QString theme = QString::fromLatin1(name);
    return fallback ? QIcon::fromTheme(theme, QIcon(QString::fromLatin1(fallback))) : QIcon::fromTheme(theme);
}

// The button Qt puts in a line edit to clear it has no name of its own: a
// screen reader said only "button".
void nameClearButton(QLineEdit *edit, const QString &name)
{
    for (QToolButton *button : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        button->setAccessibleName(name);
        button->setToolTip(name);
    }
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_ready(new ReadyListModel(this))
    , m_watchFolder(new WatchFolder(this))
{
    initUiResources();
    installAccessibility();
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/uplift-capture.svg")));
    setAcceptDrops(true);

    m_ui->readyList->setModel(m_ready);
    m_ui->readyList->setItemDelegate(new ReadyListDelegate(m_ui->readyList));
    m_ui->readyList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Rows as tall as their facts wrap at the list's width: laid out again when it or they change.
    m_ui->readyList->setResizeMode(QListView::Adjust);
    // At most a few times a second: a card's import fills in two hundred rows, one by one, and each
    // layout measures every row.
    m_readyLayout = new QTimer(this);
    m_readyLayout->setObjectName(QStringLiteral("readyLayoutTimer"));
    m_readyLayout->setSingleShot(true);
    m_readyLayout->setInterval(readyLayoutMs);
    connect(m_readyLayout, &QTimer::timeout, m_ui->readyList, &QAbstractItemView::doItemsLayout);
    connect(m_ready, &QAbstractItemModel::dataChanged, this, [this] {
        if (!m_readyLayout->isActive())
            m_readyLayout->start();
    });
    m_ui->dropHint->setFrameShape(QFrame::StyledPanel);
    m_ui->dropHint->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_ui->jobsEmptyState->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_ui->jobsEmptyState->setFrameShape(QFrame::StyledPanel);
    m_preview = new VideoPreview(m_ui->previewPane);
    m_ui->previewLayout->addWidget(m_preview, 1);
    // Space and the arrows drive the preview from the list too, the usual way of checking clips.
    for (QAction *action : m_preview->actions())
        m_ui->readyList->addAction(action);
    m_ui->menuView->insertActions(m_ui->menuView->actions().value(0),
                                  { m_preview->playPauseAction(), m_preview->stepBackAction(),
                                    m_preview->stepForwardAction(), m_preview->muteAction(),
                                    m_preview->splitAtImpactsAction() });
    m_ui->menuView->insertSeparator(m_ui->actionShowJobDetails);
    connect(m_ui->readyList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                m_preview->setVideo(current.data(ReadyListModel::AcceptedRole).toBool() ? m_ready->infoAt(current.row())
                                                                                        : VideoInfo {});
            });
    connect(m_ready, &ReadyListModel::videoUpdated, this,
            [this](const QString &path) { m_preview->updateInfo(m_ready->info(path)); });
    // The parts marked in the preview belong to the clip in the list (each its own capture).
    connect(m_preview, &VideoPreview::rangesChanged, m_ready, &ReadyListModel::setRanges);
    // Split at Impacts (Ctrl+I) splits every selected take, the shown one first; each is found in its own sound.
    m_preview->setTakesToSplit([this] {
        QModelIndexList rows = m_ui->readyList->selectionModel()->selectedIndexes();
        std::sort(rows.begin(), rows.end(),
                  [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
        QList<VideoInfo> takes;
        const QString shown = m_preview->currentPath();
        for (const QModelIndex &index : std::as_const(rows)) {
            if (!index.data(ReadyListModel::AcceptedRole).toBool())
                continue;
            const VideoInfo info = m_ready->infoAt(index.row());
            if (info.path == shown)
                takes.prepend(info);
            else
                takes.append(info);
        }
        return takes;
    });
    // A take not shown says in the status line what was found (or that it has no sound).
    connect(m_preview->impactSplit(), &ImpactSplit::searchFinished, this, [this](const QString &path) {
        if (path == m_preview->currentPath())
            return;
        const QString outcome = m_preview->impactSplit()->outcomeOf(path);
        if (!outcome.isEmpty())
            statusBar()->showMessage(tr("%1: %2").arg(QFileInfo(path).fileName(), outcome), 15000);
    });
    m_form = new CaptureForm(m_ui->describeContents);
    m_ui->describeLayout->addWidget(m_form);
    // Upload stays in sight below the fields, however short the screen.
    m_ui->describePaneLayout->addWidget(m_form->uploadFooter());
    // The keyboard path is keyboardPath(), followed by focusNextPrevChild(). Tab leaves the job
    // list, as it leaves every other list (a table's Tab walked every cell of every job first).
    m_ui->jobTable->setTabKeyNavigation(false);
    m_ui->readyList->setFocus(Qt::OtherFocusReason);
    connect(m_ui->readyList->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateFormVideos);
    // A described clip's facts coming in (its header read, its thumbnail) may be what Upload waited
    // for. Only the described ones: the others change nothing in the form, and an import brings in
    // two hundred while the coach describes others.
    // While clips are still being read (a card's import selects two hundred), once in a while:
    // each refresh checks every described clip.
    m_formRefresh = new QTimer(this);
    m_formRefresh->setObjectName(QStringLiteral("formRefreshTimer"));
    m_formRefresh->setSingleShot(true);
    m_formRefresh->setInterval(formRefreshMs);
    connect(m_formRefresh, &QTimer::timeout, this, [this] {
        updateFormVideos();
        validateDescription();
    });
    connect(m_ready, &ReadyListModel::videoUpdated, this, [this](const QString &path) {
        if (!m_formPaths.contains(path))
            return;
        if (m_ready->readingCount() > 0) {
            if (!m_formRefresh->isActive())
                m_formRefresh->start();
            return;
        }
        m_formRefresh->stop();
        updateFormVideos();
        validateDescription();
    });
    connect(m_ready, &ReadyListModel::rowsRemoved, this, &MainWindow::updateFormVideos);
    connect(m_form, &CaptureForm::newSessionGroupRequested, this, &MainWindow::createSessionGroup);
    connect(m_form, &CaptureForm::choicesChanged, this, &MainWindow::validateDescription);
    connect(m_form, &CaptureForm::choicesChanged, this, &MainWindow::keepDescription);
    connect(m_ready, &ReadyListModel::storeFailed, this, [this](const QString &problem) {
        statusBar()->showMessage(tr("The list of clips could not be saved: %1").arg(problem), 15000);
    });
    connect(m_form, &CaptureForm::newAthleteRequested, this, &MainWindow::openNewAthlete);
    // Nothing asked twice: an athlete's last choices come back with them.
    connect(m_form, &CaptureForm::athleteChanged, this, [this](const QString &id) {
        if (id == m_describedAthlete)
            return;
        const QString previous = m_describedAthlete;
        m_describedAthlete = id;
        if (id.isEmpty())
            return;
        if (const std::optional<AthleteDefaults::Values> last = AthleteDefaults().of(id))
            m_form->prefill(m_form->athletePicker()->currentName(), *last);
        else if (!previous.isEmpty()) // chosen for someone else; what was chosen before any athlete stays
            m_form->clearAthleteChoices();
    });
    connect(m_form, &CaptureForm::activityChanged, this, [this](const QString &activity) {
        if (m_catalogue.movements)
            m_form->setMovements(m_catalogue.movements(activity));
    });
    connect(m_form, &CaptureForm::movementChanged, this, [this](const QString &activity, const QString &movement) {
        if (m_catalogue.dimensions)
            m_form->setDimensions(m_catalogue.dimensions(activity, movement));
    });
    // Before and after each impact are the movement's (golf full swing 2.5 s / 1.5 s), or what the
    // coach chose for it last time; what the coach changes is remembered for the movement.
    connect(m_form, &CaptureForm::movementChanged, this, [this](const QString &activity, const QString &movement) {
        m_impactMovement = { activity, movement };
        const MovementCatalogue catalogue = MovementCatalogue::builtIn();
        const std::optional<MovementCatalogue::Movement> known = catalogue.movement(activity, movement);
        m_preview->impactSplit()->setWindow(
            ImpactWindows().of(activity, movement, catalogue.impactWindow(activity, movement)),
            movement.isEmpty() ? QString()
                : known        ? known->label
                               : movement);
    });
    connect(m_preview->impactSplit(), &ImpactSplit::windowEdited, this, [this](const ImpactWindow &window) {
        const auto &[activity, movement] = m_impactMovement;
        if (!movement.isEmpty())
            ImpactWindows().choose(activity, movement, window.beforeMs, window.afterMs,
                                   MovementCatalogue::builtIn().impactWindow(activity, movement));
    });
    connect(m_form, &CaptureForm::uploadRequested, this, &MainWindow::upload);
    connect(m_ui->actionUpload, &QAction::triggered, this, &MainWindow::upload);
    m_dropOverlay = new DropOverlay(m_ui->centralWidget);
    m_notifier = new UploadNotifier(this);
    setUpJobList();
    m_sleepInhibitor = new SleepInhibitor(this);
    connect(m_notifier, &UploadNotifier::quitRequested, this, [this] {
        emit stopUploadsRequested();
        m_closing = true;
        close();
    });

    connect(m_ready, &ReadyListModel::countsChanged, this, &MainWindow::updateReadyHeading);
    // The watch folder lists a clip only once it is whole; until then it
    // shows as still being copied, and cannot be chosen.
    connect(m_watchFolder, &WatchFolder::videosCopying, this, [this](const QStringList &paths) {
        for (const QString &path : paths) {
            if (!m_ready->contains(path) || !m_ready->indexOf(path).data(ReadyListModel::AcceptedRole).toBool())
                m_ready->addWaiting(path, tr("Still being copied…"));
        }
    });
    connect(m_watchFolder, &WatchFolder::videosAppeared, this, [this](const QStringList &paths) {
        m_ready->removePaths(paths); // the "still being copied" rows
        addPaths(paths);
    });
    // A listed clip that is rewritten leaves the list until it is whole
    // again, then is read again (size, duration, preview).
    connect(m_watchFolder, &WatchFolder::videoChanged, this,
            [this](const QString &path) { m_ready->removePaths({ path }); });
    connect(m_watchFolder, &WatchFolder::videosGone, m_ready, &ReadyListModel::removePaths);

    // From the camera: a banner above the ready list when a card with new clips
    // is plugged in; its button (or File ▸ Import From Camera…) opens the pane,
    // in a window of its own that never blocks this one.
    m_cameraBanner = new CameraBanner(m_ui->readyPane);
    m_ui->readyLayout->insertWidget(1, m_cameraBanner);
    m_cameraWindow = new QDialog(this);
    m_cameraWindow->setObjectName(QStringLiteral("cameraWindow"));
    m_cameraWindow->setModal(false);
    m_cameraPane = new CameraPane(m_cameraWindow);
    auto *cameraLayout = new QVBoxLayout(m_cameraWindow);
    cameraLayout->setContentsMargins(4, 4, 4, 4);
    cameraLayout->addWidget(m_cameraPane, 1);
    auto *cameraClose = new QDialogButtonBox(QDialogButtonBox::Close, m_cameraWindow);
    connect(cameraClose, &QDialogButtonBox::rejected, m_cameraWindow, &QDialog::hide);
    cameraLayout->addWidget(cameraClose);
    m_cameraWindow->resize(920, 600);
    connect(m_cameraBanner, &CameraBanner::openRequested, this, &MainWindow::openCameraPane);
    connect(m_ui->actionImportFromCamera, &QAction::triggered, this, &MainWindow::openCameraPane);
    connect(m_cameraPane, &CameraPane::bannerChanged, this,
            [this] { m_cameraBanner->setText(m_cameraPane->bannerText(), m_cameraPane->isImporting()); });
    connect(m_cameraPane, &CameraPane::importStarted, this, [this] { m_selectionAtImport = selectedReadyPaths(); });
    // While a card is copied the ready list's players go one clip every 5 s: the cores go to the copy
    // and the window (~1.1 s of CPU during a 3 s import of 200 clips, `perf sched`; bench/run
    // cameralateness), and a long import's rows still get their pictures as it runs.
    connect(m_cameraPane, &CameraPane::copyingChanged, m_ready, &ReadyListModel::setThumbnailsPaused);
    // Each copy joins the ready list as it is done, those that land close together at once (one
    // insertion, one layout); the import's clips are selected at its end.
    m_importArrivalTimer = new QTimer(this);
    m_importArrivalTimer->setObjectName(QStringLiteral("importArrivalTimer"));
    m_importArrivalTimer->setSingleShot(true);
    m_importArrivalTimer->setInterval(importArrivalMs);
    connect(m_importArrivalTimer, &QTimer::timeout, this, &MainWindow::addArrivedCopies);
    connect(m_cameraPane, &CameraPane::clipCopied, this, [this](const QString &copy) {
        m_importArrivals << copy;
        if (!m_importArrivalTimer->isActive())
            m_importArrivalTimer->start();
    });
    connect(m_cameraPane, &CameraPane::importFinished, this, &MainWindow::addImportedClips);

    setUpActions();
    // The core's movement catalogue and capture rules unless a caller plugs in others.
    setCatalogue(MovementChoices::from(MovementCatalogue::builtIn()));
    setCaptureValidator(MovementChoices::rules(MovementCatalogue::builtIn()));
    m_recentFiles = new RecentFiles(this);
    m_recentMenu = new QMenu(tr("Open &Recent"), this);
    m_recentMenu->setObjectName(QStringLiteral("menuRecent"));
    m_ui->menuFile->insertMenu(m_ui->actionWatchFolder, m_recentMenu);
    m_recentFiles->attach(m_recentMenu);
    connect(m_recentFiles, &RecentFiles::openRequested, this, [this](const QString &path) { addPaths({ path }); });

    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    m_ui->topSplitter->setStretchFactor(0, 2);
    m_ui->topSplitter->setStretchFactor(1, 4);
    m_ui->topSplitter->setStretchFactor(2, 3);
    m_ui->describeArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_ui->describeArea->setMinimumWidth(m_form->minimumSizeHint().width() + 24);
    fitReadyPane();
    m_cameraWindow->setWindowTitle(tr("From the Camera"));
    m_ui->topSplitter->setSizes({ 300, 620, 440 });
    m_ui->mainSplitter->setSizes({ 520, 300 });
    updateReadyHeading();
    updateEmptyState();
    restoreState();
}

MainWindow::~MainWindow()
{
    // The children outlive this part of the window: a field losing focus as
    // they go (an athlete's name being committed) must not call back into it.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *child : children)
        disconnect(child, nullptr, this, nullptr);
}

void MainWindow::setUpActions()
{
    m_ui->actionQuit->setIcon(themed("application-exit"));
    m_ui->actionQuit->setShortcut(QKeySequence::Quit);
    if (m_ui->actionQuit->shortcut().isEmpty()) // not every platform defines one
        m_ui->actionQuit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    m_ui->actionAddVideos->setIcon(themed("list-add", ":/icons/video.svg"));
    m_ui->actionAddVideos->setShortcut(QKeySequence::Open);
    m_ui->actionWatchFolder->setIcon(themed("folder"));
    m_ui->actionImportFromCamera->setIcon(QIcon(QStringLiteral(":/icons/source-card.svg")));
    m_ui->actionImportFromCamera->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    m_ui->actionWatchFolder->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_W));
    m_ui->actionSettings->setShortcut(QKeySequence::Preferences);
    if (m_ui->actionSettings->shortcut().isEmpty())
        m_ui->actionSettings->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_ui->actionSelectAllReady->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_ui->actionRemoveReady->setIcon(themed("list-remove"));
    m_ui->actionRemoveReady->setShortcut(QKeySequence::Delete);
    m_ui->actionRemoveReady->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_ui->readyList->addAction(m_ui->actionRemoveReady);
    m_ui->actionClearRejected->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    m_ui->actionUpload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_ui->actionUpload->setIcon(themed("go-up"));
    m_ui->actionPauseQueue->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_ui->actionPauseQueue->setIcon(themed("media-playback-pause"));
    m_ui->actionRetryFailed->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_ui->actionRetryFailed->setIcon(themed("view-refresh"));
    m_ui->actionRetryJob->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    m_ui->actionCancelJob->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Period));
    m_ui->actionCancelJob->setIcon(themed("process-stop"));
    m_ui->actionRemoveJob->setShortcut(QKeySequence(Qt::SHIFT | Qt::Key_Delete));
    m_ui->actionRemoveJob->setIcon(themed("edit-delete"));
    m_ui->actionRevealFile->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_O));
    m_ui->actionRevealFile->setIcon(themed("folder-open"));
    m_ui->actionCopySessionId->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_ui->actionCopySessionId->setIcon(themed("edit-copy"));
    // Ctrl+I is Split at Impacts (issue 23), as the issue asks, Ctrl+Shift+I Import From Camera (issue 24);
    // the details pane is Alt+Return, a selected item's properties on Windows and KDE alike.
    m_ui->actionShowJobDetails->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Return));
    m_ui->actionAbout->setShortcut(QKeySequence::HelpContents);
    m_ui->actionQuit->setToolTip(tr("Quit Uplift Capture"));

    m_ui->addVideosButton->setDefaultAction(m_ui->actionAddVideos);
    m_ui->removeReadyButton->setDefaultAction(m_ui->actionRemoveReady);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAbout, &QAction::triggered, this, &MainWindow::showAbout);
    connect(m_ui->actionAddVideos, &QAction::triggered, this, &MainWindow::chooseVideos);
    connect(m_ui->actionWatchFolder, &QAction::triggered, this, &MainWindow::chooseWatchFolder);
    connect(m_ui->actionSelectAllReady, &QAction::triggered, m_ui->readyList, &QAbstractItemView::selectAll);
    connect(m_ui->actionRemoveReady, &QAction::triggered, this, &MainWindow::removeSelectedReady);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionClearRejected, &QAction::triggered, m_ready, &ReadyListModel::clearRejected);

    addShortcutsToToolTips();
}

void MainWindow::addShortcutsToToolTips()
{
    // Tooltips say what an action does and how to reach it from the keyboard;
    // here, and only here, the shortcut is added. Run again after a change of
    // language, and for an action whenever it changes (Play becomes Pause): a
    // tooltip its owner set anew gets the shortcut added; one nobody touched
    // keeps its text, with the shortcut's name in the new language.
    static const char *const followed = "upliftToolTipFollowed";
    for (QAction *action : findChildren<QAction *>()) {
        addShortcutToToolTip(action);
        if (!action->property(followed).toBool()) {
            action->setProperty(followed, true);
            connect(action, &QAction::changed, this, [action] { addShortcutToToolTip(action); });
        }
    }
}

void MainWindow::addShortcutToToolTip(QAction *action)
{
    static const char *const base = "upliftToolTipBase";
    static const char *const shown = "upliftToolTipShown";
    static const char *const fromText = "upliftToolTipFromText";
    if (action->shortcut().isEmpty() || action->toolTip().isEmpty())
        return;
    const QString current = action->toolTip();
    // Without a tooltip of its own an action shows its text: follow the
    // text, which the form translates.
    // (as QAction derives it: no "..." and no '&')
    QString plain = action->text();
    plain.remove(QStringLiteral("...")).remove(QLatin1Char('&'));
    plain = plain.trimmed();
    if (action->property(shown).isNull())
        action->setProperty(fromText, current == plain);
    const QString text = action->property(fromText).toBool() ? plain
        : action->property(shown).toString() == current      ? action->property(base).toString()
                                                             : current;
    const QString withShortcut = tr("%1 (%2)").arg(text, action->shortcut().toString(QKeySequence::NativeText));
    action->setProperty(base, text);
    action->setProperty(shown, withShortcut);
    action->setToolTip(withShortcut); // no change, no signal: the changed() this answers ends here
}

QList<QWidget *> MainWindow::keyboardPath() const
{
    // The camera's banner (when a card or camera is there) sits above the ready list.
    QList<QWidget *> path { m_cameraBanner, m_ui->readyList, m_ui->addVideosButton, m_ui->removeReadyButton };
    path << m_preview->tabOrder() << m_form->tabOrder();
    path << m_ui->jobStateFilter << m_ui->jobSearch << m_ui->jobTable << m_jobDetails;
    return path;
}

bool MainWindow::focusNextPrevChild(bool next)
{
    // Tab follows keyboardPath() rather than Qt's focus chain, round the whole window: the
    // form's fields come and go with the movement and Upload is pinned outside it, and the
    // chain they left made Tab circle inside the form for ever (Upload and the job list never
    // reached: a keyboard trap; tst_guiflow keyboardOnly).
    if (KeyboardPath::move(keyboardPath(), this, next, true))
        return true;
    return QMainWindow::focusNextPrevChild(next);
}

QTableView *MainWindow::jobTable() const
{
    return m_ui->jobTable;
}

ReadyListModel *MainWindow::readyModel() const
{
    return m_ready;
}

int MainWindow::addPaths(const QStringList &paths)
{
    const VideoIntake::Result result = VideoIntake::collect(paths);
    // Adding clips never changes the coach's selection: the added ones become
    // the selection only when nothing was selected.
    const bool noneSelected = selectedReadyPaths().isEmpty();
    const QStringList listed = m_ready->videoPaths();
    const QSet<QString> before(listed.cbegin(), listed.cend());
    const int added = m_ready->addVideos(result.videos);
    m_recentFiles->add(result.videos);
    for (const VideoIntake::Rejected &rejected : result.rejected)
        m_ready->addRejected(rejected.path, rejected.reason);
    if (added > 0 && noneSelected) {
        QItemSelection selection;
        QModelIndex first;
        const QStringList now = m_ready->videoPaths();
        for (const QString &path : now) {
            if (before.contains(path))
                continue;
            const QModelIndex index = m_ready->indexOf(path);
            selection.select(index, index);
            if (!first.isValid())
                first = index;
        }
        QItemSelectionModel *selectionModel = m_ui->readyList->selectionModel();
        selectionModel->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    } else if (added > 0) {
        statusBar()->showMessage(added == 1
                                     ? tr("1 clip added to the list; select it to describe it.")
                                     : tr("%n clips added to the list; select them to describe them.", nullptr, added),
                                 8000);
    }
    if (!result.rejected.isEmpty())
        statusBar()->showMessage(result.rejected.size() == 1
                                     ? tr("1 file cannot be uploaded; the reason is shown in the list.")
                                     : tr("%n files cannot be uploaded; the reasons are shown in the list.", nullptr,
                                          int(result.rejected.size())),
                                 8000);
    return added;
}

void MainWindow::keepReadyListIn(const QString &file)
{
    QString problem;
    const QList<ReadyListModel::Saved> saved = ReadyListModel::readStore(file, &problem);
    if (!problem.isEmpty()) {
        // Kept aside, not overwritten: nothing the coach had is thrown away.
        const QString aside = file + QStringLiteral(".unreadable");
        QFile::remove(aside);
        QFile::rename(file, aside);
        statusBar()->showMessage(
            tr("The clips from last time could not be read (%1); the file was kept as %2.").arg(problem, aside), 15000);
    }
    int gone = 0;
    for (const ReadyListModel::Saved &entry : saved) {
        if (!QFileInfo(entry.path).isFile()) {
            ++gone;
            m_ready->addRejected(entry.path, tr("No longer there: moved or deleted since it was added"));
            continue;
        }
        m_ready->addVideos({ entry.path });
        if (!m_ready->indexOf(entry.path).data(ReadyListModel::AcceptedRole).toBool())
            continue;
        m_ready->setRanges(entry.path, entry.ranges);
        m_ready->setDescription(entry.path, entry.description);
    }
    m_ready->keepIn(file);
    if (gone > 0)
        statusBar()->showMessage(
            gone == 1 ? tr("1 clip from last time is no longer there; the list says which.")
                      : tr("%n clips from last time are no longer there; the list says which.", nullptr, gone),
            15000);
}

bool MainWindow::setWatchFolder(const QString &folder)
{
    const bool ok = m_watchFolder->setFolder(folder);
    if (ok)
        QSettings().setValue(QStringLiteral("window/watchFolder"), folder);
    return ok;
}

void MainWindow::startWatchingCameras(const QString &importedStore)
{
    if (m_sourceWatcher)
        return;
    m_cameraPane->setImportedStore(importedStore);
    m_sourceWatcher = new SourceWatcher(this);
    m_cameraPane->setWatcher(m_sourceWatcher);
    m_sourceWatcher->start();
}

void MainWindow::openCameraPane()
{
    m_cameraWindow->show();
    m_cameraWindow->raise();
    m_cameraWindow->activateWindow();
}

void MainWindow::addArrivedCopies()
{
    m_importArrivalTimer->stop();
    const QStringList copies = std::exchange(m_importArrivals, {});
    if (!copies.isEmpty())
        m_ready->addVideos(copies);
}

void MainWindow::addImportedClips(const QStringList &copies, const QString &message)
{
    statusBar()->showMessage(message, 15000);
    addArrivedCopies();
    m_ready->addVideos(copies); // any the pane did not announce one by one
    QStringList listed;
    for (const QString &copy : copies) {
        if (m_ready->indexOf(copy).data(ReadyListModel::AcceptedRole).toBool())
            listed << copy;
    }
    if (listed.isEmpty())
        return;
    m_recentFiles->add(listed);
    // The coach pressed Import: the clips come in selected, ready to describe.
    // Unless the coach chose other clips while they were copied: that choice stays,
    // and the status line says where the imported ones are.
    const QStringList now = selectedReadyPaths();
    if (QSet<QString>(now.cbegin(), now.cend())
        != QSet<QString>(m_selectionAtImport.cbegin(), m_selectionAtImport.cend())) {
        statusBar()->showMessage(
            message + QLatin1Char(' ') + tr("They wait in the ready list; your selection stays as it is."), 15000);
        return;
    }
    QItemSelection selection;
    for (const QString &copy : std::as_const(listed)) {
        const QModelIndex index = m_ready->indexOf(copy);
        selection.select(index, index);
    }
    QItemSelectionModel *selectionModel = m_ui->readyList->selectionModel();
    selectionModel->setCurrentIndex(m_ready->indexOf(listed.first()), QItemSelectionModel::NoUpdate);
    selectionModel->select(selection, QItemSelectionModel::ClearAndSelect);
    m_ui->readyList->scrollTo(m_ready->indexOf(listed.first()));
}

CaptureForm *MainWindow::captureForm() const
{
    return m_form;
}

void MainWindow::updateFormVideos()
{
    QList<VideoInfo> videos;
    const QStringList paths = selectedReadyPaths();
    for (const QString &path : paths)
        videos << m_ready->info(path);
    const bool otherClips
        = QSet<QString>(paths.cbegin(), paths.cend()) != QSet<QString>(m_formPaths.cbegin(), m_formPaths.cend());
    m_showingDescription = true;
    m_form->setVideos(videos);
    if (otherClips) {
        m_formPaths = paths;
        showDescriptionOf(paths);
    }
    m_showingDescription = false;
}

void MainWindow::showDescriptionOf(const QStringList &paths)
{
    if (paths.isEmpty())
        return; // nothing to describe: the form stays as the coach left it
    const std::optional<QJsonObject> shared = sharedDescription(paths);
    if (shared && !shared->isEmpty()) {
        const CaptureForm::Choices choices = CaptureForm::Choices::fromJson(*shared);
        m_describedAthlete = choices.athleteId; // shown as chosen for these clips, not as last time
        m_form->showChoices(choices);
    } else if (shared && m_choicesWithoutClips) {
        // The coach chose (e.g. the athlete) first, then picked these clips, described by nobody yet.
        m_showingDescription = false;
        keepDescription();
        m_showingDescription = true;
    } else {
        // Never an athlete (or their handedness) the coach did not choose for these clips.
        m_describedAthlete.clear();
        m_form->showUndescribed();
    }
    m_choicesWithoutClips = false;
}

std::optional<QJsonObject> MainWindow::sharedDescription(const QStringList &paths) const
{
    if (paths.isEmpty())
        return std::nullopt;
    const QJsonObject shared = m_ready->description(paths.first());
    const bool same = std::all_of(paths.cbegin(), paths.cend(),
                                  [&](const QString &path) { return m_ready->description(path) == shared; });
    return same ? std::optional<QJsonObject>(shared) : std::nullopt;
}

void MainWindow::keepDescription()
{
    if (m_showingDescription)
        return;
    if (m_formPaths.isEmpty()) {
        // Chosen before picking the clips: for the clips picked next.
        m_choicesWithoutClips = true;
        return;
    }
    const QJsonObject description = m_form->choices().toJson();
    for (const QString &path : std::as_const(m_formPaths))
        m_ready->setDescription(path, description);
}

void MainWindow::showAthletes(const QList<AthletePicker::Entry> &athletes)
{
    // A new roster is no choice of the coach's: the clips keep their
    // description, and an athlete chosen for them who was not known yet (the
    // roster still loading) is shown now.
    m_showingDescription = true;
    m_form->athletePicker()->setAthletes(athletes);
    if (const std::optional<QJsonObject> shared = sharedDescription(m_formPaths)) {
        const QString chosen = CaptureForm::Choices::fromJson(*shared).athleteId;
        if (!chosen.isEmpty() && m_form->choices().athleteId != chosen) {
            m_describedAthlete = chosen;
            m_form->athletePicker()->setCurrentId(chosen);
        }
    }
    m_showingDescription = false;
}

void MainWindow::setDuplicateCheck(DuplicateCheck check)
{
    m_duplicateCheck = std::move(check);
}

void MainWindow::createSessionGroup()
{
    SessionGroupPicker *picker = m_form->sessionGroupPicker();
    if (picker->athleteId().isEmpty()) {
        statusBar()->showMessage(tr("Choose the athlete first: a session group belongs to one athlete."), 8000);
        return;
    }
    auto *dialog = new QInputDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("New Session Group"));
    dialog->setLabelText(tr("Name of the session (for example “Tuesday range session”):"));
    dialog->setTextValue(SessionGroupPicker::todaysName());
    connect(dialog, &QInputDialog::textValueSelected, this,
            [picker](const QString &name) { picker->createGroup(name); });
    dialog->open();
}

void MainWindow::setCaptureValidator(std::function<QList<Validation>(const QJsonObject &)> validator)
{
    m_validator = std::move(validator);
    validateDescription();
}

QList<MainWindow::UploadRequest> MainWindow::currentRequests() const
{
    QList<UploadRequest> requests;
    const CaptureForm::Choices choices = m_form->choices();
    const QList<VideoInfo> videos = m_form->videos();
    for (const VideoInfo &video : videos) {
        // Each marked range of a recording is a clip of its own.
        const qsizetype parts = std::max<qsizetype>(1, video.ranges.size());
        for (int i = 0; i < parts; ++i) {
            const CaptureSpec spec = CaptureDraft::spec(choices, video, i);
            UploadRequest request { video.path, spec, spec.toJson(), choices.athleteName };
            if (i < video.ranges.size()) {
                request.clipStartMs = video.ranges.at(i).startMs;
                request.clipEndMs = video.ranges.at(i).endMs;
            }
            requests.append(request);
        }
    }
    return requests;
}

void MainWindow::validateDescription()
{
    const CaptureForm::Choices choices = m_form->choices();
    const QStringList requiredDimensions = m_form->requiredDimensionKeys();
    // Every clip is checked with the core's rules: a batch is only as good as its worst clip.
    QList<CaptureForm::FieldError> errors;
    const auto add = [&errors](const CaptureForm::FieldError &error) {
        const bool known = std::any_of(errors.cbegin(), errors.cend(),
                                       [&error](const CaptureForm::FieldError &e) { return e.field == error.field; });
        if (!known)
            errors.append(error);
    };
    const QList<VideoInfo> videos = m_form->videos();
    for (const VideoInfo &video : videos) {
        const QList<CaptureForm::FieldError> found = CaptureDraft::problems(choices, video, requiredDimensions);
        for (const CaptureForm::FieldError &error : found)
            add(error);
        if (m_validator) {
            const QList<Validation> more = m_validator(CaptureDraft::requestBody(choices, video));
            for (const Validation &v : more)
                add({ v.field, v.message, v.code });
        }
    }
    m_form->setFieldErrors(errors);

    const int count = m_form->videoCount();
    // Nothing is sent, nor derived, from a clip whose header is still being read.
    const qsizetype reading = std::count_if(videos.cbegin(), videos.cend(),
                                            [this](const VideoInfo &video) { return m_ready->isReading(video.path); });
    QString reason;
    if (count == 0)
        reason = tr("Select the clips to upload in the list on the left.");
    else if (reading > 0)
        reason = reading == 1 ? tr("Wait a moment: a clip is still being read.")
                              : tr("Wait a moment: %n clips are still being read.", nullptr, int(reading));
    else if (!errors.isEmpty())
        reason = errors.size() == 1
            ? tr("Before uploading: %1.").arg(errors.first().message)
            : tr("Before uploading: %1 (and %n more).", nullptr, int(errors.size() - 1)).arg(errors.first().message);
    m_form->setUploadState(reason.isEmpty(), reason);
    // The menu action stays available with clips selected: trying it points
    // at every missing choice, next to its field.
    m_ui->actionUpload->setEnabled(count > 0);
    m_uploadAllowed = reason.isEmpty();
}

void MainWindow::upload()
{
    validateDescription();
    if (!m_uploadAllowed) {
        // The coach tried: now every missing choice is pointed out next to its field.
        m_form->setShowRequiredErrors(true);
        return;
    }
    if (m_form->videos().isEmpty())
        return;
    const QList<UploadRequest> requests = currentRequests();
    if (requests.isEmpty())
        return;
    // A clip already queued or uploaded for this athlete is queued again only when the coach says so.
    QList<UploadRequest> fresh;
    QList<UploadRequest> again;
    QStringList lines;
    for (const UploadRequest &request : requests) {
        const std::optional<EarlierUpload> earlier
            = m_duplicateCheck ? m_duplicateCheck(request) : std::optional<EarlierUpload>();
        if (!earlier) {
            fresh << request;
            continue;
        }
        again << request;
        const QString when = QLocale().toString(earlier->when.toLocalTime(), QLocale::ShortFormat);
        lines << (earlier->uploaded ? tr("%1 was uploaded for %2 on %3.")
                                    : tr("%1 is already queued for %2 (since %3)."))
                     .arg(request.spec.fileName, request.athleteName, when);
    }
    if (again.isEmpty()) {
        queueRequests(requests);
        return;
    }
    auto *box = new QMessageBox(
        QMessageBox::Question, tr("Upload Again?"),
        again.size() == 1 ? tr("%1 Upload it again?").arg(lines.first())
            : again.size() == 2
            ? tr("%1 Upload it again, and 1 more clip queued or uploaded before?").arg(lines.first())
            : tr("%1 Upload it again, and %n more clips queued or uploaded before?", nullptr, int(again.size() - 1))
                  .arg(lines.first()),
        QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("uploadAgainQuestion"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setDefaultButton(QMessageBox::No);
    box->button(QMessageBox::Yes)->setText(tr("Upload Again"));
    box->button(QMessageBox::No)->setText(again.size() == 1 ? tr("Don't Upload It") : tr("Don't Upload These"));
    if (!fresh.isEmpty())
        box->setInformativeText(fresh.size() == 1
                                    ? tr("The other clip is queued either way.")
                                    : tr("The other %n clips are queued either way.", nullptr, int(fresh.size())));
    if (again.size() > 1)
        box->setDetailedText(lines.join(QLatin1Char('\n')));
    connect(box, &QMessageBox::finished, this, [this, requests, fresh, count = int(again.size())](int answer) {
        if (answer == QMessageBox::Yes) {
            queueRequests(requests);
            return;
        }
        if (!fresh.isEmpty())
            queueRequests(fresh);
        statusBar()->showMessage(count == 1
                                     ? tr("1 clip was not queued again; it stays in the list.")
                                     : tr("%n clips were not queued again; they stay in the list.", nullptr, count),
                                 8000);
    });
    box->open();
}

void MainWindow::queueRequests(const QList<UploadRequest> &requests)
{
    // Today's offered session group is kept now, with the id it was offered under.
    if (m_form->sessionGroupPicker()->commitPending().isEmpty()) {
        statusBar()->showMessage(tr("The new session group could not be kept; choose or create one."), 8000);
        return;
    }
    const CaptureForm::Choices choices = m_form->choices();
    m_form->athletePicker()->markUsed(choices.athleteId);
    // Only what the coach chose is remembered (rememberedValues leaves out what the clips said).
    AthleteDefaults().remember(choices.athleteId, CaptureForm::rememberedValues(choices));
    m_form->confirmPrefilled();
    emit uploadRequested(requests);
    // Queued clips leave the ready list (a recording once every marked part
    // of it is queued); the job list shows them from now on.
    QStringList paths;
    for (const UploadRequest &request : requests) {
        if (!paths.contains(request.path))
            paths << request.path;
    }
    paths.erase(std::remove_if(paths.begin(), paths.end(),
                               [&](const QString &path) {
                                   const VideoInfo info = m_ready->info(path);
                                   const qsizetype parts = std::max<qsizetype>(1, info.ranges.size());
                                   return std::count_if(requests.cbegin(), requests.cend(),
                                                        [&](const UploadRequest &r) { return r.path == path; })
                                       < parts;
                               }),
                paths.end());
    m_ready->removePaths(paths);
    m_form->setShowRequiredErrors(false);
    m_choicesWithoutClips = false; // what the form shows now was for the clips just queued
    // The next step is picking the next clips: the keyboard goes there too.
    m_ui->readyList->setFocus(Qt::OtherFocusReason);
    statusBar()->showMessage(requests.size() == 1 ? tr("1 clip queued for upload.")
                                                  : tr("%n clips queued for upload.", nullptr, int(requests.size())),
                             8000);
}

VideoPreview *MainWindow::preview() const
{
    return m_preview;
}

QStringList MainWindow::selectedReadyPaths() const
{
    QStringList paths;
    const QModelIndexList rows = m_ui->readyList->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : rows) {
        if (index.data(ReadyListModel::AcceptedRole).toBool())
            paths << index.data(ReadyListModel::PathRole).toString();
    }
    return paths;
}

void MainWindow::chooseVideos()
{
    // Non-modal and asynchronous: the queue keeps running behind the dialog.
    // Every container the intake takes, in any case (cameras write .MOV and .MTS);
    // "All files" too, since what a file holds decides, not its name.
    QStringList patterns;
    for (const QString &extension : MovieFacts::acceptedExtensions())
        patterns << QStringLiteral("*.") + extension << QStringLiteral("*.") + extension.toUpper();
    auto *dialog
        = new QFileDialog(this, tr("Add Videos"), QStandardPaths::writableLocation(QStandardPaths::MoviesLocation));
    dialog->setNameFilters({ tr("Videos (%1)").arg(patterns.join(QLatin1Char(' '))), tr("All files (*)") });
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFiles);
    connect(dialog, &QFileDialog::filesSelected, this, [this](const QStringList &files) { addPaths(files); });
    dialog->open();
}

void MainWindow::chooseWatchFolder()
{
    auto *dialog = new QFileDialog(this, tr("Watch Folder"), m_watchFolder->folder());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &folder) {
        if (!setWatchFolder(folder))
            QMessageBox::warning(this, tr("Watch Folder"), tr("The folder %1 cannot be watched.").arg(folder));
        else
            statusBar()->showMessage(tr("New videos in %1 are added by themselves.").arg(folder), 8000);
    });
    dialog->open();
}

void MainWindow::removeSelectedReady()
{
    QStringList paths;
    const QModelIndexList rows = m_ui->readyList->selectionModel()->selectedIndexes();
    for (const QModelIndex &index : rows)
        paths << index.data(ReadyListModel::PathRole).toString();
    m_ready->removePaths(paths);
}

void MainWindow::updateReadyHeading()
{
    m_ui->readyHeading->setText(tr("<b>Ready to upload</b> (%1)").arg(m_ready->videoCount()));
    // Empty, the list's place says how to fill it.
    const bool empty = m_ready->rowCount() == 0;
    m_ui->dropHint->setVisible(empty);
    m_ui->readyList->setVisible(!empty);
    m_ui->dropHint->setText(tr("<p style='font-size:large'><b>Drop videos here</b></p>"
                               "<p>.mov, .mp4 and .mts files, or whole folders, anywhere in this window</p>"
                               "<p>or use File ▸ Add Videos… (%1)</p>")
                                .arg(m_ui->actionAddVideos->shortcut().toString(QKeySequence::NativeText)));
}

void MainWindow::updateEmptyState()
{
    const QAbstractItemModel *model = m_ui->jobTable->model();
    const bool empty = !model || model->rowCount() == 0;
    m_ui->jobsEmptyState->setVisible(empty);
    m_ui->jobsSplitter->setVisible(!empty);
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!carriesLocalFiles(event->mimeData()))
        return event->ignore();
    event->acceptProposedAction();
    m_dropOverlay->setMessage(tr("Drop videos or folders to add them"));
    m_dropOverlay->show();
    m_dropOverlay->raise();
}

void MainWindow::dragMoveEvent(QDragMoveEvent *event)
{
    if (carriesLocalFiles(event->mimeData()))
        event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_dropOverlay->hide();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_dropOverlay->hide();
    if (!carriesLocalFiles(event->mimeData()))
        return event->ignore();
    QStringList paths;
    const QList<QUrl> urls = event->mimeData()->urls();
    for (const QUrl &url : urls) {
        if (url.isLocalFile())
            paths << url.toLocalFile();
    }
    event->acceptProposedAction();
    addPaths(paths);
}

void MainWindow::restoreState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: the default size, or the screen's when that is smaller (a 1366×768 laptop).
        if (const QScreen *screen = this->screen()) {
            const QRect available = screen->availableGeometry();
            resize(size().boundedTo(available.size()));
            move(available.topLeft());
        }
    }
    m_ui->mainSplitter->restoreState(settings.value(QStringLiteral("window/mainSplitter")).toByteArray());
    m_ui->topSplitter->restoreState(settings.value(QStringLiteral("window/topSplitter")).toByteArray());
    const QString folder = settings.value(QStringLiteral("window/watchFolder")).toString();
    if (!folder.isEmpty())
        m_watchFolder->setFolder(folder);
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/mainSplitter"), m_ui->mainSplitter->saveState());
    settings.setValue(QStringLiteral("window/topSplitter"), m_ui->topSplitter->saveState());
    settings.setValue(QStringLiteral("window/jobColumns"), m_ui->jobTable->horizontalHeader()->saveState());
}

void MainWindow::setSettingsValues(const SettingsDialog::Values &values)
{
    m_settings = values;
    m_cameraPane->setLibraryFolder(values.libraryFolder);
    if (m_settingsDialog)
        m_settingsDialog->setValues(values);
}

void MainWindow::openSettings()
{
    if (m_settingsDialog) {
        m_settingsDialog->raise();
        m_settingsDialog->activateWindow();
        return;
    }
    m_settingsDialog = new SettingsDialog(this);
    m_settingsDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_settingsDialog->setValues(m_settings);
    connect(m_settingsDialog, &SettingsDialog::testRequested, this, &MainWindow::connectionTestRequested);
    connect(m_settingsDialog, &QDialog::accepted, this, [this] {
        m_settings = m_settingsDialog->values();
        emit settingsChanged(m_settings);
    });
    m_settingsDialog->open();
}

void MainWindow::showConnectionTestResult(bool ok, const QString &message)
{
    if (m_settingsDialog)
        m_settingsDialog->showTestResult(ok, message);
}

void MainWindow::openNewAthlete()
{
    if (m_athleteDialog) {
        m_athleteDialog->raise();
        return;
    }
    m_athleteDialog = new NewAthleteDialog(this);
    m_athleteDialog->setAttribute(Qt::WA_DeleteOnClose);
    if (m_athleteValidator)
        m_athleteDialog->setValidator(m_athleteValidator);
    connect(m_athleteDialog, &NewAthleteDialog::createRequested, this, &MainWindow::athleteCreateRequested);
    m_athleteDialog->open();
}

void MainWindow::showAthleteCreateResult(bool ok, const QString &message, const QString &athleteId)
{
    if (m_athleteDialog)
        m_athleteDialog->showCreateResult(ok, message);
    if (ok && !athleteId.isEmpty())
        m_form->athletePicker()->setCurrentId(athleteId);
}

void MainWindow::setAthleteValidator(std::function<QList<NewAthleteDialog::Problem>(const QJsonObject &)> validator)
{
    m_athleteValidator = std::move(validator);
    if (m_athleteDialog)
        m_athleteDialog->setValidator(m_athleteValidator);
}

void MainWindow::setCatalogue(const Catalogue &catalogue)
{
    m_catalogue = catalogue;
    if (m_catalogue.activities)
        m_form->setActivities(m_catalogue.activities());
}

void MainWindow::setAccount(CoachAccount *account)
{
    if (m_account)
        m_account->disconnect(this);
    m_account = account;
    if (!account)
        return;
    connect(account, &CoachAccount::athletesChanged, this, &MainWindow::showAthletes);
    connect(account, &CoachAccount::athletesFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("The athletes could not be loaded: %1").arg(message), 15000);
    });
    connect(this, &MainWindow::athleteCreateRequested, account, &CoachAccount::createAthlete);
    connect(account, &CoachAccount::athleteCreated, this, [this](bool ok, const QString &message, const QString &id) {
        showAthleteCreateResult(ok, message, id);
        if (ok)
            m_pendingAthleteId = id; // selected once the refreshed roster arrives
    });
    connect(account, &CoachAccount::athletesChanged, this, [this] {
        if (!m_pendingAthleteId.isEmpty() && m_form->athletePicker()->setCurrentId(m_pendingAthleteId))
            m_pendingAthleteId.clear();
    });
    // "Test connection" is answered by AccountSettings, which can test before any account exists.
    setAthleteValidator(&CoachAccount::athleteProblems);
    account->refreshAthletes();
}

bool MainWindow::useServer(const QUrl &baseUrl, const QString &apiKey, QString *problem)
{
    if (!m_network)
        m_network = new QNetworkAccessManager(this);
    auto *client = new UpliftClient(m_network, this);
    if (!client->setBaseUrl(baseUrl, problem)) {
        delete client;
        return false;
    }
    client->setApiKey(apiKey);
    if (m_account)
        m_account->deleteLater();
    if (m_client)
        m_client->deleteLater();
    m_client = client;
    auto *account = new CoachAccount(client, m_network, this);
    account->setCache(m_athleteCache);
    setAccount(account);
    return true;
}

CoachAccount *MainWindow::account() const
{
    return m_account;
}

void MainWindow::setAthleteCache(AthleteCache *cache)
{
    m_athleteCache = cache;
    if (m_account)
        m_account->setCache(cache);
}

void MainWindow::offerFirstStart()
{
    auto *box = new QMessageBox(QMessageBox::Information, tr("Welcome to Uplift Capture"),
                                tr("To upload to Uplift, enter your API key. You can make one in the Uplift "
                                   "Capture web app under Account settings ▸ API Keys."),
                                QMessageBox::NoButton, this);
    box->setObjectName(QStringLiteral("firstStartBox"));
    box->setInformativeText(tr("Or try everything first with the sandbox: a practice server on this computer. "
                               "Nothing you upload there reaches Uplift."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *key = box->addButton(tr("Enter API Key…"), QMessageBox::AcceptRole);
    QPushButton *sandbox = box->addButton(tr("Try the Sandbox"), QMessageBox::ActionRole);
    box->addButton(tr("Later"), QMessageBox::RejectRole);
    box->setDefaultButton(key);
    connect(box, &QMessageBox::buttonClicked, this, [this, key, sandbox](QAbstractButton *button) {
        if (button == key)
            QTimer::singleShot(0, this, &MainWindow::openSettings);
        else if (button == sandbox)
            emit sandboxRequested();
    });
    box->open();
}

void MainWindow::setUpJobList()
{
    m_jobDetails = new JobDetailsPane(m_ui->jobDetailPane);
    m_ui->jobDetailLayout->addWidget(m_jobDetails);
    m_ui->jobsSplitter->setStretchFactor(0, 3);
    m_ui->jobsSplitter->setStretchFactor(1, 1);
    m_ui->jobDetailPane->setVisible(false);
    m_ui->actionShowJobDetails->setChecked(false);
    connect(m_ui->actionShowJobDetails, &QAction::toggled, m_ui->jobDetailPane, &QWidget::setVisible);

    fillJobFilters();
    connect(m_ui->jobStateFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_ui->jobTable->setStateFilter(m_ui->jobStateFilter->currentData().toString()); });
    connect(m_ui->jobSearch, &QLineEdit::textChanged, m_ui->jobTable, &JobListView::setSearchText);
    nameClearButton(m_ui->jobSearch, tr("Clear the search"));

    const QList<QAction *> jobActions { m_ui->actionRetryJob, m_ui->actionCancelJob, m_ui->actionRemoveJob,
                                        m_ui->actionRevealFile, m_ui->actionCopySessionId };
    for (QAction *action : jobActions) {
        m_ui->jobTable->addAction(action);
        m_ui->jobToolBar->addAction(action);
    }
    m_ui->jobToolBar->addSeparator();
    m_ui->jobToolBar->addAction(m_ui->actionRetryFailed);
    m_ui->jobToolBar->addAction(m_ui->actionPauseQueue);
    m_ui->jobToolBar->addAction(m_ui->actionShowJobDetails);
    m_ui->jobToolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->jobToolBar->setIconSize(QSize(16, 16));
    connect(m_ui->actionRetryJob, &QAction::triggered, this,
            [this] { emit retryJobsRequested(m_ui->jobTable->selectedJobRows()); });
    connect(m_ui->actionCancelJob, &QAction::triggered, this,
            [this] { emit cancelJobsRequested(m_ui->jobTable->selectedJobRows()); });
    connect(m_ui->actionRemoveJob, &QAction::triggered, this,
            [this] { emit removeJobsRequested(m_ui->jobTable->selectedJobRows()); });
    connect(m_ui->actionRetryFailed, &QAction::triggered, this, &MainWindow::retryAllFailedRequested);
    connect(m_ui->actionPauseQueue, &QAction::toggled, this, &MainWindow::pauseRequested);
    connect(m_ui->actionPauseQueue, &QAction::toggled, this, &MainWindow::showQueuePaused);
    connect(m_ui->actionRevealFile, &QAction::triggered, this, &MainWindow::revealSelectedFile);
    connect(m_ui->actionCopySessionId, &QAction::triggered, this, &MainWindow::copySelectedSessionIds);
    connect(m_ui->jobTable, &JobListView::selectedJobsChanged, this, &MainWindow::updateJobActions);
    connect(m_ui->jobTable, &JobListView::summaryChanged, this, &MainWindow::showJobSummary);

    // The message first, stretching: QStatusBar draws its own message only left of the
    // first permanent widget, which is this one, so it is shown here and only here.
    auto *message = new StatusMessage(this);
    m_statusMessage = message;
    m_statusMessage->setObjectName(QStringLiteral("statusMessage"));
    m_statusMessage->setAccessibleName(tr("Status message"));
    statusBar()->addPermanentWidget(m_statusMessage, 1);
    connect(statusBar(), &QStatusBar::messageChanged, this,
            [message](const QString &text) { message->setFullText(text); });
    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(QStringLiteral("summaryLabel"));
    m_summaryLabel->setAccessibleName(tr("Upload summary"));
    m_summaryProgress = new QProgressBar(this);
    m_summaryProgress->setAccessibleName(tr("Total upload progress"));
    m_summaryProgress->setMaximumWidth(160);
    m_summaryProgress->setRange(0, 100);
    m_summaryProgress->hide();
    statusBar()->addPermanentWidget(m_summaryLabel);
    statusBar()->addPermanentWidget(m_summaryProgress);
    m_ui->actionRetryFailed->setEnabled(false);
    updateJobActions();
}

void MainWindow::fillJobFilters()
{
    const QList<QPair<QString, QString>> filters { { tr("All uploads"), QString() },
                                                   { tr("In progress"), QStringLiteral("active") },
                                                   { tr("Queued"), QStringLiteral("queued") },
                                                   { tr("Uploading"), QStringLiteral("uploading") },
                                                   { tr("Processing"), QStringLiteral("processing") },
                                                   { tr("Completed"), QStringLiteral("completed") },
                                                   { tr("Failed"), QStringLiteral("failed") },
                                                   { tr("Cancelled"), QStringLiteral("cancelled") } };
    // Set again after a change of language: the texts change, the choice stays.
    for (int i = 0; i < int(filters.size()); ++i) {
        if (i < m_ui->jobStateFilter->count())
            m_ui->jobStateFilter->setItemText(i, filters.at(i).first);
        else
            m_ui->jobStateFilter->addItem(filters.at(i).first, filters.at(i).second);
    }
}

JobListView *MainWindow::jobList() const
{
    return m_ui->jobTable;
}

void MainWindow::setJobModel(QAbstractItemModel *model, const JobListView::Columns &columns)
{
    m_ui->jobTable->setJobModel(model, columns);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, this, &MainWindow::updateEmptyState);
    connect(model, &QAbstractItemModel::modelReset, this, &MainWindow::updateEmptyState);
    // The selected upload's story follows it (Uploading, then Done; Paused while the queue
    // is): a change of its state is told again. Progress alone (its own columns) is not.
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this, stateColumn = columns.state](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                if (stateColumn < topLeft.column() || stateColumn > bottomRight.column())
                    return;
                const QList<int> rows = m_ui->jobTable->selectedJobRows();
                if (rows.size() == 1 && rows.first() >= topLeft.row() && rows.first() <= bottomRight.row())
                    updateJobActions();
            });
    m_ui->jobTable->horizontalHeader()->restoreState(
        QSettings().value(QStringLiteral("window/jobColumns")).toByteArray());
    updateEmptyState();
    updateJobActions();
}

void MainWindow::setJobDetailsProvider(DetailsProvider provider)
{
    m_detailsProvider = std::move(provider);
    updateJobActions();
}

void MainWindow::updateJobActions()
{
    const QList<int> rows = m_ui->jobTable->selectedJobRows();
    for (QAction *action : { m_ui->actionRetryJob, m_ui->actionCancelJob, m_ui->actionRemoveJob, m_ui->actionRevealFile,
                             m_ui->actionCopySessionId })
        action->setEnabled(!rows.isEmpty());
    if (rows.size() == 1 && m_detailsProvider)
        m_jobDetails->setDetails(m_detailsProvider(rows.first()));
    else
        m_jobDetails->clear();
}

void MainWindow::showJobSummary(const JobSummary &counted)
{
    const JobSummary before = m_lastSummary;
    JobSummary summary = counted;
    summary.paused = m_queuePaused;
    m_lastSummary = summary;
    m_summaryLabel->setText(summary.text());
    const int percent = summary.percent();
    m_summaryProgress->setVisible(summary.active() && percent >= 0);
    m_summaryProgress->setValue(qMax(0, percent));
    m_notifier->setToolTip(summary.text());
    m_ui->actionRetryFailed->setEnabled(summary.failed > 0);
    setUploadsActive(summary.active());
    if (summary.failed > before.failed) {
        // The clips that failed since the last count, by name, in the coach's words.
        QSet<QString> known;
        for (const JobSummary::Failure &f : before.failures)
            known.insert(f.key);
        QStringList clips;
        QString reason;
        for (const JobSummary::Failure &f : std::as_const(summary.failures)) {
            if (known.contains(f.key))
                continue;
            clips << f.clip;
            if (reason.isEmpty())
                reason = f.reason;
        }
        if (!clips.isEmpty())
            m_notifier->clipsFailed(clips, reason.isEmpty() ? tr("The job list says why.") : reason);
    }
    // A batch ends when nothing is left to send; its clips that reached Uplift are uploaded,
    // whether Uplift has finished processing them or not.
    if (before.active() && !summary.active())
        m_notifier->batchFinished(summary.done + summary.processing - m_uploadedAtBatchStart, summary.failed);
    if (!before.active() && summary.active()) {
        // What had reached Uplift before the batch; the window's first count (its job list
        // just given) has no "before": what it counts then was there before.
        m_uploadedAtBatchStart = m_summaryCounted ? before.done + before.processing : summary.done + summary.processing;
    }
    m_summaryCounted = true;
}

void MainWindow::showQueuePaused(bool paused)
{
    m_queuePaused = paused;
    if (m_ui->actionPauseQueue->isChecked() != paused) {
        const QSignalBlocker quiet(m_ui->actionPauseQueue); // told, not asked: no pauseRequested
        m_ui->actionPauseQueue->setChecked(paused);
    }
    m_lastSummary.paused = paused;
    m_summaryLabel->setText(m_lastSummary.text());
    m_notifier->setToolTip(m_lastSummary.text());
}

QStringList MainWindow::selectedJobValues(int column) const
{
    QStringList values;
    const QAbstractItemModel *model = m_ui->jobTable->jobModel();
    if (!model || column < 0)
        return values;
    const int role = m_ui->jobTable->columns().rawRole;
    const QList<int> rows = m_ui->jobTable->selectedJobRows();
    for (int row : rows) {
        const QString value = model->index(row, column).data(role).toString();
        if (!value.isEmpty())
            values << value;
    }
    return values;
}

void MainWindow::revealSelectedFile()
{
    const JobListView::Columns columns = m_ui->jobTable->columns();
    const QStringList paths = selectedJobValues(columns.path >= 0 ? columns.path : columns.file);
    if (paths.isEmpty())
        return;
    // The folder opens in the file manager; selecting the file itself needs
    // each platform's own call, which the folder view makes unnecessary.
    QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(paths.first()).absolutePath()));
}

void MainWindow::copySelectedSessionIds()
{
    const QStringList ids = selectedJobValues(m_ui->jobTable->columns().sessionId);
    if (ids.isEmpty()) {
        statusBar()->showMessage(tr("No session ID yet: the capture is reserved when its upload starts."), 8000);
        return;
    }
    QApplication::clipboard()->setText(ids.join(QLatin1Char('\n')));
    statusBar()->showMessage(ids.size() == 1 ? tr("Session ID copied.") : tr("Session IDs copied."), 5000);
}

void MainWindow::setUploadsActive(bool active)
{
    m_uploadsActive = active;
    m_sleepInhibitor->setActive(active);
    if (active)
        m_notifier->setVisible(true);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveState();
    if (m_uploadsActive && !m_closing) {
        event->ignore();
        askBeforeClosing();
        return;
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::askBeforeClosing()
{
    // Non-modal: uploads keep running while the question is open.
    auto *box = new QMessageBox(QMessageBox::Question, tr("Uploads Are Running"),
                                tr("Videos are still being uploaded. Keep uploading in the background, or stop now?"),
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Stopping loses nothing: the uploads continue the next time you start Uplift Capture."));
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *keep
        = box->addButton(m_notifier->available() ? tr("Keep Uploading in the Tray") : tr("Keep Uploading (Minimise)"),
                         QMessageBox::AcceptRole);
    QPushButton *stop = box->addButton(tr("Stop and Quit"), QMessageBox::DestructiveRole);
    box->addButton(QMessageBox::Cancel);
    box->setDefaultButton(keep);
    connect(box, &QMessageBox::buttonClicked, this, [this, keep, stop](QAbstractButton *button) {
        if (button == keep) {
            if (m_notifier->available()) {
                m_notifier->setVisible(true);
                hide();
            } else {
                showMinimized();
            }
        } else if (button == stop) {
            emit stopUploadsRequested();
            m_closing = true;
            close();
        }
    });
    box->open();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About %1").arg(ApplicationIdentity::displayName()),
                       tr("<h3>%1 %2</h3><p>Uploads your videos to the Uplift motion-analysis platform.</p>")
                           .arg(ApplicationIdentity::displayName(), ApplicationIdentity::version()));
}

void MainWindow::showSandboxMode(const QUrl &baseUrl)
{
    m_sandboxUrl = baseUrl;
    if (!m_sandboxLabel) {
        m_sandboxLabel = new QLabel(this);
        m_sandboxLabel->setObjectName(QStringLiteral("sandboxLabel"));
        statusBar()->addPermanentWidget(m_sandboxLabel);
    }
    //: Window title in sandbox mode; %1 is the usual title.
    const QString title = tr("%1 — Sandbox").arg(ApplicationIdentity::displayName());
    // On Linux and Windows Qt appends the application's display name to every window title
    // that does not end with it ("Uplift Capture — Sandbox — Uplift Capture"). In sandbox
    // mode that name is this title: the window says it once, a dialog "Settings — Uplift
    // Capture — Sandbox".
    QGuiApplication::setApplicationDisplayName(title);
    setWindowTitle(title);
    m_sandboxLabel->setText(m_sandboxUrl.isEmpty()
                                ? tr("Sandbox: uploads stay on this computer")
                                : tr("Sandbox: uploads stay on this computer (%1)").arg(m_sandboxUrl.toString()));
}

void MainWindow::fitReadyPane()
{
    // Never narrower than its two buttons: their German texts are long.
    const int buttons = m_ui->addVideosButton->sizeHint().width() + m_ui->removeReadyButton->sizeHint().width()
        + qMax(0, m_ui->readyButtons->spacing());
    m_ui->readyPane->setMinimumWidth(qMax(220, buttons));
}

void MainWindow::retranslate()
{
    m_ui->actionQuit->setToolTip(tr("Quit Uplift Capture"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_summaryLabel->setAccessibleName(tr("Upload summary"));
    m_statusMessage->setAccessibleName(tr("Status message"));
    m_summaryProgress->setAccessibleName(tr("Total upload progress"));
    if (!m_summaryLabel->text().isEmpty())
        m_summaryLabel->setText(m_lastSummary.text());
    fillJobFilters();
    nameClearButton(m_ui->jobSearch, tr("Clear the search"));
    updateReadyHeading();
    fitReadyPane();
    if (m_sandboxLabel)
        showSandboxMode(m_sandboxUrl);
    m_cameraWindow->setWindowTitle(tr("From the Camera"));
    // The job model's headers and state texts are translated when asked for;
    // the header caches its section texts' sizes, so it is told to ask again.
    if (QAbstractItemModel *model = m_ui->jobTable->model()) {
        if (model->columnCount() > 0)
            m_ui->jobTable->horizontalHeader()->headerDataChanged(Qt::Horizontal, 0, model->columnCount() - 1);
    }
    m_ui->jobTable->viewport()->update();
    // The child widgets retranslate after this window (their own
    // LanguageChange follows); their tooltips get the shortcut afterwards.
    QTimer::singleShot(0, this, &MainWindow::addShortcutsToToolTips);
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslate();
    }
    QMainWindow::changeEvent(event);
}
