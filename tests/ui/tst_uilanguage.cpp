#include "api/client/upliftclient.h"
#include "captureform.h"
#include "joblistview.h"
#include "jobs/run/jobqueue.h"
#include "jobs/run/upliftcaptureapi.h"
#include "jobs/store/jobstore.h"
#include "jobs/words/jobmodel.h"
#include "mainwindow.h"
#include "uilanguage.h"
#include "uploadnotifier.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

namespace {

// Every kind of text the window shows that a change of language must reach:
// forms (retranslateUi), texts built in code, the core's job model.
struct Texts
{
    QStringList menus;
    QString athleteLabel;
    QStringList headers;
    QString state;
    QString firstFilter;
    QString summary;
    QString sandbox;
    QString title;
    QString addVideosToolTip;

    static Texts of(MainWindow &window)
    {
        Texts t;
        for (QAction *menu : window.menuBar()->actions())
            t.menus << menu->text();
        t.athleteLabel = window.captureForm()->findChild<QLabel *>(QStringLiteral("athleteLabel"))->text();
        const QAbstractItemModel *jobs = window.jobTable()->model();
        for (int c = 0; c < jobs->columnCount(); ++c)
            t.headers << jobs->headerData(c, Qt::Horizontal).toString();
        t.state = jobs->index(0, JobModel::State).data().toString();
        t.firstFilter = window.findChild<QComboBox *>(QStringLiteral("jobStateFilter"))->itemText(0);
        const QList<QLabel *> labels = window.statusBar()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (label->accessibleName() == QCoreApplication::translate("MainWindow", "Upload summary"))
                t.summary = label->text();
        }
        t.sandbox = window.findChild<QLabel *>(QStringLiteral("sandboxLabel"))->text();
        t.title = window.windowTitle();
        t.addVideosToolTip = window.findChild<QAction *>(QStringLiteral("actionAddVideos"))->toolTip();
        return t;
    }
};

} // namespace

// The translation pipeline end to end: .ts compiled by lrelease at build
// time, embedded, found, installed, and picked up by a live window without
// a restart.
class TestUiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void germanIsEmbedded()
    {
        QVERIFY2(UiLanguage::available().contains(QStringLiteral("de")),
                 qPrintable(UiLanguage::available().join(QLatin1Char(','))));
    }

    void instanceIsTheNewestLiveOne()
    {
        QCOMPARE(UiLanguage::instance(), nullptr);
        UiLanguage outer;
        QCOMPARE(UiLanguage::instance(), &outer);
        {
            UiLanguage inner;
            QCOMPARE(UiLanguage::instance(), &inner);
        }
        QCOMPARE(UiLanguage::instance(), &outer);
    }

    void choiceNamesALocaleOrTheSystem()
    {
        QCOMPARE(UiLanguage::localeOf(QString()), QLocale::system());
        QCOMPARE(UiLanguage::localeOf(QStringLiteral("fr")).language(), QLocale::French);
    }

    void windowSwitchesLanguageWithoutRestart()
    {
        // A real job model over a real (paused) queue with one queued job.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString clip = dir.filePath(QStringLiteral("swing.mov"));
        QFile file(clip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not played, only listed");
        file.close();
        JobStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("jobs.sqlite"))));
        QNetworkAccessManager network;
        UpliftClient client(&network);
        UpliftCaptureApi api(&client);
        JobQueue queue(&store, &api);
        queue.pause();
        UploadJob job;
        job.filePath = clip;
        job.athleteId = QStringLiteral("a1");
        job.activity = QStringLiteral("golf");
        job.movement = QStringLiteral("full_swing");
        QString error;
        QVERIFY2(queue.enqueue(job, &error) > 0, qPrintable(error));
        JobModel model(&queue);

        MainWindow window;
        JobListView::Columns columns;
        columns.file = JobModel::File;
        columns.state = JobModel::State;
        columns.progress = JobModel::Progress;
        columns.rawRole = JobModel::RawValueRole;
        columns.stateRole = JobModel::StateNameRole;
        window.setJobModel(&model, columns);
        window.showSandboxMode(QUrl(QStringLiteral("http://127.0.0.1:1234/v1")));
        window.show();

        UiLanguage language;
        QVERIFY(language.applyChoice(QStringLiteral("en")));
        QCoreApplication::processEvents();
        const Texts english = Texts::of(window);
        QCOMPARE(english.menus.value(0), QStringLiteral("&File"));
        QCOMPARE(english.headers.value(0), QStringLiteral("File"));
        QCOMPARE(english.state, QStringLiteral("Paused")); // a waiting job of a paused queue (issue 22)
        QCOMPARE(english.firstFilter, QStringLiteral("All uploads"));
        QVERIFY2(english.summary.contains(QStringLiteral("queued")), qPrintable(english.summary));
        QVERIFY(english.sandbox.startsWith(QStringLiteral("Sandbox: uploads stay on this computer")));
        QVERIFY(english.title.endsWith(QStringLiteral("Sandbox")));
        QVERIFY2(english.addVideosToolTip.endsWith(QStringLiteral("(Ctrl+O)")), qPrintable(english.addVideosToolTip));

        QSignalSpy changed(&language, &UiLanguage::changed);
        QVERIFY(language.applyChoice(QStringLiteral("de")));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(QLocale().language(), QLocale::German);
        // LanguageChange reaches windows as a posted event.
        QTRY_COMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
        QTRY_VERIFY(Texts::of(window).addVideosToolTip.endsWith(QStringLiteral("(Strg+O)")));
        const Texts german = Texts::of(window);
        QCOMPARE(german.menus.value(4), QStringLiteral("&Hilfe"));
        QCOMPARE(german.athleteLabel.contains(QStringLiteral("Athlet")), true);
        QVERIFY(german.athleteLabel != english.athleteLabel);
        QCOMPARE(german.headers.value(JobModel::File), QStringLiteral("Datei"));
        QTRY_COMPARE(window.notifier()->menu()->actions().value(0)->text(),
                     QCoreApplication::translate("UploadNotifier", "Show Uplift Capture"));
        QVERIFY(window.notifier()->menu()->actions().value(0)->text() != QStringLiteral("Show Uplift Capture"));
        QCOMPARE(german.headers.value(JobModel::Progress), QStringLiteral("Fortschritt"));
        QCOMPARE(german.state, QCoreApplication::translate("JobModel", "Paused"));
        QCOMPARE(german.firstFilter, QStringLiteral("Alle Uploads"));
        QVERIFY2(german.summary.contains(QStringLiteral("wartet")), qPrintable(german.summary));
        QCOMPARE(german.sandbox,
                 QCoreApplication::translate("MainWindow", "Sandbox: uploads stay on this computer (%1)")
                     .arg(QStringLiteral("http://127.0.0.1:1234/v1")));
        QVERIFY2(german.addVideosToolTip.contains(QStringLiteral("hinzufügen")), qPrintable(german.addVideosToolTip));
        // The header asks again: its section for "Fortschritt" is sized for the German word.
        QHeaderView *header = window.jobTable()->horizontalHeader();
        QVERIFY(header->sectionSizeHint(JobModel::Progress)
                >= header->fontMetrics().horizontalAdvance(QStringLiteral("Fortschritt")));

        QVERIFY(language.applyChoice(QStringLiteral("en")));
        QTRY_COMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&File"));
        QTRY_COMPARE(Texts::of(window).addVideosToolTip, english.addVideosToolTip);
        const Texts back = Texts::of(window);
        QCOMPARE(back.menus, english.menus);
        QCOMPARE(back.athleteLabel, english.athleteLabel);
        QCOMPARE(back.headers, english.headers);
        QCOMPARE(back.state, english.state);
        QCOMPARE(back.firstFilter, english.firstFilter);
        QCOMPARE(back.summary, english.summary);
        QCOMPARE(back.sandbox, english.sandbox);
        QCOMPARE(back.title, english.title);
        QTRY_COMPARE(window.notifier()->menu()->actions().value(0)->text(), QStringLiteral("Show Uplift Capture"));
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void unknownLanguageFallsBackToEnglish()
    {
        UiLanguage language;
        QVERIFY(!language.apply(QLocale(QLocale::Zulu)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
