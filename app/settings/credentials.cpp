#include "settings/credentials.h"

#include "common/apikey.h"

#include "common/applicationidentity.h"

#include <QMetaObject>
#include <qt6keychain/keychain.h>

namespace {
// The name of the one entry under our service.
const QString keychainKey = QStringLiteral("api-key");
} // namespace

QString Credentials::environmentVariable()
{
    return QStringLiteral("UPLIFT_API_KEY");
}

QString Credentials::environmentKey()
{
    return qEnvironmentVariable("UPLIFT_API_KEY").trimmed();
}

Credentials::Credentials(QObject *parent)
    : Credentials(ApplicationIdentity::executableName(), parent)
{
}

Credentials::Credentials(const QString &service, QObject *parent)
    : QObject(parent)
    , m_service(service)
{
}

QString Credentials::service() const
{
    return m_service;
}

bool Credentials::keychainUnreachable(const QKeychain::Job *job)
{
    // Without a session bus or secret service QtKeychain reports OtherError
    // ("Cannot autolaunch D-Bus without X11 $DISPLAY", "Unknown error") rather
    // than NoBackendAvailable, so everything but "found / not found / refused"
    // counts as "no keychain here".
    switch (job->error()) {
    case QKeychain::NoError:
    case QKeychain::EntryNotFound:
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
    case QKeychain::CouldNotDeleteEntry:
        return false;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        break;
    }
    return true;
}

void Credentials::load()
{
    const QString fromEnvironment = environmentKey();
    if (!fromEnvironment.isEmpty()) {
        QMetaObject::invokeMethod(
            this,
            [this, fromEnvironment] {
                Lookup lookup;
                lookup.source = Source::Environment;
                // A key that cannot be sent is not handed out: the caller
                // would put it in a header line.
                if (const QString problem = ApiKey::problem(fromEnvironment); problem.isEmpty())
                    lookup.apiKey = fromEnvironment;
                else
                    lookup.message
                        = tr("The environment variable %1 is not a usable key: %2").arg(environmentVariable(), problem);
                emit loaded(lookup);
            },
            Qt::QueuedConnection);
        return;
    }

    auto *job = new QKeychain::ReadPasswordJob(m_service, this);
    job->setAutoDelete(true);
    // Never a plain-text QSettings copy of the key, whatever the platform offers.
    job->setInsecureFallback(false);
    job->setKey(keychainKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        auto *read = static_cast<QKeychain::ReadPasswordJob *>(finished);
        Lookup lookup;
        if (read->error() == QKeychain::NoError && !read->textData().trimmed().isEmpty()) {
            const QString key = read->textData().trimmed();
            lookup.source = Source::Keychain;
            if (const QString problem = ApiKey::problem(key); problem.isEmpty())
                lookup.apiKey = key;
            else
                lookup.message = tr("The API key saved in the keychain cannot be used: %1 Enter it again in "
                                    "Settings.")
                                     .arg(problem);
        } else if (read->error() == QKeychain::NoError || read->error() == QKeychain::EntryNotFound) {
            lookup.message = tr("No API key is saved yet. Enter it in Settings, or set the environment "
                                "variable %1.")
                                 .arg(environmentVariable());
        } else if (keychainUnreachable(read)) {
            lookup.keychainAvailable = false;
            lookup.message = tr("No keychain service is available on this computer (%1), so Uplift Capture "
                                "cannot keep an API key. Set the environment variable %2 instead.")
                                 .arg(read->errorString(), environmentVariable());
        } else {
            lookup.message = tr("The keychain refused to give out the API key (%1). Unlock the keychain, "
                                "or set the environment variable %2.")
                                 .arg(read->errorString(), environmentVariable());
        }
        emit loaded(lookup);
    });
    job->start();
}

void Credentials::store(const QString &apiKey)
{
    const QString key = apiKey.trimmed();
    if (const QString problem = ApiKey::problem(key); !problem.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this, problem] { emit stored(false, problem); }, Qt::QueuedConnection);
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keychainKey);
    job->setTextData(key);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        if (finished->error() == QKeychain::NoError) {
            // Saved, but a variable in the environment would still be the one used.
            emit stored(true,
                        environmentKey().isEmpty()
                            ? QString()
                            : tr("The API key was saved in the keychain, but the environment variable %1 "
                                 "is set and takes precedence.")
                                  .arg(environmentVariable()));
        } else if (keychainUnreachable(finished)) {
            emit stored(false,
                        tr("The API key was not saved: no keychain service is available on this computer "
                           "(%1). It was not written anywhere else; set the environment variable %2 instead.")
                            .arg(finished->errorString(), environmentVariable()));
        } else {
            emit stored(false, tr("The keychain did not save the API key (%1).").arg(finished->errorString()));
        }
    });
    job->start();
}

void Credentials::forget()
{
    auto *job = new QKeychain::DeletePasswordJob(m_service, this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(keychainKey);
    connect(job, &QKeychain::Job::finished, this, [this](QKeychain::Job *finished) {
        // Nothing to delete is as good as deleted.
        if (finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound)
            emit forgotten(true, QString());
        else
            emit forgotten(false,
                           tr("The API key could not be removed from the keychain (%1).").arg(finished->errorString()));
    });
    job->start();
}
