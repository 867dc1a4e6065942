#pragma once

#include <QObject>
#include <QString>

namespace QKeychain {
class Job;
}

// Where the Uplift API key comes from. The environment variable UPLIFT_API_KEY
// wins (scripts, CI); otherwise the OS keychain through QtKeychain. There is no
// third place: when no keychain service is reachable (a headless Linux box
// without a secret service) we say so and rely on the environment variable
// alone. The key is never written to a file, a log line or a message here.
//
// Every call answers asynchronously with a signal, also when the answer is
// known at once, so callers handle one code path.
class Credentials : public QObject
{
    Q_OBJECT

public:
    enum class Source { None, Environment, Keychain };
    Q_ENUM(Source)

    struct Lookup
    {
        QString apiKey; // empty when none was found
        Source source = Source::None;
        bool keychainAvailable = true; // false: no keychain service could be reached
        QString message; // for the coach when apiKey is empty; never contains a key
    };

    // "UPLIFT_API_KEY"
    static QString environmentVariable();
    // The trimmed value of the environment variable, empty when unset.
    static QString environmentKey();

    // service: the keychain service name; the default is the executable name.
    // Tests pass their own so they never touch the coach's entry.
    explicit Credentials(QObject *parent = nullptr);
    Credentials(const QString &service, QObject *parent = nullptr);

    QString service() const;

    void load(); // → loaded()
    void store(const QString &apiKey); // → stored()
    void forget(); // → forgotten()

signals:
    void loaded(const Credentials::Lookup &lookup);
    void stored(bool ok, const QString &message);
    void forgotten(bool ok, const QString &message);

private:
    static bool keychainUnreachable(const QKeychain::Job *job);
    QString m_service;
};
