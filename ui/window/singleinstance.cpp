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

// The answer: "ok" and the running instance's mode ("ok sandbox\n"); an
// older instance says only "ok\n".
const QByteArray kAnswer = QByteArrayLiteral("ok");
// Far longer than any answer: a socket that sends more is not ours.
constexpr qint64 kMaxAnswer = 64;
// A request is a list of paths: far below this; anything longer is not ours.
constexpr qint64 kMaxRequest = 4 * 1024 * 1024;

QString modeName(SingleInstance::Mode mode)
{
    switch (mode) {
    case SingleInstance::Mode::Account:
        return QStringLiteral("account");
    case SingleInstance::Mode::Sandbox:
        return QStringLiteral("sandbox");
    case SingleInstance::Mode::Unspecified:
        break;
    }
    return {};
}

SingleInstance::Mode modeNamed(QStringView name)
{
    if (name == QLatin1String("account"))
        return SingleInstance::Mode::Account;
    if (name == QLatin1String("sandbox"))
        return SingleInstance::Mode::Sandbox;
    return SingleInstance::Mode::Unspecified;
}

} // namespace

QString SingleInstance::nameFor()
{
    // On Unix the socket lives in the shared temporary folder, so the name
    // must differ per user; the data folder tells apart two setups of one
    // user (and keeps tests, each with its own folders, apart). Not the
    // mode: a launch reaches the running window whatever mode it runs in.
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    const QString key = user + QLatin1Char('\n')
        + QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation) + QLatin1Char('\n')
        + QStringLiteral("window");
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

void SingleInstance::release()
{
    if (m_server) {
        m_server->close(); // also removes the socket file
        delete m_server;
        m_server = nullptr;
    }
}

bool SingleInstance::handOff(const QString &name, const QStringList &files, int timeoutMs, Mode askedMode,
                             Mode *runningMode)
{
    QLocalSocket socket;
    socket.connectToServer(name);
    if (!socket.waitForConnected(timeoutMs))
        return false;
    QJsonArray paths;
    for (const QString &file : files)
        paths.append(QFileInfo(file).absoluteFilePath());
    QJsonObject request { { QStringLiteral("files"), paths } };
    if (askedMode != Mode::Unspecified)
        request.insert(QStringLiteral("mode"), modeName(askedMode));
    socket.write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    if (!socket.waitForBytesWritten(timeoutMs))
        return false;
    // Only an answer means the running window took the files; a socket that
    // accepts and says nothing is not trusted with them.
    QByteArray answer;
    while (!answer.endsWith('\n') && answer.size() <= kMaxAnswer && socket.waitForReadyRead(timeoutMs))
        answer += socket.read(kMaxAnswer + 1 - answer.size());
    if (!answer.endsWith('\n') || answer.size() > kMaxAnswer)
        return false;
    answer.chop(1);
    const QList<QByteArray> words = answer.split(' ');
    if (words.value(0) != kAnswer || words.size() > 2)
        return false;
    if (runningMode)
        *runningMode = modeNamed(QString::fromLatin1(words.value(1)));
    return true;
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
    const Mode askedMode = modeNamed(request.object().value(QStringLiteral("mode")).toString());
    const QString mode = modeName(m_mode);
    socket->write(kAnswer + (mode.isEmpty() ? QByteArray() : ' ' + mode.toLatin1()) + '\n');
    socket->disconnectFromServer();
    emit filesReceived(files, askedMode);
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
            emit filesReceived({ file }, Mode::Unspecified);
            return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

bool SingleInstance::claim(const QStringList &files, int timeoutMs, Mode askedMode)
{
    // A few rounds settle two launches at the same moment: one listens, the
    // other then finds it.
    for (int round = 0; round < 3; ++round) {
        if (handOff(m_name, files, timeoutMs, askedMode, &m_runningMode))
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
