#include "api/client/upliftclient.h"
#include "joblistview.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/upliftcaptureapi.h"
#include "jobs/store/jobstore.h"
#include "jobs/words/jobmodel.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

// A long history (issue 15): the queue holds the unfinished and failed jobs, the
// job list shows them first and pages through the finished ones from the store;
// the search box still searches all of them. The queue is paused: nothing is sent.
class tst_JobHistory : public QObject
{
    Q_OBJECT

    static constexpr int finishedCount = 2500;

    QTemporaryDir m_dir {
        QDir(qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath())).filePath(QStringLiteral("jh-XXXXXX"))
    };
    QNetworkAccessManager m_network;
    UpliftClient m_client { &m_network };
    UpliftCaptureApi m_api { &m_client };

    struct Rig
    {
        std::unique_ptr<JobStore> store;
        std::unique_ptr<JobQueue> queue;
        std::unique_ptr<JobModel> model;
        QList<qint64> finished; // oldest first: even ones Completed, odd ones Cancelled
        QList<qint64> unfinished; // two queued, one failed
    };

    QString makeFile(const QString &name)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(QByteArray(1234, 'v'));
        return path;
    }

    UploadJob jobFor(const QString &path, int i)
    {
        UploadJob j;
        j.filePath = path;
        j.fileSize = 1234;
        j.fileModified = QDateTime::currentDateTimeUtc();
        j.athleteId = QStringLiteral("a-%1").arg(i % 7);
        j.athleteName = QStringLiteral("Athlete %1").arg(i % 7);
        j.activity = QStringLiteral("golf");
        j.movement = QStringLiteral("full_swing");
        j.sessionGroupId = QStringLiteral("g1");
        return j;
    }

    // A store with `finishedCount` finished jobs, then two queued and one failed, and a
    // paused queue started on it.
    Rig makeRig(const QString &name)
    {
        Rig rig;
        rig.store = std::make_unique<JobStore>();
        const QString path = m_dir.filePath(name);
        if (!rig.store->open(path))
            qFatal("%s", qPrintable(rig.store->errorString()));
        if (!rig.store->beginBatch())
            qFatal("%s", qPrintable(rig.store->errorString()));
        for (int i = 0; i < finishedCount; ++i) {
            UploadJob j = jobFor(QStringLiteral("/videos/swing-%1.mov").arg(i, 5, 10, QLatin1Char('0')), i);
            rig.store->insert(&j, {});
            j.state = (i % 2) ? UploadJob::State::Cancelled : UploadJob::State::Completed;
            j.sessionId = (i % 2) ? QString() : QStringLiteral("s-%1").arg(i);
            j.captureStatus = (i % 2) ? QString() : QStringLiteral("completed");
            rig.store->save(j);
            rig.finished << j.id;
        }
        for (int i = 0; i < 3; ++i) {
            UploadJob j = jobFor(makeFile(QStringLiteral("%1-queued-%2.mov").arg(name).arg(i)), i);
            rig.store->insert(&j, {});
            if (i == 2) {
                j.state = UploadJob::State::Failed;
                j.failurePermanent = true;
                j.lastError = QStringLiteral("The server refused it");
                rig.store->save(j);
            }
            rig.unfinished << j.id;
        }
        if (!rig.store->endBatch())
            qFatal("%s", qPrintable(rig.store->errorString()));
        rig.queue = std::make_unique<JobQueue>(rig.store.get(), &m_api);
        rig.queue->pause();
        rig.queue->start();
        rig.model = std::make_unique<JobModel>(rig.queue.get());
        return rig;
    }

    static int rowsOf(const JobModel &model, qint64 id)
    {
        int n = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            n += model.jobIdAt(row) == id;
        return n;
    }

    static JobListView::Columns columns()
    {
        JobListView::Columns c;
        c.file = JobModel::File;
        c.state = JobModel::State;
        c.progress = JobModel::Progress;
        c.path = JobModel::File;
        c.rawRole = JobModel::RawValueRole;
        c.stateRole = JobModel::StateNameRole;
        c.searchRole = JobModel::SearchTextRole;
        return c;
    }

private slots:
    // The queue loads what it acts on; finished jobs stay in the store.
    void queueHoldsUnfinishedAndFailed()
    {
        Rig rig = makeRig(QStringLiteral("held.sqlite"));
        QCOMPARE(rig.queue->jobIds(), rig.unfinished);
        QVERIFY(!rig.queue->job(rig.finished.first()));
        // ... and still answers for them from the store.
        QCOMPARE(rig.queue->storedJob(rig.finished.first())->state, UploadJob::State::Completed);
        QCOMPARE(rig.store->loadAll().size(), finishedCount + 3); // `jobs --json` reads them all
    }

    void queueFirstThenHistoryInPages()
    {
        Rig rig = makeRig(QStringLiteral("pages.sqlite"));
        JobModel &model = *rig.model;
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.queueRowCount(), 3);
        for (int row = 0; row < 3; ++row)
            QCOMPARE(model.jobIdAt(row), rig.unfinished.at(row));
        QVERIFY(model.canFetchMore({}));
        model.setPageSize(1000);
        int pages = 0;
        while (model.canFetchMore({})) {
            const int before = model.rowCount();
            model.fetchMore({});
            QVERIFY(model.rowCount() > before || !model.canFetchMore({}));
            ++pages;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(model.rowCount(), 3 + finishedCount);
        // Newest first, each job once.
        for (int k = 0; k < finishedCount; ++k)
            QCOMPARE(model.jobIdAt(3 + k), rig.finished.at(finishedCount - 1 - k));
        // A history row shows what a queue row would.
        const int oldest = model.rowOf(rig.finished.first());
        QCOMPARE(oldest, model.rowCount() - 1);
        QCOMPARE(model.index(oldest, JobModel::File).data().toString(), QStringLiteral("swing-00000.mov"));
        QCOMPARE(model.index(oldest, JobModel::Athlete).data().toString(), QStringLiteral("Athlete 0"));
        QCOMPARE(model.index(oldest, JobModel::Movement).data().toString(), QStringLiteral("Golf · Full swing"));
        QCOMPARE(model.index(oldest, JobModel::State).data(JobModel::StateNameRole).toString(),
                 QStringLiteral("completed"));
        QCOMPARE(model.index(oldest, JobModel::Progress).data(JobModel::RawValueRole).toDouble(), 1.0);
        QCOMPARE(model.index(oldest, JobModel::File).data(JobModel::RawValueRole).toString(),
                 QStringLiteral("/videos/swing-00000.mov"));
        const QString search = model.index(oldest, JobModel::File).data(JobModel::SearchTextRole).toString();
        QVERIFY2(search.contains(QStringLiteral("swing-00000.mov")) && search.contains(QStringLiteral("athlete 0")),
                 qPrintable(search));
    }

    void backgroundReadsTheRest()
    {
        Rig rig = makeRig(QStringLiteral("background.sqlite"));
        rig.model->fetchAllInBackground();
        QTRY_VERIFY(!rig.model->canFetchMore({}));
        QCOMPARE(rig.model->rowCount(), 3 + finishedCount);
    }

    // The search box searches the whole history, not the rows fetched so far.
    void searchFindsRowsNotFetched()
    {
        Rig rig = makeRig(QStringLiteral("search.sqlite"));
        JobListView view;
        view.setJobModel(rig.model.get(), columns());
        QVERIFY(rig.model->canFetchMore({}));
        // Unsorted until the coach clicks a header: the queue's rows first.
        for (int row = 0; row < 3; ++row)
            QCOMPARE(view.model()->index(row, 0).data(JobModel::JobIdRole).toLongLong(), rig.unfinished.at(row));
        view.setSearchText(QStringLiteral("SWING-00001")); // the oldest but one: the last page
        QVERIFY(!rig.model->canFetchMore({}));
        QCOMPARE(view.visibleJobCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data(JobModel::JobIdRole).toLongLong(), rig.finished.at(1));
        // Every column is searched: 2500 / 7 jobs of athlete 3, and the state filter still applies.
        view.setSearchText(QStringLiteral("athlete 3"));
        int athlete3 = 0, completed3 = 0;
        for (int i = 0; i < finishedCount; ++i) {
            athlete3 += i % 7 == 3;
            completed3 += i % 7 == 3 && i % 2 == 0;
        }
        QCOMPARE(view.visibleJobCount(), athlete3);
        view.setStateFilter(QStringLiteral("completed"));
        QCOMPARE(view.visibleJobCount(), completed3);
        view.setSearchText(QString());
        QCOMPARE(view.visibleJobCount(), finishedCount / 2);
        view.setStateFilter(QString());
        QCOMPARE(view.visibleJobCount(), 3 + finishedCount);
        // A queue row is searched too.
        view.setSearchText(QStringLiteral("refused"));
        QCOMPARE(view.visibleJobCount(), 1);
        QCOMPARE(view.model()->index(0, 0).data(JobModel::JobIdRole).toLongLong(), rig.unfinished.at(2));
    }

    void finishRemoveRetryKeepRowsConsistent()
    {
        Rig rig = makeRig(QStringLiteral("consistent.sqlite"));
        JobModel &model = *rig.model;
        // Every row inserted or removed is announced (the view's rows stay the model's).
        int announced = model.rowCount();
        connect(&model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) { announced += last - first + 1; });
        connect(&model, &QAbstractItemModel::rowsRemoved, this,
                [&](const QModelIndex &, int first, int last) { announced -= last - first + 1; });
        // A queued job finishes (cancelled) during the run: it stays a queue row, and the
        // history, whose first page now finds it in the store, does not show it twice.
        rig.queue->cancel(rig.unfinished.at(0));
        QCOMPARE(model.rowOf(rig.unfinished.at(0)), 0);
        model.setPageSize(100);
        model.fetchMore({});
        QCOMPARE(model.rowCount(), 3 + 99);
        QCOMPARE(rowsOf(model, rig.unfinished.at(0)), 1);

        // A fetched history job is removed: its row goes, and the job with it.
        const qint64 fetched = rig.finished.at(finishedCount - 2);
        QVERIFY(model.rowOf(fetched) >= 3);
        rig.queue->remove(fetched);
        QCOMPARE(model.rowOf(fetched), -1);
        QVERIFY(!rig.store->load(fetched));
        QCOMPARE(model.rowCount(), 3 + 98);

        // One not fetched yet is removed from the store: no row ever shows it.
        const qint64 unfetched = rig.finished.at(10);
        QCOMPARE(model.rowOf(unfetched), -1);
        rig.queue->remove(unfetched);
        QVERIFY(!rig.store->load(unfetched));

        // A cancelled history job is retried: it moves up into the queue's rows, once.
        const qint64 cancelled = rig.finished.at(finishedCount - 3); // odd: Cancelled, fetched
        const int before = model.rowCount();
        rig.queue->retry(cancelled);
        QCOMPARE(rig.queue->job(cancelled)->state, UploadJob::State::Queued);
        QVERIFY(model.rowOf(cancelled) < model.queueRowCount());
        QCOMPARE(model.rowCount(), before);
        // The queue holds it in queue order (its old position: before the queued ones).
        QCOMPARE(rig.queue->jobIds().first(), cancelled);
        QCOMPARE(model.jobIdAt(0), cancelled);

        // One not fetched yet is retried: a queue row now, never a history row later.
        const qint64 cancelledOld = rig.finished.at(21);
        rig.queue->retry(cancelledOld);
        QVERIFY(model.rowOf(cancelledOld) >= 0 && model.rowOf(cancelledOld) < model.queueRowCount());

        // A completed job cannot be retried (it would be uploaded twice): it stays history.
        const qint64 completed = rig.finished.at(finishedCount - 4);
        rig.queue->retry(completed);
        QVERIFY(!rig.queue->job(completed));
        QVERIFY(model.rowOf(completed) >= model.queueRowCount());

        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.queueRowCount(), 5);
        QCOMPARE(model.rowCount(), 3 + finishedCount - 2);
        for (qint64 id : { rig.unfinished.at(0), cancelled, cancelledOld, completed })
            QCOMPARE(rowsOf(model, id), 1);
        for (qint64 id : { fetched, unfetched })
            QCOMPARE(rowsOf(model, id), 0);
        QCOMPARE(announced, model.rowCount());
    }

    // Qt's model checks on a history read to the end (the tester fetches pages by itself).
    void modelTesterOnHistory()
    {
        Rig rig = makeRig(QStringLiteral("tester.sqlite"));
        while (rig.model->canFetchMore({}))
            rig.model->fetchMore({});
        QAbstractItemModelTester tester(rig.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        rig.queue->retry(rig.finished.at(1));
        rig.queue->remove(rig.finished.at(2));
        rig.queue->moveToBottom(rig.finished.at(1));
        QCOMPARE(rig.model->rowCount(), 3 + finishedCount - 1);

        // Reordering renumbers the queue's jobs only: the history keeps its order (by id).
        rig.queue->cancel(rig.unfinished.at(1));
        JobModel fresh(rig.queue.get());
        while (fresh.canFetchMore({}))
            fresh.fetchMore({});
        QCOMPARE(fresh.rowCount(), rig.model->rowCount());
        for (int row = fresh.queueRowCount() + 1; row < fresh.rowCount(); ++row)
            QVERIFY(fresh.jobIdAt(row) < fresh.jobIdAt(row - 1));
    }

    // A clip already uploaded (Completed) for the same athlete and movement is a duplicate,
    // though the queue did not load it; a cancelled one is not.
    void duplicateSeesFinishedJobs()
    {
        Rig rig = makeRig(QStringLiteral("duplicate.sqlite"));
        const QString athlete = QStringLiteral("a-%1").arg(0 % 7);
        QVERIFY(
            rig.queue->isDuplicate(QStringLiteral("/videos/swing-00000.mov"), athlete, QStringLiteral("full_swing")));
        QVERIFY(rig.queue->isDuplicate(QStringLiteral("/videos/../videos/swing-00000.mov"), athlete,
                                       QStringLiteral("full_swing")));
        QVERIFY(!rig.queue->isDuplicate(QStringLiteral("/videos/swing-00000.mov"), athlete, QStringLiteral("putt")));
        QVERIFY(!rig.queue->isDuplicate(QStringLiteral("/videos/swing-00000.mov"), QStringLiteral("a-1"),
                                        QStringLiteral("full_swing")));
        QVERIFY(!rig.queue->isDuplicate(QStringLiteral("/videos/swing-00000.mov"), athlete,
                                        QStringLiteral("full_swing"), 0, 1000));
        // Job 1 was cancelled: not a duplicate.
        QVERIFY(!rig.queue->isDuplicate(QStringLiteral("/videos/swing-00001.mov"), QStringLiteral("a-1"),
                                        QStringLiteral("full_swing")));
        // A path stored relative to the working folder still resolves as it always did.
        UploadJob relative = jobFor(QStringLiteral("relative-clip.mov"), 0);
        rig.store->insert(&relative, {});
        relative.state = UploadJob::State::Completed;
        rig.store->save(relative);
        QVERIFY(rig.queue->isDuplicate(QDir::current().absoluteFilePath(QStringLiteral("relative-clip.mov")), athlete,
                                       QStringLiteral("full_swing")));
    }
};

QTEST_MAIN(tst_JobHistory)
#include "tst_jobhistory.moc"
