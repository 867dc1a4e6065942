#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <cstdio>

class JobQueue;
class UploadJob;

// Follows some jobs of the queue on a terminal until each has reached where
// the command promised (uploaded, or with --wait processed), then says which
// exit code the command ends with. On a terminal one progress line is
// redrawn; otherwise (a pipe, a log) a plain line per state change; with
// --json one JSON object per line.
class UploadRun : public QObject
{
    Q_OBJECT

public:
    UploadRun(JobQueue *queue, const QList<qint64> &jobIds, bool waitForProcessing, bool json, FILE *out,
              QObject *parent = nullptr);

    void setTerminal(bool terminal) { m_terminal = terminal; }
    // Checks once (some jobs may already be where they need to be).
    void start();

    // The exit code for these jobs as they stand (ExitCode::...).
    int exitCode() const;
    bool isDone() const;

signals:
    void finished(int exitCode);

private:
    void onChanged(qint64 jobId);
    void drawProgress();
    void printJob(const UploadJob &job);
    bool reached(const UploadJob &job) const;
    void endLine();

    JobQueue *m_queue;
    QList<qint64> m_ids;
    QSet<qint64> m_ids_set;
    bool m_wait;
    bool m_json;
    bool m_terminal = false;
    bool m_lineOpen = false;
    bool m_finished = false;
    FILE *m_out;
    QTimer m_redraw;
};
