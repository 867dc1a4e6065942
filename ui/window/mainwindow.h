#pragma once

#include "captureform.h"
#include "jobdetailspane.h"
#include "joblistview.h"

#include "athletepicker.h"

#include "api/messages/capturespec.h"
#include "api/roster/athletecache.h"
#include "newathletedialog.h"
#include "settingsdialog.h"

#include <QDateTime>
#include <QPointer>

#include <QJsonObject>
#include <QMainWindow>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class MainWindow;
}
class AthleteCache;
class CaptureForm;
class CoachAccount;
class QNetworkAccessManager;
class UpliftClient;
class DropOverlay;
class SleepInhibitor;
class UploadNotifier;
class QLabel;
class QMenu;
class RecentFiles;
class QProgressBar;
class QTableView;
class QTimer;
class ReadyListModel;
class VideoPreview;
class WatchFolder;
class CameraBanner;
class CameraPane;
class QDialog;
class SourceWatcher;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // The table every upload is listed in.
    QTableView *jobTable() const;
    ReadyListModel *readyModel() const;
    VideoPreview *preview() const;
    RecentFiles *recentFiles() const { return m_recentFiles; }
    CaptureForm *captureForm() const;

    // Files and folders, as dropped or picked; returns how many videos were added.
    // The added videos are selected only when no clip was selected; a selection
    // the coach made stays as it was (and the form with it).
    int addPaths(const QStringList &paths);
    // Where the ready list is kept across restarts and crashes (the sandbox's
    // apart from the account's): what the file holds comes back first, each
    // video with its marks and description; a video whose file is gone comes
    // back as a row saying so. From then on the list is written as it changes.
    void keepReadyListIn(const QString &file);
    bool setWatchFolder(const QString &folder);
    // Cards, cameras and phones: from now on one plugged in shows in the
    // banner above the ready list and in "From the camera" (File ▸ Import From
    // Camera…); what was imported before is recorded in importedStore.
    void startWatchingCameras(const QString &importedStore);
    CameraPane *cameraPane() const { return m_cameraPane; }
    CameraBanner *cameraBanner() const { return m_cameraBanner; }
    void openCameraPane();

    struct UploadRequest
    {
        QString path;
        CaptureSpec spec;
        QJsonObject body; // spec.toJson(): the POST /captures body
        QString athleteName; // for the job list, which would otherwise show the athlete's id
        qint64 clipStartMs = -1; // the part of the recording the coach marked; -1: all of it
        qint64 clipEndMs = -1;
    };
    // The core's rules for one capture body (CaptureSpec::validate); without
    // one the window only checks that every choice is made.
    struct Validation
    {
        QString field;
        QString code;
        QString message;
    };
    void setCaptureValidator(std::function<QList<Validation>(const QJsonObject &)> validator);
    // A clip already queued or uploaded for the same athlete and range
    // (the queue's JobQueue::isDuplicate) is queued again only if the coach
    // says so: Upload asks first, naming the clip, the athlete and when.
    struct EarlierUpload
    {
        QDateTime when; // when it was queued
        bool uploaded = false; // already in Uplift (else still in the queue)
    };
    using DuplicateCheck = std::function<std::optional<EarlierUpload>(const UploadRequest &)>;
    void setDuplicateCheck(DuplicateCheck check);
    // The roster (from the account, or its cache on this computer).
    void showAthletes(const QList<AthletePicker::Entry> &athletes);
    // Updates the Upload button and the errors next to the fields now.
    void validateDescription();

    // The queue tells the window whether uploads are running: the machine is
    // kept awake meanwhile, and closing the window asks first.
    void setUploadsActive(bool active);
    bool uploadsActive() const { return m_uploadsActive; }
    UploadNotifier *notifier() const { return m_notifier; }
    SleepInhibitor *sleepInhibitor() const { return m_sleepInhibitor; }

    // The job list shows the core's JobModel; the queue's commands go out as signals below.
    void setJobModel(QAbstractItemModel *model, const JobListView::Columns &columns);
    using DetailsProvider = std::function<JobDetailsPane::Details(int sourceRow)>;
    void setJobDetailsProvider(DetailsProvider provider);
    JobListView *jobList() const;
    JobDetailsPane *jobDetails() const { return m_jobDetails; }

    // Settings: the values come from the core (Settings, Credentials) and go back through settingsChanged.
    void setSettingsValues(const SettingsDialog::Values &values);
    void openSettings();
    void showConnectionTestResult(bool ok, const QString &message);
    // New athlete: the dialog's body goes out as athleteCreateRequested; the
    // answer comes back here (on success the roster already holds the athlete).
    void showAthleteCreateResult(bool ok, const QString &message, const QString &athleteId = {});
    void setAthleteValidator(std::function<QList<NewAthleteDialog::Problem>(const QJsonObject &)> validator);
    // The movement catalogue: activities, their movements, the dimensions a movement requires.
    struct Catalogue
    {
        std::function<QList<CaptureForm::Option>()> activities;
        std::function<QList<CaptureForm::Option>(const QString &activity)> movements;
        std::function<QList<CaptureForm::Dimension>(const QString &activity, const QString &movement)> dimensions;
    };
    void setCatalogue(const Catalogue &catalogue);

    // The line to the coach's organisation (athletes, new athlete, key test).
    void setAccount(CoachAccount *account);
    // Talks to this server with this key from now on (the sandbox, or the
    // coach's account): a client of the window's own, athletes reloaded.
    bool useServer(const QUrl &baseUrl, const QString &apiKey, QString *problem = nullptr);
    UpliftClient *client() const { return m_client; }
    CoachAccount *account() const;
    // The roster kept on this computer, used by every account useServer() makes
    // (the picker works offline); not owned.
    void setAthleteCache(AthleteCache *cache);

    // First start without an API key: enter a key, or try the sandbox.
    void offerFirstStart();

    // Sandbox mode: the title and a permanent status-bar note say that uploads
    // stay on this computer (kept through a change of language).
    void showSandboxMode(const QUrl &baseUrl);
    // The queue paused or resumed (by the coach, or by itself when it cannot
    // record): the status line says "Paused", the Pause action follows.
    void showQueuePaused(bool paused);

    // Where Tab goes, the whole window as a coach reads it: the camera's banner (when shown),
    // the ready list, the preview's controls, Split at Impacts' (when shown), the describe form
    // top to bottom, Upload, the job list's filters, the job list, its details; then round to
    // the ready list again. What is hidden or disabled is passed over (KeyboardPath).
    QList<QWidget *> keyboardPath() const;

signals:
    void athleteCreateRequested(const QJsonObject &body);
    void settingsChanged(const SettingsDialog::Values &values);
    void connectionTestRequested(const QString &apiUrl, const QString &apiKey, bool useSandbox);
    void sandboxRequested();
    void retryJobsRequested(const QList<int> &rows);
    void cancelJobsRequested(const QList<int> &rows);
    void removeJobsRequested(const QList<int> &rows);
    void retryAllFailedRequested();
    void pauseRequested(bool paused);
    // Closing while uploads run: the coach chose to stop them (nothing is lost,
    // the queue resumes at the next start) or to keep them going in the tray.
    void stopUploadsRequested();
    // The coach pressed Upload: one request per clip, to be queued.
    void uploadRequested(const QList<MainWindow::UploadRequest> &requests);

protected:
    bool focusNextPrevChild(bool next) override;
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void showAbout();
    // Texts built in code, set again after a change of language.
    void retranslate();
    void addShortcutsToToolTips();
    static void addShortcutToToolTip(QAction *action);
    void fillJobFilters();
    void fitReadyPane();
    void updateEmptyState();
    void updateReadyHeading();
    void chooseVideos();
    void chooseWatchFolder();
    void removeSelectedReady();
    void setUpActions();
    void updateFormVideos();
    void createSessionGroup();
    void upload();
    void queueRequests(const QList<UploadRequest> &requests);
    // The form shows what was chosen for these clips, or nothing of an
    // athlete's when they were not described (or described differently).
    void showDescriptionOf(const QStringList &paths);
    // What was chosen for these clips when it is the same for all of them (empty: nothing yet).
    std::optional<QJsonObject> sharedDescription(const QStringList &paths) const;
    // What the coach chose is kept with the clips the form describes.
    void keepDescription();
    void askBeforeClosing();
    void openNewAthlete();
    void setUpJobList();
    void updateJobActions();
    void showJobSummary(const JobSummary &summary);
    void revealSelectedFile();
    void copySelectedSessionIds();
    QStringList selectedJobValues(int column) const;
    QList<UploadRequest> currentRequests() const;
    void restoreState();
    void saveState() const;
    QStringList selectedReadyPaths() const;

    void addImportedClips(const QStringList &copies, const QString &message);
    void addArrivedCopies();

    std::unique_ptr<Ui::MainWindow> m_ui;
    ReadyListModel *m_ready;
    WatchFolder *m_watchFolder;
    DropOverlay *m_dropOverlay;
    VideoPreview *m_preview;
    CaptureForm *m_form;
    std::function<QList<Validation>(const QJsonObject &)> m_validator;
    bool m_uploadAllowed = false;
    bool m_uploadsActive = false;
    bool m_closing = false;
    UploadNotifier *m_notifier;
    JobDetailsPane *m_jobDetails;
    DetailsProvider m_detailsProvider;
    SettingsDialog::Values m_settings;
    QPointer<SettingsDialog> m_settingsDialog;
    QPointer<NewAthleteDialog> m_athleteDialog;
    std::function<QList<NewAthleteDialog::Problem>(const QJsonObject &)> m_athleteValidator;
    Catalogue m_catalogue;
    QPointer<CoachAccount> m_account;
    QPointer<AthleteCache> m_athleteCache;
    QString m_pendingAthleteId;
    QString m_describedAthlete; // whose remembered choices the form shows
    QStringList m_formPaths; // the clips the form describes
    bool m_showingDescription = false; // the form is being set, not changed by the coach
    bool m_choicesWithoutClips = false; // the coach changed the form with no clip selected
    DuplicateCheck m_duplicateCheck;
    QNetworkAccessManager *m_network = nullptr;
    UpliftClient *m_client = nullptr;
    QLabel *m_statusMessage; // the status bar's message, elided, apart from the summary
    QLabel *m_summaryLabel;
    QProgressBar *m_summaryProgress;
    JobSummary m_lastSummary;
    bool m_queuePaused = false;
    int m_uploadedAtBatchStart = 0; // done + processing when the batch began
    bool m_summaryCounted = false; // a job list has been counted once
    SleepInhibitor *m_sleepInhibitor;
    QUrl m_sandboxUrl;
    RecentFiles *m_recentFiles;
    QMenu *m_recentMenu;
    QLabel *m_sandboxLabel = nullptr;
    std::pair<QString, QString> m_impactMovement; // the activity and movement a split's before/after are for
    CameraPane *m_cameraPane;
    QDialog *m_cameraWindow;
    CameraBanner *m_cameraBanner;
    SourceWatcher *m_sourceWatcher = nullptr;
    QStringList m_selectionAtImport; // the ready list's selection when the coach pressed Import
    // Copies the camera pane announced, added to the ready list together a moment later.
    QStringList m_importArrivals;
    QTimer *m_importArrivalTimer = nullptr;
    static constexpr int importArrivalMs = 250;
    // The ready list laid out again (rows as tall as their facts) after its rows changed.
    QTimer *m_readyLayout = nullptr;
    static constexpr int readyLayoutMs = 200;
    // The Describe form brought up to date with its clips' facts as they come in.
    QTimer *m_formRefresh = nullptr;
    static constexpr int formRefreshMs = 150;
};
