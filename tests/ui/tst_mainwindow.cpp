#include "mainwindow.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QIcon>
#include <QLabel>
#include <QTableView>
#include <QTest>

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
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
