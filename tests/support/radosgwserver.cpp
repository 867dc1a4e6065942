#include "radosgwserver.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QHash>
#include <QProcess>
#include <QTcpServer>

namespace {

constexpr int ServerStartTimeoutMs = 120000;

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

RadosGwServer::RadosGwServer(const QString &accessKey, const QString &secretKey)
    : m_accessKey(accessKey)
    , m_secretKey(secretKey)
{
}

QProcessEnvironment RadosGwServer::environment() const
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("S3_DIR"), m_stateDir);
    environment.insert(QStringLiteral("S3_PORT"), QString::number(m_port));
    environment.insert(QStringLiteral("S3_MON_PORT"), QString::number(m_monPort));
    environment.insert(QStringLiteral("S3_BUCKET"), QStringLiteral("captures"));
    environment.insert(QStringLiteral("S3_ACCESS_KEY"), m_accessKey);
    environment.insert(QStringLiteral("S3_SECRET_KEY"), m_secretKey);
    return environment;
}

QString RadosGwServer::run(const QString &command, QByteArray *output) const
{
    QProcess process;
    process.setProcessEnvironment(environment());
    process.start(QDir(QStringLiteral(UPLIFT_SOURCE_DIR)).filePath(QStringLiteral("scripts/s3-server")), { command });
    if (!process.waitForFinished(ServerStartTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        return QStringLiteral("scripts/s3-server %1 did not finish in time").arg(command);
    }
    if (output)
        *output = process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("scripts/s3-server %1 failed (%2): %3")
            .arg(command)
            .arg(process.exitCode())
            .arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

QString RadosGwServer::start()
{
    const QString tmp = qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath());
    const QStringList leftovers = QDir(tmp).entryList({ QStringLiteral("rgw-*") }, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &leftover : leftovers) {
        m_stateDir = QDir(tmp).filePath(leftover);
        if (const QString problem = run(QStringLiteral("reset")); !problem.isEmpty())
            return problem;
    }
    m_stateDir = QDir(tmp).filePath(QStringLiteral("rgw-%1").arg(QCoreApplication::applicationPid()));
    m_port = freePort();
    m_monPort = freePort();
    while (m_monPort == m_port)
        m_monPort = freePort();
    if (m_port == 0 || m_monPort == 0)
        return QStringLiteral("no free port on 127.0.0.1");

    if (const QString problem = run(QStringLiteral("reset")); !problem.isEmpty())
        return problem;
    QByteArray output;
    QElapsedTimer clock;
    clock.start();
    if (const QString problem = run(QStringLiteral("start"), &output); !problem.isEmpty())
        return problem;
    qInfo("radosgw up in %lld ms", clock.elapsed());

    QHash<QString, QString> settings;
    for (const QByteArray &line : output.split('\n')) {
        const qsizetype eq = line.indexOf('=');
        if (eq > 0)
            settings.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
    }
    m_target.endpoint = QUrl(settings.value(QStringLiteral("S3_ENDPOINT")));
    m_target.bucket = settings.value(QStringLiteral("S3_BUCKET"));
    m_target.region = settings.value(QStringLiteral("S3_REGION"));
    m_target.accessKey = settings.value(QStringLiteral("S3_ACCESS_KEY"));
    m_target.secretKey = settings.value(QStringLiteral("S3_SECRET_KEY"));
    return {};
}

QString RadosGwServer::reset()
{
    return run(QStringLiteral("reset"));
}
