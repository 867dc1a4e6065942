#include "singleinstance.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>
#include <QStandardPaths>

namespace {

const QByteArray kAnswer = QByteArrayLiteral("ok\n");
// A request is a list of paths: far below this; anything longer is not ours.
constexpr qint64 kMaxRequest = 4 * 1024 * 1024;

} // namespace

QString SingleInstance::nameFor(bool sandbox)
{
    // On Unix the socket lives in the shared temporary folder, so the name
    // must differ per user; the data folder tells apart two setups of one
    // user (and keeps tests, each with its own folders, apart).
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString key = user + QLatin1Char('\n')
        + QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1Char('\n')
        + (sandbox ? QStringLiteral("sandbox") : QStringLiteral("account"));
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("uplift-capture-") + QString::fromLatin1(hash);
}

SingleInstance::SingleInstance(const QString &name, QObject *parent)
    : QObject(parent)
    , m_name(name)
{
}

SingleInstance::~SingleInstance() = default;

bool SingleInstance::isListening() const
{
    return m_server && m_server->isListening();
}

bool SingleInstance::handOff(const QString &name, const QStringList &files, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    socket.write(QJsonDocument(QJsonObject { { QStringLiteral("files"), paths } }).toJson(QJsonDocument::Compact)
                 + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only an answer means the running window took the files; a socket that
    // accepts and says nothing is not trusted with them.
    QByteArray answer;
    while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
        answer += socket.readAll();
    return answer == kAnswer;
}

bool SingleInstance::listen()
{
    delete m_server;
    m_server = new QLocalServer(this);
    // Only this user may connect (on Unix the socket is in a shared folder).
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *socket = m_server->nextPendingConnection()) {
            connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
            connect(socket, &QLocalSocket::readyRead, this, &SingleInstance::readRequest);
        }
    });
    return m_server->listen(m_name);
}

void SingleInstance::readRequest()
{
    auto *socket = qobject_cast<QLocalSocket *>(sender());
    if (!socket || !socket->canReadLine()) {
        if (socket && socket->bytesAvailable() > kMaxRequest)
            socket->abort();
        return;
    }
    const QJsonDocument request = QJsonDocument::fromJson(socket->readLine());
    if (!request.isObject()) {
        socket->abort();
        return;
    }
    QStringList files;
    const QJsonArray paths = request.object().value(QStringLiteral("files")).toArray();
    for (const QJsonValue &path : paths) {
        if (path.isString())
            files << path.toString();
    }
    socket->write(kAnswer);
    socket->disconnectFromServer();
    emit filesReceived(files);
}

void SingleInstance::acceptFileOpenEvents()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

bool SingleInstance::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FileOpen && watched == QCoreApplication::instance()) {
        const QString file = static_cast<QFileOpenEvent *>(event)->file();
        if (!file.isEmpty()) {
            emit filesReceived({ file });
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool SingleInstance::claim(const QStringList &files, int timeoutMs)
{
    // A few rounds settle two launches at the same moment: one listens, the
    // other then finds it.
    for (int round = 0; round < 3; ++round) {
        if (handOff(m_name, files, timeoutMs))
            return false;
        if (listen())
            return true;
        if (m_server->serverError() != QAbstractSocket::AddressInUseError)
            break;
        // Nobody answered under the name, yet it is taken: a socket file left
        // by an instance that crashed. Try once more to reach someone before
        // removing it, in case another launch just started listening.
        QLocalSocket probe;
        probe.connectToServer(m_name);
        if (probe.waitForConnected(timeoutMs / 3)) {
            probe.abort();
            continue;
        }
        QLocalServer::removeServer(m_name);
    }
    // No way to be the single instance (or one that never answers holds the
    // name): open a window anyway rather than nothing.
    return true;
}
