#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

// A private D-Bus session bus with an unlocked gnome-keyring secret service on
// it, started for one test and stopped with it, so credentials tests use a
// real keychain without touching (or needing) the developer's own.
//
// The bus has no service directories: nothing can be D-Bus-activated behind
// our back, only the keyring daemon we start answers org.freedesktop.secrets.
class KeyringSession
{
public:
    KeyringSession();
    ~KeyringSession();

    // Returns an empty string on success, else what went wrong. On success
    // DBUS_SESSION_BUS_ADDRESS of this process points at the private bus.
    QString start();
    void stop();
    // Folders the keyring daemon writes to (its keyring files live here).
    QString dataHome() const;

private:
    bool secretServiceOnBus() const;

    QTemporaryDir m_dir;
    QProcess m_bus;
    QProcess m_keyring;
    QString m_address;
};
