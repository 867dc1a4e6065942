#pragma once

#include <QCoreApplication>
#include <QString>

// The status bar's one-line account of the queue, e.g.
// "3 uploading · 12 queued · 41 done · 1 failed", parts with zero left out.
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

    QString text() const;
    int percent() const; // of the bytes of unfinished and finished uploads; -1 when nothing to send
    bool active() const { return uploading + queued > 0; }
};
