#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <memory>

// What a copy's read back is checked with: a Poly1305 tag (OpenSSL's libcrypto)
// under a random key drawn for that one file. Keyed and secret, it tells a
// changed byte as surely as a second SHA-256 would (a different file has the same
// tag with a chance of about 2^-100), at ~12 GB/s here against SHA-256's 1.7 GB/s,
// so that checking the copy costs the CPU next to nothing (issue 24, item 7). The
// SHA-256 that is kept is computed once, from the bytes read off the card; the
// tag is computed from those same bytes and again from what the disk gives back.
class CopyTag
{
public:
    static constexpr int KeyBytes = 32;
    static QByteArray newKey(); // KeyBytes random bytes; empty when the system has none to give

    explicit CopyTag(const QByteArray &key);
    ~CopyTag();
    CopyTag(const CopyTag &) = delete;
    CopyTag &operator=(const CopyTag &) = delete;

    bool isValid() const; // false when the key was not KeyBytes long or OpenSSL refused it
    void addData(QByteArrayView bytes);
    QByteArray result(); // 16 bytes (32 where OpenSSL has no Poly1305); empty when not valid

    // The file as the disk gives it back (read with O_DIRECT where the file
    // system allows: from the disk, not from memory's cache), tagged under
    // `key`: true when it is `size` bytes with the tag `expected`.
    static bool fileMatches(const QString &path, qint64 size, const QByteArray &key, const QByteArray &expected);

private:
    struct Context;
    std::unique_ptr<Context> m_context;
};
