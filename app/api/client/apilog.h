#pragma once

#include <QLoggingCategory>
#include <QString>

// The "uplift.api" logging category. Everything logged through it goes
// through redactSecrets() first: the bearer token and S3 signatures must never
// reach a log file, a terminal or a bug report.
Q_DECLARE_LOGGING_CATEGORY(lcUpliftApi)

namespace ApiLog {

// Remembers a secret (the API key) so that redactSecrets() removes it
// wherever it appears, even outside an Authorization header.
void addSecret(const QString &secret);
// Replaces known secrets, "Bearer <anything>", and S3 POST signature / policy
// / credential values (x-amz-signature, signature, policy, x-amz-credential,
// x-amz-security-token, in JSON, form or query form) with "[redacted]".
QString redactSecrets(QString text);

} // namespace ApiLog
