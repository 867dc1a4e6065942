#include "soakrun.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QThread>
#include <QTimer>
#include <QtEndian>

#include <algorithm>
#include <memory>

namespace {

void say(const SoakOptions &options, const QString &line)
{
    if (options.log)
        options.log(line);
}

// One GET on 127.0.0.1, waited for (the soak has nothing else to do meanwhile).
QByteArray get(QNetworkAccessManager *network, const QUrl &url, const QByteArray &bearer, int *status)
{
    QNetworkRequest request(url);
    request.setTransferTimeout(10000);
    if (!bearer.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + bearer);
    QNetworkReply *reply = network->get(request);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->readAll();
    reply->deleteLater();
    return body;
}

QByteArray sha256Of(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

// A short real clip; every soak file is this clip plus a QuickTime 'free' atom
// of its own (a number and random padding), so each has different bytes and a
// different size, and stays a valid movie the sandbox can read the frame rate of.
QString makeBaseClip(const QString &path)
{
    const QString ffmpeg = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (ffmpeg.isEmpty())
        return QStringLiteral("ffmpeg is not installed (scripts/setup-deps installs it)");
    QProcess process;
    process.start(
        ffmpeg,
        { QStringLiteral("-v"), QStringLiteral("error"), QStringLiteral("-y"), QStringLiteral("-f"),
          QStringLiteral("lavfi"), QStringLiteral("-i"), QStringLiteral("testsrc=size=320x240:rate=30:duration=1"),
          QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
          QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), QStringLiteral("-f"), QStringLiteral("mov"), path });
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return QStringLiteral("ffmpeg failed: %1").arg(QString::fromLocal8Bit(process.readAllStandardError()));
    return {};
}

bool writeVariant(const QByteArray &base, const QString &path, int number, quint32 seed, QRandomGenerator *random)
{
    // Padding from 0 to 1 MiB: some uploads take long enough to be killed or reset part way.
    QByteArray payload = QStringLiteral("uplift-soak seed %1 file %2\n").arg(seed).arg(number).toUtf8();
    QByteArray padding(qsizetype(random->bounded(1024 * 1024)), Qt::Uninitialized);
    random->fillRange(reinterpret_cast<quint32 *>(padding.data()), padding.size() / 4);
    payload += padding;
    QByteArray atom(8, Qt::Uninitialized);
    qToBigEndian<quint32>(quint32(8 + payload.size()), atom.data());
    atom.replace(4, 4, "free");
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(base) == base.size() && file.write(atom) == atom.size()
        && file.write(payload) == payload.size();
}

struct Sandbox
{
    std::unique_ptr<QProcess> process;
    QUrl apiUrl;
    QUrl adminUrl;
    QString objects;
};

bool startSandbox(const SoakOptions &options, const QString &key, Sandbox *sandbox, QString *error)
{
    sandbox->process = std::make_unique<QProcess>();
    const QString data = options.folder + QStringLiteral("/sandbox");
    sandbox->objects = data + QStringLiteral("/objects");
    sandbox->process->setProcessChannelMode(QProcess::SeparateChannels);
    QStringList arguments { QStringLiteral("sandbox"),
                            QStringLiteral("--port"),
                            QStringLiteral("0"),
                            QStringLiteral("--upload-port"),
                            QStringLiteral("0"),
                            QStringLiteral("--data"),
                            data,
                            QStringLiteral("--api-key"),
                            key,
                            QStringLiteral("--processing-ms"),
                            QStringLiteral("200"),
                            QStringLiteral("--fault-rate"),
                            QString::number(options.faultRate),
                            QStringLiteral("--fault-seed"),
                            QString::number(options.seed) };
    if (options.reserveLatencyMs > 0)
        arguments << QStringLiteral("--fault")
                  << QStringLiteral("latency:captures.create:%1").arg(options.reserveLatencyMs);
    sandbox->process->start(options.program, arguments);
    QByteArray out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 30000 && !out.contains("UPLIFT_ADMIN_URL=")) {
        if (!sandbox->process->waitForReadyRead(1000) && sandbox->process->state() == QProcess::NotRunning)
            break;
        out += sandbox->process->readAllStandardOutput();
    }
    for (const QByteArray &line : out.split('\n')) {
        if (line.startsWith("UPLIFT_API_URL="))
            sandbox->apiUrl = QUrl(QString::fromUtf8(line.mid(15).trimmed()));
        if (line.startsWith("UPLIFT_ADMIN_URL="))
            sandbox->adminUrl = QUrl(QString::fromUtf8(line.mid(17).trimmed()));
    }
    if (!sandbox->apiUrl.isValid() || !sandbox->adminUrl.isValid()) {
        *error
            = QStringLiteral("the sandbox did not start: %1%2")
                  .arg(QString::fromLocal8Bit(out), QString::fromLocal8Bit(sandbox->process->readAllStandardError()));
        return false;
    }
    return true;
}

void stopSandbox(Sandbox *sandbox)
{
    if (!sandbox->process || sandbox->process->state() == QProcess::NotRunning)
        return;
    sandbox->process->terminate();
    if (!sandbox->process->waitForFinished(10000)) {
        sandbox->process->kill();
        sandbox->process->waitForFinished(5000);
    }
}

// The job store as `uplift-capture jobs --json` shows it. A failed read is
// tried again (twice) and reported: the soak must not end on one.
QJsonArray readJobs(const SoakOptions &options, const QProcessEnvironment &environment, QString *error)
{
    QString why;
    for (int attempt = 0; attempt < 3; ++attempt) {
        QProcess jobs;
        jobs.setProcessEnvironment(environment);
        jobs.start(options.program, { QStringLiteral("jobs"), QStringLiteral("--json") });
        const bool finished = jobs.waitForFinished(60000);
        const QByteArray out = jobs.readAllStandardOutput();
        QJsonParseError parse;
        const QJsonDocument document = QJsonDocument::fromJson(out, &parse);
        if (finished && jobs.exitStatus() == QProcess::NormalExit && jobs.exitCode() == 0 && document.isArray())
            return document.array();
        why = QStringLiteral("uplift-capture jobs --json failed (%1, exit %2, %3 bytes of output, %4): %5")
                  .arg(!finished                                      ? QStringLiteral("timed out")
                           : jobs.exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                      : QStringLiteral("ended"))
                  .arg(jobs.exitCode())
                  .arg(out.size())
                  .arg(parse.errorString(), QString::fromLocal8Bit(jobs.readAllStandardError()));
        if (options.log)
            options.log(why);
        QThread::msleep(500);
    }
    *error = why;
    return {};
}

bool isFinishedState(const QString &state)
{
    return state == QLatin1String("completed") || state == QLatin1String("failed")
        || state == QLatin1String("cancelled");
}

} // namespace

QString SoakResult::report() const
{
    QStringList kinds;
    for (auto it = faultKinds.begin(); it != faultKinds.end(); ++it) {
        if (it.key() != QLatin1String("total"))
            kinds << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInt());
    }
    QString text = QStringLiteral("uploads attempted:      %1\n"
                                  "faults injected:        %2 (%3)\n"
                                  "restarts:               %4 (upload process killed with SIGKILL, started again)\n"
                                  "completed:              %5\n"
                                  "failed with a reason:   %6\n"
                                  "duplicates:             %7\n"
                                  "lost:                   %8\n"
                                  "stray objects:          %9 (stored bytes that match no file)\n")
                       .arg(attempted)
                       .arg(faultsInjected)
                       .arg(kinds.join(QStringLiteral(", ")))
                       .arg(restarts)
                       .arg(completed)
                       .arg(failed)
                       .arg(duplicates)
                       .arg(lost)
                       .arg(strayObjects);
    text += QStringLiteral("files queued twice:     %1\n"
                           "time:                   %2 s\n")
                .arg(jobsQueuedTwice)
                .arg(double(milliseconds) / 1000.0, 0, 'f', 1);
    for (const QString &problem : problems)
        text += QStringLiteral("  ! %1\n").arg(problem);
    return text;
}

bool SoakRun::run(const SoakOptions &options, SoakResult *result, QString *error)
{
    *result = {};
    error->clear();
    QElapsedTimer clock;
    clock.start();
    QRandomGenerator random(options.seed);
    const QString videos = options.folder + QStringLiteral("/videos");
    const QString home = options.folder + QStringLiteral("/home");
    for (const QString &folder : { videos, home + QStringLiteral("/data"), home + QStringLiteral("/config"),
                                   home + QStringLiteral("/cache") }) {
        if (!QDir().mkpath(folder)) {
            *error = QStringLiteral("cannot create %1").arg(folder);
            return false;
        }
    }

    // The files, and what each one's bytes hash to.
    const QString basePath = options.folder + QStringLiteral("/base.mov");
    if (const QString why = makeBaseClip(basePath); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QFile baseFile(basePath);
    if (!baseFile.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(basePath);
        return false;
    }
    const QByteArray base = baseFile.readAll();
    QStringList files;
    QHash<QByteArray, QString> fileOfHash;
    for (int i = 0; i < options.uploads; ++i) {
        const QString path = QStringLiteral("%1/soak-%2.mov").arg(videos).arg(i, 4, 10, QLatin1Char('0'));
        if (!writeVariant(base, path, i, options.seed, &random)) {
            *error = QStringLiteral("cannot write %1").arg(path);
            return false;
        }
        files << path;
        fileOfHash.insert(sha256Of(path), path);
    }
    result->attempted = int(files.size());
    say(options, QStringLiteral("%1 files in %2").arg(files.size()).arg(videos));

    const QString key = QStringLiteral("sk_soak_%1").arg(random.generate64(), 0, 16);
    Sandbox sandbox;
    if (!startSandbox(options, key, &sandbox, error))
        return false;
    QNetworkAccessManager network;
    // The athlete list meets faults too: ask until it answers.
    QString athlete;
    for (int attempt = 0; attempt < 50 && athlete.isEmpty(); ++attempt) {
        int status = 0;
        QUrl url = sandbox.apiUrl;
        url.setPath(url.path() + QStringLiteral("/athletes"));
        const QJsonDocument answer = QJsonDocument::fromJson(get(&network, url, key.toUtf8(), &status));
        // The list's shape: {"athletes": [...]} (the sandbox), a bare array or {"data": [...]}.
        QJsonArray list
            = answer.isArray() ? answer.array() : answer.object().value(QStringLiteral("athletes")).toArray();
        if (list.isEmpty())
            list = answer.object().value(QStringLiteral("data")).toArray();
        athlete = list.at(0).toObject().value(QStringLiteral("id")).toString();
        if (athlete.isEmpty())
            QThread::msleep(200);
    }
    if (athlete.isEmpty()) {
        stopSandbox(&sandbox);
        *error = QStringLiteral("the sandbox lists no athlete");
        return false;
    }

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));
    environment.insert(QStringLiteral("UPLIFT_API_KEY"), key);
    environment.insert(QStringLiteral("UPLIFT_API_URL"), sandbox.apiUrl.toString());
    // Short waits, so that a soak of 200 uploads takes minutes, not hours; the
    // retry logic is the same, only its clock is faster.
    environment.insert(QStringLiteral("UPLIFT_RETRY_BASE_MS"), QStringLiteral("200"));
    environment.insert(QStringLiteral("UPLIFT_RETRY_CAP_MS"), QStringLiteral("2000"));
    environment.insert(QStringLiteral("UPLIFT_STALL_TIMEOUT_MS"), QStringLiteral("1500"));
    environment.insert(QStringLiteral("UPLIFT_STATUS_FIRST_MS"), QStringLiteral("200"));
    environment.insert(QStringLiteral("UPLIFT_STATUS_MAX_MS"), QStringLiteral("1000"));
    const QString logPath = options.folder + QStringLiteral("/upload.log");

    // Rounds: start `upload` with every file not finished yet; kill it at a
    // random moment, `kills` times; the last round runs to its end.
    QStringList pending = files;
    for (int round = 0; !pending.isEmpty(); ++round) {
        const bool killThisOne = result->restarts < options.kills;
        QStringList arguments { QStringLiteral("upload") };
        arguments << pending;
        arguments << QStringLiteral("--athlete") << athlete << QStringLiteral("--setup") << QStringLiteral("front_on")
                  << QStringLiteral("--activity") << QStringLiteral("agility") << QStringLiteral("--movement")
                  << QStringLiteral("5_0_5") << QStringLiteral("--parallel") << QString::number(options.parallel)
                  << QStringLiteral("--wait") << QStringLiteral("--json");
        QProcess upload;
        upload.setProcessEnvironment(environment);
        upload.setStandardOutputFile(logPath, QIODevice::Append);
        upload.setStandardErrorFile(logPath, QIODevice::Append);
        upload.start(options.program, arguments);
        if (!upload.waitForStarted(30000)) {
            stopSandbox(&sandbox);
            *error = QStringLiteral("cannot start %1: %2").arg(options.program, upload.errorString());
            return false;
        }
        const int limit = killThisOne ? 300 + int(random.bounded(std::max(1, options.killWindowMs - 300)))
                                      : options.finalRunSeconds * 1000;
        const bool ended = upload.waitForFinished(limit);
        if (!ended) {
            upload.kill(); // SIGKILL: no clean-up, like a crash or a power cut
            upload.waitForFinished(10000);
            if (killThisOne) {
                ++result->restarts;
                say(options,
                    QStringLiteral("round %1: %2 files, killed after %3 ms")
                        .arg(round + 1)
                        .arg(pending.size())
                        .arg(limit));
            } else {
                result->problems
                    << QStringLiteral("the last upload run did not end within %1 s").arg(options.finalRunSeconds);
            }
        } else {
            say(options,
                QStringLiteral("round %1: %2 files, exit code %3")
                    .arg(round + 1)
                    .arg(pending.size())
                    .arg(upload.exitCode()));
        }
        const QJsonArray jobs = readJobs(options, environment, error);
        if (!error->isEmpty()) {
            stopSandbox(&sandbox);
            return false;
        }
        // A file is pending while it has no job or an unfinished one.
        QHash<QString, bool> finished;
        for (const QJsonValue &value : jobs) {
            const QJsonObject job = value.toObject();
            const QString file = job.value(QStringLiteral("file")).toString();
            const bool done = isFinishedState(job.value(QStringLiteral("state")).toString());
            finished.insert(file, finished.value(file, true) && done);
        }
        pending.clear();
        for (const QString &file : std::as_const(files)) {
            if (!finished.value(file, false))
                pending << file;
        }
        if (!ended && !killThisOne)
            break; // the last run hung: what is left is lost
        if (ended && !killThisOne && !pending.isEmpty()) {
            result->problems
                << QStringLiteral("the last upload run ended with %1 files unfinished").arg(pending.size());
            break;
        }
    }

    if (options.reuploadOnPurpose > 0) {
        const QJsonArray jobs = readJobs(options, environment, error);
        QStringList again;
        for (const QJsonValue &value : jobs) {
            if (value.toObject().value(QStringLiteral("state")).toString() == QLatin1String("completed")
                && again.size() < options.reuploadOnPurpose)
                again << value.toObject().value(QStringLiteral("file")).toString();
        }
        QStringList arguments { QStringLiteral("upload") };
        arguments << again << QStringLiteral("--athlete") << athlete << QStringLiteral("--setup")
                  << QStringLiteral("front_on") << QStringLiteral("--activity") << QStringLiteral("agility")
                  << QStringLiteral("--movement") << QStringLiteral("5_0_5") << QStringLiteral("--wait")
                  << QStringLiteral("--again"); // on purpose: the command asks, or leaves them out, otherwise
        QProcess upload;
        upload.setProcessEnvironment(environment);
        upload.setStandardOutputFile(logPath, QIODevice::Append);
        upload.setStandardErrorFile(logPath, QIODevice::Append);
        upload.start(options.program, arguments);
        if (!upload.waitForFinished(options.finalRunSeconds * 1000))
            upload.kill();
        upload.waitForFinished(10000);
        say(options, QStringLiteral("uploaded %1 files again on purpose").arg(again.size()));
    }

    // What the sandbox injected, then stop it.
    {
        int status = 0;
        QUrl url = sandbox.adminUrl;
        url.setPath(QStringLiteral("/admin/injected"));
        result->faultKinds = QJsonDocument::fromJson(get(&network, url, {}, &status))
                                 .object()
                                 .value(QStringLiteral("injected"))
                                 .toObject();
        result->faultsInjected = result->faultKinds.value(QStringLiteral("total")).toInt();
    }
    stopSandbox(&sandbox);

    // The objects the S3 side stored, by content.
    QHash<QString, int> storedCopies;
    QDirIterator objects(sandbox.objects, QDir::Files, QDirIterator::Subdirectories);
    while (objects.hasNext()) {
        const QString path = objects.next();
        if (path.contains(QStringLiteral("/.incoming/")))
            continue; // partial bodies being received (none once the sandbox has stopped)
        const QString file = fileOfHash.value(sha256Of(path));
        if (file.isEmpty()) {
            ++result->strayObjects;
            result->problems << QStringLiteral("stored object %1 matches no file").arg(path);
            continue;
        }
        ++storedCopies[file];
    }

    const QJsonArray jobs = readJobs(options, environment, error);
    if (!error->isEmpty())
        return false;
    QHash<QString, QList<QJsonObject>> jobsOfFile;
    for (const QJsonValue &value : jobs)
        jobsOfFile[value.toObject().value(QStringLiteral("file")).toString()] << value.toObject();
    for (const QString &file : std::as_const(files)) {
        const QList<QJsonObject> own = jobsOfFile.value(file);
        const int copies = storedCopies.value(file);
        if (copies > 1) {
            result->duplicates += copies - 1;
            result->problems << QStringLiteral("%1 stored %2 times").arg(file).arg(copies);
        }
        if (own.size() > 1) {
            ++result->jobsQueuedTwice;
            result->problems << QStringLiteral("%1 has %2 jobs").arg(file).arg(own.size());
        }
        const bool completed = std::any_of(own.begin(), own.end(), [](const QJsonObject &job) {
            return job.value(QStringLiteral("state")).toString() == QLatin1String("completed");
        });
        const bool failedWithReason = std::any_of(own.begin(), own.end(), [](const QJsonObject &job) {
            return job.value(QStringLiteral("state")).toString() == QLatin1String("failed")
                && (!job.value(QStringLiteral("last_error")).toString().isEmpty()
                    || !job.value(QStringLiteral("processing_error")).toString().isEmpty());
        });
        if (completed && copies > 0) {
            ++result->completed;
        } else if (!completed && failedWithReason) {
            ++result->failed;
            const QJsonObject job = own.constLast();
            result->problems
                << QStringLiteral("%1 failed: %2").arg(file, job.value(QStringLiteral("last_error")).toString());
        } else {
            ++result->lost;
            result->problems << (completed
                                     ? QStringLiteral("%1 is completed in the job store but was never stored").arg(file)
                                     : QStringLiteral("%1 lost (%2)")
                                           .arg(file,
                                                own.isEmpty()
                                                    ? QStringLiteral("no job")
                                                    : own.constLast().value(QStringLiteral("state")).toString()));
        }
    }
    result->milliseconds = clock.elapsed();
    return true;
}
