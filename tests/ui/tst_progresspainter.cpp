#include "jobsummary.h"
#include "progresspainter.h"

#include <QApplication>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QTest>

// The progress bar painter is kept apart from the delegate so its drawing
// can be checked pixel by pixel, in light and dark palettes.
class TestProgressPainter : public QObject
{
    Q_OBJECT

private:
    static QImage render(double fraction, ProgressPainter::Look look, const QPalette &palette)
    {
        QImage image(200, 24, QImage::Format_ARGB32);
        image.fill(palette.color(QPalette::Base));
        QPainter painter(&image);
        ProgressPainter::paint(&painter, image.rect(), palette, fraction, QString(), look);
        return image;
    }

private slots:
    void fillsTheDonePartOnly_data()
    {
        QTest::addColumn<bool>("dark");
        QTest::newRow("light") << false;
        QTest::newRow("dark") << true;
    }

    void fillsTheDonePartOnly()
    {
        QFETCH(bool, dark);
        QPalette palette;
        palette.setColor(QPalette::Base, dark ? QColor(0x1f, 0x21, 0x24) : Qt::white);
        palette.setColor(QPalette::Highlight, QColor(0x3d, 0x8b, 0xe8));
        const QImage image = render(0.41, ProgressPainter::Look::Running, palette);
        // 41 % of the bar: left part highlight colour, right part the trough.
        QCOMPARE(QColor(image.pixel(40, 12)), QColor(0x3d, 0x8b, 0xe8));
        QCOMPARE(QColor(image.pixel(150, 12)), palette.color(QPalette::Base));

        const QImage done = render(1.0, ProgressPainter::Look::Done, palette);
        QCOMPARE(QColor(done.pixel(150, 12)), QColor(0x2e, 0x9d, 0x4f));
        const QImage failed = render(0.3, ProgressPainter::Look::Failed, palette);
        QCOMPARE(QColor(failed.pixel(20, 12)), QColor(0xc6, 0x28, 0x28));
        const QImage none = render(-1, ProgressPainter::Look::Idle, palette);
        QCOMPARE(QColor(none.pixel(20, 12)), palette.color(QPalette::Base));
    }

    void summaryLeavesOutEmptyParts()
    {
        JobSummary summary;
        QCOMPARE(summary.text(), QStringLiteral("No uploads"));
        QCOMPARE(summary.percent(), -1);
        summary.uploading = 3;
        summary.queued = 12;
        summary.done = 41;
        summary.failed = 1;
        QCOMPARE(summary.text(), QStringLiteral("3 uploading · 12 queued · 41 done · 1 failed"));
        summary.bytesSent = 25;
        summary.bytesTotal = 100;
        QCOMPARE(summary.percent(), 25);
        QVERIFY(summary.active());
    }
};

QTEST_MAIN(TestProgressPainter)
#include "tst_progresspainter.moc"
