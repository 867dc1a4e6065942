#pragma once

#include <QObject>
#include <QUrl>

class AccountSettings;
class QueueOwner;
class JobModel;
class MainWindow;

// Wires the window to the upload queue: the Upload button enqueues, the job
// list shows the queue's JobModel, the list's commands reach the queue, and
// the window learns when uploads run (sleep inhibition, close prompt).
class UploadSession : public QObject
{
    Q_OBJECT

public:
    UploadSession(MainWindow *window, QueueOwner *queue, QObject *parent = nullptr);

    // Starts the queue (resuming what a previous run left part way) when its
    // client has a key; otherwise the queue waits, untouched, until
    // connectTo() brings one, so no request leaves without a key and the
    // window never waits for the keychain.
    void start();
    // The server and key to upload with, from now on; starts a waiting queue.
    bool connectTo(const QUrl &baseUrl, const QString &apiKey, QString *problem = nullptr);
    void setParallelUploads(int count);
    // Bytes per second for all uploads together; 0 = no limit.
    void setUploadRateLimit(qint64 bytesPerSecond);
    bool isWaitingForKey() const { return m_waitingForKey; }

    // Follows the coach's settings: the key once it is known, a changed
    // server or key, the number of parallel uploads, the upload speed limit.
    void follow(AccountSettings *account);

private:
    QList<qint64> jobIds(const QList<int> &rows) const;
    void showJobs();
    void updateActive();

    MainWindow *m_window;
    QueueOwner *m_uploads;
    JobModel *m_model = nullptr;
    bool m_waitingForKey = false;
};
