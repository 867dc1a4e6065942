#include "jobs/run/queueowner.h"

#include "api/client/upliftclient.h"
#include "common/apikey.h"
#include "common/applicationidentity.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/upliftcaptureapi.h"
#include "jobs/store/jobstore.h"
#include "settings/credentials.h"
#include "settings/settings.h"

#include <QDir>
#include <QEventLoop>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QTimer>

#include <chrono>

namespace {

constexpr std::chrono::seconds KeychainDeadline { 30 };

// Tests and scripts shorten the waits without a rebuild; nothing else reads these.
JobQueue::Timing timingFromEnvironment(JobQueue::Timing timing)
{
    auto millis = [](const char *name, std::chrono::milliseconds fallback) {
        bool ok = false;
        const int value = qEnvironmentVariableIntValue(name, &ok);
        return ok && value > 0 ? std::chrono::milliseconds(value) : fallback;
    };
    timing.retry.base = millis("UPLIFT_RETRY_BASE_MS", timing.retry.base);
    timing.retry.cap = millis("UPLIFT_RETRY_CAP_MS", timing.retry.cap);
    timing.stallTimeout = millis("UPLIFT_STALL_TIMEOUT_MS", timing.stallTimeout);
    timing.answerDeadline = millis("UPLIFT_S3_DEADLINE_MS", timing.answerDeadline);
    timing.statusFirst = millis("UPLIFT_STATUS_FIRST_MS", timing.statusFirst);
    timing.statusMax = millis("UPLIFT_STATUS_MAX_MS", timing.statusMax);
    timing.prepareDelay = millis("UPLIFT_PREPARE_DELAY_MS", timing.prepareDelay);
    return timing;
}

} // namespace

QueueOwner::QueueOwner(QObject *parent)
    : QObject(parent)
    , m_store(std::make_unique<JobStore>())
{
}

QueueOwner::~QueueOwner()
{
    // The queue first: it cancels its uploads while the API and network still exist.
    delete m_queue;
    m_queue = nullptr;
}

QString QueueOwner::lockPath(const QString &storePath)
{
    return storePath + QStringLiteral(".lock");
}

bool QueueOwner::open(QString *problem, const QString &storePath)
{
    const QString path = storePath.isEmpty() ? JobStore::defaultPath() : storePath;
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_lock = std::make_unique<QLockFile>(lockPath(path));
    // A lock left by a killed process is taken over at once (QLockFile checks its pid).
    m_lock->setStaleLockTime(0);
    if (!m_lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        m_lock->getLockInfo(&pid, &host, &app);
        *problem = tr("Another Uplift Capture (process %1) is using the upload queue. Close it or wait for it "
                      "to finish.")
                       .arg(pid);
        return false;
    }
    if (!m_store->open(path)) {
        *problem = m_store->errorString();
        return false;
    }
    return true;
}

bool QueueOwner::connectApi(const QUrl &apiUrl, QString *problem, bool requireKey)
{
    m_network = new QNetworkAccessManager(this);
    m_client = new UpliftClient(m_network, this);
    bool deadlineSet = false;
    if (const int ms = qEnvironmentVariableIntValue("UPLIFT_API_DEADLINE_MS", &deadlineSet); deadlineSet && ms > 0)
        m_client->setAnswerDeadline(ms);
    QUrl url = apiUrl;
    if (!url.isValid()) {
        const QString fromEnvironment = qEnvironmentVariable("UPLIFT_API_URL");
        url = fromEnvironment.isEmpty() ? Settings().apiUrl() : QUrl(fromEnvironment);
    }
    if (url.isValid() && !m_client->setBaseUrl(url, problem))
        return false;
    QString key = m_apiKey.isEmpty() ? Credentials::environmentKey() : m_apiKey;
    if (const QString keyProblem = ApiKey::problem(key); !key.isEmpty() && !keyProblem.isEmpty()) {
        // Refused before anything is sent: the key would go into a header line.
        *problem = tr("The environment variable %1 is not a usable key: %2")
                       .arg(Credentials::environmentVariable(), keyProblem);
        return false;
    }
    if (key.isEmpty() && requireKey) {
        // The keychain answers asynchronously; a terminal command has nothing
        // else to do meanwhile, so it waits here (and only here).
        Credentials credentials;
        Credentials::Lookup found;
        bool answered = false;
        QEventLoop loop;
        connect(&credentials, &Credentials::loaded, &loop, [&](const Credentials::Lookup &lookup) {
            found = lookup;
            answered = true;
            loop.quit();
        });
        // A keychain that never answers (a hung Secret Service) must not hang
        // a script: give up after a while and say so.
        QTimer deadline;
        deadline.setSingleShot(true);
        connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
        credentials.load();
        if (!answered) {
            deadline.start(KeychainDeadline);
            loop.exec();
        }
        if (!answered) {
            *problem = tr("The keychain did not answer within %n seconds. Set the environment variable "
                          "UPLIFT_API_KEY instead.",
                          nullptr, int(KeychainDeadline.count()));
            return false;
        }
        key = found.apiKey;
        if (key.isEmpty()) {
            *problem = found.message.isEmpty()
                ? tr("No API key: set the environment variable UPLIFT_API_KEY or save one in the window.")
                : found.message;
            return false;
        }
    }
    m_client->setApiKey(key);
    m_api = new UpliftCaptureApi(m_client, this);
    m_queue = new JobQueue(m_store.get(), m_api);
    m_queue->setTiming(timingFromEnvironment(m_queue->timing()));
    return true;
}
