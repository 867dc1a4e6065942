#include "guisession.h"
#include "testvideo.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace CoachSteps;

// Issue 22, items 6, 9 and 12, as a coach meets them on a 1366×768 laptop, with
// real mouse and keyboard against the real `uplift-capture --sandbox` window:
// the status line's message never runs under the upload summary, pausing shows
// "Paused" in the status line and in the rows, and the Settings of a sandbox
// window show the sandbox ticked and answer only what changed.
class TestStatusLine : public QObject
{
    Q_OBJECT

    static QJsonObject rectOf(const std::optional<QJsonObject> &widget)
    {
        return widget ? widget->value(QStringLiteral("rect")).toObject() : QJsonObject();
    }

    static QStringList makeClips(const QString &prefix, int count)
    {
        QStringList clips;
        for (int i = 1; i <= count; ++i) {
            TestVideo video;
            video.path = TestVideo::scratchPath(QStringLiteral("%1-%2.mov").arg(prefix).arg(i));
            video.seconds = 0.5;
            video.audio = false;
            if (!video.make().isEmpty())
                return {};
            clips << video.path;
        }
        return clips;
    }

    static QStringList column(GuiSession &gui, const QString &view, int index)
    {
        QStringList texts;
        const QJsonArray rows = gui.items(view);
        for (const QJsonValue &row : rows)
            texts << row.toObject().value(QStringLiteral("texts")).toArray().at(index).toString();
        return texts;
    }

    // The message and the whole status line are read one after the other: a
    // message that changes between the two reads (the uploads ending) is read
    // again, for up to 2 s, before it counts as a problem.
    static QString overlapProblem(GuiSession &gui)
    {
        QString problem;
        gui.waitUntil([&] { return (problem = overlapProblemNow(gui)).isEmpty(); }, 2000,
                      QStringLiteral("the status line to stay left of the summary and say it whole or cut"));
        return problem;
    }
    // The message and the summary side by side, never over each other; a message too long
    // for its place ends in "…" (the whole of it in the tooltip), else it is shown whole.
    static QString overlapProblemNow(GuiSession &gui)
    {
        const std::optional<QJsonObject> message = gui.widgetByObjectName(QStringLiteral("statusMessage"));
        const std::optional<QJsonObject> summary = gui.widgetByObjectName(QStringLiteral("summaryLabel"));
        if (!message || !summary)
            return QStringLiteral("no status message or summary in the status bar");
        const QJsonObject m = rectOf(message), s = rectOf(summary);
        const int messageRight = m.value(QStringLiteral("x")).toInt() + m.value(QStringLiteral("w")).toInt();
        if (messageRight > s.value(QStringLiteral("x")).toInt())
            return QStringLiteral("the message (to x=%1) runs under the summary (from x=%2)")
                .arg(messageRight)
                .arg(s.value(QStringLiteral("x")).toInt());
        const QString full = valueOf(gui.widgetByObjectName(QStringLiteral("statusBar")));
        const QString shown = valueOf(message);
        if (shown != full && !shown.endsWith(QStringLiteral("…")))
            return QStringLiteral("the message shows \"%1\" of \"%2\" without saying it is cut").arg(shown, full);
        return {};
    }

    // The views by their accessible names, in German.
    static QString readyList() { return QStringLiteral("Videos bereit zum Hochladen"); }
    static QString jobList() { return QStringLiteral("Upload-Aufträge"); }

    // Clicks the first clip and shift-clicks the last (a row's text is its name, then its facts).
    static bool selectAll(GuiSession &gui, int count)
    {
        QStringList rows;
        gui.waitUntil([&] { return (rows = column(gui, readyList(), 0)).size() == count; }, 20000,
                      QStringLiteral("%1 clips in the ready list").arg(count));
        if (rows.size() != count)
            return false;
        const std::optional<QJsonObject> first = gui.findItem(readyList(), rows.first());
        const std::optional<QJsonObject> last = gui.findItem(readyList(), rows.last());
        return first && last && gui.click(*first) && gui.clickWith(QStringLiteral("shift"), *last);
    }

private slots:
    // German (long words) at 1366×768: Ctrl+P pauses, the status line and every waiting
    // row say so; the clips described meanwhile wait; Ctrl+P again and they are uploaded.
    // At every step the status message stays left of the summary.
    void pausedAndNeverOverlappingInGerman()
    {
        GuiSession gui(QStringLiteral("statusline-de"), QSize(1366, 768));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        const QStringList clips = makeClips(QStringLiteral("status-de"), 3);
        QCOMPARE(clips.size(), 3);
        QVERIFY2(gui.start(clips, { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de") }),
                 qPrintable(gui.lastProblem()));
        const auto summary = [&gui] { return valueOf(gui.widgetByObjectName(QStringLiteral("summaryLabel"))); };
        const QString before = summary();

        QVERIFY(gui.key(QStringLiteral("ctrl+p")));
        QVERIFY2(gui.waitUntil([&] { return summary() != before && !summary().isEmpty(); }, 5000,
                               QStringLiteral("the status line to say the queue is paused")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ") + summary()));
        const QString paused = summary().section(QStringLiteral(" · "), 0, 0);
        gui.screenshot(QStringLiteral("paused"));
        QString problem = overlapProblem(gui);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        QVERIFY2(selectAll(gui, 3), qPrintable(gui.lastProblem()));
        const std::optional<QJsonObject> athlete = gui.widgetByObjectName(QStringLiteral("athleteBox"));
        QVERIFY(athlete);
        QVERIFY2(gui.clickAt(*athlete, 0.3) && gui.type(QStringLiteral("av"))
                     && gui.clickItem(QStringLiteral("popup"), QStringLiteral("Ava Lindqvist")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(chooseIn(gui, QStringLiteral("activityBox"), QStringLiteral("Golf")), qPrintable(gui.lastProblem()));
        QVERIFY2(chooseIn(gui, QStringLiteral("movementBox"), QStringLiteral("Voller Schwung")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(chooseIn(gui, QStringLiteral("dimension_handedness"), QStringLiteral("Rechts")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(*gui.widgetByObjectName(QStringLiteral("downTheLineButton"))),
                 qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("ctrl+Return")));

        const QString jobs = jobList();
        QVERIFY2(gui.waitUntil([&] { return column(gui, jobs, 4).size() == 3; }, 10000,
                               QStringLiteral("three jobs in the list")),
                 qPrintable(gui.lastProblem()));
        // Queued while paused: each row says what the status line says, and they stay.
        QTest::qWait(1500);
        const QStringList states = column(gui, jobs, 4);
        QVERIFY2(states == QStringList(3, paused),
                 qPrintable(states.join(QStringLiteral(", ")) + QStringLiteral(" / ") + paused));
        QVERIFY2(summary().startsWith(paused + QStringLiteral(" · ")), qPrintable(summary()));
        gui.screenshot(QStringLiteral("queued-while-paused"));
        problem = overlapProblem(gui);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The details of one of them (Alt+Return) say what its row says, and follow it.
        QVERIFY2(gui.clickItem(jobs, QFileInfo(clips.first()).fileName()), qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("alt+Return")));
        const auto detailsTitle = [&gui] { return valueOf(gui.widgetByObjectName(QStringLiteral("jobDetailsTitle"))); };
        QVERIFY2(gui.waitUntil([&] { return detailsTitle().endsWith(QLatin1Char(' ') + paused); }, 5000,
                               QStringLiteral("the details to say the upload is paused")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ") + detailsTitle()));
        gui.screenshot(QStringLiteral("details-paused"));

        QVERIFY(gui.key(QStringLiteral("ctrl+p")));
        QVERIFY2(gui.waitUntil(
                     [&] {
                         const QStringList now = column(gui, jobs, 5);
                         return now == QStringList(3, QStringLiteral("100 %"));
                     },
                     60000, QStringLiteral("three uploads through")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(!summary().contains(paused), qPrintable(summary()));
        QVERIFY(!column(gui, jobs, 4).contains(paused));
        QVERIFY2(gui.waitUntil(
                     [&] {
                         const QString title = detailsTitle();
                         return !title.isEmpty() && !title.endsWith(QLatin1Char(' ') + paused)
                             && title.endsWith(column(gui, jobs, 4).value(0));
                     },
                     5000, QStringLiteral("the details to follow the upload")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ") + detailsTitle()));
        gui.screenshot(QStringLiteral("resumed"));
        problem = overlapProblem(gui);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A window started with --sandbox (Settings do not say sandbox): its Settings show the
    // sandbox ticked; a speed limit set and OK answer about the speed, not the account.
    void sandboxSettingsSayOnlyWhatChanged()
    {
        GuiSession gui(QStringLiteral("statusline-settings"), QSize(1366, 768));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.start(makeClips(QStringLiteral("status-settings"), 1)), qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("ctrl+comma")));
        const std::optional<QJsonObject> sandbox = gui.waitForWidget(QStringLiteral("Use sandbox"));
        QVERIFY2(sandbox, qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("settings"));
        QVERIFY2(sandbox->value(QStringLiteral("checked")).toBool(), "the sandbox window's Settings say no sandbox");
        const QString note = valueOf(gui.widgetByObjectName(QStringLiteral("sandboxNote")));
        QVERIFY2(note.contains(QStringLiteral("Untick")), qPrintable(note));

        QVERIFY2(gui.click(*gui.widgetByObjectName(QStringLiteral("rateLimitCheck"))), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("OK")), qPrintable(gui.lastProblem()));
        const auto message = [&gui] { return valueOf(gui.widgetByObjectName(QStringLiteral("statusBar"))); };
        QVERIFY2(gui.waitUntil([&] { return message().contains(QStringLiteral("MB/s")); }, 5000,
                               QStringLiteral("the answer about the speed")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ") + message()));
        gui.screenshot(QStringLiteral("answered"));
        QVERIFY2(!message().contains(QStringLiteral("account")), qPrintable(message()));
        QString problem = overlapProblem(gui);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Three changes at once make a long answer: it ends in "…" before the summary,
        // whole in the status bar (and the message's tooltip), and names the account now.
        QVERIFY(gui.click(*gui.widgetByObjectName(QStringLiteral("previewHeading")))); // the window's keyboard again
        QVERIFY(gui.key(QStringLiteral("ctrl+comma")));
        QVERIFY2(gui.waitForWidget(QStringLiteral("Use sandbox")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("Use sandbox")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(*gui.widgetByObjectName(QStringLiteral("parallelSpin"))), qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("Up")));
        QVERIFY2(gui.click(*gui.widgetByObjectName(QStringLiteral("rateLimitCheck"))), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("OK")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.waitUntil([&] { return message().contains(QStringLiteral("account")); }, 5000,
                               QStringLiteral("the answer about the account")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ") + message()));
        QVERIFY2(message().contains(QStringLiteral("at the same time"))
                     && message().contains(QStringLiteral("no longer")),
                 qPrintable(message()));
        gui.screenshot(QStringLiteral("long-answer"));
        const QString shown = valueOf(gui.widgetByObjectName(QStringLiteral("statusMessage")));
        QVERIFY2(shown.endsWith(QStringLiteral("…")) && shown.size() < message().size(), qPrintable(shown));
        problem = overlapProblem(gui);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // The title names the app once (Qt appends nothing to it: it ends with the display name).
        const QString title
            = gui.widgetByObjectName(QStringLiteral("statusBar"))->value(QStringLiteral("window")).toString();
        QVERIFY2(title.count(QStringLiteral("Uplift Capture")) == 1 && title.contains(QStringLiteral("Sandbox")),
                 qPrintable(title));
    }
};

QTEST_MAIN(TestStatusLine)
#include "tst_statusline.moc"
