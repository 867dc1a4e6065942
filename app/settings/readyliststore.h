#pragma once

#include "common/cliprange.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>

// The ready list as it is kept on disk between two runs: every clip the coach
// put in it, with the parts marked in the preview and what was chosen for it
// in the Describe pane (kept opaque here: the form reads and writes it). The
// file is written by the app, but read as outside input all the same: a disk,
// a crash or a hand can leave anything there (fuzz_readylist).
class ReadyListStore
{
    Q_DECLARE_TR_FUNCTIONS(ReadyListStore)

public:
    struct Entry
    {
        QString path; // absolute
        QList<ClipRange> ranges; // none: the whole recording
        QJsonObject description;
    };
    static constexpr qint64 maxBytes = 16 * 1024 * 1024;
    static constexpr int maxVideos = 10000;
    static constexpr int maxRangesPerVideo = 1000;
    static constexpr qsizetype maxPathLength = 4096;

    // What the bytes hold, checked entry by entry: anything malformed is left
    // out (a path that is not absolute, ranges that are not ranges or overlap).
    // Empty with the reason in *problem when the whole is not such a list.
    static QList<Entry> parse(const QByteArray &bytes, QString *problem = nullptr);
    // parse() of `file`, read with a size cap; empty and no problem when there is no file.
    static QList<Entry> read(const QString &file, QString *problem = nullptr);
    static QByteArray serialize(const QList<Entry> &entries);
    // Written atomically (QSaveFile): a crash leaves the old list or the new one.
    static bool write(const QString &file, const QList<Entry> &entries, QString *problem = nullptr);
};
