#include "upload/multipartbody.h"

#include <cstring>

namespace {

// QNAM pulls 16 KiB per step; reading the file in larger blocks turns 16
// read() calls into one, and 256 KiB still sits in a CPU's L2 cache.
constexpr qint64 BlockSize = 256 * 1024;

} // namespace

QByteArray MultipartBody::quoted(const QString &text)
{
    QByteArray bytes = text.toUtf8();
    bytes.replace('"', "%22");
    bytes.replace('\r', "");
    bytes.replace('\n', "");
    return '"' + bytes + '"';
}

MultipartBody::MultipartBody(const QByteArray &boundary, const FormFields &fields, const QString &filePath,
                             const QString &fileName, const QString &contentType, QObject *parent)
    : QIODevice(parent)
    , m_file(filePath)
{
    // The same framing QHttpMultiPart writes: "--boundary" CRLF, the part's
    // headers each ending in CRLF, an empty line, the value, CRLF.
    for (const auto &[name, value] : fields) {
        m_head += "--" + boundary + "\r\nContent-Disposition: form-data; name=" + quoted(name) + "\r\n\r\n"
            + value.toUtf8() + "\r\n";
    }
    m_head += "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=" + quoted(fileName)
        + "\r\nContent-Type: " + contentType.toUtf8() + "\r\n\r\n";
    m_tail = "\r\n--" + boundary + "--\r\n";
    m_size = m_head.size() + m_tail.size();
}

MultipartBody::~MultipartBody() = default;

bool MultipartBody::open(OpenMode mode)
{
    if ((mode & ReadWrite) != ReadOnly) {
        setErrorString(QStringLiteral("the body can only be read"));
        return false;
    }
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) {
        setErrorString(m_file.errorString());
        return false;
    }
    m_fileSize = m_file.size();
    m_size = m_head.size() + m_fileSize + m_tail.size();
    m_at = 0;
    m_readAny = false;
    m_blockStart = m_blockLength = 0;
    m_failure = Failure::None;
    m_block.resize(qMin(BlockSize, m_fileSize));
    // Unbuffered: QIODevice's own 16 KiB buffer would only add a copy, and
    // the position QIODevice keeps is then always the one readData() serves.
    return QIODevice::open(ReadOnly | Unbuffered);
}

void MultipartBody::close()
{
    m_file.close();
    m_block = QByteArray();
    m_blockLength = 0;
    QIODevice::close();
}

bool MultipartBody::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size || (m_oneShot && m_readAny && pos < m_at) || !QIODevice::seek(pos))
        return false;
    m_at = pos;
    return true;
}

bool MultipartBody::fillBlock()
{
    const qint64 offset = m_at - m_head.size();
    const qint64 want = qMin(BlockSize, m_fileSize - offset);
    if (m_file.pos() != offset && !m_file.seek(offset)) {
        m_failure = Failure::Unreadable;
        setErrorString(m_file.errorString());
        return false;
    }
    qint64 got = 0;
    while (got < want) {
        const qint64 n = m_file.read(m_block.data() + got, want - got);
        if (n < 0) {
            m_failure = Failure::Unreadable;
            setErrorString(m_file.errorString());
            return false;
        }
        if (n == 0) {
            // The Content-Length promised m_fileSize bytes: the request can
            // only fail now. Never padded, never cut short silently.
            m_failure = Failure::FileChanged;
            setErrorString(QStringLiteral("the file is shorter than when its upload started"));
            return false;
        }
        got += n;
    }
    m_blockStart = offset;
    m_blockLength = want;
    return true;
}

qint64 MultipartBody::readData(char *data, qint64 maxSize)
{
    if (m_failure != Failure::None)
        return -1;
    const qint64 headSize = m_head.size();
    const qint64 fileEnd = headSize + m_fileSize;
    qint64 done = 0;
    while (done < maxSize && m_at < m_size) {
        qint64 n = 0;
        if (m_at < headSize) {
            n = qMin(maxSize - done, headSize - m_at);
            std::memcpy(data + done, m_head.constData() + m_at, size_t(n));
        } else if (m_at < fileEnd) {
            const qint64 offset = m_at - headSize;
            if (offset < m_blockStart || offset >= m_blockStart + m_blockLength) {
                if (!fillBlock())
                    return -1;
            }
            n = qMin(maxSize - done, m_blockStart + m_blockLength - offset);
            std::memcpy(data + done, m_block.constData() + (offset - m_blockStart), size_t(n));
        } else {
            n = qMin(maxSize - done, m_size - m_at);
            std::memcpy(data + done, m_tail.constData() + (m_at - fileEnd), size_t(n));
        }
        done += n;
        m_at += n;
    }
    m_readAny = m_readAny || done > 0;
    return done;
}

qint64 MultipartBody::writeData(const char *, qint64)
{
    return -1;
}
