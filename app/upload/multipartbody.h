#pragma once

#include <QByteArray>
#include <QFile>
#include <QIODevice>
#include <QList>
#include <QString>

#include <utility>

// Form fields in the order they must be sent.
using FormFields = QList<std::pair<QString, QString>>;

// The multipart/form-data body of an S3 browser upload, read from disk as it
// is sent: every field in its order, then the file part (with filename= and
// its Content-Type), then the closing boundary. Byte for byte what
// QHttpMultiPart produces, with a size fixed when it is opened, so QNAM sends
// a Content-Length and never chunks. Random access (QNAM rewinds to resend).
//
// Why not QHttpMultiPart + QFile (measured with Qt 6.4.2):
// - a file that gets shorter while it is being sent makes QHttpMultiPart's
//   reader crash (or spin: it loops on a 0-byte read of a part); here the
//   read fails, QNAM ends the request with an error and fileChanged() says why;
// - a body device inside QHttpMultiPart can never pause (a 0-byte read spins
//   forever in the caller's thread), while QNAM itself waits for readyRead()
//   when the top-level device returns 0: a bandwidth cap can wrap this device;
// - QHttpMultiPart asks the file for its size (an fstat) and builds its
//   boundary strings again on every 16 KiB read; here the file is read in
//   large blocks and the framing is built once.
class MultipartBody : public QIODevice
{
    Q_OBJECT

public:
    // fileName is what the file part's filename= says; contentType its Content-Type.
    MultipartBody(const QByteArray &boundary, const FormFields &fields, const QString &filePath,
                  const QString &fileName, const QString &contentType, QObject *parent = nullptr);
    ~MultipartBody() override;

    // Opens the file (ReadOnly only) and fixes the body's size. On failure,
    // errorString() has the file's error.
    bool open(OpenMode mode) override;
    void close() override;
    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    // Once a byte has been read, never rewind: QNAM silently sends a request
    // again when its connection closes before an answer (a POST included);
    // an upload that S3 may have stored must instead end with an error, so
    // the job asks Uplift whether it arrived, and counts the attempt.
    void setOneShot(bool oneShot) { m_oneShot = oneShot; }

    qint64 fileSize() const { return m_fileSize; }
    // A read failed because the file is now shorter than when it was opened.
    bool fileChanged() const { return m_failure == Failure::FileChanged; }
    // A read failed because the file could not be read (errorString() says why).
    bool fileUnreadable() const { return m_failure == Failure::Unreadable; }

    // A quoted-string for Content-Disposition: the quote percent-encoded and
    // line breaks dropped, as browsers do (S3 ignores the file name unless
    // the key says ${filename}).
    static QByteArray quoted(const QString &text);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *data, qint64 maxSize) override;

private:
    enum class Failure { None, FileChanged, Unreadable };

    bool fillBlock();

    QFile m_file;
    QByteArray m_head; // every field and the file part's headers
    QByteArray m_tail; // CRLF after the file and the closing boundary
    qint64 m_fileSize = 0;
    qint64 m_size = 0;
    qint64 m_at = 0; // position in the whole body
    bool m_oneShot = false;
    bool m_readAny = false;
    QByteArray m_block; // file bytes [m_blockStart, m_blockStart + m_blockLength)
    qint64 m_blockStart = 0;
    qint64 m_blockLength = 0;
    Failure m_failure = Failure::None;
};
