#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;
class QTimer;

// An HTTP/1.1 server on 127.0.0.1 that answers badly on purpose, at the
// socket level where QHttpServer cannot: a body one byte a second, an
// endless chunked body, a Content-Length it never honours, a reset part way
// through the request. Tests of the client's deadlines, size caps and retry
// budgets script it per request.
class HostileHttpServer : public QObject
{
    Q_OBJECT

public:
    struct Request
    {
        QByteArray method;
        QByteArray target; // path and query, as sent
        QMap<QByteArray, QByteArray> headers; // names in lower case
        qint64 bodyBytes = 0; // received (the body itself is not kept: uploads are large)
        QByteArray bodyHead; // the first 64 KiB of the body
        QByteArray path() const { return target.left(target.indexOf('?') < 0 ? target.size() : target.indexOf('?')); }
    };

    struct Answer
    {
        enum class Mode {
            Whole, // head and body at once, then the connection stays open (keep-alive)
            Trickle, // head at once, then the body one byte per trickleIntervalMs
            Endless, // head (chunked) at once, then chunks of zeros without end
            Huge, // head with Content-Length hugeBytes, then that many zeros, flow-controlled
            CloseAfter, // head and the first closeAfterBytes of the body, then close
            Reset, // abort the connection (RST) once resetAfterBodyBytes of the body arrived
            Silent, // read the request and never answer
        };
        Mode mode = Mode::Whole;
        int status = 200;
        QByteArray reason = "OK";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        int trickleIntervalMs = 1000;
        qint64 hugeBytes = 0;
        qint64 closeAfterBytes = 0;
        qint64 resetAfterBodyBytes = 0; // 0 = as soon as the head of the request arrived

        static Answer json(const QByteArray &body, int status = 200);
        static Answer xml(const QByteArray &body, int status = 200);
        // The connection reset once this much of the request body arrived.
        static Answer reset(qint64 afterBodyBytes = 0);
        // This answer, its body one byte per intervalMs.
        static Answer trickled(Answer answer, int intervalMs = 1000);
        // A 3xx to location.
        static Answer redirect(const QByteArray &location, int status = 307);
        // Headers, then a body without end (Endless) or of this length (Huge).
        static Answer endless();
        static Answer huge(qint64 bytes);
    };
    // Called once per request, when its head has arrived (before the body
    // for Reset, after the whole body for every other mode).
    using Handler = std::function<Answer(const Request &)>;

    explicit HostileHttpServer(QObject *parent = nullptr);
    ~HostileHttpServer() override;

    bool listen(); // 127.0.0.1, a free port
    quint16 port() const { return m_server.serverPort(); }
    QUrl url(const QString &path = {}) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }

    QList<Request> requests() const { return m_requests; }
    int count(const QByteArray &method, const QByteArray &path) const;
    // Body bytes written to clients so far, over every connection.
    qint64 bytesServed() const { return m_bytesServed; }

private:
    struct Connection;
    void onNewConnection();
    void onReadyRead(Connection *c);
    void begin(Connection *c);
    void feed(Connection *c);
    void finishConnection(Connection *c);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QList<Connection *> m_connections;
    qint64 m_bytesServed = 0;
};
