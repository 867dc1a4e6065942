#include "guisession.h"
#include "testvideo.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

// A coach opens a video with Uplift Capture ("Open with", a double-click, `uplift-capture FILE`)
// while the sandbox window is open (issue 22): the video arrives in that window's ready list and
// the second start ends at once, instead of a second window in account mode asking for a key.
class TestOpenWith : public QObject
{
    Q_OBJECT

    static QString makeClip(const QString &name)
    {
        TestVideo video;
        video.path = TestVideo::scratchPath(name);
        video.seconds = 0.5;
        video.audio = false;
        return video.make().isEmpty() ? video.path : QString();
    }

    static bool listed(GuiSession &gui, const QString &fileName)
    {
        const QJsonArray rows = gui.items(QStringLiteral("Videos ready to upload"));
        for (const QJsonValue &row : rows) {
            for (const QJsonValue &text : row.toObject().value(QStringLiteral("texts")).toArray()) {
                if (text.toString().contains(fileName))
                    return true;
            }
        }
        return false;
    }

private slots:
    void aVideoOpenedWhileTheSandboxWindowRunsArrivesThere()
    {
        GuiSession gui(QStringLiteral("open-with"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        const QString first = makeClip(QStringLiteral("openwith-first.mov"));
        const QString second = makeClip(QStringLiteral("openwith-second.mov"));
        QVERIFY(!first.isEmpty() && !second.isEmpty());
        QVERIFY2(gui.start({ first }), qPrintable(gui.lastProblem())); // the sandbox window
        QVERIFY2(gui.waitUntil([&] { return listed(gui, QStringLiteral("openwith-first.mov")); }, 15000,
                               QStringLiteral("the first clip in the ready list")),
                 qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("sandbox-window"));

        // What the desktop runs for "Open with": the program and the file, no --sandbox.
        int exitCode = -1;
        QString errors;
        QVERIFY2(gui.launchAgain({ second }, 15000, &exitCode, &errors), qPrintable(gui.lastProblem()));
        QCOMPARE(exitCode, 0);
        QVERIFY2(errors.contains(QStringLiteral("already open in the sandbox")), qPrintable(errors));
        QVERIFY2(gui.waitUntil([&] { return listed(gui, QStringLiteral("openwith-second.mov")); }, 15000,
                               QStringLiteral("the opened clip in the sandbox window's ready list")),
                 qPrintable(gui.lastProblem()));
        QVERIFY(listed(gui, QStringLiteral("openwith-first.mov")));
        gui.screenshot(QStringLiteral("handed-over"));
    }
};

QTEST_GUILESS_MAIN(TestOpenWith)
#include "tst_openwith.moc"
