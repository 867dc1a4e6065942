// uplift-bench-seedjobs: fills the job store of $XDG_DATA_HOME (JobStore::defaultPath())
// for the start-up and CPU rows of bench/run, through JobStore itself.
//   uplift-bench-seedjobs --completed N                       N finished jobs, each with its history
//   uplift-bench-seedjobs --queue FILE... --athlete ID [--parallel P]
//                                                             queued jobs the window starts uploading at once
#include "api/messages/capturespec.h"
#include "common/applicationidentity.h"
#include "jobs/store/jobstore.h"
#include "jobs/store/uploadjob.h"
#include "settings/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QUuid>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The program's own names, so that the store and the settings are the ones uplift-capture opens.
    ApplicationIdentity::apply();
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption completed(QStringLiteral("completed"), QStringLiteral("Finished jobs to add."),
                                       QStringLiteral("N"));
    const QCommandLineOption queue(QStringLiteral("queue"), QStringLiteral("Queue these files (repeatable)."),
                                   QStringLiteral("FILE"));
    const QCommandLineOption athlete(QStringLiteral("athlete"), QStringLiteral("Athlete of the queued files."),
                                     QStringLiteral("ID"));
    const QCommandLineOption parallel(QStringLiteral("parallel"), QStringLiteral("Parallel uploads setting."),
                                      QStringLiteral("P"));
    parser.addOptions({ completed, queue, athlete, parallel });
    parser.process(app);

    JobStore store;
    if (!store.open()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    CaptureSpec spec;
    spec.athleteId = parser.isSet(athlete) ? parser.value(athlete) : QUuid::createUuid().toString(QUuid::WithoutBraces);
    spec.sessionGroupId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    spec.cameraSetup = QStringLiteral("single.front_on");
    spec.activity = QStringLiteral("agility");
    spec.movement = QStringLiteral("5_0_5");

    const int finished = parser.value(completed).toInt();
    // One transaction for them all (each write in a savepoint of it): 100,000 jobs in seconds,
    // not one synced commit per write.
    if (!store.beginBatch()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    for (int i = 0; i < finished; ++i) {
        spec.fileName = QStringLiteral("clip-%1.mov").arg(i, 5, 10, QLatin1Char('0'));
        UploadJob job = UploadJob::forCapture(QStringLiteral("/videos/") + spec.fileName, spec);
        job.fileSize = 50'000'000 + i;
        job.fileModified = QDateTime::currentDateTimeUtc();
        job.athleteName = QStringLiteral("Athlete %1").arg(i % 40);
        JobHistoryEntry enqueued;
        enqueued.step = QStringLiteral("enqueue");
        enqueued.outcome = QStringLiteral("ok");
        if (!store.insert(&job, enqueued)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
        job.state = UploadJob::State::Completed;
        job.sessionId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        job.captureStatus = QStringLiteral("completed");
        JobHistoryEntry done;
        done.jobId = job.id;
        done.step = QStringLiteral("status");
        done.outcome = QStringLiteral("completed");
        done.sessionId = job.sessionId;
        if (!store.save(job, done)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
    }
    if (!store.endBatch()) {
        std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
        return 1;
    }
    for (const QString &file : parser.values(queue)) {
        const QFileInfo info(file);
        spec.fileName = info.fileName();
        UploadJob job = UploadJob::forCapture(info.absoluteFilePath(), spec);
        job.fileSize = info.size();
        job.fileModified = info.lastModified().toUTC();
        JobHistoryEntry enqueued;
        enqueued.step = QStringLiteral("enqueue");
        enqueued.outcome = QStringLiteral("ok");
        if (!store.insert(&job, enqueued)) {
            std::fprintf(stderr, "%s\n", qPrintable(store.errorString()));
            return 1;
        }
    }
    if (parser.isSet(parallel))
        Settings().setParallelUploads(parser.value(parallel).toInt());
    std::printf("%s: %d jobs\n", qPrintable(store.path()), int(store.loadAll().size()));
    return 0;
}
