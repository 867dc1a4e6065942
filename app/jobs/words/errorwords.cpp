#include "jobs/words/errorwords.h"

#include "upload/s3postupload.h"

#include <QSet>

QString ErrorWords::network(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::NoError:
        return {};
    case QNetworkReply::ConnectionRefusedError:
        return tr("Could not reach the upload server (connection refused).");
    case QNetworkReply::HostNotFoundError:
        return tr("Could not find the upload server (its name did not resolve).");
    case QNetworkReply::RemoteHostClosedError:
        return tr("The upload server closed the connection before the upload finished.");
    case QNetworkReply::TimeoutError:
        return tr("The upload server did not answer in time.");
    case QNetworkReply::OperationCanceledError:
        return tr("The upload was stopped before it finished.");
    case QNetworkReply::SslHandshakeFailedError:
        return tr("A secure connection to the upload server could not be made.");
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::BackgroundRequestNotAllowedError:
        return tr("The network connection was lost during the upload.");
    case QNetworkReply::ProxyConnectionRefusedError:
    case QNetworkReply::ProxyConnectionClosedError:
    case QNetworkReply::ProxyNotFoundError:
    case QNetworkReply::ProxyTimeoutError:
    case QNetworkReply::ProxyAuthenticationRequiredError:
    case QNetworkReply::UnknownProxyError:
        return tr("The network's proxy server did not let the upload through.");
    default:
        return tr("The connection to the upload server failed.");
    }
}

QString ErrorWords::httpStatus(int status, const QString &code)
{
    if (code == QLatin1String("EntityTooLarge"))
        return tr("The upload server refused the file as too large.");
    if (code == QLatin1String("EntityTooSmall"))
        return tr("The upload server refused the file as too small.");
    if (code == QLatin1String("AccessDenied") || code == QLatin1String("SignatureDoesNotMatch")
        || code == QLatin1String("InvalidPolicyDocument"))
        return tr("The upload server refused the upload (its permission was not accepted or ran out).");
    if (code == QLatin1String("SlowDown") || status == 429 || status == 503)
        return tr("The upload server is busy.");
    if (code == QLatin1String("RequestTimeout"))
        return tr("The upload server gave up waiting for the file.");
    if (status >= 500)
        return tr("The upload server had a problem of its own (HTTP %1).").arg(status);
    if (status > 0)
        return tr("The upload server refused the upload (HTTP %1).").arg(status);
    return tr("The upload server refused the upload.");
}

QString ErrorWords::advice(UploadJob::State state, bool networkProblem)
{
    switch (state) {
    case UploadJob::State::WaitingToRetry:
        return networkProblem ? tr("Check that this computer is online; it is tried again by itself.")
                              : tr("It is tried again by itself.");
    case UploadJob::State::Failed:
        return networkProblem ? tr("Check that this computer is online, then choose Retry.")
                              : tr("Choose Retry to try again; the details say more.");
    case UploadJob::State::Queued:
        return networkProblem ? tr("It is sent when the connection is back.") : QString();
    default:
        return {};
    }
}

QString ErrorWords::forJob(const UploadJob &job)
{
    if (job.lastError.isEmpty())
        return {};
    // S3's codes: a refusal whose text is S3's own <Message> (English, technical).
    static const QSet<QString> s3Codes {
        QStringLiteral("AccessDenied"),          QStringLiteral("EntityTooLarge"),
        QStringLiteral("EntityTooSmall"),        QStringLiteral("InvalidPolicyDocument"),
        QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("SlowDown"),
        QStringLiteral("RequestTimeout"),        QStringLiteral("MalformedPOSTRequest"),
        QStringLiteral("NoSuchBucket"),          QStringLiteral("InvalidArgument")
    };
    QString what;
    bool networkProblem = false;
    if (const std::optional<S3PostResult::SummaryFacts> facts = S3PostResult::readSummary(job.lastError)) {
        if (facts->networkError != QNetworkReply::NoError && facts->httpStatus == 0) {
            what = network(facts->networkError);
            networkProblem = true;
        } else if (facts->stalled || facts->answerLate) {
            what = tr("The upload server stopped answering.");
            networkProblem = true;
        } else if (facts->answerTooLarge) {
            what = tr("The upload server sent an answer far too long to be a real one.");
        } else {
            what = httpStatus(facts->httpStatus, facts->code.isEmpty() ? job.lastErrorCode : facts->code);
        }
    } else if (job.lastHttpStatus > 0 && s3Codes.contains(job.lastErrorCode)) {
        what = httpStatus(job.lastHttpStatus, job.lastErrorCode);
    } else {
        return job.lastError; // already written for the coach
    }
    const QString next = advice(job.state, networkProblem);
    return next.isEmpty() ? what : tr("%1 %2").arg(what, next);
}
