// The Uplift API client against a server that answers badly on purpose, at
// the socket level (tests/support HostileHttpServer on 127.0.0.1): every
// answer has an overall deadline and a size cap, whatever the server does.
#include "api/client/apireply.h"
#include "api/client/upliftclient.h"
#include "hostileuplift.h"
#include "processmemory.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using Answer = HostileHttpServer::Answer;
using Request = HostileHttpServer::Request;

namespace {

bool waitFor(ApiReply *reply, int ms)
{
    if (reply->isFinished())
        return true;
    QSignalSpy spy(reply, &ApiReply::finished);
    return spy.wait(ms);
}

} // namespace

class tst_HostileApi : public QObject
{
    Q_OBJECT

private:
    QNetworkAccessManager *m_network = nullptr;
    UpliftClient *m_client = nullptr;
    HostileUplift *m_server = nullptr;

private slots:
    void init()
    {
        m_server = new HostileUplift(this);
        QVERIFY(m_server->listen());
        m_network = new QNetworkAccessManager(this);
        m_client = new UpliftClient(m_network, this);
        QVERIFY(m_client->setBaseUrl(m_server->apiUrl()));
        m_client->setApiKey(HostileUplift::apiKey());
    }

    void cleanup()
    {
        delete m_client;
        delete m_network;
        delete m_server;
    }

    void defaultsAreTheIssuesFigures()
    {
        QCOMPARE(m_client->answerDeadline(), 60000);
        QCOMPARE(m_client->maxAnswerBytes(), qint64(64) * 1024 * 1024);
    }

    // A reservation trickled one byte a second: the transfer timeout (silence
    // only) never fires; the overall deadline does.
    void trickledAnswerEndsAtTheDeadline()
    {
        m_server->setReserve([this](const Request &) {
            return Answer::trickled(Answer::json(m_server->reservationJson(QStringLiteral("s-1")), 201));
        });
        m_client->setAnswerDeadline(2500);
        QElapsedTimer clock;
        clock.start();
        ApiReply *reply = m_client->createCapture(HostileUplift::golfSpec());
        QVERIFY2(waitFor(reply, 10000), "the trickled answer was still being read after 10 s");
        const qint64 took = clock.elapsed();
        QCOMPARE(reply->error().kind(), ApiError::Kind::Timeout);
        QVERIFY(reply->error().isRetryable());
        // Coarse timers may fire up to 5 % early.
        QVERIFY2(took >= 2300 && took < 6000, qPrintable(QString::number(took)));
        QVERIFY2(m_server->bytesServed() < 10, qPrintable(QString::number(m_server->bytesServed())));
        delete reply;
    }

    void trickledCaptureStatusEndsAtTheDeadline()
    {
        m_server->setStatus([](const Request &) {
            return Answer::trickled(Answer::json(R"({"session_id":"s-1","status":"processing","error":null})"));
        });
        m_client->setAnswerDeadline(1500);
        ApiReply *reply = m_client->getCapture(QStringLiteral("s-1"));
        QVERIFY(waitFor(reply, 8000));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Timeout);
        delete reply;
    }

    // An endless chunked body: reading stops at the cap and memory stays flat.
    void endlessAnswerIsCappedAndMemoryStaysFlat()
    {
        m_server->setStatus([](const Request &) { return Answer::endless(); });
        PeakResident memory;
        ApiReply *reply = m_client->getCapture(QStringLiteral("s-1"));
        QVERIFY2(waitFor(reply, 30000), "the endless answer was still being read after 30 s");
        const qint64 grew = memory.grewKiB();
        QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY2(reply->error().message().contains(QStringLiteral("64 MiB")), qPrintable(reply->error().message()));
        QVERIFY(!reply->error().isRetryable());
        const qint64 cap = UpliftClient::DefaultMaxAnswerBytes;
        QVERIFY2(m_server->bytesServed() < cap + 32 * 1024 * 1024,
                 qPrintable(QString::number(m_server->bytesServed())));
        // The cap itself may be held once (and copied once by QNAM's buffer);
        // an uncapped read would be gigabytes.
        QVERIFY2(grew < 3 * cap / 1024, qPrintable(QStringLiteral("RSS grew by %1 KiB").arg(grew)));
        delete reply;
    }

    // A declared length past the cap is refused on the headers, not read.
    void hugeDeclaredAnswerIsRefusedAtOnce()
    {
        m_server->setReserve([](const Request &) { return Answer::huge(qint64(4) * 1024 * 1024 * 1024); });
        ApiReply *reply = m_client->createCapture(HostileUplift::golfSpec());
        QVERIFY(waitFor(reply, 10000));
        QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidResponse);
        QVERIFY2(m_server->bytesServed() < 16 * 1024 * 1024, qPrintable(QString::number(m_server->bytesServed())));
        delete reply;
    }

    void smallerCapIsHonoured()
    {
        m_client->setMaxAnswerBytes(100);
        ApiReply *reply = m_client->createCapture(HostileUplift::golfSpec()); // a reservation is ~400 bytes
        QVERIFY(waitFor(reply, 5000));
        QCOMPARE(reply->error().kind(), ApiError::Kind::InvalidResponse);
        delete reply;
    }

    // 10 of 1,000 promised bytes, then the connection closes: retryable,
    // with no HTTP status (the answer was not whole).
    void truncatedAnswerIsRetryable()
    {
        m_server->setReserve([](const Request &) {
            Answer a = Answer::json(QByteArray(1000, ' '), 201);
            a.mode = Answer::Mode::CloseAfter;
            a.closeAfterBytes = 10;
            return a;
        });
        ApiReply *reply = m_client->createCapture(HostileUplift::golfSpec());
        QVERIFY(waitFor(reply, 5000));
        QVERIFY(reply->error().isError());
        QVERIFY(reply->error().isRetryable());
        QCOMPARE(reply->error().httpStatus(), 0);
        delete reply;
    }

    void resetIsRetryable()
    {
        m_server->setReserve([](const Request &) { return Answer::reset(); });
        ApiReply *reply = m_client->createCapture(HostileUplift::golfSpec());
        QVERIFY(waitFor(reply, 5000));
        QCOMPARE(reply->error().kind(), ApiError::Kind::Network);
        QVERIFY(reply->error().isRetryable());
        delete reply;
    }
};

QTEST_GUILESS_MAIN(tst_HostileApi)
#include "tst_hostileapi.moc"
