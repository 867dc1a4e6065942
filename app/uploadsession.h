#pragma once

#include <QObject>
#include <QUrl>

class HeadlessQueue;
class JobModel;
class MainWindow;

// Wires the window to the upload queue: the Upload button enqueues, the job
// list shows the queue's JobModel, the list's commands reach the queue, and
// the window learns when uploads run (sleep inhibition, close prompt).
class UploadSession : public QObject
{
    Q_OBJECT

public:
    UploadSession(MainWindow *window, HeadlessQueue *queue, QObject *parent = nullptr);

    // Starts the queue (resuming what a previous run left part way).
    void start();

private:
    QList<qint64> jobIds(const QList<int> &rows) const;
    void updateActive();

    MainWindow *m_window;
    HeadlessQueue *m_uploads;
    JobModel *m_model;
};
