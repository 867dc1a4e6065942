#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

// The status bar's one-line account of the queue, e.g.
// "3 uploading · 12 queued · 41 done · 1 failed", parts with zero left out;
// "Paused · 12 queued · 41 done" while the queue is paused.
class JobSummary
{
    Q_DECLARE_TR_FUNCTIONS(JobSummary)

public:
    int uploading = 0; // reserving or sending
    int queued = 0;
    int processing = 0; // uploaded, Uplift is analysing
    int done = 0;
    int failed = 0;
    qint64 bytesSent = 0;
    qint64 bytesTotal = 0;
    // The queue is paused (told by the window, not counted): the line starts with "Paused".
    bool paused = false;
    // The failed jobs, for a notification that names the clip: its name as
    // uploaded and the coach's sentence for why.
    struct Failure
    {
        QString key; // the job's path and clip name: the same job in the next summary
        QString clip;
        QString reason;
    };
    QList<Failure> failures;

    QString text() const;
    int percent() const; // of the bytes of unfinished and finished uploads; -1 when nothing to send
    bool active() const { return uploading + queued > 0; }
};
