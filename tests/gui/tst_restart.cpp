#include "guisession.h"
#include "testvideo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

#include <functional>
#include <memory>

using namespace CoachSteps;

// Issue 22, "Done means" 3: quitting mid-upload and starting again never strands a job.
// Thirty clips are described and uploaded in the real `uplift-capture --sandbox` window by
// real input; the window is ended (SIGTERM) while uploads run, and started again with the
// same home. Every job must reach Done, and the sandbox's store and the job store must show
// each clip uploaded exactly once.
class TestRestart : public QObject
{
    Q_OBJECT

    // Rows of a query on an SQLite file of the window's, read while it is not running.
    static QList<QStringList> query(const QString &file, const QString &sql)
    {
        QList<QStringList> rows;
        const QString connection = QUuid::createUuid().toString();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(file);
            if (db.open()) {
                QSqlQuery q(db);
                if (q.exec(sql)) {
                    while (q.next()) {
                        QStringList row;
                        for (int i = 0; i < q.record().count(); ++i)
                            row << q.value(i).toString();
                        rows << row;
                    }
                }
            }
        }
        QSqlDatabase::removeDatabase(connection);
        return rows;
    }

private slots:
    // "free": the sandbox comes back on its ports, and the upload targets the jobs hold still
    // work. "upload port taken": another program holds the sandbox's upload port while the
    // window starts again, so the sandbox takes another one and the targets the jobs hold
    // refuse the connection: the queue must reserve those clips again, and still send each once.
    void quitMidUploadAndStartAgain_data()
    {
        QTest::addColumn<bool>("portTaken");
        QTest::newRow("free") << false;
        QTest::newRow("upload port taken") << true;
    }

    void quitMidUploadAndStartAgain()
    {
        QFETCH(bool, portTaken);
        GuiSession gui(portTaken ? QStringLiteral("restart-port-taken") : QStringLiteral("restart-mid-upload"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        const int count = 30;
        QStringList clips;
        qint64 bytes = 0;
        for (int i = 1; i <= count; ++i) {
            TestVideo video;
            video.path = TestVideo::scratchPath(QStringLiteral("restart-%1.mov").arg(i, 2, 10, QLatin1Char('0')));
            video.seconds = 0.5;
            video.audio = false;
            QVERIFY2(video.make().isEmpty(), "ffmpeg could not make a clip");
            clips << video.path;
            bytes += QFileInfo(video.path).size();
        }
        // The coach's speed limit (Settings ▸ Uploads), set on an earlier day: the thirty clips
        // take about twenty seconds, so that uploads are in flight when the window ends.
        const QString config = gui.home() + QStringLiteral("/config/Uplift Labs");
        QVERIFY(QDir().mkpath(config));
        QFile settings(config + QStringLiteral("/uplift-capture.conf"));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write(
            QStringLiteral("[uploads]\nparallel=3\nrateLimit=%1\n").arg(std::max<qint64>(20000, bytes / 20)).toUtf8());
        settings.close();

        QVERIFY2(gui.start(clips), qPrintable(gui.lastProblem()));
        const QString ready = QStringLiteral("Videos ready to upload");
        QVERIFY2(gui.waitUntil([&] { return rowTexts(gui, ready).size() == count; }, 30000,
                               QStringLiteral("%1 clips in the ready list").arg(count)),
                 qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("ctrl+shift+a"))); // Edit ▸ Select All Ready
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return valueOf(gui.widgetByObjectName(QStringLiteral("heading")))
                             .contains(QStringLiteral("%1 clips").arg(count));
                     },
                     5000, QStringLiteral("all clips selected")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(chooseAthlete(gui, QStringLiteral("av"), QStringLiteral("Ava Lindqvist")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("Camera down-the-line")), qPrintable(gui.lastProblem()));
        QVERIFY2(choose(gui, QStringLiteral("Activity"), QStringLiteral("Golf")), qPrintable(gui.lastProblem()));
        QVERIFY2(choose(gui, QStringLiteral("Movement"), QStringLiteral("Full swing")), qPrintable(gui.lastProblem()));
        QVERIFY2(choose(gui, QStringLiteral("Handedness"), QStringLiteral("Right")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.waitUntil([&] { return uploadEnabled(gui); }, 5000, QStringLiteral("Upload enabled")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ")
                            + valueOf(gui.widgetByObjectName(QStringLiteral("uploadReason")))));
        gui.screenshot(QStringLiteral("described"));
        QVERIFY(gui.key(QStringLiteral("ctrl+Return")));

        // Some done, some on their way: then the window ends as a killed program does.
        const QString jobs = QStringLiteral("Upload jobs");
        QStringList states;
        QVERIFY2(gui.waitUntil(
                     [&] {
                         states = rowTexts(gui, jobs, 4);
                         return states.size() == count && states.count(QStringLiteral("Done")) >= 3
                             && states.count(QStringLiteral("Uploading")) >= 1;
                     },
                     60000, QStringLiteral("uploads under way, three done")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ") + states.join(QLatin1Char(','))));
        gui.screenshot(QStringLiteral("uploading"));
        gui.stop(); // SIGTERM

        const QString sandbox = gui.home() + QStringLiteral("/data/Uplift Labs/uplift-capture/sandbox");
        const QString jobStore = sandbox + QStringLiteral("/jobs.sqlite");
        const QString sandboxStore = sandbox + QStringLiteral("/sandbox.sqlite");
        QVERIFY2(QFileInfo::exists(jobStore) && QFileInfo::exists(sandboxStore), qPrintable(sandbox));
        // The quit left work part way: uploads cut off (state 2) and the rest not done.
        const auto stateCount = [&](int state) {
            return query(jobStore, QStringLiteral("SELECT COUNT(*) FROM jobs WHERE state = %1").arg(state))
                .value(0)
                .value(0)
                .toInt();
        };
        const int cutOff = stateCount(2);
        const int doneBefore = stateCount(5);
        qInfo("at the quit: %d uploading, %d processing or uploaded, %d done", cutOff, stateCount(3) + stateCount(4),
              doneBefore);
        QVERIFY(cutOff >= 1);
        QVERIFY(doneBefore < count);

        std::unique_ptr<QTcpServer> blocker;
        const auto uploadPort = [&] {
            return query(sandboxStore, QStringLiteral("SELECT value FROM server WHERE key = 'upload_port'"))
                .value(0)
                .value(0)
                .toInt();
        };
        const int oldUploadPort = uploadPort();
        QVERIFY(oldUploadPort > 0);
        if (portTaken) {
            blocker = std::make_unique<QTcpServer>();
            QVERIFY(blocker->listen(QHostAddress::LocalHost, quint16(oldUploadPort)));
        }
        QVERIFY2(gui.start(), qPrintable(gui.lastProblem()));
        if (portTaken) {
            // Given up as soon as the sandbox runs elsewhere: from then on nothing listens at the
            // old address, a connection to it is refused (and one that reached the blocker in
            // the meantime is reset as it closes).
            QVERIFY2(gui.waitUntil([&] { return uploadPort() > 0 && uploadPort() != oldUploadPort; }, 20000,
                                   QStringLiteral("the sandbox on another upload port")),
                     qPrintable(gui.lastProblem()));
            blocker.reset();
        }
        gui.screenshot(QStringLiteral("started-again"));
        QVERIFY2(gui.waitUntil(
                     [&] {
                         states = rowTexts(gui, jobs, 4);
                         return states.size() == count && states.count(QStringLiteral("Done")) == count;
                     },
                     90000, QStringLiteral("every job Done after the restart")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ") + states.join(QLatin1Char(','))));
        gui.screenshot(QStringLiteral("all-done"));
        gui.stop();

        // None twice: each clip has one capture that received its file, once; every job
        // recorded one finished upload, or found after the restart that its cut-off upload
        // had arrived (and did not send it again).
        const QList<QStringList> captures
            = query(sandboxStore,
                    QStringLiteral("SELECT json_extract(data, '$.file_name'), "
                                   "json_extract(data, '$.status'), "
                                   "IFNULL(json_extract(data, '$.uploads'), 0) FROM captures"));
        QHash<QString, int> uploadsOf, uploadedCaptures;
        for (const QStringList &c : captures) {
            uploadsOf[c.value(0)] += c.value(2).toInt();
            if (c.value(2).toInt() > 0) {
                uploadedCaptures[c.value(0)] += 1;
                QCOMPARE(c.value(1), QStringLiteral("completed"));
            } else {
                QCOMPARE(c.value(1), QStringLiteral("awaiting_upload")); // a reservation given up, never sent to
            }
        }
        for (const QString &clip : std::as_const(clips)) {
            const QString name = QFileInfo(clip).fileName();
            QVERIFY2(uploadsOf.value(name) == 1 && uploadedCaptures.value(name) == 1,
                     qPrintable(QStringLiteral("%1: uploaded %2 times, to %3 captures")
                                    .arg(name)
                                    .arg(uploadsOf.value(name))
                                    .arg(uploadedCaptures.value(name))));
        }
        QCOMPARE(stateCount(5), count);
        const QList<QStringList> perJob
            = query(jobStore,
                    QStringLiteral("SELECT jobs.id, (SELECT COUNT(*) FROM history WHERE history.job_id = jobs.id "
                                   "AND ((step = 'upload' AND outcome = 'ok') OR (step = 'reconcile' AND "
                                   "outcome = 'matched'))) FROM jobs"));
        QCOMPARE(perJob.size(), count);
        // With the old address dead, the clips that held it were reserved again.
        const int replaced = query(jobStore,
                                   QStringLiteral("SELECT COUNT(DISTINCT job_id) FROM history WHERE step = "
                                                  "'reserve' AND outcome = 'replace-unreachable'"))
                                 .value(0)
                                 .value(0)
                                 .toInt();
        qInfo("%d jobs reserved again after their upload address refused the connection", replaced);
        if (portTaken)
            QVERIFY(replaced >= 1);
        else
            QCOMPARE(replaced, 0);
        for (const QStringList &row : perJob)
            QVERIFY2(row.value(1).toInt() == 1,
                     qPrintable(QStringLiteral("job %1: %2 finished uploads").arg(row.value(0), row.value(1))));
    }
};

QTEST_GUILESS_MAIN(TestRestart)
#include "tst_restart.moc"
