#pragma once

#include "upload/multipartbody.h"
#include "upload/s3error.h"
#include "upload/transferrate.h"

#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <functional>
#include <optional>
#include <utility>

class QIODevice;
class QNetworkAccessManager;

// How one S3 POST upload ended.
struct S3PostResult
{
    enum class Outcome {
        Succeeded, // any 2xx (radosgw's 204 has no ETag), or 303 to success_action_redirect
        Retryable, // network fault, stall, 5xx, SlowDown, RequestTimeout: same fields may work again
        Rejected, // the server refused this request (4xx); see httpStatus and s3.code
        Cancelled, // cancel() was called
        LocalProblem // the file or the arguments: nothing was sent, or the file changed while it was sent
    };

    Outcome outcome = Outcome::Cancelled;
    int httpStatus = 0; // 0 when no HTTP answer arrived
    S3Error s3; // parsed XML body (error or PostResponse), may be empty
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QString networkErrorText;
    bool stalled = false; // no byte moved for the stall timeout
    bool answerLate = false; // no complete answer within the answer deadline after the last byte
    bool answerTooLarge = false; // the answer's body passed the size cap
    QString localProblem; // translated, for LocalProblem
    qint64 bytesSent = 0; // body bytes handed to the network in the last attempt
    QUrl finalUrl; // where the body went last (after redirects)
    QString etag; // from the ETag header or <PostResponse>, when given
    int redirects = 0;

    bool succeeded() const { return outcome == Outcome::Succeeded; }
    // One line for a job's history and logs: status, S3 code, network error.
    // Never contains field values (the policy and its signature are secrets).
    QString technicalSummary() const;

    // What technicalSummary() wrote, read back from the line (the job store keeps
    // that line as the technical detail): nullopt when `line` is not such a line.
    struct SummaryFacts
    {
        int httpStatus = 0;
        QString code; // the S3 <Code> when the line has one after the status
        QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
        bool stalled = false;
        bool answerLate = false;
        bool answerTooLarge = false;
    };
    static std::optional<SummaryFacts> readSummary(const QString &line);
};

// POSTs multipart/form-data to an S3 browser-upload URL: every field exactly
// as given and in the given order, the file as the last part with a
// filename=, streamed from disk (memory stays flat whatever the size) with a
// Content-Length (S3 refuses chunked bodies). Never sends an Authorization
// header: the policy and its signature authorise the upload. The body is a
// MultipartBody (the same bytes QHttpMultiPart would send; see there why).
//
// The QNetworkAccessManager is injected so a unit test can script replies.
class S3PostUpload : public QObject
{
    Q_OBJECT

public:
    explicit S3PostUpload(QNetworkAccessManager *network, QObject *parent = nullptr);
    ~S3PostUpload() override;

    // No byte sent or received for this long → abort, Outcome::Retryable with
    // stalled set. Default 60 s.
    void setStallTimeout(std::chrono::milliseconds timeout);
    // The whole answer (status, headers, body) must be in within this long
    // of the upload's last byte (or of the answer's first, if the server
    // answers early), else abort, Outcome::Retryable with
    // answerLate set: the stall timeout alone restarts on every trickled byte.
    // Default 60 s.
    void setAnswerDeadline(std::chrono::milliseconds deadline);
    // S3's answers are a few hundred bytes; a body past this cap is not read
    // on: abort, Outcome::Retryable with answerTooLarge set. Default 1 MiB.
    static constexpr qint64 DefaultMaxAnswerBytes = 1024 * 1024;
    void setMaxAnswerBytes(qint64 bytes) { m_maxAnswerBytes = std::max<qint64>(1, bytes); }
    // 301/307/308 answers (S3 gives them for a bucket in another region, or
    // just after a bucket is created) resend the whole body; this many at most.
    void setMaxRedirects(int redirects);
    // Wraps the whole request body before it is handed to QNAM, once per
    // request (redirects included), e.g. to cap the upload bandwidth. The
    // wrapper must be random access with the body's size, forward seek()/
    // reset() (QNAM rewinds to resend), and may return 0 from readData() and
    // emit readyRead() later: QNAM waits for it. The returned device is
    // parented to the reply; returning nullptr means the body itself.
    using BodyWrapper = std::function<QIODevice *(QIODevice *body)>;
    void setBodyWrapper(BodyWrapper wrapper) { m_bodyWrapper = std::move(wrapper); }

    // The URL, and every redirect, must be https, or http to this machine
    // (common/secureurl.h): anything else ends as LocalProblem (at start) or
    // Rejected (a redirect), without connecting.
    // Starts the upload. finished() follows exactly once, also when the
    // arguments are wrong (then asynchronously, with Outcome::LocalProblem).
    // fileName is what the file part's filename= says; empty = the file's own name.
    void start(const QUrl &url, const FormFields &fields, const QString &filePath, const QString &fileName = {});
    void cancel();
    bool isRunning() const { return !m_reply.isNull(); }

    qint64 bytesSent() const { return m_rate.done(); }
    qint64 bytesTotal() const { return m_rate.total(); }
    double bytesPerSecond() const { return m_rate.bytesPerSecond(); }
    qint64 secondsLeft() const { return m_rate.secondsLeft(); }

    // The multipart boundary used for the next request (tests read it).
    static QByteArray makeBoundary();

signals:
    // Body bytes sent so far of the whole request (fields + file + framing).
    void progress(qint64 sent, qint64 total);
    void finished(const S3PostResult &result);

private:
    void send(const QUrl &url);
    void onFinished();
    void onStalled();
    void abandon(bool *reason);
    void finish(S3PostResult result);
    void finishWithLocalProblem(const QString &problem);
    bool redirectTarget(const QNetworkReply *reply, const S3Error &body, QUrl *target) const;

    QNetworkAccessManager *m_network;
    QPointer<QNetworkReply> m_reply;
    QPointer<MultipartBody> m_body;
    BodyWrapper m_bodyWrapper;
    QTimer m_stallTimer;
    QTimer m_answerTimer;
    qint64 m_maxAnswerBytes = DefaultMaxAnswerBytes;
    QByteArray m_answer; // the answer's body read so far
    TransferRate m_rate;
    FormFields m_fields;
    QString m_filePath;
    QString m_fileName;
    int m_maxRedirects = 3;
    int m_redirects = 0;
    bool m_cancelled = false;
    bool m_stalled = false;
    bool m_answerLate = false;
    bool m_answerTooLarge = false;
    bool m_finished = true;
};

Q_DECLARE_METATYPE(S3PostResult)
