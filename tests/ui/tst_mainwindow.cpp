#include "mainwindow.h"

#include "sleepinhibitor.h"

#include "common/applicationidentity.h"
#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QTableView>
#include <QTest>
#include <QUrl>

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void showsWithNameIconAndEmptyJobList()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        QVERIFY2(window.windowTitle().contains(QStringLiteral("Uplift Capture")), qPrintable(window.windowTitle()));

        const QIcon icon = window.windowIcon();
        QVERIFY(!icon.isNull());
        const QImage image = icon.pixmap(64, 64).toImage();
        QVERIFY(!image.isNull());
        // The SVG really rendered: the centre of the icon is painted, not transparent.
        QVERIFY(qAlpha(image.pixel(32, 32)) > 0);

        QTableView *jobs = window.jobTable();
        QVERIFY(jobs);
        // Empty, the table gives its place to a sentence saying what will appear there.
        QVERIFY(!jobs->isVisible());
        QVERIFY(!jobs->model() || jobs->model()->rowCount() == 0);
        auto *emptyState = window.findChild<QLabel *>(QStringLiteral("jobsEmptyState"));
        QVERIFY(emptyState);
        QVERIFY(emptyState->isVisible());
    }

    void windowStateIsRestored()
    {
        QSettings().clear();
        QList<int> sizes;
        {
            MainWindow window;
            window.resize(1200, 700);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            auto *splitter = window.findChild<QSplitter *>(QStringLiteral("topSplitter"));
            splitter->setSizes({ 250, 500, 450 });
            sizes = splitter->sizes();
            window.close();
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1200, 700));
        QCOMPARE(again.findChild<QSplitter *>(QStringLiteral("topSplitter"))->sizes(), sizes);
    }

    void closingWhileUploadingAsksFirst()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy stop(&window, &MainWindow::stopUploadsRequested);
        window.setUploadsActive(true);
        QVERIFY(window.sleepInhibitor()->isActive()); // kept awake while uploads run
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QMessageBox *box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox *>()) && box->isVisible());
        QAbstractButton *stopButton = nullptr;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == QStringLiteral("Stop and Quit"))
                stopButton = button;
        }
        QVERIFY(stopButton);
        stopButton->click();
        QCOMPARE(stop.count(), 1);
        QTRY_VERIFY(!window.isVisible());

        MainWindow idle;
        idle.show();
        idle.setUploadsActive(false);
        QVERIFY(!idle.sleepInhibitor()->isActive());
        QVERIFY(idle.close()); // nothing running: no question
    }

    // Issue 22, item 12: the sandbox window was titled "Uplift Capture — Sandbox — Uplift
    // Capture": Qt appends the application's display name to a title that does not end
    // with it. The title ends with the display name (so nothing is appended) and names
    // the app once; it still starts with the app's name (the gui tests find it so).
    void sandboxTitleNamesTheAppOnce()
    {
        const QString name = ApplicationIdentity::displayName();
        QGuiApplication::setApplicationDisplayName(name); // as main() does
        MainWindow window;
        window.showSandboxMode(QUrl(QStringLiteral("http://127.0.0.1:8123/v1")));
        const QString title = window.windowTitle();
        QVERIFY2(title.startsWith(name) && title.contains(QStringLiteral("Sandbox")), qPrintable(title));
        QVERIFY2(title.endsWith(QGuiApplication::applicationDisplayName()),
                 qPrintable(title + QStringLiteral(" / ") + QGuiApplication::applicationDisplayName()));
        QCOMPARE(title.count(name), 1);
        QGuiApplication::setApplicationDisplayName(name);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
