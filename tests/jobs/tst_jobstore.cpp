#include "jobs/store/jobstore.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class tst_JobStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir {
        QDir(qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath())).filePath(QStringLiteral("jobstore-XXXXXX"))
    };

    QString dbPath(const char *name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    static UploadJob sampleJob()
    {
        UploadJob j;
        j.filePath = QStringLiteral("/clips/swing 1.mov");
        j.fileSize = 123456789;
        j.fileModified = QDateTime::fromMSecsSinceEpoch(1732000000123, Qt::UTC);
        j.athleteId = QStringLiteral("7b7f2a7e-1111-4c1e-9a1a-000000000001");
        j.athleteName = QStringLiteral("Zoë Ångström");
        j.sessionGroupId = QStringLiteral("5d0c1f7e-2222-4c1e-9a1a-000000000002");
        j.activity = QStringLiteral("baseball");
        j.movement = QStringLiteral("pitching");
        j.specJson = QByteArrayLiteral("{\"athlete_id\":\"x\"}");
        return j;
    }

    static void writeVersion1File(const QString &path)
    {
        // The schema exactly as version 1 of the app wrote it.
        const QString name = QStringLiteral("v1writer");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE jobs (id INTEGER PRIMARY KEY AUTOINCREMENT, position INTEGER NOT NULL,"
                " created_at INTEGER NOT NULL, file_path TEXT NOT NULL, file_size INTEGER NOT NULL,"
                " file_modified INTEGER, athlete_id TEXT NOT NULL, athlete_name TEXT, session_group_id TEXT,"
                " activity TEXT, movement TEXT, spec_json BLOB, state INTEGER NOT NULL,"
                " failure_permanent INTEGER NOT NULL DEFAULT 0, last_error TEXT, last_error_code TEXT,"
                " last_http_status INTEGER NOT NULL DEFAULT 0, attempts INTEGER NOT NULL DEFAULT 0,"
                " next_attempt_at INTEGER, restarts_from_zero INTEGER NOT NULL DEFAULT 0, session_id TEXT,"
                " upload_url TEXT, upload_fields TEXT, upload_expires_at INTEGER)")));
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE history (id INTEGER PRIMARY KEY AUTOINCREMENT, job_id INTEGER NOT NULL,"
                " at INTEGER NOT NULL, step TEXT NOT NULL, outcome TEXT, http_status INTEGER NOT NULL DEFAULT 0,"
                " error_code TEXT, session_id TEXT, message TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO jobs (position, created_at, file_path, file_size,"
                                          " athlete_id, state, session_id) VALUES (1, 1000, '/old.mov', 42,"
                                          " 'a1', 3, 'sess-old')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

private slots:
    void defaultPathIsInAppData()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(JobStore::defaultPath().startsWith(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)));
        QVERIFY(JobStore::defaultPath().endsWith(QLatin1String("jobs.sqlite")));
    }

    void everyFieldSurvivesAReopen()
    {
        QVERIFY(m_dir.isValid());
        const QString path = dbPath("roundtrip.sqlite");
        UploadJob j = sampleJob();
        {
            JobStore store;
            QVERIFY2(store.open(path), qPrintable(store.errorString()));
            QCOMPARE(store.schemaVersion(), JobStore::CurrentSchemaVersion);
            JobHistoryEntry e;
            e.step = QStringLiteral("enqueue");
            e.outcome = QStringLiteral("ok");
            QVERIFY2(store.insert(&j, e), qPrintable(store.errorString()));
            QVERIFY(j.id > 0);
            QCOMPARE(j.position, 1);
            QVERIFY(j.createdAt.isValid());

            j.state = UploadJob::State::WaitingToRetry;
            j.attempts = 3;
            j.lastError = QStringLiteral("The server was busy");
            j.lastErrorCode = QStringLiteral("SlowDown");
            j.lastHttpStatus = 503;
            j.nextAttemptAt = QDateTime::fromMSecsSinceEpoch(1732000999000, Qt::UTC);
            j.restartsFromZero = true;
            j.sessionId = QStringLiteral("sess-1");
            j.uploadUrl = QUrl(QStringLiteral("http://127.0.0.1:9000/bucket"));
            // Server order, deliberately not alphabetical: it must come back as sent.
            j.uploadFields = { { QStringLiteral("key"), QStringLiteral("uploads/sess-1.mov") },
                               { QStringLiteral("x-amz-algorithm"), QStringLiteral("AWS4-HMAC-SHA256") },
                               { QStringLiteral("Content-Type"), QStringLiteral("video/quicktime") },
                               { QStringLiteral("policy"), QStringLiteral("eyJ...") } };
            j.uploadExpiresAt = QDateTime::fromMSecsSinceEpoch(1732003600000, Qt::UTC);
            j.captureStatus = QStringLiteral("processing");
            j.processingError = QStringLiteral("none yet");
            JobHistoryEntry retry;
            retry.step = QStringLiteral("upload");
            retry.outcome = QStringLiteral("retry");
            retry.httpStatus = 503;
            retry.errorCode = QStringLiteral("SlowDown");
            retry.sessionId = QStringLiteral("sess-1");
            QVERIFY2(store.save(j, retry), qPrintable(store.errorString()));
        }
        JobStore reopened; // as after a restart
        QVERIFY2(reopened.open(path), qPrintable(reopened.errorString()));
        const QList<UploadJob> all = reopened.loadAll();
        QCOMPARE(all.size(), 1);
        const UploadJob &r = all.first();
        QCOMPARE(r.id, j.id);
        QCOMPARE(r.createdAt.toMSecsSinceEpoch(), j.createdAt.toMSecsSinceEpoch());
        QCOMPARE(r.filePath, j.filePath);
        QCOMPARE(r.fileSize, j.fileSize);
        QCOMPARE(r.fileModified, j.fileModified);
        QCOMPARE(r.athleteId, j.athleteId);
        QCOMPARE(r.athleteName, j.athleteName);
        QCOMPARE(r.sessionGroupId, j.sessionGroupId);
        QCOMPARE(r.activity, j.activity);
        QCOMPARE(r.movement, j.movement);
        QCOMPARE(r.specJson, j.specJson);
        QCOMPARE(r.state, UploadJob::State::WaitingToRetry);
        QCOMPARE(r.attempts, 3);
        QCOMPARE(r.lastError, j.lastError);
        QCOMPARE(r.lastErrorCode, j.lastErrorCode);
        QCOMPARE(r.lastHttpStatus, 503);
        QCOMPARE(r.nextAttemptAt, j.nextAttemptAt);
        QVERIFY(r.restartsFromZero);
        QCOMPARE(r.sessionId, j.sessionId);
        QCOMPARE(r.uploadUrl, j.uploadUrl);
        QCOMPARE(r.uploadFields, j.uploadFields);
        QCOMPARE(r.uploadExpiresAt, j.uploadExpiresAt);
        QCOMPARE(r.captureStatus, j.captureStatus);
        QCOMPARE(r.processingError, j.processingError);

        const QList<JobHistoryEntry> h = reopened.history(j.id);
        QCOMPARE(h.size(), 2);
        QCOMPARE(h.at(0).step, QStringLiteral("enqueue"));
        QCOMPARE(h.at(1).step, QStringLiteral("upload"));
        QCOMPARE(h.at(1).httpStatus, 503);
        QCOMPARE(h.at(1).errorCode, QStringLiteral("SlowDown"));
        QCOMPARE(h.at(1).sessionId, QStringLiteral("sess-1"));
        QVERIFY(h.at(1).at.isValid());

        // Only its owner may read the signed upload fields.
        QCOMPARE(QFile::permissions(path) & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
    }

    void orderAndRemoval()
    {
        JobStore store;
        QVERIFY(store.open(dbPath("order.sqlite")));
        QList<qint64> ids;
        for (int i = 0; i < 4; ++i) {
            UploadJob j = sampleJob();
            j.filePath = QStringLiteral("/clips/%1.mov").arg(i);
            QVERIFY(store.insert(&j, {}));
            ids.append(j.id);
        }
        auto order = [&] {
            QList<qint64> o;
            for (const UploadJob &j : store.loadAll())
                o.append(j.id);
            return o;
        };
        QCOMPARE(order(), ids); // oldest first
        QVERIFY(store.savePositions({ ids[3], ids[0], ids[1], ids[2] }));
        QCOMPARE(order(), (QList<qint64> { ids[3], ids[0], ids[1], ids[2] }));
        JobHistoryEntry e;
        e.step = QStringLiteral("cancel");
        QVERIFY(store.appendHistory([&] {
            e.jobId = ids[0];
            return e;
        }()));
        QVERIFY(store.remove(ids[0]));
        QCOMPARE(order(), (QList<qint64> { ids[3], ids[1], ids[2] }));
        QVERIFY(store.history(ids[0]).isEmpty());
        QVERIFY(!store.load(ids[0]).has_value());
        QVERIFY(store.load(ids[1]).has_value());
        // A job inserted after reordering still goes last.
        UploadJob late = sampleJob();
        QVERIFY(store.insert(&late, {}));
        QCOMPARE(order().last(), late.id);
        // Saving a job that is not there is an error, not a silent no-op.
        UploadJob ghost = sampleJob();
        ghost.id = 99999;
        QVERIFY(!store.save(ghost));
        QVERIFY(!store.errorString().isEmpty());
    }

    void migratesAVersion1File()
    {
        const QString path = dbPath("v1.sqlite");
        writeVersion1File(path);
        JobStore store;
        QVERIFY2(store.open(path), qPrintable(store.errorString()));
        QCOMPARE(store.schemaVersion(), JobStore::CurrentSchemaVersion);
        const QList<UploadJob> all = store.loadAll();
        QCOMPARE(all.size(), 1);
        UploadJob j = all.first();
        QCOMPARE(j.filePath, QStringLiteral("/old.mov"));
        QCOMPARE(j.state, UploadJob::State::Uploaded);
        QCOMPARE(j.sessionId, QStringLiteral("sess-old"));
        QVERIFY(j.captureStatus.isEmpty());
        j.captureStatus = QStringLiteral("completed"); // a version-2 column
        QVERIFY2(store.save(j), qPrintable(store.errorString()));
        QCOMPARE(store.load(j.id)->captureStatus, QStringLiteral("completed"));
        // An old job is a .mov sent as it is, whole.
        QVERIFY(!j.prepare);
        QCOMPARE(j.clipStartMs, qint64(-1));
        QCOMPARE(j.clipEndMs, qint64(-1));
        j.prepare = true; // version-3 columns
        j.clipStartMs = 1500;
        j.clipEndMs = 4000;
        j.preparedPath = QStringLiteral("/cache/prepared/7.mov");
        j.preparedSize = 12345;
        j.preparedModified = QDateTime(QDate(2026, 12, 3), QTime(10, 0), Qt::UTC);
        j.state = UploadJob::State::Preparing;
        QVERIFY2(store.save(j), qPrintable(store.errorString()));
        const UploadJob back = *store.load(j.id);
        QVERIFY(back.prepare);
        QCOMPARE(back.clipStartMs, qint64(1500));
        QCOMPARE(back.clipEndMs, qint64(4000));
        QCOMPARE(back.preparedPath, j.preparedPath);
        QCOMPARE(back.preparedSize, qint64(12345));
        QCOMPARE(back.preparedModified, j.preparedModified);
        QCOMPARE(back.state, UploadJob::State::Preparing);
    }

    void refusesAFileFromANewerVersion()
    {
        const QString path = dbPath("future.sqlite");
        {
            JobStore store;
            QVERIFY(store.open(path));
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 99")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("future"));
        JobStore store;
        QVERIFY(!store.open(path));
        QVERIFY(store.errorString().contains(QLatin1String("newer")));
    }

    void twoStoresOnOneFile()
    {
        // The window and `uplift-capture upload` share the queue file.
        const QString path = dbPath("shared.sqlite");
        JobStore window, cli;
        QVERIFY(window.open(path));
        QVERIFY(cli.open(path));
        UploadJob j = sampleJob();
        QVERIFY(cli.insert(&j, {}));
        QCOMPARE(window.loadAll().size(), 1);
        j.state = UploadJob::State::Completed;
        QVERIFY(window.save(j));
        QCOMPARE(cli.load(j.id)->state, UploadJob::State::Completed);
    }
};

QTEST_GUILESS_MAIN(tst_JobStore)
#include "tst_jobstore.moc"
