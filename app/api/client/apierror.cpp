#include "api/client/apierror.h"

#include "api/client/apilog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

ApiError ApiError::network(QNetworkReply::NetworkError code, const QString &qtMessage)
{
    ApiError e;
    e.m_kind = Kind::Network;
    e.m_networkError = code;
    e.m_problem = ApiLog::redactSecrets(qtMessage);
    return e;
}

ApiError ApiError::timeout()
{
    ApiError e;
    e.m_kind = Kind::Timeout;
    e.m_networkError = QNetworkReply::TimeoutError;
    return e;
}

ApiError ApiError::cancelled()
{
    ApiError e;
    e.m_kind = Kind::Cancelled;
    e.m_networkError = QNetworkReply::OperationCanceledError;
    return e;
}

ApiError ApiError::configuration(const QString &message)
{
    ApiError e;
    e.m_kind = Kind::Configuration;
    e.m_problem = ApiLog::redactSecrets(message);
    return e;
}

ApiError ApiError::invalidResponse(const QString &problem, int httpStatus)
{
    ApiError e;
    e.m_kind = Kind::InvalidResponse;
    e.m_httpStatus = httpStatus;
    e.m_problem = ApiLog::redactSecrets(problem);
    return e;
}

ApiError ApiError::validation(const QList<FieldError> &errors)
{
    ApiError e;
    e.m_kind = Kind::Validation;
    e.m_fieldErrors = errors;
    return e;
}

ApiError ApiError::http(int status, const QByteArray &body, const QByteArray &retryAfter, const QDateTime &now)
{
    ApiError e;
    e.m_kind = Kind::Http;
    e.m_httpStatus = status;
    // The documented error body is {"error": "...", "message": "..."}; anything
    // else (HTML from a proxy, empty) still yields a usable error.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    if (document.isObject()) {
        const QJsonObject object = document.object();
        e.m_serverError = ApiLog::redactSecrets(object.value(QStringLiteral("error")).toString());
        e.m_serverMessage = ApiLog::redactSecrets(object.value(QStringLiteral("message")).toString());
    }
    e.m_bodyExcerpt = ApiLog::redactSecrets(QString::fromUtf8(body.left(400)));
    if (status == 429 || status == 503)
        e.m_retryAfter = parseRetryAfter(retryAfter, now);
    return e;
}

std::optional<qint64> ApiError::parseRetryAfter(const QByteArray &value, const QDateTime &now)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    bool isNumber = false;
    const qint64 seconds = trimmed.toLongLong(&isNumber);
    if (isNumber)
        return seconds >= 0 ? std::optional<qint64>(seconds) : std::nullopt;
    // IMF-fixdate, e.g. "Sun, 06 Nov 1994 08:49:37 GMT" (the only form a
    // sender may generate; the obsolete forms are not worth the risk).
    QDateTime when
        = QLocale::c().toDateTime(QString::fromLatin1(trimmed), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, now.secsTo(when));
}

bool ApiError::isRetryable() const
{
    switch (m_kind) {
    case Kind::Timeout:
        return true;
    case Kind::Network:
        // TLS failures and refused protocols will fail the same way again.
        switch (m_networkError) {
        case QNetworkReply::SslHandshakeFailedError:
        case QNetworkReply::ProtocolUnknownError:
        case QNetworkReply::ProtocolInvalidOperationError:
        case QNetworkReply::InsecureRedirectError:
        case QNetworkReply::TooManyRedirectsError:
            return false;
        default:
            return true;
        }
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus == 500 || m_httpStatus == 502 || m_httpStatus == 503
            || m_httpStatus == 504;
    default:
        return false;
    }
}

QString ApiError::message() const
{
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Network:
        return tr("Could not reach the Uplift server: %1").arg(m_problem);
    case Kind::Timeout:
        return tr("The Uplift server did not answer in time.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Configuration:
        return m_problem;
    case Kind::InvalidResponse:
        return tr("The Uplift server sent an answer this program cannot use: %1").arg(m_problem);
    case Kind::Validation:
        return m_fieldErrors.isEmpty() ? tr("The request is not valid.") : m_fieldErrors.first().message;
    case Kind::Http:
        break;
    }
    if (!m_serverMessage.isEmpty())
        return tr("The Uplift server refused the request (HTTP %1): %2").arg(m_httpStatus).arg(m_serverMessage);
    if (m_bodyExcerpt.trimmed().isEmpty())
        return tr("The Uplift server answered HTTP %1 without an explanation.").arg(m_httpStatus);
    return tr("The Uplift server answered HTTP %1 with a body that is not an Uplift error.").arg(m_httpStatus);
}

QString ApiError::details() const
{
    QStringList lines;
    lines << QStringLiteral("kind=%1").arg(int(m_kind));
    if (m_httpStatus)
        lines << QStringLiteral("http_status=%1").arg(m_httpStatus);
    if (!m_serverError.isEmpty())
        lines << QStringLiteral("error=%1").arg(m_serverError);
    if (m_networkError != QNetworkReply::NoError)
        lines << QStringLiteral("network_error=%1").arg(int(m_networkError));
    if (m_retryAfter)
        lines << QStringLiteral("retry_after_s=%1").arg(*m_retryAfter);
    if (!m_problem.isEmpty())
        lines << QStringLiteral("problem=%1").arg(m_problem);
    if (!m_bodyExcerpt.isEmpty())
        lines << QStringLiteral("body=%1").arg(m_bodyExcerpt);
    for (const FieldError &error : m_fieldErrors)
        lines << QStringLiteral("field %1: %2").arg(error.field, error.code);
    return lines.join(QLatin1Char('\n'));
}
