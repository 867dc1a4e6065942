#pragma once

#include "settings/credentials.h"

#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <optional>
#include <utility>

// Runs one Credentials call and waits (in a test only) for its answer.
namespace CredentialsProbe {

inline Credentials::Lookup load(Credentials &credentials)
{
    std::optional<Credentials::Lookup> result;
    auto connection = QObject::connect(&credentials, &Credentials::loaded,
                                       [&result](const Credentials::Lookup &lookup) { result = lookup; });
    credentials.load();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    QObject::disconnect(connection);
    return result.value_or(Credentials::Lookup {});
}

// ok, message
inline std::pair<bool, QString> store(Credentials &credentials, const QString &key)
{
    std::optional<std::pair<bool, QString>> result;
    auto connection = QObject::connect(&credentials, &Credentials::stored, [&result](bool ok, const QString &message) {
        result = { ok, message };
    });
    credentials.store(key);
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    QObject::disconnect(connection);
    return result.value_or(std::pair<bool, QString> { false, QStringLiteral("no answer") });
}

inline std::pair<bool, QString> forget(Credentials &credentials)
{
    std::optional<std::pair<bool, QString>> result;
    auto connection
        = QObject::connect(&credentials, &Credentials::forgotten, [&result](bool ok, const QString &message) {
              result = { ok, message };
          });
    credentials.forget();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 15000); }();
    QObject::disconnect(connection);
    return result.value_or(std::pair<bool, QString> { false, QStringLiteral("no answer") });
}

// Files under folder whose bytes contain needle (a plain-text copy of a secret).
inline QStringList filesContaining(const QString &folder, const QByteArray &needle)
{
    QStringList hits;
    QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            hits << file.fileName();
    }
    return hits;
}

} // namespace CredentialsProbe
