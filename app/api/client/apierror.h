#pragma once

#include "api/messages/fielderror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkReply>
#include <QString>

#include <optional>

// Every way a call to the Uplift API can fail, in one type: the job queue asks
// isRetryable() and retryAfterSeconds(); the coach reads message().
class ApiError
{
    Q_DECLARE_TR_FUNCTIONS(ApiError)

public:
    enum class Kind {
        None, // no error
        Network, // no HTTP answer (refused, reset, DNS, TLS, ...)
        Timeout, // no byte moved within the transfer timeout
        Http, // the server answered with a status >= 400
        InvalidResponse, // 2xx, but the body is not what the API promises
        Validation, // refused client-side before sending (fieldErrors())
        Configuration, // no API key, a base URL that is not https, ...
        Cancelled, // the caller cancelled
    };

    ApiError() = default;

    static ApiError network(QNetworkReply::NetworkError code, const QString &qtMessage);
    static ApiError timeout();
    static ApiError cancelled();
    static ApiError configuration(const QString &message);
    static ApiError invalidResponse(const QString &problem, int httpStatus = 0);
    static ApiError validation(const QList<FieldError> &errors);
    // An HTTP status >= 400 with its body and Retry-After header value (may be
    // empty). `now` is when the answer arrived, for HTTP-date Retry-After.
    static ApiError http(int status, const QByteArray &body, const QByteArray &retryAfter,
                         const QDateTime &now = QDateTime::currentDateTimeUtc());

    // Retry-After is either delta-seconds or an HTTP-date (RFC 9110 10.2.3).
    // Seconds to wait from `now`; nullopt when absent or unreadable; a date in
    // the past gives 0.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &now);

    bool isError() const { return m_kind != Kind::None; }
    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    QString serverError() const { return m_serverError; } // e.g. "TooManyRequests"
    QString serverMessage() const { return m_serverMessage; } // verbatim, secrets redacted
    QNetworkReply::NetworkError networkError() const { return m_networkError; }
    std::optional<qint64> retryAfterSeconds() const { return m_retryAfter; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    // Network, timeout, 429, 500, 502, 503, 504: worth trying again later.
    bool isRetryable() const;
    // One sentence for the coach; never contains the API key.
    QString message() const;
    // Technical details for a "copy details" box (status, codes, a redacted
    // body excerpt); never contains the API key.
    QString details() const;

private:
    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    QString m_serverError;
    QString m_serverMessage;
    QString m_problem; // invalid response / configuration / Qt's text
    QString m_bodyExcerpt;
    QNetworkReply::NetworkError m_networkError = QNetworkReply::NoError;
    std::optional<qint64> m_retryAfter;
    QList<FieldError> m_fieldErrors;
};
