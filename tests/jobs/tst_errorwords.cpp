#include "jobs/store/uploadjob.h"
#include "jobs/words/errorwords.h"
#include "upload/s3postupload.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

// Issue 22, item 9: a failed upload read "network error 1: Connection refused" in
// the row, the status line and the notification. The technical line (what
// S3PostResult::technicalSummary() writes and the job keeps) is turned into a
// coach's words with what to do, in one place; real uploads to 127.0.0.1 make it.
class TestErrorWords : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;

    QString clip()
    {
        const QString path = m_dir.filePath(QStringLiteral("swing.mov"));
        QFile file(path);
        if (file.open(QIODevice::WriteOnly))
            file.write(QByteArray(64 * 1024, 'v'));
        return path;
    }

    // One real S3 POST to `url`; its result.
    S3PostResult upload(const QUrl &url)
    {
        S3PostUpload post(&m_network);
        QSignalSpy finished(&post, &S3PostUpload::finished);
        post.start(url, { { QStringLiteral("key"), QStringLiteral("uploads/swing.mov") } }, clip());
        if (!finished.wait(15000) && finished.isEmpty())
            return {};
        return finished.first().first().value<S3PostResult>();
    }

    static UploadJob failedWith(const S3PostResult &result, UploadJob::State state)
    {
        // As the queue keeps it: the technical line, the status and S3's code.
        UploadJob job;
        job.state = state;
        job.lastError = result.technicalSummary();
        job.lastHttpStatus = result.httpStatus;
        job.lastErrorCode = result.s3.code;
        return job;
    }

private slots:
    void aRefusedConnectionIsSaidInWordsWithWhatToDo()
    {
        quint16 port = 0;
        {
            QTcpServer probe; // free a moment ago, nobody listening now
            QVERIFY(probe.listen(QHostAddress::LocalHost));
            port = probe.serverPort();
        }
        const S3PostResult result = upload(QUrl(QStringLiteral("http://127.0.0.1:%1/bucket").arg(port)));
        QCOMPARE(result.networkError, QNetworkReply::ConnectionRefusedError);
        const QString technical = result.technicalSummary();
        QVERIFY2(technical.contains(QStringLiteral("network error 1")), qPrintable(technical));

        const std::optional<S3PostResult::SummaryFacts> facts = S3PostResult::readSummary(technical);
        QVERIFY(facts);
        QCOMPARE(facts->networkError, QNetworkReply::ConnectionRefusedError);

        const QString waiting = ErrorWords::forJob(failedWith(result, UploadJob::State::WaitingToRetry));
        QCOMPARE(waiting,
                 QStringLiteral("Could not reach the upload server (connection refused). Check that this "
                                "computer is online; it is tried again by itself."));
        const QString failed = ErrorWords::forJob(failedWith(result, UploadJob::State::Failed));
        QVERIFY2(failed.endsWith(QStringLiteral("then choose Retry.")), qPrintable(failed));
        QVERIFY(!failed.contains(QStringLiteral("network error")));
    }

    void anS3RefusalIsSaidInWords()
    {
        // A real server on 127.0.0.1 that refuses every upload as S3 does.
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        connect(&server, &QTcpServer::newConnection, &server, [&server] {
            QTcpSocket *socket = server.nextPendingConnection();
            // Reads the whole request (headers and Content-Length bytes of body), then refuses it.
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                QByteArray seen = socket->property("seen").toByteArray() + socket->readAll();
                socket->setProperty("seen", seen);
                const qsizetype headerEnd = seen.indexOf("\r\n\r\n");
                if (headerEnd < 0 || socket->property("answered").toBool())
                    return;
                qint64 length = 0;
                for (const QByteArray &line : seen.left(headerEnd).split('\n')) {
                    if (line.toLower().startsWith("content-length:"))
                        length = line.mid(15).trimmed().toLongLong();
                }
                if (seen.size() < headerEnd + 4 + length)
                    return;
                socket->setProperty("answered", true);
                const QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>AccessDenied</Code>"
                                        "<Message>Invalid according to Policy: Policy expired.</Message></Error>";
                socket->write("HTTP/1.1 403 Forbidden\r\nContent-Type: application/xml\r\nConnection: close\r\n"
                              "Content-Length: "
                              + QByteArray::number(body.size()) + "\r\n\r\n" + body);
                socket->disconnectFromHost();
            });
        });
        const S3PostResult result = upload(QUrl(QStringLiteral("http://127.0.0.1:%1/bucket").arg(server.serverPort())));
        QCOMPARE(result.httpStatus, 403);
        QCOMPARE(result.s3.code, QStringLiteral("AccessDenied"));
        UploadJob job = failedWith(result, UploadJob::State::Failed);
        QVERIFY2(ErrorWords::forJob(job).startsWith(QStringLiteral("The upload server refused the upload")),
                 qPrintable(ErrorWords::forJob(job)));
        // The queue keeps S3's own message for a refusal: said in words all the same.
        job.lastError = result.s3.message;
        QVERIFY2(ErrorWords::forJob(job).startsWith(QStringLiteral("The upload server refused the upload")),
                 qPrintable(ErrorWords::forJob(job)));
    }

    void everyNetworkErrorHasWordsAndSentencesStayAsTheyAre()
    {
        for (int e = 1; e < 500; ++e) {
            const QString words = ErrorWords::network(QNetworkReply::NetworkError(e));
            QVERIFY(!words.isEmpty());
            QVERIFY(!words.contains(QStringLiteral("network error")));
        }
        QCOMPARE(ErrorWords::network(QNetworkReply::HostNotFoundError),
                 QStringLiteral("Could not find the upload server (its name did not resolve)."));
        QVERIFY(ErrorWords::httpStatus(500, {}).contains(QStringLiteral("HTTP 500")));
        QCOMPARE(ErrorWords::httpStatus(400, QStringLiteral("EntityTooLarge")),
                 QStringLiteral("The upload server refused the file as too large."));
        // A text already written for the coach (the API's, a file's problem) is left alone.
        UploadJob job;
        job.state = UploadJob::State::Failed;
        job.lastError = QStringLiteral("The file swing.mov cannot be read: Permission denied");
        job.lastErrorCode = QStringLiteral("LocalProblem");
        QCOMPARE(ErrorWords::forJob(job), job.lastError);
        job.lastError = QStringLiteral("The Uplift server refused the request (HTTP 400): athlete_id is unknown");
        job.lastHttpStatus = 400;
        job.lastErrorCode = QStringLiteral("ValidationError");
        QCOMPARE(ErrorWords::forJob(job), job.lastError);
        QVERIFY(!S3PostResult::readSummary(job.lastError));
    }
};

QTEST_GUILESS_MAIN(TestErrorWords)
#include "tst_errorwords.moc"
