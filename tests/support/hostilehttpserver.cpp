#include "hostilehttpserver.h"

#include <QTcpSocket>
#include <QTimer>

namespace {

constexpr qint64 KeptBodyBytes = 64 * 1024;
constexpr qint64 ChunkBytes = 64 * 1024;
// How much may wait in the socket's write buffer: enough to keep loopback
// busy, little enough that an endless answer costs the test no memory.
constexpr qint64 WriteAhead = 512 * 1024;

} // namespace

struct HostileHttpServer::Connection
{
    QPointer<QTcpSocket> socket;
    QByteArray buffer;
    bool headDone = false;
    bool answering = false;
    qint64 bodyExpected = 0;
    Request request;
    Answer answer;
    qint64 served = 0; // body bytes of the answer written
    QTimer *trickle = nullptr;
};

HostileHttpServer::Answer HostileHttpServer::Answer::json(const QByteArray &body, int status)
{
    Answer a;
    a.status = status;
    a.reason = status < 300 ? QByteArray("OK") : QByteArray("Error");
    a.headers = { { "Content-Type", "application/json" } };
    a.body = body;
    return a;
}

HostileHttpServer::Answer HostileHttpServer::Answer::xml(const QByteArray &body, int status)
{
    Answer a = json(body, status);
    a.headers = { { "Content-Type", "application/xml" } };
    return a;
}

HostileHttpServer::Answer HostileHttpServer::Answer::reset(qint64 afterBodyBytes)
{
    Answer a;
    a.mode = Mode::Reset;
    a.resetAfterBodyBytes = afterBodyBytes;
    return a;
}

HostileHttpServer::Answer HostileHttpServer::Answer::trickled(Answer answer, int intervalMs)
{
    answer.mode = Mode::Trickle;
    answer.trickleIntervalMs = intervalMs;
    return answer;
}

HostileHttpServer::Answer HostileHttpServer::Answer::redirect(const QByteArray &location, int status)
{
    Answer a;
    a.status = status;
    a.reason = "Redirect";
    a.headers = { { "Location", location } };
    return a;
}

HostileHttpServer::Answer HostileHttpServer::Answer::endless()
{
    Answer a;
    a.mode = Mode::Endless;
    a.headers = { { "Content-Type", "application/octet-stream" } };
    return a;
}

HostileHttpServer::Answer HostileHttpServer::Answer::huge(qint64 bytes)
{
    Answer a = endless();
    a.mode = Mode::Huge;
    a.hugeBytes = bytes;
    return a;
}

HostileHttpServer::HostileHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &HostileHttpServer::onNewConnection);
}

HostileHttpServer::~HostileHttpServer()
{
    for (Connection *c : std::as_const(m_connections)) {
        if (c->socket)
            c->socket->abort();
        delete c;
    }
}

bool HostileHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl HostileHttpServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port()).arg(path));
}

int HostileHttpServer::count(const QByteArray &method, const QByteArray &path) const
{
    int n = 0;
    for (const Request &r : m_requests)
        n += r.method == method && r.path() == path;
    return n;
}

void HostileHttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        auto *c = new Connection;
        c->socket = socket;
        socket->setParent(this);
        m_connections.append(c);
        connect(socket, &QTcpSocket::readyRead, this, [this, c] { onReadyRead(c); });
        connect(socket, &QTcpSocket::bytesWritten, this, [this, c] { feed(c); });
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void HostileHttpServer::onReadyRead(Connection *c)
{
    if (!c->socket)
        return;
    c->buffer += c->socket->readAll();
    while (!c->answering) {
        if (!c->headDone) {
            const qsizetype end = c->buffer.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            const QList<QByteArray> lines = c->buffer.left(end).split('\n');
            c->buffer.remove(0, end + 4);
            c->request = Request();
            const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
            c->request.method = first.value(0);
            c->request.target = first.value(1);
            for (qsizetype i = 1; i < lines.size(); ++i) {
                const qsizetype colon = lines[i].indexOf(':');
                if (colon > 0)
                    c->request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                              lines[i].mid(colon + 1).trimmed());
            }
            c->bodyExpected = c->request.headers.value("content-length").toLongLong();
            c->headDone = true;
            c->answer = m_handler ? m_handler(c->request) : Answer::json("{}", 404);
        }
        const qint64 take = std::min<qint64>(c->buffer.size(), c->bodyExpected - c->request.bodyBytes);
        if (c->request.bodyHead.size() < KeptBodyBytes)
            c->request.bodyHead += c->buffer.left(std::min<qint64>(take, KeptBodyBytes - c->request.bodyHead.size()));
        c->request.bodyBytes += take;
        c->buffer.remove(0, take);
        if (c->answer.mode == Answer::Mode::Reset && c->request.bodyBytes >= c->answer.resetAfterBodyBytes) {
            m_requests.append(c->request);
            c->answering = true;
            c->socket->abort();
            return;
        }
        if (c->request.bodyBytes < c->bodyExpected)
            return;
        m_requests.append(c->request);
        begin(c);
    }
}

void HostileHttpServer::begin(Connection *c)
{
    c->answering = true;
    c->served = 0;
    const Answer &a = c->answer;
    if (a.mode == Answer::Mode::Silent)
        return;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(a.status) + ' ' + a.reason + "\r\n";
    for (const auto &[name, value] : a.headers)
        head += name + ": " + value + "\r\n";
    switch (a.mode) {
    case Answer::Mode::Endless:
        head += "Transfer-Encoding: chunked\r\n";
        break;
    case Answer::Mode::Huge:
        head += "Content-Length: " + QByteArray::number(a.hugeBytes) + "\r\n";
        break;
    default:
        head += "Content-Length: " + QByteArray::number(a.body.size()) + "\r\n";
        break;
    }
    head += "\r\n";
    c->socket->write(head);
    switch (a.mode) {
    case Answer::Mode::Whole:
        c->socket->write(a.body);
        m_bytesServed += a.body.size();
        finishConnection(c);
        break;
    case Answer::Mode::CloseAfter: {
        const QByteArray part = a.body.left(a.closeAfterBytes);
        c->socket->write(part);
        m_bytesServed += part.size();
        c->socket->disconnectFromHost();
        break;
    }
    case Answer::Mode::Trickle:
        c->trickle = new QTimer(c->socket);
        c->trickle->setInterval(a.trickleIntervalMs);
        connect(c->trickle, &QTimer::timeout, this, [this, c] {
            if (!c->socket)
                return;
            if (c->served >= c->answer.body.size()) {
                c->trickle->stop();
                finishConnection(c);
                return;
            }
            c->socket->write(c->answer.body.mid(c->served, 1));
            ++c->served;
            ++m_bytesServed;
        });
        c->trickle->start();
        break;
    case Answer::Mode::Endless:
    case Answer::Mode::Huge:
        feed(c);
        break;
    default:
        break;
    }
}

void HostileHttpServer::feed(Connection *c)
{
    if (!c->socket || !c->answering)
        return;
    const Answer &a = c->answer;
    if (a.mode != Answer::Mode::Endless && a.mode != Answer::Mode::Huge)
        return;
    static const QByteArray zeros(ChunkBytes, '\0');
    while (c->socket->state() == QAbstractSocket::ConnectedState && c->socket->bytesToWrite() < WriteAhead) {
        if (a.mode == Answer::Mode::Endless) {
            c->socket->write(QByteArray::number(ChunkBytes, 16) + "\r\n" + zeros + "\r\n");
            c->served += ChunkBytes;
            m_bytesServed += ChunkBytes;
        } else {
            const qint64 n = std::min<qint64>(ChunkBytes, a.hugeBytes - c->served);
            if (n <= 0) {
                finishConnection(c);
                return;
            }
            c->socket->write(zeros.left(n));
            c->served += n;
            m_bytesServed += n;
        }
    }
}

void HostileHttpServer::finishConnection(Connection *c)
{
    // Ready for the next request on the same (kept-alive) connection.
    c->answering = false;
    c->headDone = false;
    c->request = Request();
    if (!c->buffer.isEmpty())
        QMetaObject::invokeMethod(
            this, [this, c] { onReadyRead(c); }, Qt::QueuedConnection);
}
