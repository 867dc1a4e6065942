#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// SHA-256 through OpenSSL's libcrypto (already loaded by Qt Network), which
// uses the CPU's SHA instructions: ~550 MB/s here against Qt 6.4's
// QCryptographicHash at ~75 MB/s, which would make hashing, not the card, what
// limits an import (every byte is hashed twice: as it is read from the card,
// and as the copy is read back).
class Sha256
{
public:
    Sha256();
    ~Sha256();
    Sha256(const Sha256 &) = delete;
    Sha256 &operator=(const Sha256 &) = delete;

    void addData(QByteArrayView bytes);
    QByteArray result(); // 32 bytes; the object starts again afterwards
    void reset();

    static QByteArray hash(QByteArrayView bytes);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};
