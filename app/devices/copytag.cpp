#include "devices/copytag.h"

#include "devices/directio.h"
#include "devices/sha256.h"

#include <QFile>

#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

struct CopyTag::Context
{
    EVP_MAC *mac = nullptr;
    EVP_MAC_CTX *ctx = nullptr;
    // Where OpenSSL offers no Poly1305 (a FIPS-only configuration): SHA-256 of
    // the key then the bytes, slower (1.7 GB/s) but as sure a check.
    std::unique_ptr<Sha256> sha256;
    bool valid = false;
    ~Context()
    {
        EVP_MAC_CTX_free(ctx);
        EVP_MAC_free(mac);
    }
};

QByteArray CopyTag::newKey()
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr); // see sha256.cpp
    QByteArray key(KeyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(key.data()), KeyBytes) != 1)
        return {};
    return key;
}

CopyTag::CopyTag(const QByteArray &key)
    : m_context(std::make_unique<Context>())
{
    OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr);
    if (key.size() != KeyBytes)
        return;
    m_context->mac = EVP_MAC_fetch(nullptr, "POLY1305", nullptr);
    if (m_context->mac)
        m_context->ctx = EVP_MAC_CTX_new(m_context->mac);
    m_context->valid = m_context->ctx
        && EVP_MAC_init(m_context->ctx, reinterpret_cast<const unsigned char *>(key.constData()), size_t(KeyBytes),
                        nullptr)
            == 1;
    if (!m_context->valid) {
        m_context->sha256 = std::make_unique<Sha256>();
        m_context->sha256->addData(key);
        m_context->valid = true;
    }
}

CopyTag::~CopyTag() = default;

bool CopyTag::isValid() const
{
    return m_context->valid;
}

void CopyTag::addData(QByteArrayView bytes)
{
    if (m_context->valid && m_context->sha256) {
        m_context->sha256->addData(bytes);
        return;
    }
    if (m_context->valid && !bytes.isEmpty()
        && EVP_MAC_update(m_context->ctx, reinterpret_cast<const unsigned char *>(bytes.data()), size_t(bytes.size()))
            != 1)
        m_context->valid = false;
}

QByteArray CopyTag::result()
{
    if (!m_context->valid)
        return {};
    if (m_context->sha256) {
        m_context->valid = false;
        return m_context->sha256->result();
    }
    QByteArray tag(16, Qt::Uninitialized);
    size_t length = 0;
    if (EVP_MAC_final(m_context->ctx, reinterpret_cast<unsigned char *>(tag.data()), &length, size_t(tag.size())) != 1)
        return {};
    m_context->valid = false; // a Poly1305 key tags one message
    tag.resize(int(length));
    return tag;
}

bool CopyTag::fileMatches(const QString &path, qint64 size, const QByteArray &key, const QByteArray &expected)
{
    constexpr size_t ChunkBytes = 1024 * 1024;
    bool direct = true;
    const int fd = DirectIo::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC, 0, &direct);
    if (fd < 0)
        return false;
    const DirectIo::Buffer buffer = DirectIo::buffer(ChunkBytes);
    CopyTag tag(key);
    qint64 at = 0;
    bool ok = buffer && tag.isValid();
    while (ok) {
        const ssize_t n = ::pread(fd, buffer.get(), ChunkBytes, off_t(at));
        if (n < 0) {
            if (errno == EINTR)
                continue;
            if (errno == EINVAL && direct && DirectIo::stop(fd, &direct))
                continue; // a file system that took O_DIRECT at open() only
            ok = false;
            break;
        }
        if (n == 0)
            break;
        at += n;
        if (at > size) {
            ok = false;
            break;
        }
        tag.addData(QByteArrayView(buffer.get(), n));
    }
    ::close(fd);
    return ok && at == size && !expected.isEmpty() && tag.result() == expected;
}
