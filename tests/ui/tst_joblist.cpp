#include "jobdetailspane.h"
#include "joblistview.h"
#include "mainwindow.h"
#include "uploadnotifier.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

// The job list's view logic: filters, summary, actions on the selected jobs,
// details. The rows are given here in the shape of the core's JobModel
// (display text, and the raw value in a role beside it).
class TestJobList : public QObject
{
    Q_OBJECT

private:
    enum Column { File, Athlete, State, Progress, Size, Session, Columns };
    static constexpr int raw = Qt::UserRole + 7;

    static void addJob(QStandardItemModel &model, const QString &file, const QString &state, double progress,
                       qint64 size, const QString &session = {})
    {
        QList<QStandardItem *> row;
        for (int c = 0; c < Columns; ++c)
            row << new QStandardItem;
        row[File]->setText(file);
        row[File]->setData(QStringLiteral("/videos/") + file, raw);
        row[Athlete]->setText(QStringLiteral("Ada Li"));
        row[State]->setText(JobListView::stateLabel(state));
        row[State]->setData(state, raw);
        row[Progress]->setData(progress, raw);
        row[Size]->setData(size, raw);
        row[Session]->setData(session, raw);
        model.appendRow(row);
    }

    static JobListView::Columns columns()
    {
        JobListView::Columns c;
        c.file = File;
        c.state = State;
        c.progress = Progress;
        c.bytesTotal = Size;
        c.sessionId = Session;
        c.rawRole = raw;
        return c;
    }

private slots:
    // Columns are as wide as what they show (up to a cap): a coach reads
    // "Track and field · Discus", not "Track and fi…"; a column the coach
    // sized by hand keeps its width.
    void columnsFitWhatTheyShow()
    {
        QStandardItemModel model(0, Columns);
        addJob(model, QStringLiteral("swing-001.mov"), QStringLiteral("uploading"), 0.5, 1000);
        JobListView list;
        list.resize(1200, 300);
        list.setJobModel(&model, columns());
        list.show();
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QHeaderView *header = list.horizontalHeader();
        const QFontMetrics metrics(list.font());
        const QString longName = QStringLiteral("Maximiliana Okafor-Lindqvist");
        addJob(model, QStringLiteral("swing-002.mov"), QStringLiteral("queued"), 0, 1000);
        model.item(1, Athlete)->setText(longName);
        QTRY_VERIFY2(header->sectionSize(Athlete) >= metrics.horizontalAdvance(longName),
                     qPrintable(QString::number(header->sectionSize(Athlete))));
        // Never wider than the cap, whatever a server or a file name says.
        model.item(0, File)->setText(QString(400, QLatin1Char('x')) + QStringLiteral(".mov"));
        list.fitColumns();
        QCOMPARE(header->sectionSize(File), JobListView::maxFittedWidth);
        // Columns only grow: a shorter text later does not shrink them.
        const int athleteWidth = header->sectionSize(Athlete);
        model.item(1, Athlete)->setText(QStringLiteral("Al"));
        list.fitColumns();
        QCOMPARE(header->sectionSize(Athlete), athleteWidth);
    }

    // Issue 22, item 9: the status line stayed "26 queued · 8 done · 1 failed" for over
    // 30 s while clips finished. Progress every 100 ms restarted the recount's timer, so
    // it never fired while anything uploaded: the summary must follow within a second.
    void summaryFollowsStatesWhileProgressKeepsComing()
    {
        QStandardItemModel model(0, Columns);
        addJob(model, QStringLiteral("swing-001.mov"), QStringLiteral("uploading"), 0.1, 1000);
        addJob(model, QStringLiteral("swing-002.mov"), QStringLiteral("queued"), 0, 1000);
        MainWindow window;
        window.setJobModel(&model, columns());
        QSignalSpy summaries(window.jobList(), &JobListView::summaryChanged);
        QTimer progress;
        double fraction = 0.1;
        connect(&progress, &QTimer::timeout, &model, [&] {
            fraction = qMin(0.99, fraction + 0.01);
            model.item(0, Progress)->setData(fraction, raw);
        });
        progress.start(100);
        QTest::qWait(300);
        model.item(1, State)->setData(QStringLiteral("completed"), raw);
        const auto last = [&summaries] {
            return summaries.isEmpty() ? QString() : summaries.last().at(0).value<JobSummary>().text();
        };
        QTRY_COMPARE_WITH_TIMEOUT(last(), QStringLiteral("1 uploading · 1 done"), 1000);
        QCOMPARE(window.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text(),
                 QStringLiteral("1 uploading · 1 done"));
        progress.stop();
    }

    // Issue 22, item 9: the status bar drew a long message cut off under the summary
    // ("…See th3 uploading · 2 queued…"). The message has an area of its own left of the
    // summary, ends in "…" when it is too long and is whole in its tooltip; the summary
    // says "Paused" while the queue is paused; a failed upload is announced by its name
    // and the reason in the job list's words.
    void statusLineNeverOverlapsSaysPausedAndNamesTheFailedClip()
    {
        QStandardItemModel model(0, Columns + 1);
        const int error = Columns; // the coach's words for why, as JobModel::LastError
        addJob(model, QStringLiteral("swing-001.mov"), QStringLiteral("uploading"), 0.5, 1000);
        addJob(model, QStringLiteral("swing-002.mov"), QStringLiteral("queued"), 0, 1000);
        addJob(model, QStringLiteral("swing-003.mov"), QStringLiteral("queued"), 0, 1000);
        MainWindow window;
        window.resize(1366, 740);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        JobListView::Columns c = columns();
        c.error = error;
        window.setJobModel(&model, c);
        auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        auto *message = window.findChild<QLabel *>(QStringLiteral("statusMessage"));
        QVERIFY(summary && message);
        QTRY_COMPARE(summary->text(), QStringLiteral("1 uploading · 2 queued"));

        QString longText;
        for (int i = 0; i < 12; ++i)
            longText += QStringLiteral("A clip could not be added because the folder cannot be read. ");
        longText = longText.trimmed();
        window.statusBar()->showMessage(longText);
        QTRY_COMPARE(message->toolTip(), longText);
        QVERIFY(message->text().endsWith(QStringLiteral("…")));
        QVERIFY(message->fontMetrics().horizontalAdvance(message->text()) <= message->contentsRect().width());
        QVERIFY2(message->geometry().right() < summary->geometry().left(),
                 qPrintable(QStringLiteral("message to %1, summary from %2")
                                .arg(message->geometry().right())
                                .arg(summary->geometry().left())));
        window.statusBar()->showMessage(QStringLiteral("Short."));
        QTRY_COMPARE(message->text(), QStringLiteral("Short."));
        QVERIFY(message->toolTip().isEmpty());
        window.statusBar()->clearMessage();
        QTRY_VERIFY(message->text().isEmpty());

        // Paused: said first, the counts stay.
        window.showQueuePaused(true);
        QCOMPARE(summary->text(), QStringLiteral("Paused · 1 uploading · 2 queued"));
        model.item(0, State)->setData(QStringLiteral("completed"), raw);
        QTRY_COMPARE(summary->text(), QStringLiteral("Paused · 2 queued · 1 done"));
        window.showQueuePaused(false);
        QCOMPARE(summary->text(), QStringLiteral("2 queued · 1 done"));

        // A failure names the clip, in the coach's words.
        model.setItem(1, error, new QStandardItem(QStringLiteral("Could not reach the upload server.")));
        model.item(1, State)->setData(QStringLiteral("failed"), raw);
        QTRY_COMPARE(window.notifier()->lastTitle(), QStringLiteral("swing-002.mov was not uploaded"));
        QCOMPARE(window.notifier()->lastMessage(), QStringLiteral("Could not reach the upload server."));
        // Two at once: both named.
        addJob(model, QStringLiteral("swing-004.mov"), QStringLiteral("queued"), 0, 1000);
        addJob(model, QStringLiteral("swing-005.mov"), QStringLiteral("queued"), 0, 1000); // the batch goes on
        QTest::qWait(400);
        model.item(2, State)->setData(QStringLiteral("failed"), raw);
        model.item(3, State)->setData(QStringLiteral("failed"), raw);
        QTRY_COMPARE(window.notifier()->lastTitle(), QStringLiteral("2 clips were not uploaded"));
        QVERIFY2(window.notifier()->lastMessage().startsWith(QStringLiteral("swing-003.mov, swing-004.mov")),
                 qPrintable(window.notifier()->lastMessage()));
    }

    // A batch's uploads end before Uplift has processed its clips: they were uploaded all the
    // same (it said "0 videos were uploaded" when the last upload of five parts ended), and a
    // clip being made into a .mov is still to go, not the end of the batch.
    void aBatchCountsItsClipsUploadedWhileUpliftStillProcessesThem()
    {
        QStandardItemModel model(0, Columns);
        addJob(model, QStringLiteral("lesson-1.mov"), QStringLiteral("uploading"), 0.5, 1000);
        addJob(model, QStringLiteral("lesson-2.mov"), QStringLiteral("preparing"), 0, 1000);
        addJob(model, QStringLiteral("earlier.mov"), QStringLiteral("completed"), 1, 1000);
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setJobModel(&model, columns());
        auto *summary = window.findChild<QLabel *>(QStringLiteral("summaryLabel"));
        QVERIFY(summary);
        QTRY_COMPARE(summary->text(), QStringLiteral("1 uploading · 1 queued · 1 done"));
        model.item(0, State)->setData(QStringLiteral("processing"), raw);
        QTRY_COMPARE(summary->text(), QStringLiteral("1 queued · 1 processing · 1 done"));
        QVERIFY(window.notifier()->lastTitle().isEmpty()); // still preparing lesson-2: not finished
        model.item(1, State)->setData(QStringLiteral("uploaded"), raw);
        QTRY_COMPARE(window.notifier()->lastTitle(), QStringLiteral("Uploads finished"));
        QCOMPARE(window.notifier()->lastMessage(), QStringLiteral("2 videos were uploaded."));
    }

    void filtersSummaryActionsAndDetails()
    {
        QStandardItemModel model(0, Columns);
        addJob(model, QStringLiteral("swing-001.mov"), QStringLiteral("uploading"), 0.5, 1000, QStringLiteral("s-1"));
        addJob(model, QStringLiteral("swing-002.mov"), QStringLiteral("queued"), 0, 1000);
        addJob(model, QStringLiteral("pitch-07.mov"), QStringLiteral("completed"), 1, 2000, QStringLiteral("s-3"));
        addJob(model, QStringLiteral("lunge-01.mov"), QStringLiteral("failed"), 0.2, 1000, QStringLiteral("s-4"));
        addJob(model, QStringLiteral("jump-02.mov"), QStringLiteral("cancelled"), 0, 1000);

        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.setJobModel(&model, columns());
        JobListView *list = window.jobList();
        QVERIFY(list->isVisible()); // the empty-state sentence gave its place back
        QVERIFY(list->itemDelegateForColumn(Progress));

        // Status bar: "1 uploading · 1 queued · 1 done · 1 failed" and total progress.
        auto *summary = window.statusBar()->findChild<QLabel *>();
        QTRY_COMPARE(list->summary().text(), QStringLiteral("1 uploading · 1 queued · 1 done · 1 failed"));
        QVERIFY(window.uploadsActive());
        // 500 + 0 + 2000 + 200 of 5000 bytes (the cancelled job does not count).
        QCOMPARE(list->summary().percent(), 54);
        Q_UNUSED(summary);

        // Filter by state, and by search text.
        auto *stateBox = window.findChild<QComboBox *>(QStringLiteral("jobStateFilter"));
        stateBox->setCurrentIndex(stateBox->findData(QStringLiteral("failed")));
        QCOMPARE(list->visibleJobCount(), 1);
        QCOMPARE(list->model()->index(0, File).data().toString(), QStringLiteral("lunge-01.mov"));
        stateBox->setCurrentIndex(stateBox->findData(QStringLiteral("active")));
        QCOMPARE(list->visibleJobCount(), 2);
        stateBox->setCurrentIndex(0);
        window.findChild<QLineEdit *>(QStringLiteral("jobSearch"))->setText(QStringLiteral("SWING"));
        QCOMPARE(list->visibleJobCount(), 2);
        window.findChild<QLineEdit *>(QStringLiteral("jobSearch"))->clear();
        QCOMPARE(list->visibleJobCount(), 5);

        // Sorted by file name, the selection still names the right source rows.
        list->sortByColumn(File, Qt::AscendingOrder);
        QCOMPARE(list->model()->index(0, File).data().toString(), QStringLiteral("jump-02.mov"));
        QCOMPARE(list->model()->index(1, File).data().toString(), QStringLiteral("lunge-01.mov"));
        list->selectRow(1);
        QCOMPARE(list->selectedJobRows(), QList<int> { 3 });

        QSignalSpy retry(&window, &MainWindow::retryJobsRequested);
        QSignalSpy cancel(&window, &MainWindow::cancelJobsRequested);
        QSignalSpy retryAll(&window, &MainWindow::retryAllFailedRequested);
        window.findChild<QAction *>(QStringLiteral("actionRetryJob"))->trigger();
        QCOMPARE(retry.count(), 1);
        QCOMPARE(retry.at(0).at(0).value<QList<int>>(), QList<int> { 3 });
        window.findChild<QAction *>(QStringLiteral("actionCancelJob"))->trigger();
        QCOMPARE(cancel.at(0).at(0).value<QList<int>>(), QList<int> { 3 });
        QVERIFY(window.findChild<QAction *>(QStringLiteral("actionRetryFailed"))->isEnabled());
        window.findChild<QAction *>(QStringLiteral("actionRetryFailed"))->trigger();
        QCOMPARE(retryAll.count(), 1);

        window.findChild<QAction *>(QStringLiteral("actionCopySessionId"))->trigger();
        QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("s-4"));

        // Details: the coach's words first, the technical detail one click away and copyable.
        window.setJobDetailsProvider([&model](int row) {
            JobDetailsPane::Details d;
            d.fileName = model.index(row, File).data().toString();
            d.state = model.index(row, State).data().toString();
            d.coachMessage = QStringLiteral("The movement needs the handedness.");
            d.technical = QStringLiteral("HTTP 400 BadRequest · session s-4");
            d.history = { { QStringLiteral("09:41"), QStringLiteral("Queued"), QStringLiteral("enqueue · ok") },
                          { QStringLiteral("09:42"), QStringLiteral("Upload link from Uplift: failed"),
                            QStringLiteral("reserve · failed · HTTP 400 · BadRequest") } };
            return d;
        });
        list->clearSelection();
        list->selectRow(1);
        JobDetailsPane *details = window.jobDetails();
        QCOMPARE(details->technicalText(), QStringLiteral("HTTP 400 BadRequest · session s-4"));
        QVERIFY(!details->technicalShown());
        // Each line of the history in words, what was stored its tooltip.
        auto *history = details->findChild<QTreeWidget *>();
        QVERIFY(history);
        QCOMPARE(history->topLevelItemCount(), 2);
        QCOMPARE(history->topLevelItem(1)->text(1), QStringLiteral("Upload link from Uplift: failed"));
        QCOMPARE(history->topLevelItem(1)->toolTip(1), QStringLiteral("reserve · failed · HTTP 400 · BadRequest"));
        QVERIFY2(details->titleText().endsWith(QStringLiteral(" — Failed")), qPrintable(details->titleText()));
        // The selected job's state changes (retried): its story says so without a new click.
        model.item(3, State)->setText(QStringLiteral("Queued"));
        QVERIFY2(details->titleText().endsWith(QStringLiteral(" — Queued")), qPrintable(details->titleText()));

        // When the last active job ends, the batch is announced.
        model.item(0, State)->setData(QStringLiteral("completed"), raw);
        model.item(1, State)->setData(QStringLiteral("waiting_to_retry"), raw);
        QTest::qWait(400);
        QVERIFY(window.uploadsActive()); // waiting to retry is still work to do
        QCOMPARE(list->summary().text(), QStringLiteral("1 queued · 2 done · 1 failed"));
        model.item(1, State)->setData(QStringLiteral("completed"), raw);
        QTRY_VERIFY(!window.uploadsActive());
        QCOMPARE(window.notifier()->lastTitle(), QStringLiteral("Uploads finished with problems"));
        QCOMPARE(list->summary().text(), QStringLiteral("3 done · 1 failed"));
    }
};

QTEST_MAIN(TestJobList)
#include "tst_joblist.moc"
