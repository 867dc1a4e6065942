#pragma once

#include "devices/sourcescan.h"

#include <QAbstractListModel>
#include <QHash>
#include <QImage>
#include <QList>
#include <QSet>

// The clips on the chosen card, camera or phone, as the "From the camera" pane
// lists them: newest first, a GoPro recording split into chapters as one row
// naming its chapters, each with a thumbnail, when it was filmed, how long it
// runs and its size. Clips imported before say "Already imported" and cannot
// be chosen; the new ones are chosen (ticked) until the coach unticks them.
// A new listing of the same card (facts read, after an import) keeps what the
// coach unticked.
class CameraClipModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role {
        PathRole = Qt::UserRole + 1, // the recording's first file on the device
        ImportedRole, // bool
        ChosenRole, // bool: will be imported
        ChaptersRole, // QStringList: the file names of a recording's chapters (one for a plain clip)
        FactsRole, // "Filmed 7 Dec 2026 10:15 · 0:32 · 48 MB"
        StateRole, // "Already imported", "2 chapters: GX010042.MP4, GX020042.MP4" or empty
        CaptureTimeRole, // QDateTime
    };

    explicit CameraClipModel(QObject *parent = nullptr);

    // The clips of one source; `factsKnown`: the scan finished (capture times,
    // durations and what was imported before are known). Rows are ordered
    // newest first whatever order they come in.
    void setClips(const QList<DeviceClip> &clips, bool factsKnown);
    void clear();
    bool factsKnown() const { return m_factsKnown; }
    void setThumbnail(const QString &path, const QImage &image);
    bool hasThumbnail(const QString &path) const { return m_thumbnails.contains(path); }

    DeviceClip clipAt(int row) const;
    QList<DeviceClip> clips() const { return m_clips; }
    // The ticked clips, in the list's order.
    QList<DeviceClip> chosenClips() const;
    int newCount() const;
    int importedCount() const;
    int chosenCount() const;
    qint64 chosenBytes() const;
    // Ticks (or unticks) every new clip.
    void chooseAll(bool chosen);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString sizeText(qint64 bytes);
    static QString factsOf(const DeviceClip &clip);
    static QString stateOf(const DeviceClip &clip);
    static constexpr QSize thumbnailSize { 96, 54 };

signals:
    void chosenChanged();

private:
    bool isChosen(const DeviceClip &clip) const;

    QList<DeviceClip> m_clips;
    QSet<QString> m_unticked; // the new clips the coach unticked, by path
    QHash<QString, QImage> m_thumbnails;
    bool m_factsKnown = false;
};
