#include "camerapane.h"

#include "cameraclipmodel.h"
#include "camerathumbnails.h"

#include "devices/importedclips.h"
#include "devices/sourcewatcher.h"
#include "settings/settings.h"

#include <QDate>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace {

constexpr int RootRole = Qt::UserRole + 1;

QString timeLeftText(qint64 seconds)
{
    if (seconds < 0)
        return {};
    if (seconds < 60)
        return CameraPane::tr("less than a minute left");
    if (seconds < 3600)
        return CameraPane::tr("about %n min left", nullptr, int((seconds + 30) / 60));
    return CameraPane::tr("about %1 h %2 min left").arg(seconds / 3600).arg((seconds % 3600) / 60);
}

// The same clip at another mount point (the card put back in elsewhere).
QString moved(const QString &path, const QString &oldRoot, const QString &newRoot)
{
    if (oldRoot == newRoot || !path.startsWith(oldRoot + QLatin1Char('/')))
        return path;
    return newRoot + path.mid(oldRoot.size());
}

} // namespace

CameraPane::CameraPane(QWidget *parent)
    : QWidget(parent)
    , m_sourceList(new QListWidget(this))
    , m_heading(new QLabel(this))
    , m_clipList(new QListView(this))
    , m_chooseAll(new QPushButton(this))
    , m_chooseNone(new QPushButton(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_message(new QLabel(this))
    , m_eject(new QPushButton(this))
    , m_importButton(new QPushButton(this))
    , m_emptyText(new QLabel(this))
    , m_model(new CameraClipModel(this))
    , m_thumbnails(new CameraThumbnails(CameraClipModel::thumbnailSize.width(), this))
    , m_library(Settings::defaultLibraryFolder())
    , m_store(ImportedClips::defaultPath())
{
    setObjectName(QStringLiteral("cameraPane"));
    m_sourceList->setObjectName(QStringLiteral("cameraSources"));
    m_sourceList->setIconSize(QSize(32, 32));
    m_sourceList->setMinimumWidth(180);
    m_sourceList->setWordWrap(true);
    m_heading->setObjectName(QStringLiteral("cameraHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setBuddy(m_clipList);
    m_clipList->setObjectName(QStringLiteral("cameraClips"));
    m_clipList->setModel(m_model);
    m_clipList->setIconSize(CameraClipModel::thumbnailSize);
    m_clipList->setSpacing(2);
    m_clipList->setUniformItemSizes(true);
    m_clipList->setSelectionMode(QAbstractItemView::SingleSelection);
    m_clipList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_chooseAll->setObjectName(QStringLiteral("cameraChooseAll"));
    m_chooseNone->setObjectName(QStringLiteral("cameraChooseNone"));
    m_progress->setObjectName(QStringLiteral("cameraProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progressText->setObjectName(QStringLiteral("cameraProgressText"));
    m_progressText->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("cameraMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide(); // until there is something to say (an empty label is an empty line to a screen reader)
    m_eject->setObjectName(QStringLiteral("cameraEject"));
    m_eject->setIcon(QIcon::fromTheme(QStringLiteral("media-eject")));
    m_importButton->setObjectName(QStringLiteral("cameraImport"));
    m_importButton->setDefault(true);
    m_emptyText->setObjectName(QStringLiteral("cameraEmpty"));
    m_emptyText->setWordWrap(true);
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setFrameShape(QFrame::StyledPanel);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_heading);
    rightLayout->addWidget(m_clipList, 1);
    rightLayout->addWidget(m_emptyText, 1);
    auto *choose = new QHBoxLayout;
    choose->addWidget(m_chooseAll);
    choose->addWidget(m_chooseNone);
    choose->addStretch(1);
    rightLayout->addLayout(choose);
    rightLayout->addWidget(m_progress);
    rightLayout->addWidget(m_progressText);
    rightLayout->addWidget(m_message);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_eject);
    buttons->addStretch(1);
    buttons->addWidget(m_importButton);
    rightLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_sourceList);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_sourceList, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (!m_choosingSource)
            m_coachChoseSource = item != nullptr; // a click or a key: the coach's choice, kept
        showSource(item ? item->data(RootRole).toString() : QString());
    });
    // Chosen through assistive technology (AT-SPI selects a row; it does not move
    // the current one): the selected card is the one shown, as a click makes it.
    connect(m_sourceList, &QListWidget::itemSelectionChanged, this, [this] {
        const QList<QListWidgetItem *> selected = m_sourceList->selectedItems();
        if (selected.size() == 1 && selected.constFirst() != m_sourceList->currentItem())
            m_sourceList->setCurrentItem(selected.constFirst());
    });
    connect(m_model, &CameraClipModel::chosenChanged, this, &CameraPane::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this,
            [this] { QTimer::singleShot(0, this, &CameraPane::requestThumbnails); });
    connect(m_clipList->verticalScrollBar(), &QScrollBar::valueChanged, this, &CameraPane::requestThumbnails);
    connect(m_thumbnails, &CameraThumbnails::ready, m_model, &CameraClipModel::setThumbnail);
    // Ejecting: the watcher is asked once our thumbnails have let go of the card's files.
    connect(m_thumbnails, &CameraThumbnails::released, this, [this](const QString &root) {
        if (m_watcher && m_ejecting.contains(root))
            m_watcher->eject(root);
    });
    connect(m_chooseAll, &QPushButton::clicked, this, [this] { m_model->chooseAll(true); });
    connect(m_chooseNone, &QPushButton::clicked, this, [this] { m_model->chooseAll(false); });
    connect(m_importButton, &QPushButton::clicked, this, [this] {
        if (isImporting() || m_waitingForCard) {
            // Stop: what is copied stays imported; the rest can be imported later.
            m_waitingForCard = false;
            if (m_import) {
                m_import->cancel();
            } else {
                ImportOutcome stopped;
                stopped.cancelled = true;
                finishImport(stopped);
            }
            return;
        }
        startImport();
    });
    connect(m_eject, &QPushButton::clicked, this, &CameraPane::eject);
    retranslate();
}

CameraPane::~CameraPane()
{
    for (Source &source : m_sources) {
        if (source.scan)
            source.scan->disconnect(this);
    }
    if (m_import)
        m_import->disconnect(this);
}

void CameraPane::setWatcher(SourceWatcher *watcher)
{
    if (m_watcher)
        m_watcher->disconnect(this);
    m_watcher = watcher;
    if (!watcher)
        return;
    connect(watcher, &SourceWatcher::sourceAdded, this, &CameraPane::addSource);
    connect(watcher, &SourceWatcher::sourceRemoved, this, &CameraPane::removeSource);
    connect(watcher, &SourceWatcher::ejectFinished, this, [this](const QString &root, bool ok, const QString &reason) {
        // The card's name as it was when Eject was pressed: unmounted, it may have left the list already.
        const QString ejectedName = m_ejecting.take(root);
        Source *source = find(root);
        if (!ok && source) {
            // Still there: what was stopped for the eject goes on.
            if (!source->scanned && !source->scan)
                scan(root);
            requestThumbnails();
        }
        const QString name = source ? quotedName(source->source) : ejectedName;
        if (ok)
            showMessage(tr("You can take out %1 now.").arg(name));
        else
            showMessage(reason.isEmpty() ? tr("%1 could not be ejected.").arg(name)
                                         : tr("%1 was not ejected: %2").arg(name, reason),
                        true);
    });
    const QList<CameraSource> present = watcher->sources();
    for (const CameraSource &source : present)
        addSource(source);
}

void CameraPane::setLibraryFolder(const QString &folder)
{
    m_library = folder.isEmpty() ? Settings::defaultLibraryFolder() : folder;
    updateButtons();
}

void CameraPane::setImportedStore(const QString &path)
{
    m_store = path;
}

CameraPane::Source *CameraPane::find(const QString &root)
{
    for (Source &source : m_sources) {
        if (source.source.root == root)
            return &source;
    }
    return nullptr;
}

const CameraPane::Source *CameraPane::find(const QString &root) const
{
    return const_cast<CameraPane *>(this)->find(root);
}

QString CameraPane::quotedName(const CameraSource &source)
{
    const QString name = source.displayName();
    if (source.label.isEmpty())
        return name;
    switch (source.kind) {
    case CameraSource::Kind::Phone:
        return tr("the phone “%1”").arg(name);
    case CameraSource::Kind::Camera:
        return tr("the camera “%1”").arg(name);
    case CameraSource::Kind::Card:
        break;
    }
    return tr("the card “%1”").arg(name);
}

QIcon CameraPane::iconFor(CameraSource::Kind kind)
{
    switch (kind) {
    case CameraSource::Kind::Phone:
        return QIcon(QStringLiteral(":/icons/source-phone.svg"));
    case CameraSource::Kind::Camera:
        return QIcon(QStringLiteral(":/icons/source-camera.svg"));
    case CameraSource::Kind::Card:
        break;
    }
    // Our own pictures: the same on every desktop (icon themes name these differently, or not at all).
    return QIcon(QStringLiteral(":/icons/source-card.svg"));
}

void CameraPane::addSource(const CameraSource &source)
{
    if (find(source.root))
        return;
    m_sources.append(Source { source, {}, false, false, {}, {} });
    auto *item = new QListWidgetItem(iconFor(source.kind), source.displayName());
    item->setData(RootRole, source.root);
    m_sourceList->addItem(item);
    updateSourceRow(source.root);
    scan(source.root);
    // The card that was pulled mid-copy is back: the import goes on where it stopped.
    if (m_waitingForCard
        && (source.root == m_importSource.root || (!source.uuid.isEmpty() && source.uuid == m_importSource.uuid))) {
        const QString oldRoot = m_importSource.root;
        for (DeviceClip &clip : m_importClips) {
            clip.path = moved(clip.path, oldRoot, source.root);
            clip.thumbnailPath = moved(clip.thumbnailPath, oldRoot, source.root);
            for (DeviceFile &file : clip.chapters)
                file.path = moved(file.path, oldRoot, source.root);
        }
        m_importSource = source;
        m_waitingForCard = false;
        showMessage(tr("%1 is back: the import goes on where it stopped.").arg(quotedName(source)));
        runImport();
    }
    // The card just plugged in is the one shown, unless the coach chose another one to look at.
    if (m_sourceList->currentItem() == nullptr || !m_coachChoseSource || !isVisible()) {
        m_choosingSource = true;
        m_sourceList->setCurrentItem(item);
        m_choosingSource = false;
    }
    emit bannerChanged();
}

void CameraPane::removeSource(const QString &root)
{
    for (int i = 0; i < m_sources.size(); ++i) {
        if (m_sources.at(i).source.root != root)
            continue;
        if (m_sources.at(i).scan) {
            m_sources[i].scan->disconnect(this);
            m_sources[i].scan->deleteLater();
        }
        m_sources.removeAt(i);
        break;
    }
    for (int row = 0; row < m_sourceList->count(); ++row) {
        if (m_sourceList->item(row)->data(RootRole).toString() == root) {
            const bool wasShown = m_shown == root;
            m_choosingSource = true;
            delete m_sourceList->takeItem(row);
            m_choosingSource = false;
            if (wasShown)
                m_coachChoseSource = false; // what is shown now was not chosen by the coach
            break;
        }
    }
    if (m_shown == root)
        showSource(m_sourceList->currentItem() ? m_sourceList->currentItem()->data(RootRole).toString() : QString());
    emit bannerChanged();
}

void CameraPane::scan(const QString &root)
{
    Source *source = find(root);
    if (!source)
        return;
    if (source->scan) {
        source->scan->disconnect(this);
        source->scan->deleteLater();
    }
    auto *scan = new SourceScan(this);
    source->scan = scan;
    source->scanned = false;
    connect(scan, &SourceScan::listed, this, [this, root, scan](const QList<DeviceClip> &clips) {
        Source *source = find(root);
        if (!source || source->scan != scan)
            return;
        source->clips = clips;
        source->listed = true;
        if (m_shown == root)
            m_model->setClips(clips, false);
        updateSourceRow(root);
        updateHeading();
    });
    connect(scan, &SourceScan::finished, this, [this, root, scan](const ScanResult &result) {
        Source *source = find(root);
        scan->deleteLater();
        if (!source || source->scan != scan)
            return;
        source->clips = result.clips;
        source->listed = true;
        source->scanned = true;
        source->problem = result.problem;
        if (m_shown == root)
            m_model->setClips(result.clips, true);
        updateSourceRow(root);
        updateHeading();
        updateButtons();
        emit bannerChanged();
    });
    SourceScan::Options options;
    options.storePath = m_store;
    scan->start(source->source, options);
    updateHeading();
}

void CameraPane::updateSourceRow(const QString &root)
{
    const Source *source = find(root);
    if (!source)
        return;
    for (int row = 0; row < m_sourceList->count(); ++row) {
        QListWidgetItem *item = m_sourceList->item(row);
        if (item->data(RootRole).toString() != root)
            continue;
        int fresh = 0;
        for (const DeviceClip &clip : source->clips)
            fresh += clip.imported ? 0 : 1;
        const QString count = !source->scanned ? tr("Reading…")
            : fresh == 0                       ? tr("Nothing new")
            : fresh == 1                       ? tr("1 new clip")
                                               : tr("%n new clips", nullptr, fresh);
        item->setText(source->source.displayName() + QLatin1Char('\n') + count);
        item->setData(Qt::AccessibleTextRole, source->source.displayName() + QStringLiteral(", ") + count);
        item->setToolTip(source->source.root);
    }
}

void CameraPane::showSource(const QString &root)
{
    m_shown = root;
    const Source *source = find(root);
    if (source)
        m_model->setClips(source->clips, source->scanned);
    else
        m_model->clear();
    for (int row = 0; row < m_sourceList->count(); ++row) {
        if (m_sourceList->item(row)->data(RootRole).toString() == root && m_sourceList->currentRow() != row) {
            m_choosingSource = true;
            m_sourceList->setCurrentRow(row);
            m_choosingSource = false;
        }
    }
    updateHeading();
    updateButtons();
}

void CameraPane::updateHeading()
{
    const Source *source = find(m_shown);
    const bool any = !m_sources.isEmpty();
    const bool listed = source && !source->clips.isEmpty();
    m_clipList->setVisible(listed);
    m_emptyText->setVisible(!listed);
    if (!any) {
        m_heading->setText(tr("No card, camera or phone is connected."));
        m_emptyText->setText(tr("Put a camera's card in the card reader, or connect a camera or phone with its "
                                "cable: its videos are listed here."));
        return;
    }
    if (!source) {
        m_heading->setText(tr("Choose a card, camera or phone on the left."));
        m_emptyText->clear();
        return;
    }
    const QString name = quotedName(source->source);
    const int total = int(source->clips.size());
    const int fresh = m_model->newCount();
    QString text;
    if (!source->listed)
        text = tr("Reading %1…").arg(name);
    else if (total == 0)
        text = tr("There are no videos on %1.").arg(name);
    else if (!source->scanned)
        text = tr("%1: %n videos; checking which were imported before…", nullptr, total).arg(name);
    else if (fresh == 0)
        text = tr("Nothing new on %1: its %n videos were imported before.", nullptr, total).arg(name);
    else if (fresh == total)
        text = fresh == 1 ? tr("%1: 1 new video.").arg(name) : tr("%1: %n new videos.", nullptr, fresh).arg(name);
    else
        text = tr("%1: %n new videos, %2 imported before.", nullptr, fresh).arg(name).arg(total - fresh);
    if (!source->problem.isEmpty())
        text += QLatin1Char(' ') + source->problem;
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper(); // "the card “GOPRO”: …" begins a sentence
    m_heading->setText(text);
    m_emptyText->setText(source->listed ? tr("No videos on it.") : tr("Reading…"));
}

void CameraPane::updateButtons()
{
    const Source *source = find(m_shown);
    const bool running = isImporting() || m_waitingForCard;
    const int chosen = m_model->chosenCount();
    m_chooseAll->setEnabled(!running && m_model->newCount() > 0);
    m_chooseNone->setEnabled(!running && chosen > 0);
    if (running) {
        m_importButton->setText(tr("Stop Import"));
        m_importButton->setEnabled(true);
        m_importButton->setToolTip(tr("Stop copying; the clips copied so far stay in your library"));
    } else {
        m_importButton->setText(chosen == 1 ? tr("Import 1 Clip") : tr("Import %n Clips", nullptr, chosen));
        m_importButton->setEnabled(source && source->scanned && chosen > 0);
        m_importButton->setToolTip(
            tr("Copy the ticked clips into %1")
                .arg(QDir::toNativeSeparators(Settings::importFolder(m_library, QDate::currentDate()))));
    }
    m_importButton->setAccessibleName(m_importButton->text());
    m_eject->setEnabled(source != nullptr);
    m_progress->setVisible(running);
    m_progressText->setVisible(running || !m_progressText->text().isEmpty());
}

void CameraPane::requestThumbnails()
{
    if (m_ejecting.contains(m_shown))
        return; // its files are being closed for the unmount
    // The clips in sight first, then the rest in the list's order.
    QList<CameraThumbnails::Request> inSight;
    QList<CameraThumbnails::Request> rest;
    const QRect viewport = m_clipList->viewport()->rect();
    // Not in sight at all: only what the first screenful will show, ready for when it opens.
    const int rows = isVisible() ? m_model->rowCount() : std::min(m_model->rowCount(), FirstScreenful);
    for (int row = 0; row < rows; ++row) {
        const DeviceClip clip = m_model->clipAt(row);
        if (m_model->hasThumbnail(clip.path))
            continue;
        const CameraThumbnails::Request request { clip.path, clip.thumbnailPath };
        const QRect rect = m_clipList->visualRect(m_model->index(row));
        if (m_clipList->isVisible() && rect.isValid() && rect.intersects(viewport))
            inSight << request;
        else
            rest << request;
    }
    // While a copy runs, only the clips in sight: the rest would take the cores
    // the copy and the window need (they follow once it is done).
    m_thumbnails->want(isImporting() ? inSight : inSight + rest);
}

void CameraPane::startImport()
{
    const Source *source = find(m_shown);
    if (isImporting() || m_waitingForCard || !source || !source->scanned)
        return;
    const QList<DeviceClip> chosen = m_model->chosenClips();
    if (chosen.isEmpty()) {
        showMessage(tr("Nothing new to import: tick the clips to copy."));
        return;
    }
    m_importSource = source->source;
    m_importClips = chosen;
    m_importTotal = int(chosen.size());
    m_copies.clear();
    m_lastProgress = {};
    m_progressText->clear();
    showMessage({});
    emit importStarted();
    runImport();
}

void CameraPane::runImport()
{
    if (m_import)
        m_import->deleteLater();
    m_import = new ClipImport(this);
    connect(m_import, &ClipImport::progress, this, &CameraPane::showProgress);
    connect(m_import, &ClipImport::fileCopied, this, [this](const ImportedFile &file) {
        m_copies << file.copyPath;
        emit clipCopied(file.copyPath);
    });
    connect(m_import, &ClipImport::finished, this, &CameraPane::finishImport);
    ClipImport::Options options;
    options.destination = Settings::importFolder(m_library, QDate::currentDate());
    options.storePath = m_store;
    if (m_watcher)
        m_watcher->setCopying(m_importSource.root, true);
    m_import->start(m_importSource, m_importClips, options);
    requestThumbnails(); // the ones in sight only, while it copies
    emit copyingChanged(true);
    m_progress->setValue(0);
    m_progressText->setText(tr("Starting to copy from %1…").arg(quotedName(m_importSource)));
    updateButtons();
    emit bannerChanged();
}

QString CameraPane::progressText(const ImportProgress &progress)
{
    QStringList parts;
    parts << tr("Copying file %1 of %2")
                 .arg(std::min(progress.filesDone + 1, std::max(progress.filesTotal, 1)))
                 .arg(progress.filesTotal);
    parts << tr("%1 of %2")
                 .arg(CameraClipModel::sizeText(progress.bytesDone), CameraClipModel::sizeText(progress.bytesTotal));
    if (progress.bytesPerSecond > 0)
        parts << tr("%1/s").arg(CameraClipModel::sizeText(qint64(progress.bytesPerSecond)));
    if (const QString left = timeLeftText(progress.secondsLeft); !left.isEmpty())
        parts << left;
    return parts.join(QStringLiteral(" · "));
}

void CameraPane::showProgress(const ImportProgress &progress)
{
    m_lastProgress = progress;
    m_progress->setValue(progress.bytesTotal > 0 ? int(progress.bytesDone * 1000 / progress.bytesTotal) : 0);
    m_progressText->setText(progressText(progress));
    m_progress->setAccessibleDescription(m_progressText->text());
    emit bannerChanged();
}

void CameraPane::finishImport(const ImportOutcome &outcome)
{
    if (m_watcher)
        m_watcher->setCopying(m_importSource.root, false);
    if (m_import) {
        m_import->deleteLater();
        m_import = nullptr;
    }
    emit copyingChanged(false);
    // What is left to copy: every clip not copied whole.
    QSet<QString> copiedSources;
    for (const ImportedFile &file : outcome.copied)
        copiedSources.insert(file.sourcePath);
    QList<DeviceClip> left;
    for (const DeviceClip &clip : std::as_const(m_importClips)) {
        bool whole = true;
        const QList<DeviceFile> files = clip.chapters.isEmpty()
            ? QList<DeviceFile> { DeviceFile { clip.path, {}, clip.size, {}, {}, false } }
            : clip.chapters;
        for (const DeviceFile &file : files)
            whole = whole && copiedSources.contains(file.path);
        if (!whole)
            left << clip;
    }
    const int imported = m_importTotal - int(left.size());
    const QString name = quotedName(m_importSource);
    const QString folder = QDir::toNativeSeparators(Settings::importFolder(m_library, QDate::currentDate()));
    QString message;
    bool problem = false;
    if (outcome.sourceLost) {
        m_importClips = left;
        m_waitingForCard = true;
        problem = true;
        const QString sentence = outcome.sourceStalled
            ? tr("%1 stopped answering while copying: %2 of %3 clips are in your library. Take it out and put it "
                 "back in, and the import goes on where it stopped.")
            : tr("%1 was taken out while copying: %2 of %3 clips are in your library. Put it back in and the "
                 "import goes on where it stopped.");
        message = sentence.arg(name).arg(imported).arg(m_importTotal);
    } else {
        m_waitingForCard = false;
        m_importClips.clear();
        if (outcome.cancelled)
            message = tr("Import stopped: %1 of %2 clips are in your library (%3).")
                          .arg(imported)
                          .arg(m_importTotal)
                          .arg(folder);
        else if (m_copies.isEmpty() && outcome.failures.isEmpty() && outcome.problem.isEmpty())
            message = tr("Nothing new: every chosen clip was imported before.");
        else if (outcome.failures.isEmpty() && outcome.problem.isEmpty())
            message = imported == 1
                ? tr("1 clip imported into %1; it is in the ready list.").arg(folder)
                : tr("%n clips imported into %1; they are in the ready list.", nullptr, imported).arg(folder);
        else {
            problem = true;
            const QString why = !outcome.problem.isEmpty() ? outcome.problem : outcome.failures.value(0);
            message = tr("%1 of %2 clips imported. %3").arg(imported).arg(m_importTotal).arg(why);
            if (outcome.failures.size() > 1)
                message += QLatin1Char(' ')
                    + tr("(and %n more could not be copied)", nullptr, int(outcome.failures.size() - 1));
        }
    }
    m_progressText->clear();
    showMessage(message, problem);
    message = sentence(message);
    m_bannerNote = message;
    updateButtons();
    requestThumbnails(); // the ones out of sight, left while it copied
    // What was imported is marked now.
    if (find(m_importSource.root))
        scan(m_importSource.root);
    emit importFinished(m_copies, message);
    emit bannerChanged();
}

void CameraPane::eject()
{
    const Source *source = find(m_shown);
    if (!source)
        return;
    // Never while a copy reads from it: the coach is told why, and the watcher refuses too.
    if ((isImporting() || m_waitingForCard) && source->source.root == m_importSource.root) {
        showMessage(tr("%1 is still being copied from: wait until the import is done, or stop it, then eject it.")
                        .arg(quotedName(source->source)),
                    true);
        return;
    }
    showMessage(tr("Ejecting %1…").arg(quotedName(source->source)));
    if (!m_watcher)
        return;
    // Our own reading of the card stops first (a thumbnail being decoded, the
    // scan's hashing): the watcher waits for those files to be closed, then
    // unmounts. Refused, the card is read again as before.
    const QString root = source->source.root;
    m_ejecting.insert(root, quotedName(source->source));
    if (Source *s = find(root); s && s->scan && !s->scanned) {
        s->scan->disconnect(this);
        s->scan->deleteLater(); // cancels it
        s->scan = nullptr;
    }
    m_thumbnails->release(root); // then CameraThumbnails::released asks the watcher to eject
}

QString CameraPane::sentence(QString text)
{
    // Messages begin with a card's name ("the card “GOPRO” …"): a sentence begins with a capital.
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

void CameraPane::showMessage(const QString &rawText, bool problem)
{
    const QString text = sentence(rawText);
    m_message->setText(problem && !text.isEmpty() ? QStringLiteral("⚠ ") + text : text);
    m_message->setVisible(!text.isEmpty());
}

QString CameraPane::bannerText() const
{
    if (isImporting()) {
        const ImportProgress &p = m_lastProgress;
        QString text = tr("Importing from %1").arg(quotedName(m_importSource));
        if (p.filesTotal > 0)
            text += QStringLiteral(": ")
                + tr("file %1 of %2").arg(std::min(p.filesDone + 1, p.filesTotal)).arg(p.filesTotal);
        if (const QString left = timeLeftText(p.secondsLeft); !left.isEmpty())
            text += QStringLiteral(" · ") + left;
        return text;
    }
    if (m_waitingForCard)
        return m_bannerNote;
    int fresh = 0;
    QStringList names;
    for (const Source &source : m_sources) {
        if (!source.scanned)
            continue;
        int n = 0;
        for (const DeviceClip &clip : source.clips)
            n += clip.imported ? 0 : 1;
        if (n > 0) {
            fresh += n;
            names << quotedName(source.source);
        }
    }
    if (fresh == 0)
        return {};
    QString who;
    if (names.size() == 1)
        who = names.first();
    else if (names.size() == 2)
        //: Two cards, cameras or phones, e.g. "the card “EOS_DIGITAL” and the phone “Pixel 7”".
        who = tr("%1 and %2").arg(names.at(0), names.at(1));
    else
        who = tr("%n cards, cameras or phones", nullptr, int(names.size()));
    QString text = fresh == 1 ? tr("%1: 1 new clip").arg(who) : tr("%1: %n new clips", nullptr, fresh).arg(who);
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}

bool CameraPane::wantsAttention() const
{
    return !bannerText().isEmpty();
}

void CameraPane::retranslate()
{
    m_sourceList->setAccessibleName(tr("Cards, cameras and phones"));
    m_clipList->setAccessibleName(tr("Videos on the card"));
    m_chooseAll->setText(tr("Tick All New"));
    m_chooseAll->setAccessibleName(tr("Tick all new clips"));
    m_chooseNone->setText(tr("Untick All"));
    m_chooseNone->setAccessibleName(tr("Untick all clips"));
    m_eject->setText(tr("Eject"));
    m_eject->setAccessibleName(tr("Eject"));
    m_eject->setToolTip(tr("Unmount the card (or camera, or phone) so that it can be taken out safely"));
    m_progress->setAccessibleName(tr("Import progress"));
    // The labels are read by their text (a name would hide it from a screen reader).
    m_heading->setAccessibleDescription(tr("What is on the card"));
    for (int row = 0; row < m_sourceList->count(); ++row)
        updateSourceRow(m_sourceList->item(row)->data(RootRole).toString());
    updateHeading();
    updateButtons();
}

void CameraPane::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    QTimer::singleShot(0, this, &CameraPane::requestThumbnails);
}

void CameraPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
