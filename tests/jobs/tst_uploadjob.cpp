#include "jobs/store/uploadjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

class tst_UploadJob : public QObject
{
    Q_OBJECT

private slots:
    void stateNamesRoundTrip()
    {
        QSet<QString> names;
        for (UploadJob::State s : UploadJob::allStates()) {
            const QString n = UploadJob::stateName(s);
            QVERIFY(!n.isEmpty());
            QVERIFY(!UploadJob::stateText(s).isEmpty());
            QCOMPARE(UploadJob::stateFromName(n), std::optional<UploadJob::State>(s));
            names.insert(n);
        }
        QCOMPARE(names.size(), UploadJob::allStates().size());
        QVERIFY(!UploadJob::stateFromName(QStringLiteral("nonsense")).has_value());
    }

    void resumeAfterRestart()
    {
        UploadJob j;
        j.sessionId = QStringLiteral("s");
        j.state = UploadJob::State::Uploading;
        UploadJob r = UploadJob::resumedAfterRestart(j);
        QCOMPARE(r.state, UploadJob::State::Queued);
        QVERIFY(r.restartsFromZero);
        QCOMPARE(r.sessionId, QStringLiteral("s")); // reservation kept: same fields while valid

        j.state = UploadJob::State::Uploaded;
        r = UploadJob::resumedAfterRestart(j);
        QCOMPARE(r.state, UploadJob::State::Uploaded); // never uploaded again
        QVERIFY(r.isUploaded());
        QVERIFY(!r.restartsFromZero);

        j.state = UploadJob::State::Reserving; // must be reconciled first
        QCOMPARE(UploadJob::resumedAfterRestart(j).state, UploadJob::State::Reserving);
        j.state = UploadJob::State::Completed;
        QCOMPARE(UploadJob::resumedAfterRestart(j).state, UploadJob::State::Completed);
    }

    void fileChecks()
    {
        QTemporaryDir dir(
            QDir(qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath())).filePath(QStringLiteral("uj-XXXXXX")));
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(QStringLiteral("clip.mov"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(1000, 'x'));
        f.close();
        UploadJob j;
        j.filePath = path;
        j.fileSize = 1000;
        j.fileModified = QFileInfo(path).lastModified().toUTC();
        QString why;
        QVERIFY(j.fileUnchanged(&why));

        // Same size, other modification time.
        QVERIFY(f.open(QIODevice::ReadWrite));
        QVERIFY(f.setFileTime(j.fileModified.addSecs(-60), QFileDevice::FileModificationTime));
        f.close();
        QVERIFY(!j.fileUnchanged(&why));
        QVERIFY(why.contains(QLatin1String("changed")));

        // Other size.
        j.fileModified = QFileInfo(path).lastModified().toUTC();
        QVERIFY(j.fileUnchanged(nullptr));
        QVERIFY(f.open(QIODevice::Append));
        f.write("y");
        f.close();
        j.fileModified = QFileInfo(path).lastModified().toUTC();
        QVERIFY(!j.fileUnchanged(&why));

        QVERIFY(QFile::remove(path));
        QVERIFY(!j.fileUnchanged(&why));
        QVERIFY(why.contains(QLatin1String("no longer")));
    }
};

QTEST_GUILESS_MAIN(tst_UploadJob)
#include "tst_uploadjob.moc"
