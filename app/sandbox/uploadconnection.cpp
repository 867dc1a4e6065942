#include "sandbox/uploadconnection.h"

#include "sandbox/faultplan.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>

#include <algorithm>
#include <cstring>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// Large reads keep the per-byte cost low; the socket's own buffer is capped to the
// same size so that a stalled or slow consumer never lets memory grow.
constexpr qint64 ChunkSize = 1024 * 1024;
constexpr qsizetype MaxHeaderBytes = 64 * 1024;
constexpr qint64 MaxFormBytes = 20 * 1024; // S3: fields and boundaries without the file
constexpr qint64 MaxDrainBytes = 256LL * 1024 * 1024;

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 411:
        return "Length Required";
    case 412:
        return "Precondition Failed";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 503:
        return "Service Unavailable";
    default:
        return "Status";
    }
}

QByteArray errorCodeFor(int status)
{
    switch (status) {
    case 400:
        return "InvalidRequest";
    case 403:
        return "AccessDenied";
    case 404:
        return "NoSuchBucket";
    case 429:
    case 503:
        return "SlowDown";
    default:
        return "InternalError";
    }
}

// Value of a parameter (name="x") inside a Content-Disposition or Content-Type header.
QByteArray headerParameter(const QByteArray &header, const QByteArray &name)
{
    const QList<QByteArray> parts = header.split(';');
    for (const QByteArray &raw : parts) {
        const QByteArray part = raw.trimmed();
        const int eq = part.indexOf('=');
        if (eq < 0 || part.left(eq).trimmed().toLower() != name)
            continue;
        QByteArray value = part.mid(eq + 1).trimmed();
        if (value.size() >= 2 && value.startsWith('"') && value.endsWith('"'))
            value = value.mid(1, value.size() - 2);
        return value;
    }
    return {};
}

bool keyIsSafe(const QString &key)
{
    if (key.isEmpty() || key.size() > 1024 || key.contains(QLatin1Char('\\')))
        return false;
    const QStringList segments = key.split(QLatin1Char('/'));
    return std::none_of(segments.cbegin(), segments.cend(), [](const QString &s) {
        return s.isEmpty() || s == QLatin1String(".") || s == QLatin1String("..");
    });
}

} // namespace

UploadConnection::UploadConnection(qintptr descriptor, const UploadSettings &settings, FaultPlan *faults,
                                   QObject *parent)
    : QObject(parent)
    , m_socket(new QTcpSocket(this))
    , m_settings(settings)
    , m_faults(faults)
{
    m_socket->setSocketDescriptor(descriptor);
    m_socket->setReadBufferSize(ChunkSize);
    m_buffer.reserve(ChunkSize + MaxHeaderBytes);
    connect(m_socket, &QTcpSocket::readyRead, this, &UploadConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, [this] {
        cleanUpPartial();
        m_stage = Stage::Closed;
        deleteLater();
    });
    reset();
}

UploadConnection::~UploadConnection()
{
    cleanUpPartial();
}

void UploadConnection::reset()
{
    m_stage = Stage::RequestHeaders;
    m_fields.clear();
    m_fieldValue.clear();
    m_formBytes = 0;
    m_fileSeen = false;
    m_fileDone = false;
    m_key.clear();
    m_minSize = 0;
    m_maxSize = -1;
    m_successStatus = 204;
    m_fileSize = 0;
    m_md5.reset();
    m_bodyReceived = 0;
    m_bodyRemaining = 0;
    m_stallAt = -1;
    m_resetAt = -1;
    m_randomFault = {};
    m_requestId = QByteArray::number(QRandomGenerator::global()->generate64(), 16).toUpper();
}

void UploadConnection::cleanUpPartial()
{
    if (m_file) {
        m_file->close();
        m_file->remove();
        m_file.reset();
    }
}

QString UploadConnection::field(const QString &name) const
{
    for (const auto &entry : m_fields) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return entry.second;
    }
    return {};
}

void UploadConnection::onReadyRead()
{
    while (m_stage != Stage::Closed && m_stage != Stage::Stalled) {
        if (!pull())
            return;
        if (m_stage == Stage::RequestHeaders) {
            const qsizetype end = m_buffer.indexOf("\r\n\r\n", m_pos);
            if (end < 0) {
                if (m_buffer.size() - m_pos > MaxHeaderBytes)
                    sendError(400, "MalformedPOSTRequest", QStringLiteral("The request headers are too large."));
                continue;
            }
            const QByteArray head = m_buffer.mid(m_pos, end - m_pos);
            m_pos = end + 4;
            // Whatever followed the headers in this read is body.
            m_bodyReceived = 0;
            if (!handleRequestHeaders(head))
                continue;
            startBody();
        }
        consume();
        if (m_bodyRemaining == 0 && m_stage != Stage::RequestHeaders && m_stage != Stage::Closed
            && m_stage != Stage::Stalled)
            finishBody();
    }
}

// Moves bytes from the socket into the buffer (at most one chunk, never past the
// body). Returns false when there was nothing to read.
bool UploadConnection::pull()
{
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    if (m_stage == Stage::RequestHeaders) {
        if (!m_buffer.isEmpty() && m_buffer.contains("\r\n\r\n"))
            return true;
        const qint64 available = m_socket->bytesAvailable();
        if (available <= 0)
            return false;
        const qsizetype old = m_buffer.size();
        m_buffer.resize(old + std::min<qint64>(available, ChunkSize));
        const qint64 got = m_socket->read(m_buffer.data() + old, m_buffer.size() - old);
        m_buffer.resize(old + std::max<qint64>(got, 0));
        return got > 0;
    }
    if (m_bodyRemaining == 0)
        return !m_buffer.isEmpty() && m_stage != Stage::Draining;
    qint64 want = std::min<qint64>({ m_socket->bytesAvailable(), m_bodyRemaining, ChunkSize });
    for (const qint64 at : { m_stallAt, m_resetAt }) {
        if (at >= 0)
            want = std::min(want, at - m_bodyReceived);
    }
    if (want <= 0) {
        if (m_resetAt >= 0 && m_bodyReceived >= m_resetAt) {
            resetConnection();
            return false;
        }
        if (m_stallAt >= 0 && m_bodyReceived >= m_stallAt) {
            // Stop reading for good: the kernel's buffers fill up and the client's
            // writes block, which is what a hung server looks like from outside.
            m_stage = Stage::Stalled;
            m_socket->setReadBufferSize(1);
            return false;
        }
        return false;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + want);
    const qint64 got = m_socket->read(m_buffer.data() + old, want);
    m_buffer.resize(old + std::max<qint64>(got, 0));
    if (got <= 0)
        return false;
    m_bodyReceived += got;
    m_bodyRemaining -= got;
    if (m_stage == Stage::Draining) {
        m_buffer.clear();
        m_drainLimit -= got;
        if (m_drainLimit <= 0 || m_bodyRemaining == 0) {
            m_stage = Stage::Closed;
            m_socket->disconnectFromHost();
            return false;
        }
    }
    return true;
}

void UploadConnection::resetConnection()
{
#ifdef Q_OS_UNIX
    // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
    const linger hard { 1, 0 };
    ::setsockopt(int(m_socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &hard, sizeof hard);
#endif
    cleanUpPartial();
    m_stage = Stage::Closed;
    m_socket->abort();
    deleteLater();
}

bool UploadConnection::handleRequestHeaders(const QByteArray &head)
{
    const QList<QByteArray> lines = head.split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    QHash<QByteArray, QByteArray> headers;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const int colon = line.indexOf(':');
        if (colon > 0)
            headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    const QByteArray method = requestLine.value(0);
    const QString path = QUrl::fromPercentEncoding(requestLine.value(1).split('?').value(0));
    m_keepAlive = requestLine.value(2) == "HTTP/1.1" && headers.value("connection").toLower() != "close";
    // Until the body is known to be well formed, any error closes the connection.
    m_bodyRemaining = headers.value("content-length").toLongLong();
    m_drainLimit = MaxDrainBytes;

    if (const int latency = m_faults ? m_faults->latencyMs(QStringLiteral("upload")) : 0; latency > 0) {
        m_stage = Stage::Stalled; // no reading while the latency runs
        QTimer::singleShot(latency, this, [this, method, path, headers] {
            m_stage = Stage::RequestHeaders;
            if (acceptRequest(method, path, headers))
                startBody();
            onReadyRead();
        });
        return false;
    }
    return acceptRequest(method, path, headers);
}

void UploadConnection::startBody()
{
    const qint64 already = std::min<qint64>(m_buffer.size() - m_pos, m_bodyRemaining);
    m_bodyReceived = already;
    m_bodyRemaining -= already;
}

bool UploadConnection::acceptRequest(const QByteArray &method, const QString &path,
                                     const QHash<QByteArray, QByteArray> &headers)
{
    if (m_faults) {
        if (const int status = m_faults->takeFailure(QStringLiteral("upload")); status > 0) {
            sendError(status, errorCodeFor(status), QStringLiteral("Injected fault."));
            return false;
        }
        // m_bodyRemaining still is the whole Content-Length here.
        m_randomFault = m_faults->takeRandomUploadFault(m_bodyRemaining);
        if (m_randomFault.status > 0) {
            sendError(m_randomFault.status, errorCodeFor(m_randomFault.status), QStringLiteral("Injected fault."));
            return false;
        }
    }
    if (method != "POST") {
        sendError(405, "MethodNotAllowed",
                  QStringLiteral("The specified method is not allowed against this resource."));
        return false;
    }
    QString bucket = path.mid(1);
    if (bucket.endsWith(QLatin1Char('/')))
        bucket.chop(1);
    if (bucket != m_settings.target.bucket) {
        sendError(404, "NoSuchBucket", QStringLiteral("The specified bucket does not exist."),
                  { { "BucketName", xmlEscaped(bucket) } });
        return false;
    }
    if (headers.value("transfer-encoding").toLower().contains("chunked") || !headers.contains("content-length")) {
        sendError(411, "MissingContentLength", QStringLiteral("You must provide the Content-Length HTTP header."));
        return false;
    }
    const QByteArray contentType = headers.value("content-type");
    const QByteArray boundary = headerParameter(contentType, "boundary");
    if (!contentType.toLower().startsWith("multipart/form-data") || boundary.isEmpty()) {
        sendError(412, "PreconditionFailed",
                  QStringLiteral("At least one of the pre-conditions you specified did not hold"),
                  { { "Condition", "Bucket POST must be of the enclosure-type multipart/form-data" } });
        return false;
    }
    m_dashBoundary = "--" + boundary;
    m_delimiter = "\r\n--" + boundary;
    m_searcher = std::make_unique<std::boyer_moore_horspool_searcher<const char *>>(
        m_delimiter.constData(), m_delimiter.constData() + m_delimiter.size());
    if (m_faults) {
        m_stallAt = m_faults->takeUploadStall();
        m_resetAt = m_faults->takeUploadReset();
        if (m_stallAt < 0)
            m_stallAt = m_randomFault.stallAt;
        if (m_resetAt < 0)
            m_resetAt = m_randomFault.resetAt;
    }
    if (headers.value("expect").toLower() == "100-continue")
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_stage = Stage::Preamble;
    return true;
}

void UploadConnection::consume()
{
    for (;;) {
        const char *begin = m_buffer.constData() + m_pos;
        const qsizetype size = m_buffer.size() - m_pos;
        switch (m_stage) {
        case Stage::Preamble: {
            const qsizetype at = QByteArrayView(begin, size).indexOf(m_dashBoundary);
            if (at < 0) {
                m_pos += std::max<qsizetype>(0, size - (m_dashBoundary.size() - 1));
                return;
            }
            m_pos += at + m_dashBoundary.size();
            m_stage = Stage::AfterBoundary;
            break;
        }
        case Stage::AfterBoundary:
            if (size < 2)
                return;
            if (begin[0] == '-' && begin[1] == '-') {
                m_pos += 2;
                m_stage = Stage::Epilogue;
            } else if (begin[0] == '\r' && begin[1] == '\n') {
                m_pos += 2;
                m_stage = Stage::PartHeaders;
            } else {
                sendError(400, "MalformedPOSTRequest",
                          QStringLiteral("The body of your POST request is not well-formed multipart/form-data."));
                return;
            }
            break;
        case Stage::PartHeaders: {
            const qsizetype at = QByteArrayView(begin, size).indexOf("\r\n\r\n");
            if (at < 0) {
                if (size > MaxFormBytes)
                    sendError(400, "MaxPostPreDataLengthExceeded",
                              QStringLiteral("Your POST request fields preceeding the upload file was too large."));
                return;
            }
            const QByteArray headers(begin, at);
            m_pos += at + 4;
            m_formBytes += at + 4;
            startPart(headers);
            break;
        }
        case Stage::FieldValue:
        case Stage::FileData:
        case Stage::IgnoredPart: {
            const char *end = begin + size;
            const char *found = std::search(begin, end, *m_searcher);
            if (found != end) {
                const qint64 n = found - begin;
                partData(begin, n);
                if (m_stage == Stage::Draining || m_stage == Stage::Closed)
                    return;
                m_pos += n + m_delimiter.size();
                partEnded();
                break;
            }
            const qint64 safe = size - (m_delimiter.size() - 1);
            if (safe > 0) {
                partData(begin, safe);
                m_pos += safe;
            }
            return;
        }
        case Stage::Epilogue:
            m_pos = m_buffer.size();
            return;
        default:
            return;
        }
        if (m_stage == Stage::Draining || m_stage == Stage::Closed)
            return;
    }
}

void UploadConnection::startPart(const QByteArray &headers)
{
    QByteArray disposition;
    for (const QByteArray &line : headers.split('\n')) {
        const int colon = line.indexOf(':');
        if (colon > 0 && line.left(colon).trimmed().toLower() == "content-disposition")
            disposition = line.mid(colon + 1).trimmed();
    }
    // S3 ignores every field after the file, so a required field placed there counts as missing.
    if (m_fileSeen) {
        m_stage = Stage::IgnoredPart;
        return;
    }
    const QString name = QString::fromUtf8(headerParameter(disposition, "name"));
    if (name.compare(QLatin1String("file"), Qt::CaseInsensitive) != 0) {
        m_partName = name;
        m_fieldValue.clear();
        m_stage = Stage::FieldValue;
        return;
    }
    m_fileSeen = true;
    if (!checkPolicy())
        return;
    const QString incoming = m_settings.objectsFolder + QStringLiteral("/.incoming");
    QDir().mkpath(incoming);
    m_file = std::make_unique<QFile>(incoming + QLatin1Char('/') + QString::fromLatin1(m_requestId)
                                     + QStringLiteral(".part"));
    if (!m_file->open(QIODevice::WriteOnly | QIODevice::Truncate | QIODevice::Unbuffered)) {
        m_file.reset();
        sendError(500, "InternalError", QStringLiteral("We encountered an internal error. Please try again."));
        return;
    }
    if (m_successStatus == 201)
        m_md5 = std::make_unique<QCryptographicHash>(QCryptographicHash::Md5);
    m_fileSize = 0;
    m_stage = Stage::FileData;
}

void UploadConnection::partData(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    if (m_stage == Stage::FieldValue) {
        m_formBytes += size;
        if (m_formBytes > MaxFormBytes) {
            sendError(400, "MaxPostPreDataLengthExceeded",
                      QStringLiteral("Your POST request fields preceeding the upload file was too large."));
            return;
        }
        m_fieldValue.append(data, size);
    } else if (m_stage == Stage::FileData) {
        if (m_maxSize >= 0 && m_fileSize + size > m_maxSize) {
            // The real size is not known yet; S3 reports at least what it has seen.
            sendError(400, "EntityTooLarge", QStringLiteral("Your proposed upload exceeds the maximum allowed size"),
                      { { "ProposedSize", QByteArray::number(m_fileSize + size) },
                        { "MaxSizeAllowed", QByteArray::number(m_maxSize) } });
            return;
        }
        // Runs of zeros become holes: a sparse test file then costs no disk
        // bandwidth, and the object still reads back byte for byte.
        const bool zeros = data[0] == 0 && std::memcmp(data, data + 1, size_t(size - 1)) == 0;
        if (zeros ? !m_file->seek(m_fileSize + size) : m_file->write(data, size) != size) {
            sendError(500, "InternalError", QStringLiteral("We encountered an internal error. Please try again."));
            return;
        }
        if (m_md5)
            m_md5->addData(QByteArrayView(data, size));
        m_fileSize += size;
    }
}

void UploadConnection::partEnded()
{
    if (m_stage == Stage::FieldValue) {
        m_fields.append(qMakePair(m_partName, QString::fromUtf8(m_fieldValue)));
        m_fieldValue.clear();
    } else if (m_stage == Stage::FileData) {
        m_file->resize(m_fileSize); // a trailing hole has no bytes written to give the length
        m_file->close();
        m_fileDone = true;
        if (m_fileSize < m_minSize) {
            sendError(400, "EntityTooSmall",
                      QStringLiteral("Your proposed upload is smaller than the minimum allowed size"),
                      { { "ProposedSize", QByteArray::number(m_fileSize) },
                        { "MinSizeAllowed", QByteArray::number(m_minSize) } });
            return;
        }
    }
    m_stage = Stage::AfterBoundary;
}

bool UploadConnection::checkPolicy()
{
    auto missing = [this](const char *shownName) {
        sendError(400, "InvalidArgument",
                  QStringLiteral("Bucket POST must contain a field named '%1'.  If it is specified, please check the "
                                 "order of the fields.")
                      .arg(QLatin1String(shownName)),
                  { { "ArgumentName", shownName }, { "ArgumentValue", "" } });
        return false;
    };
    const QString key = field(QStringLiteral("key"));
    const QString policy = field(QStringLiteral("policy"));
    const QString algorithm = field(QStringLiteral("x-amz-algorithm"));
    const QString credential = field(QStringLiteral("x-amz-credential"));
    const QString date = field(QStringLiteral("x-amz-date"));
    const QString signature = field(QStringLiteral("x-amz-signature"));
    if (key.isEmpty())
        return missing("key");
    if (policy.isEmpty())
        return missing("Policy");
    if (algorithm.isEmpty())
        return missing("X-Amz-Algorithm");
    if (credential.isEmpty())
        return missing("X-Amz-Credential");
    if (date.isEmpty())
        return missing("X-Amz-Date");
    if (signature.isEmpty())
        return missing("X-Amz-Signature");
    if (algorithm != QLatin1String("AWS4-HMAC-SHA256")) {
        sendError(400, "InvalidArgument", QStringLiteral("X-Amz-Algorithm only supports \"AWS4-HMAC-SHA256\""),
                  { { "ArgumentName", "X-Amz-Algorithm" }, { "ArgumentValue", xmlEscaped(algorithm) } });
        return false;
    }
    const QStringList scope = credential.split(QLatin1Char('/'));
    if (scope.size() != 5 || scope[3] != QLatin1String("s3") || scope[4] != QLatin1String("aws4_request")) {
        sendError(400, "InvalidArgument", QStringLiteral("X-Amz-Credential is malformed."),
                  { { "ArgumentName", "X-Amz-Credential" } });
        return false;
    }
    if (scope[0] != m_settings.target.accessKey) {
        sendError(403, "InvalidAccessKeyId",
                  QStringLiteral("The AWS Access Key Id you provided does not exist in our records."));
        return false;
    }
    const QByteArray expected = PostPolicy::signature(m_settings.target.secretKey.toUtf8(), scope[1].toLatin1(),
                                                      scope[2].toUtf8(), "s3", policy.toLatin1());
    const QByteArray given = signature.toLatin1().toLower();
    // Compare without an early exit so the time taken says nothing about the signature.
    unsigned difference = expected.size() == given.size() ? 0 : 1;
    for (qsizetype i = 0; i < std::min(expected.size(), given.size()); ++i)
        difference |= unsigned(expected[i] ^ given[i]);
    if (difference != 0 || scope[2] != m_settings.target.region) {
        sendError(403, "SignatureDoesNotMatch",
                  QStringLiteral("The request signature we calculated does not match the signature you provided. "
                                 "Check your key and signing method."));
        return false;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromBase64(policy.toLatin1()), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        sendError(400, "InvalidPolicyDocument", QStringLiteral("Invalid Policy: Invalid JSON."));
        return false;
    }
    const QJsonObject root = document.object();
    const QDateTime expiration
        = QDateTime::fromString(root.value(QStringLiteral("expiration")).toString(), Qt::ISODateWithMs);
    if (!expiration.isValid()) {
        sendError(400, "InvalidPolicyDocument", QStringLiteral("Invalid Policy: Invalid 'expiration' value."));
        return false;
    }
    if (!root.value(QStringLiteral("conditions")).isArray()) {
        sendError(400, "InvalidPolicyDocument", QStringLiteral("Invalid Policy: Policy missing conditions."));
        return false;
    }
    if (QDateTime::currentDateTimeUtc() > expiration) {
        sendError(403, "AccessDenied", QStringLiteral("Invalid according to Policy: Policy expired."));
        return false;
    }
    QStringList covered;
    auto conditionFailed = [this](const QString &condition) {
        sendError(403, "AccessDenied",
                  QStringLiteral("Invalid according to Policy: Policy Condition failed: %1").arg(condition));
        return false;
    };
    auto valueOf = [this](const QString &name) {
        return name.compare(QLatin1String("bucket"), Qt::CaseInsensitive) == 0 ? m_settings.target.bucket : field(name);
    };
    auto present = [this](const QString &name) {
        return name.compare(QLatin1String("bucket"), Qt::CaseInsensitive) == 0
            || std::any_of(m_fields.cbegin(), m_fields.cend(),
                           [&](const auto &f) { return f.first.compare(name, Qt::CaseInsensitive) == 0; });
    };
    auto quoted = [](const QString &s) { return QStringLiteral("\"%1\"").arg(s); };
    bool sizeLimited = false;
    for (const QJsonValue &condition : root.value(QStringLiteral("conditions")).toArray()) {
        if (condition.isObject()) {
            const QJsonObject object = condition.toObject();
            for (auto it = object.begin(); it != object.end(); ++it) {
                covered << it.key().toLower();
                if (!present(it.key()) || valueOf(it.key()) != it.value().toString())
                    return conditionFailed(
                        QStringLiteral("[\"eq\", \"$%1\", %2]").arg(it.key(), quoted(it.value().toString())));
            }
            continue;
        }
        const QJsonArray array = condition.toArray();
        const QString op = array.at(0).toString().toLower();
        if (op == QLatin1String("content-length-range") && array.size() == 3) {
            m_minSize = qint64(array.at(1).toDouble());
            m_maxSize = qint64(array.at(2).toDouble());
            sizeLimited = true;
            continue;
        }
        if ((op != QLatin1String("eq") && op != QLatin1String("starts-with")) || array.size() != 3
            || !array.at(1).toString().startsWith(QLatin1Char('$'))) {
            sendError(400, "InvalidPolicyDocument", QStringLiteral("Invalid Policy: Invalid Condition."));
            return false;
        }
        const QString name = array.at(1).toString().mid(1);
        const QString expectedValue = array.at(2).toString();
        covered << name.toLower();
        const QString actual = valueOf(name);
        const bool ok
            = present(name) && (op == QLatin1String("eq") ? actual == expectedValue : actual.startsWith(expectedValue));
        if (!ok)
            return conditionFailed(QStringLiteral("[\"%1\", \"$%2\", %3]").arg(op, name, quoted(expectedValue)));
    }
    for (const auto &entry : std::as_const(m_fields)) {
        const QString name = entry.first.toLower();
        if (name == QLatin1String("x-amz-signature") || name == QLatin1String("policy") || name == QLatin1String("file")
            || name.startsWith(QLatin1String("x-ignore-")) || covered.contains(name))
            continue;
        sendError(403, "AccessDenied",
                  QStringLiteral("Invalid according to Policy: Extra input fields: %1").arg(entry.first));
        return false;
    }
    if (!keyIsSafe(key)) {
        sendError(400, "InvalidArgument", QStringLiteral("The sandbox does not accept this object key."),
                  { { "ArgumentName", "key" } });
        return false;
    }
    if (!sizeLimited)
        m_maxSize = 5LL * 1024 * 1024 * 1024; // the largest single POST S3 accepts
    m_key = key;
    const QString status = field(QStringLiteral("success_action_status"));
    m_successStatus = status == QLatin1String("200") ? 200 : status == QLatin1String("201") ? 201 : 204;
    return true;
}

void UploadConnection::finishBody()
{
    if (m_stage == Stage::Draining || m_stage == Stage::Closed || m_stage == Stage::Stalled)
        return;
    if (m_stage != Stage::Epilogue) {
        sendError(400, "IncompleteBody", QStringLiteral("The request body terminated unexpectedly"));
        return;
    }
    if (!m_fileDone) {
        sendError(400, "InvalidArgument", QStringLiteral("POST requires exactly one file upload per request."),
                  { { "ArgumentName", "file" }, { "ArgumentValue", "0" } });
        return;
    }
    const QString target
        = m_settings.objectsFolder + QLatin1Char('/') + m_settings.target.bucket + QLatin1Char('/') + m_key;
    QDir().mkpath(QFileInfo(target).absolutePath());
    QFile::remove(target);
    if (!m_file->rename(target)) {
        sendError(500, "InternalError", QStringLiteral("We encountered an internal error. Please try again."));
        return;
    }
    m_file.reset();
    const qint64 size = m_fileSize;
    const QString key = m_key;
    if (m_randomFault.answerLost) {
        // Stored, but the client never hears so: it cannot tell this from a failed upload.
        emit objectStored(key, target, size);
        resetConnection();
        return;
    }
    QUrl location(m_settings.target.uploadUrl());
    location.setPath(location.path() + QLatin1Char('/') + key);
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    if (m_successStatus == 201) {
        const QByteArray etag = '"' + m_md5->result().toHex() + '"';
        headers << qMakePair(QByteArray("ETag"), etag) << qMakePair(QByteArray("Location"), location.toEncoded())
                << qMakePair(QByteArray("Content-Type"), QByteArray("application/xml"));
        body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<PostResponse><Location>" + xmlEscaped(location.toString())
            + "</Location><Bucket>" + xmlEscaped(m_settings.target.bucket) + "</Bucket><Key>" + xmlEscaped(key)
            + "</Key><ETag>" + xmlEscaped(QString::fromLatin1(etag)) + "</ETag></PostResponse>";
    } else {
        headers << qMakePair(QByteArray("Location"), location.toEncoded());
    }
    sendResponse(m_successStatus, reasonPhrase(m_successStatus), headers, body);
    emit objectStored(key, target, size);
    if (m_keepAlive) {
        reset();
    } else {
        m_stage = Stage::Closed;
        m_socket->disconnectFromHost();
    }
}

void UploadConnection::sendResponse(int status, const QByteArray &reason,
                                    const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason + "\r\n";
    out += "Server: UpliftSandbox\r\nx-amz-request-id: " + m_requestId + "\r\n";
    out += "Date: "
        + QLocale::c()
              .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
              .toLatin1()
        + "\r\n";
    for (const auto &header : headers)
        out += header.first + ": " + header.second + "\r\n";
    out += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    out += m_keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(out + body);
}

void UploadConnection::sendError(int status, const QByteArray &code, const QString &message,
                                 const QList<QPair<QByteArray, QByteArray>> &extra)
{
    cleanUpPartial();
    QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>" + code + "</Code><Message>"
        + xmlEscaped(message) + "</Message>";
    for (const auto &element : extra)
        body += '<' + element.first + '>' + element.second + "</" + element.first + '>';
    body += "<RequestId>" + m_requestId + "</RequestId><HostId>uplift-sandbox</HostId></Error>";
    // After an error the rest of the body is of no interest: close the connection,
    // but read (and drop) what the client is still sending first, so that it sees
    // this answer rather than a reset.
    m_keepAlive = false;
    sendResponse(status, reasonPhrase(status), { { "Content-Type", "application/xml" } }, body);
    if (m_bodyRemaining > 0) {
        m_stage = Stage::Draining;
        m_buffer.clear();
        m_pos = 0;
    } else {
        m_stage = Stage::Closed;
        m_socket->disconnectFromHost();
    }
}
