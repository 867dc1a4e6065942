#include "cameraclipmodel.h"

#include "readylistmodel.h"

#include <QFileInfo>
#include <QLocale>
#include <QPainter>
#include <QPixmap>

#include <algorithm>

CameraClipModel::CameraClipModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void CameraClipModel::setClips(const QList<DeviceClip> &clips, bool factsKnown)
{
    beginResetModel();
    // A listing of another card forgets what was unticked on this one.
    QSet<QString> paths;
    for (const DeviceClip &clip : clips)
        paths.insert(clip.path);
    for (auto it = m_unticked.begin(); it != m_unticked.end();) {
        if (paths.contains(*it))
            ++it;
        else
            it = m_unticked.erase(it);
    }
    m_clips = clips;
    // Newest first; a clip whose time is unknown last; then by name, so the order is stable.
    std::stable_sort(m_clips.begin(), m_clips.end(), [](const DeviceClip &a, const DeviceClip &b) {
        if (a.captureTime.isValid() != b.captureTime.isValid())
            return a.captureTime.isValid();
        if (a.captureTime != b.captureTime)
            return a.captureTime > b.captureTime;
        return a.path < b.path;
    });
    m_factsKnown = factsKnown;
    endResetModel();
    emit chosenChanged();
}

void CameraClipModel::clear()
{
    beginResetModel();
    m_clips.clear();
    m_unticked.clear();
    m_factsKnown = false;
    endResetModel();
    emit chosenChanged();
}

void CameraClipModel::setThumbnail(const QString &path, const QImage &image)
{
    if (image.isNull())
        return;
    // Every picture in a frame of the same size (a GoPro's .THM is 4:3, its video 16:9), so the texts line up.
    QImage framed(thumbnailSize, QImage::Format_RGB32);
    framed.fill(QColor(0x30, 0x30, 0x30));
    const QImage scaled = image.scaled(thumbnailSize, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPainter painter(&framed);
    painter.drawImage((thumbnailSize.width() - scaled.width()) / 2, (thumbnailSize.height() - scaled.height()) / 2,
                      scaled);
    painter.end();
    m_thumbnails.insert(path, framed);
    for (int row = 0; row < m_clips.size(); ++row) {
        if (m_clips.at(row).path == path) {
            const QModelIndex changed = index(row);
            emit dataChanged(changed, changed, { Qt::DecorationRole });
        }
    }
}

DeviceClip CameraClipModel::clipAt(int row) const
{
    return row >= 0 && row < m_clips.size() ? m_clips.at(row) : DeviceClip();
}

bool CameraClipModel::isChosen(const DeviceClip &clip) const
{
    return !clip.imported && !m_unticked.contains(clip.path);
}

QList<DeviceClip> CameraClipModel::chosenClips() const
{
    QList<DeviceClip> chosen;
    for (const DeviceClip &clip : m_clips) {
        if (isChosen(clip))
            chosen << clip;
    }
    return chosen;
}

int CameraClipModel::newCount() const
{
    return int(std::count_if(m_clips.cbegin(), m_clips.cend(), [](const DeviceClip &c) { return !c.imported; }));
}

int CameraClipModel::importedCount() const
{
    return int(m_clips.size()) - newCount();
}

int CameraClipModel::chosenCount() const
{
    return int(std::count_if(m_clips.cbegin(), m_clips.cend(), [this](const DeviceClip &c) { return isChosen(c); }));
}

qint64 CameraClipModel::chosenBytes() const
{
    qint64 bytes = 0;
    for (const DeviceClip &clip : m_clips) {
        if (isChosen(clip))
            bytes += clip.size;
    }
    return bytes;
}

void CameraClipModel::chooseAll(bool chosen)
{
    if (chosen) {
        m_unticked.clear();
    } else {
        for (const DeviceClip &clip : std::as_const(m_clips)) {
            if (!clip.imported)
                m_unticked.insert(clip.path);
        }
    }
    if (!m_clips.isEmpty())
        emit dataChanged(index(0), index(int(m_clips.size()) - 1), { Qt::CheckStateRole, ChosenRole });
    emit chosenChanged();
}

int CameraClipModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_clips.size());
}

QString CameraClipModel::sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(std::max<qint64>(bytes, 0), 1, QLocale::DataSizeSIFormat);
}

QString CameraClipModel::factsOf(const DeviceClip &clip)
{
    QStringList parts;
    if (clip.captureTime.isValid()) {
        const QString when = QLocale().toString(clip.captureTime.toLocalTime(), QLocale::ShortFormat);
        // A time the video records is when it was filmed; the file's date is only when it was saved.
        parts << (clip.captureTimeFromFile ? tr("Filmed %1").arg(when) : tr("File saved %1").arg(when));
    }
    if (clip.durationMs >= 0)
        parts << ReadyListModel::durationText(clip.durationMs);
    parts << sizeText(clip.size);
    return parts.join(QStringLiteral(" · "));
}

QString CameraClipModel::stateOf(const DeviceClip &clip)
{
    QStringList parts;
    if (clip.imported)
        parts << tr("Already imported");
    if (clip.isChaptered()) {
        QStringList names;
        for (const DeviceFile &file : clip.chapters)
            names << QFileInfo(file.path).fileName();
        //: A GoPro recording the camera split into several files; %1 lists them.
        parts << tr("%n chapters: %1", nullptr, int(clip.chapters.size())).arg(names.join(QStringLiteral(", ")));
    }
    return parts.join(QStringLiteral(" · "));
}

QVariant CameraClipModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_clips.size())
        return {};
    const DeviceClip &clip = m_clips.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList lines { QFileInfo(clip.path).fileName(), factsOf(clip) };
        const QString state = stateOf(clip);
        if (!state.isEmpty())
            lines << state;
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::AccessibleTextRole: {
        QStringList parts { QFileInfo(clip.path).fileName(), factsOf(clip) };
        const QString state = stateOf(clip);
        if (!state.isEmpty())
            parts << state;
        // Qt 6.4 tells assistive technology a ticked row (CHECKED) but not that a
        // row can be ticked at all: an unticked new clip would read like an
        // imported one. Said in words, both ways.
        if (!clip.imported)
            parts << (isChosen(clip) ? tr("ticked for import") : tr("not ticked"));
        return parts.join(QStringLiteral(", "));
    }
    case Qt::AccessibleDescriptionRole:
        return clip.imported ? QVariant() : QVariant(tr("Space ticks or unticks it"));
    case Qt::ToolTipRole:
        return clip.path;
    case Qt::DecorationRole: {
        const auto found = m_thumbnails.constFind(clip.path);
        if (found != m_thumbnails.cend())
            return QPixmap::fromImage(*found);
        // Until the picture comes: a dark frame of the same size, so rows do not jump.
        QPixmap empty(thumbnailSize);
        empty.fill(QColor(0x30, 0x30, 0x30));
        return empty;
    }
    case Qt::CheckStateRole:
        if (clip.imported)
            return {};
        return isChosen(clip) ? Qt::Checked : Qt::Unchecked;
    case PathRole:
        return clip.path;
    case ImportedRole:
        return clip.imported;
    case ChosenRole:
        return isChosen(clip);
    case ChaptersRole: {
        QStringList names;
        for (const DeviceFile &file : clip.chapters)
            names << QFileInfo(file.path).fileName();
        if (names.isEmpty())
            names << QFileInfo(clip.path).fileName();
        return names;
    }
    case FactsRole:
        return factsOf(clip);
    case StateRole:
        return stateOf(clip);
    case CaptureTimeRole:
        return clip.captureTime;
    default:
        return {};
    }
}

bool CameraClipModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || index.row() >= m_clips.size() || role != Qt::CheckStateRole)
        return false;
    const DeviceClip &clip = m_clips.at(index.row());
    if (clip.imported)
        return false;
    if (value.value<Qt::CheckState>() == Qt::Checked)
        m_unticked.remove(clip.path);
    else
        m_unticked.insert(clip.path);
    emit dataChanged(index, index, { Qt::CheckStateRole, ChosenRole });
    emit chosenChanged();
    return true;
}

Qt::ItemFlags CameraClipModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= m_clips.size())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    if (!m_clips.at(index.row()).imported)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}
