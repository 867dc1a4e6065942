// uplift-bench-s3post [--in-memory] [--busy MS] [--worker] URL FILE NAME=VALUE...
// uplift-bench-s3post --sink
// Uploads FILE to URL with S3PostUpload (fields in the given order, file
// last) and prints one line: bytes, seconds, MB/s, outcome.
//
// --busy MS: the thread that owns the QNAM (the GUI thread in the app) is
// busy MS ms out of every 16 ms, as if it painted: QNAM needs that thread for
// every 16 KiB it sends, so the upload slows down with it.
//
// --worker: the QNAM and the S3PostUpload live in a thread of their own, so
// a busy main thread (--busy) is out of the loop.
//
// --sink: a discard receiver on 127.0.0.1 (prints SINK_URL=...): reads each
// request's Content-Length bytes and answers 204, nothing else, so that a
// client can be measured alone (the sandbox writes every byte to disk; with
// random data that caps curl near 250 MB/s here).
//
// --in-memory: QNAM's own ceiling, for comparison. The same body (built by
// MultipartBody) is read into memory first and posted from a QBuffer, the
// cheapest device QNAM knows (it hands out pointers into the buffer, no read
// call, no file); the clock starts after the file was read. What remains is
// QNAM's HTTP/1 upload path itself: 16 KiB per round trip between the
// caller's thread and QNAM's HTTP thread (see bench/s3post-profile.txt).
#include "upload/multipartbody.h"
#include "upload/s3postupload.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QThread>
#include <QTimer>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cstring>
#include <vector>

namespace {

// Blocking, one connection at a time: a benchmark's reference receiver.
int runSink()
{
    const int listener = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address {};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t length = sizeof address;
    if (listener < 0 || ::bind(listener, reinterpret_cast<sockaddr *>(&address), length) != 0
        || ::listen(listener, 8) != 0
        || ::getsockname(listener, reinterpret_cast<sockaddr *>(&address), &length) != 0) {
        std::perror("sink");
        return 1;
    }
    std::printf("SINK_URL=http://127.0.0.1:%d/\n", ntohs(address.sin_port));
    std::fflush(stdout);
    std::vector<char> buffer(1 << 20);
    for (;;) {
        const int connection = ::accept(listener, nullptr, nullptr);
        if (connection < 0)
            continue;
        for (bool open = true; open;) {
            QByteArray head;
            qsizetype end = -1;
            while ((end = head.indexOf("\r\n\r\n")) < 0) {
                const ssize_t n = ::read(connection, buffer.data(), 64 * 1024);
                if (n <= 0 || head.size() > 1 << 20) {
                    open = false;
                    break;
                }
                head.append(buffer.data(), n);
            }
            if (!open)
                break;
            const QByteArray lower = head.left(end).toLower();
            const qsizetype at = lower.indexOf("content-length:");
            qint64 left = at < 0 ? 0 : lower.mid(at + 15, lower.indexOf('\r', at) - at - 15).trimmed().toLongLong();
            if (lower.contains("expect: 100-continue"))
                (void)!::write(connection, "HTTP/1.1 100 Continue\r\n\r\n", 25);
            left -= head.size() - end - 4;
            while (left > 0) {
                const ssize_t n = ::read(connection, buffer.data(), buffer.size());
                if (n <= 0) {
                    open = false;
                    break;
                }
                left -= n;
            }
            static const char answer[] = "HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n";
            if (open && ::write(connection, answer, sizeof answer - 1) < 0)
                open = false;
        }
        ::close(connection);
    }
}

} // namespace
#endif

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments();
#ifdef Q_OS_UNIX
    if (args.size() == 2 && args.at(1) == u"--sink")
        return runSink();
#endif
    const bool inMemory = args.size() > 1 && args.at(1) == u"--in-memory";
    if (inMemory)
        args.removeAt(1);
    int busyMs = 0;
    if (args.size() > 2 && args.at(1) == u"--busy") {
        busyMs = args.at(2).toInt();
        args.remove(1, 2);
    }
    const bool worker = args.size() > 1 && args.at(1) == u"--worker";
    if (worker)
        args.removeAt(1);
    QTimer busy;
    QObject::connect(&busy, &QTimer::timeout, &app, [busyMs] {
        QElapsedTimer spent;
        spent.start();
        while (spent.elapsed() < busyMs) { }
    });
    if (busyMs > 0)
        busy.start(16);
    if (args.size() < 3) {
        std::fprintf(
            stderr,
            "usage: uplift-bench-s3post [--in-memory] [--busy MS] [--worker] URL FILE [NAME=VALUE]... | --sink\n");
        return 2;
    }
    FormFields fields;
    for (qsizetype i = 3; i < args.size(); ++i) {
        const qsizetype eq = args.at(i).indexOf(QLatin1Char('='));
        if (eq <= 0) {
            std::fprintf(stderr, "not NAME=VALUE: %s\n", qPrintable(args.at(i)));
            return 2;
        }
        fields << std::pair { args.at(i).left(eq), args.at(i).mid(eq + 1) };
    }
    const QUrl url(args.at(1));
    const QString path = args.at(2);
    const qint64 bytes = QFileInfo(path).size();
    QNetworkAccessManager network;
    QElapsedTimer clock;
    int exitCode = 1;
    const auto report = [&](bool ok, const QString &summary) {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        std::printf("bytes=%lld seconds=%.3f MBps=%.1f outcome=%s\n", static_cast<long long>(bytes), seconds,
                    double(bytes) / 1e6 / seconds, ok ? "ok" : qPrintable(summary));
        exitCode = ok ? 0 : 1;
        app.quit();
    };

    if (inMemory) {
        QString contentType = QStringLiteral("application/octet-stream");
        for (const auto &[name, value] : std::as_const(fields)) {
            if (name.compare(u"Content-Type", Qt::CaseInsensitive) == 0)
                contentType = value;
        }
        const QByteArray boundary = S3PostUpload::makeBoundary();
        MultipartBody body(boundary, fields, path, QFileInfo(path).fileName(), contentType);
        if (!body.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        QByteArray all = body.readAll();
        QBuffer buffer(&all);
        buffer.open(QIODevice::ReadOnly);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("multipart/form-data; boundary=" + boundary));
        request.setRawHeader("MIME-Version", "1.0");
        clock.start();
        QNetworkReply *reply = network.post(request, &buffer);
        QObject::connect(reply, &QNetworkReply::finished, &app, [&, reply] {
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            report(status >= 200 && status < 300, QStringLiteral("HTTP %1 %2").arg(status).arg(reply->errorString()));
        });
        return app.exec();
    }

    if (worker) {
        QThread thread;
        QObject context;
        context.moveToThread(&thread);
        thread.start();
        S3PostUpload *upload = nullptr;
        QNetworkAccessManager *threadNetwork = nullptr;
        clock.start();
        QMetaObject::invokeMethod(&context, [&] {
            threadNetwork = new QNetworkAccessManager;
            upload = new S3PostUpload(threadNetwork);
            QObject::connect(upload, &S3PostUpload::finished, &app, [&](const S3PostResult &result) {
                report(result.succeeded(), result.technicalSummary());
            });
            upload->start(url, fields, path);
        });
        const int code = app.exec();
        QMetaObject::invokeMethod(
            &context,
            [&] {
                delete upload;
                delete threadNetwork;
            },
            Qt::BlockingQueuedConnection);
        thread.quit();
        thread.wait();
        return code;
    }

    S3PostUpload upload(&network);
    QObject::connect(&upload, &S3PostUpload::finished, &app,
                     [&](const S3PostResult &result) { report(result.succeeded(), result.technicalSummary()); });
    clock.start();
    upload.start(url, fields, path);
    return app.exec();
}
