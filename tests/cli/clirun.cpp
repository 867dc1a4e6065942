#include "clirun.h"

#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

CliRun runCli(const QString &program, const QStringList &arguments, const QProcessEnvironment &environment,
              int timeoutMs)
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    CliRun r;
    if (!process.waitForStarted(10000))
        return r;
    QSignalSpy done(&process, &QProcess::finished);
    r.finished = done.wait(timeoutMs);
    if (!r.finished) {
        process.kill();
        process.waitForFinished();
    }
    r.exitCode = r.finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}

CliSandbox::CliSandbox() = default;
CliSandbox::~CliSandbox() = default;

QString CliSandbox::start(const QString &scratchName)
{
    m_sandbox.reset();
    const QString store = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation);
    QDirIterator it(store, { QStringLiteral("jobs.sqlite*") }, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        QFile::remove(it.next());
    m_data = std::make_unique<QTemporaryDir>();
    if (!m_data->isValid())
        return QStringLiteral("no temporary folder: %1").arg(m_data->errorString());
    SandboxOptions options;
    options.dataFolder = m_data->path();
    options.processingMs = 100;
    m_sandbox = std::make_unique<SandboxServer>(options);
    QString problem;
    if (!m_sandbox->start(&problem))
        return problem;
    m_athlete = m_sandbox->store()->athletes().value(0).value(QStringLiteral("id")).toString();
    if (m_athlete.isEmpty())
        return QStringLiteral("the sandbox has no athlete");
    m_scratch = m_data->filePath(scratchName);
    if (!QDir().mkpath(m_scratch))
        return QStringLiteral("cannot make %1").arg(m_scratch);
    return {};
}

void CliSandbox::stop()
{
    m_sandbox.reset();
    m_data.reset();
}

QString CliSandbox::dataPath() const
{
    return m_data ? m_data->path() : QString();
}

QProcessEnvironment CliSandbox::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("UPLIFT_API_KEY"), m_sandbox->apiKey());
    env.insert(QStringLiteral("UPLIFT_API_URL"), m_sandbox->baseUrl().toString());
    env.insert(QStringLiteral("UPLIFT_RETRY_BASE_MS"), QStringLiteral("50"));
    env.insert(QStringLiteral("UPLIFT_RETRY_CAP_MS"), QStringLiteral("400"));
    env.insert(QStringLiteral("UPLIFT_STALL_TIMEOUT_MS"), QStringLiteral("1500"));
    env.insert(QStringLiteral("UPLIFT_STATUS_FIRST_MS"), QStringLiteral("100"));
    env.insert(QStringLiteral("UPLIFT_STATUS_MAX_MS"), QStringLiteral("300"));
    return env;
}
