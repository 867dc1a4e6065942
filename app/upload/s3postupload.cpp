#include "upload/s3postupload.h"

#include "common/applicationidentity.h"
#include "common/secureurl.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QRegularExpression>

namespace {

// What Qt's HTTP thread may read ahead of this thread: small, so a huge or
// endless answer waits in the socket, not in memory, until the cap ends it.
constexpr qint64 AnswerReadBuffer = 256 * 1024;

bool hasLineBreak(const QString &text)
{
    return text.contains(QLatin1Char('\r')) || text.contains(QLatin1Char('\n'));
}

bool isRetryableNetworkError(QNetworkReply::NetworkError error)
{
    switch (error) {
    case QNetworkReply::SslHandshakeFailedError: // TLS errors are never ignored, nor retried
    case QNetworkReply::ProtocolUnknownError:
    case QNetworkReply::ProtocolInvalidOperationError:
        return false;
    default:
        return true;
    }
}

} // namespace

QString S3PostResult::technicalSummary() const
{
    QStringList parts;
    if (httpStatus > 0)
        parts << QStringLiteral("HTTP %1").arg(httpStatus);
    if (!s3.code.isEmpty())
        parts << s3.code;
    if (!s3.message.isEmpty())
        parts << s3.message;
    if (stalled)
        parts << QStringLiteral("stalled");
    if (answerLate)
        parts << QStringLiteral("no complete answer in time");
    if (answerTooLarge)
        parts << QStringLiteral("answer too large");
    if (networkError != QNetworkReply::NoError)
        parts << QStringLiteral("network error %1: %2").arg(int(networkError)).arg(networkErrorText);
    if (!localProblem.isEmpty())
        parts << localProblem;
    if (redirects > 0)
        parts << QStringLiteral("after %1 redirect(s)").arg(redirects);
    return parts.join(QStringLiteral(" · "));
}

std::optional<S3PostResult::SummaryFacts> S3PostResult::readSummary(const QString &line)
{
    // The parts technicalSummary() writes, in its order; a line that has none of
    // its markers is some other text (a sentence for the coach).
    static const QRegularExpression status(QStringLiteral("^HTTP (\\d{3})$"));
    static const QRegularExpression network(QStringLiteral("^network error (\\d+): "));
    SummaryFacts facts;
    bool recognised = false;
    const QStringList parts = line.split(QStringLiteral(" · "));
    for (int i = 0; i < parts.size(); ++i) {
        const QString &part = parts.at(i);
        if (const QRegularExpressionMatch m = status.match(part); i == 0 && m.hasMatch()) {
            facts.httpStatus = m.captured(1).toInt();
            recognised = true;
            if (parts.size() > 1 && !parts.at(1).contains(QLatin1Char(' ')))
                facts.code = parts.at(1);
        } else if (part == QLatin1String("stalled")) {
            facts.stalled = recognised = true;
        } else if (part == QLatin1String("no complete answer in time")) {
            facts.answerLate = recognised = true;
        } else if (part == QLatin1String("answer too large")) {
            facts.answerTooLarge = recognised = true;
        } else if (const QRegularExpressionMatch n = network.match(part); n.hasMatch()) {
            facts.networkError = QNetworkReply::NetworkError(n.captured(1).toInt());
            recognised = true;
        }
    }
    return recognised ? std::optional<SummaryFacts>(facts) : std::nullopt;
}

S3PostUpload::S3PostUpload(QNetworkAccessManager *network, QObject *parent)
    : QObject(parent)
    , m_network(network)
{
    qRegisterMetaType<S3PostResult>();
    m_stallTimer.setSingleShot(true);
    m_stallTimer.setInterval(std::chrono::seconds(60));
    connect(&m_stallTimer, &QTimer::timeout, this, &S3PostUpload::onStalled);
    m_answerTimer.setSingleShot(true);
    m_answerTimer.setInterval(std::chrono::seconds(60));
    connect(&m_answerTimer, &QTimer::timeout, this, [this] { abandon(&m_answerLate); });
}

S3PostUpload::~S3PostUpload()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void S3PostUpload::setStallTimeout(std::chrono::milliseconds timeout)
{
    m_stallTimer.setInterval(timeout);
}

void S3PostUpload::setAnswerDeadline(std::chrono::milliseconds deadline)
{
    m_answerTimer.setInterval(std::max(deadline, std::chrono::milliseconds(1)));
}

void S3PostUpload::setMaxRedirects(int redirects)
{
    m_maxRedirects = qMax(0, redirects);
}

QByteArray S3PostUpload::makeBoundary()
{
    // Letters and digits only, so the boundary needs no quoting in the
    // Content-Type header (some hand-written multipart parsers choke on it).
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QByteArray boundary("UpliftCaptureBoundary");
    for (int i = 0; i < 24; ++i)
        boundary += alphabet[QRandomGenerator::global()->bounded(int(sizeof(alphabet) - 1))];
    return boundary;
}

void S3PostUpload::start(const QUrl &url, const FormFields &fields, const QString &filePath, const QString &fileName)
{
    Q_ASSERT_X(m_finished, "S3PostUpload::start", "an upload is already running");
    m_finished = false;
    m_cancelled = m_stalled = m_answerLate = m_answerTooLarge = false;
    m_redirects = 0;
    m_fields = fields;
    m_filePath = filePath;
    m_fileName = fileName.isEmpty() ? QFileInfo(filePath).fileName() : fileName;

    if (!SecureUrl::isAllowed(url))
        return finishWithLocalProblem(tr("The upload address is not an https URL."));
    for (const auto &[name, value] : fields) {
        if (name.isEmpty() || name.contains(QLatin1Char('"')) || hasLineBreak(name))
            return finishWithLocalProblem(tr("An upload field has an invalid name."));
        if (name.compare(u"file", Qt::CaseInsensitive) == 0)
            return finishWithLocalProblem(tr("The upload fields must not contain the file itself."));
    }
    const QFileInfo info(filePath);
    if (!info.exists())
        return finishWithLocalProblem(tr("The file %1 no longer exists.").arg(filePath));
    if (!info.isFile() || !info.isReadable())
        return finishWithLocalProblem(tr("The file %1 cannot be read.").arg(filePath));
    send(url);
}

void S3PostUpload::send(const QUrl &url)
{
    // The file part's Content-Type is the one the policy signs (S3 checks
    // the field, browsers send the same in the part).
    QString contentType = QStringLiteral("application/octet-stream");
    for (const auto &[name, value] : std::as_const(m_fields)) {
        if (name.compare(u"Content-Type", Qt::CaseInsensitive) == 0)
            contentType = value;
    }
    // The file is the last part: S3 ignores every field after it.
    const QByteArray boundary = makeBoundary();
    auto *body = new MultipartBody(boundary, m_fields, m_filePath, m_fileName, contentType);
    body->setOneShot(true);
    if (!body->open(QIODevice::ReadOnly)) {
        const QString problem = tr("The file %1 cannot be read: %2").arg(m_filePath, body->errorString());
        delete body;
        return finishWithLocalProblem(problem);
    }
    QIODevice *outgoing = body;
    if (m_bodyWrapper) {
        if (QIODevice *wrapped = m_bodyWrapper(body))
            outgoing = wrapped;
    }

    QNetworkRequest request(url);
    // Set explicitly so QNAM does not quote the boundary.
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=" + boundary));
    // What QNAM adds to a QHttpMultiPart post (RFC 2045, section 4).
    request.setRawHeader("MIME-Version", "1.0");
    request.setHeader(QNetworkRequest::UserAgentHeader, ApplicationIdentity::userAgent());
    // Redirects are followed here, resending the whole body (QNAM would not
    // resend a multipart body).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);

    // QNAM reads the body from this thread and hands it to its HTTP thread
    // 16 KiB at a time; the body must live as long as the reply.
    QNetworkReply *reply = m_network->post(request, outgoing);
    // A wrapper is deleted before the body it reads from (children go in order).
    if (outgoing != body)
        outgoing->setParent(reply);
    body->setParent(reply);
    m_reply = reply;
    m_body = body;
    m_rate.start(0); // the total (fields + file + framing) arrives with the first progress

    connect(reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        // Qt 6.4 reports (0, 0) as the reply ends: no news, not a restart (a resend is a new
        // request, which starts the count again above). Taken as news, every finished upload
        // said it had sent nothing, and the queue never learnt the link's speed.
        if (sent == 0 && total == 0)
            return;
        if (total > 0 && m_rate.total() != total) {
            const qint64 done = m_rate.done();
            m_rate.start(total);
            m_rate.update(done);
        }
        m_rate.update(sent);
        m_stallTimer.start();
        // The last byte has gone: the answer's deadline starts (once).
        if (total > 0 && sent >= total && !m_answerTimer.isActive())
            m_answerTimer.start();
        emit progress(sent, total);
    });
    // An early answer (S3 refuses a too large body before reading it) starts
    // the deadline too: a server that answers while it no longer reads
    // cannot hold the upload open by trickling its answer.
    connect(reply, &QNetworkReply::metaDataChanged, this, [this, reply] {
        reply->setReadBufferSize(AnswerReadBuffer); // see above
        if (!m_answerTimer.isActive())
            m_answerTimer.start();
        if (reply->header(QNetworkRequest::ContentLengthHeader).toLongLong() > m_maxAnswerBytes)
            abandon(&m_answerTooLarge);
    });
    connect(reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_stallTimer.start();
        if (received > m_maxAnswerBytes || total > m_maxAnswerBytes)
            abandon(&m_answerTooLarge);
    });
    // Read as it comes, through a small buffer: QNAM then stops reading the
    // socket until this thread has taken the bytes, so a huge or endless
    // answer never piles up in memory before the cap is checked.
    m_answer.clear();
    reply->setReadBufferSize(AnswerReadBuffer);
    // Qt 6.4 starts a request with a body on the next turn of the event loop
    // and tells its HTTP thread of a read buffer size only once started: set
    // before that, it is lost and the HTTP thread reads the answer as fast as
    // the server sends it. Set again once started (this call is queued after
    // the start) and when the headers arrive.
    QMetaObject::invokeMethod(
        reply, [reply] { reply->setReadBufferSize(AnswerReadBuffer); }, Qt::QueuedConnection);
    connect(reply, &QNetworkReply::readyRead, this, [this, reply] {
        m_answer.append(reply->readAll());
        if (m_answer.size() > m_maxAnswerBytes) {
            m_answer.clear();
            abandon(&m_answerTooLarge);
        }
    });
    connect(reply, &QNetworkReply::finished, this, &S3PostUpload::onFinished);
    m_stallTimer.start();
}

void S3PostUpload::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_reply)
        m_reply->abort();
}

void S3PostUpload::onStalled()
{
    abandon(&m_stalled);
}

void S3PostUpload::abandon(bool *reason)
{
    if (!m_reply || m_stalled || m_answerLate || m_answerTooLarge)
        return;
    *reason = true;
    m_reply->abort();
}

bool S3PostUpload::redirectTarget(const QNetworkReply *reply, const S3Error &body, QUrl *target) const
{
    QUrl location = reply->header(QNetworkRequest::LocationHeader).toUrl();
    if (location.isEmpty()) {
        // S3's 307 TemporaryRedirect names the endpoint host in the body.
        const QString endpoint = body.details.value(QStringLiteral("Endpoint"));
        if (endpoint.isEmpty())
            return false;
        location = reply->url();
        location.setHost(endpoint);
    }
    *target = reply->url().resolved(location);
    return true;
}

void S3PostUpload::onFinished()
{
    QNetworkReply *reply = m_reply;
    if (!reply)
        return;
    m_stallTimer.stop();
    m_answerTimer.stop();
    m_reply = nullptr;
    reply->deleteLater();

    S3PostResult result;
    result.finalUrl = reply->url();
    result.redirects = m_redirects;
    result.bytesSent = m_rate.done();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    result.httpStatus = statusAttribute.isValid() ? statusAttribute.toInt() : 0;
    if (reply->isOpen())
        m_answer.append(reply->readAll());
    const QByteArray body = std::exchange(m_answer, {});

    if (m_cancelled) {
        result.outcome = S3PostResult::Outcome::Cancelled;
        return finish(result);
    }
    if (m_stalled || m_answerLate || m_answerTooLarge) {
        // Whatever status line came first, the answer is not whole: whether
        // the object was stored is unknown, as after a reset.
        result.outcome = S3PostResult::Outcome::Retryable;
        result.stalled = m_stalled;
        result.answerLate = m_answerLate;
        result.answerTooLarge = m_answerTooLarge;
        result.httpStatus = 0;
        return finish(result);
    }
    if (m_body && (m_body->fileChanged() || m_body->fileUnreadable())) {
        // QNAM ended the request because the body could not be read: whatever
        // the server said about a truncated body, the cause is the file.
        result.outcome = S3PostResult::Outcome::LocalProblem;
        result.localProblem = m_body->fileChanged()
            ? tr("The file %1 changed while it was being uploaded.").arg(m_filePath)
            : tr("The file %1 cannot be read: %2").arg(m_filePath, m_body->errorString());
        return finish(result);
    }
    if (result.httpStatus == 0) {
        // No HTTP answer at all: the connection failed or was reset.
        result.networkError = reply->error();
        result.networkErrorText = reply->errorString();
        result.outcome = isRetryableNetworkError(reply->error()) ? S3PostResult::Outcome::Retryable
                                                                 : S3PostResult::Outcome::Rejected;
        return finish(result);
    }

    // An HTTP answer arrived: it counts even if the server closed the
    // connection while we were still sending (S3 and radosgw answer a too
    // large body early), so QNAM's network error is secondary here.
    result.s3 = S3Error::parse(body);
    if (reply->error() != QNetworkReply::NoError && result.httpStatus < 300) {
        result.networkError = reply->error();
        result.networkErrorText = reply->errorString();
    }
    const int status = result.httpStatus;
    const QString &code = result.s3.code;
    const bool retryableCode
        = code == u"SlowDown" || code == u"RequestTimeout" || code == u"InternalError" || code == u"ServiceUnavailable";
    if (status >= 200 && status < 300 && !code.isEmpty()) {
        // A 2xx whose body is an <Error> (some S3-compatible stores and
        // proxies answer so) did not store the object: S3's code decides.
        result.outcome = retryableCode ? S3PostResult::Outcome::Retryable : S3PostResult::Outcome::Rejected;
        return finish(result);
    }
    if (status >= 200 && status < 300) {
        if (reply->error() != QNetworkReply::NoError && reply->error() < QNetworkReply::ContentAccessDenied) {
            // 2xx header then a broken connection: the object may or may not be
            // stored; S3 stores whole objects only, so retrying is safe.
            result.outcome = S3PostResult::Outcome::Retryable;
            return finish(result);
        }
        result.outcome = S3PostResult::Outcome::Succeeded;
        result.etag = QString::fromLatin1(reply->rawHeader("ETag"));
        if (result.etag.isEmpty())
            result.etag = result.s3.details.value(QStringLiteral("ETag"));
        return finish(result);
    }
    if (status == 303) {
        const bool redirectOnSuccess = std::any_of(m_fields.cbegin(), m_fields.cend(), [](const auto &field) {
            return field.first == u"success_action_redirect" || field.first == u"redirect";
        });
        result.outcome = redirectOnSuccess ? S3PostResult::Outcome::Succeeded : S3PostResult::Outcome::Rejected;
        return finish(result);
    }
    if (status == 301 || status == 302 || status == 307 || status == 308) {
        QUrl target;
        if (m_redirects < m_maxRedirects && redirectTarget(reply, result.s3, &target)) {
            if (!SecureUrl::isAllowed(target)) {
                // A downgrade to plain http off this machine (or another
                // scheme) is refused before connecting: the signed form
                // would travel in the clear.
                result.outcome = S3PostResult::Outcome::Rejected;
                result.localProblem = tr("The upload was redirected to an address that is not https (%1).")
                                          .arg(target.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));
                return finish(result);
            }
            ++m_redirects;
            send(target);
            return;
        }
        result.outcome = S3PostResult::Outcome::Rejected;
        return finish(result);
    }
    const bool retryable = status >= 500 || status == 429 || retryableCode;
    result.outcome = retryable ? S3PostResult::Outcome::Retryable : S3PostResult::Outcome::Rejected;
    finish(result);
}

void S3PostUpload::finishWithLocalProblem(const QString &problem)
{
    S3PostResult result;
    result.outcome = S3PostResult::Outcome::LocalProblem;
    result.localProblem = problem;
    // Asynchronous, so a caller connecting after start() still hears it.
    QMetaObject::invokeMethod(
        this, [this, result] { finish(result); }, Qt::QueuedConnection);
}

void S3PostUpload::finish(S3PostResult result)
{
    if (m_finished)
        return;
    m_finished = true;
    emit finished(result);
}
