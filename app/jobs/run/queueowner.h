#pragma once

#include <QCoreApplication>
#include <QLockFile>
#include <QObject>
#include <QString>
#include <QUrl>

#include <memory>

class CaptureApi;
class JobQueue;
class JobStore;
class QNetworkAccessManager;
class UpliftClient;

// This process's hold on a job queue, for the window and the commands alike:
// the job store (AppDataLocation, or the sandbox's), its lock, the Uplift client
// with the key from UPLIFT_API_KEY or the keychain and the URL from --api-url,
// UPLIFT_API_URL or the settings, and the JobQueue over them. Scripts and
// tests may shorten the waits with UPLIFT_RETRY_BASE_MS, UPLIFT_RETRY_CAP_MS,
// UPLIFT_STALL_TIMEOUT_MS, UPLIFT_PREPARE_DELAY_MS, UPLIFT_API_DEADLINE_MS (an API answer's overall deadline),
// UPLIFT_S3_DEADLINE_MS (S3's), UPLIFT_STATUS_FIRST_MS and UPLIFT_STATUS_MAX_MS.
//
// Only one process may drive the queue at a time (two would upload the same
// clip twice), so it holds a lock file beside the store while it is open.
class QueueOwner : public QObject
{
    Q_OBJECT

public:
    explicit QueueOwner(QObject *parent = nullptr);
    ~QueueOwner() override;

    // Opens the store (storePath, else JobStore::defaultPath()) and takes the
    // lock; false with the reason in *problem. The sandbox keeps a store of
    // its own so its jobs never mix with the coach's real ones.
    bool open(QString *problem, const QString &storePath = {});
    // Sets up the API client; false with the reason in *problem (no key, bad URL).
    // Without requireKey (cancel: the queue stays paused) a missing key is no problem.
    bool connectApi(const QUrl &apiUrl, QString *problem, bool requireKey = true);
    // The key to use instead of UPLIFT_API_KEY or the keychain (the sandbox's
    // own, for --sandbox). Call before connectApi().
    void useApiKey(const QString &key) { m_apiKey = key; }

    JobStore *store() const { return m_store.get(); }
    JobQueue *queue() const { return m_queue; }
    UpliftClient *client() const { return m_client; }

    static QString lockPath(const QString &storePath);

private:
    std::unique_ptr<JobStore> m_store;
    std::unique_ptr<QLockFile> m_lock;
    QNetworkAccessManager *m_network = nullptr;
    UpliftClient *m_client = nullptr;
    CaptureApi *m_api = nullptr;
    JobQueue *m_queue = nullptr;
    QString m_apiKey;
};
