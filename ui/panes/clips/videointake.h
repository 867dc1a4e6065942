#pragma once

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <QUrl>

// Sorts what the coach dropped or picked (files and folders, searched
// recursively) into videos that can become captures and files that cannot,
// each with the reason in the coach's words.
class VideoIntake
{
    Q_DECLARE_TR_FUNCTIONS(VideoIntake)

public:
    struct Rejected
    {
        QString path;
        QString reason;
    };
    struct Result
    {
        QStringList videos;
        QList<Rejected> rejected;
    };

    static Result collect(const QList<QUrl> &urls);
    static Result collect(const QStringList &paths);

    // Why this one file cannot be a capture; empty when it can.
    static QString problemWith(const QString &path);
    static bool hasVideoExtension(const QString &fileName);
};
