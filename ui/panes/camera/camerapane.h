#pragma once

#include "devices/camerasource.h"
#include "devices/clipimport.h"
#include "devices/sourcescan.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QWidget>

class CameraClipModel;
class CameraThumbnails;
class QLabel;
class QListView;
class QListWidget;
class QProgressBar;
class QPushButton;
class SourceWatcher;

// "From the camera": the cards, cameras and phones that are plugged in (an
// icon for each kind and its name), and the videos on the chosen one
// (CameraClipModel: newest first, already imported ones marked and not
// chosen). Import copies the chosen clips into the library folder
// (ClipImport, on a thread of its own) with progress, speed and time left;
// Eject unmounts the card, and says why not while it is being copied from.
// Reading the card, its thumbnails and the copy all run off the GUI thread: a
// slow or stalled card never freezes the window. A card pulled mid-copy is
// said in words, and the import goes on where it stopped when it is back.
class CameraPane : public QWidget
{
    Q_OBJECT

public:
    // The line under the copy's progress bar: "Copying file 2 of 8 · 120 MB of 1.3 GB · 25.0 MB/s · about 1 min left".
    static QString progressText(const ImportProgress &progress);
    explicit CameraPane(QWidget *parent = nullptr);
    ~CameraPane() override;

    // Follows this watcher's sources (not owned).
    void setWatcher(SourceWatcher *watcher);
    // Where the copies go: <library>/YYYY-MM-DD of the import's day.
    void setLibraryFolder(const QString &folder);
    // The record of what was imported before (ImportedClips' file).
    void setImportedStore(const QString &path);

    // Shows this source's clips (its root).
    void showSource(const QString &root);
    QString shownSource() const { return m_shown; }
    CameraClipModel *clipModel() const { return m_model; }
    bool isImporting() const { return m_import && m_import->isRunning(); }
    // One line for the window's banner: which card, how many new clips, or
    // how far the import is; empty when there is nothing to say.
    QString bannerText() const;
    // A card is plugged in with clips not imported yet, or an import runs or waits.
    bool wantsAttention() const;

    // Rows whose thumbnails are made while the pane is closed.
    static constexpr int FirstScreenful = 12;

public slots:
    void startImport();

signals:
    void bannerChanged();
    // A copy is in the library (checked against its hash, recorded).
    void clipCopied(const QString &copyPath);
    // An import ended (done, stopped, the card pulled): its copies, and what happened in words.
    void importFinished(const QStringList &copies, const QString &message);
    void importStarted();
    // A copy runs (true) or has ended (false), a resumed one included.
    void copyingChanged(bool copying);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    struct Source
    {
        CameraSource source;
        QList<DeviceClip> clips;
        bool listed = false;
        bool scanned = false;
        QString problem;
        QPointer<SourceScan> scan;
    };

    void addSource(const CameraSource &source);
    void removeSource(const QString &root);
    void scan(const QString &root);
    void updateSourceRow(const QString &root);
    void updateHeading();
    void updateButtons();
    void requestThumbnails();
    void runImport();
    void showProgress(const ImportProgress &progress);
    void finishImport(const ImportOutcome &outcome);
    void eject();
    void showMessage(const QString &text, bool problem = false);
    void retranslate();
    Source *find(const QString &root);
    const Source *find(const QString &root) const;
    static QIcon iconFor(CameraSource::Kind kind);
    static QString quotedName(const CameraSource &source);
    static QString sentence(QString text);

    QListWidget *m_sourceList;
    QLabel *m_heading;
    QListView *m_clipList;
    QPushButton *m_chooseAll;
    QPushButton *m_chooseNone;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_message;
    QPushButton *m_eject;
    QPushButton *m_importButton;
    QLabel *m_emptyText;

    CameraClipModel *m_model;
    CameraThumbnails *m_thumbnails;
    QPointer<SourceWatcher> m_watcher;
    QList<Source> m_sources;
    QString m_shown;
    QString m_library;
    QString m_store;
    QHash<QString, QString> m_ejecting; // roots asked to eject, not answered yet -> their names then

    // The import running (or waiting for its card to come back).
    ClipImport *m_import = nullptr;
    CameraSource m_importSource;
    QList<DeviceClip> m_importClips; // still to copy
    int m_importTotal = 0; // clips chosen when the coach pressed Import
    QStringList m_copies; // copied in this import, over every resumption
    bool m_waitingForCard = false;
    ImportProgress m_lastProgress;
    QString m_bannerNote; // the last thing the banner said about an import
    bool m_choosingSource = false; // the pane sets the current source, not the coach
    bool m_coachChoseSource = false; // the coach picked the source shown: a card plugged in does not take its place
};
