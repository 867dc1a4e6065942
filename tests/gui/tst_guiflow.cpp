#include "guisession.h"
#include "testvideo.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace CoachSteps;

// The coach's flow driven through a real X server with real mouse and keyboard
// events (xdotool), against the real `uplift-capture --sandbox` window. Each
// step leaves a screenshot under the scenario's artifacts folder.
class TestGuiFlow : public QObject
{
    Q_OBJECT

    QStringList m_clips;

    static QStringList makeClips(const QString &prefix, int count, double seconds = 0.5)
    {
        QStringList clips;
        for (int i = 1; i <= count; ++i) {
            TestVideo video;
            video.path
                = TestVideo::scratchPath(QStringLiteral("%1-%2.mov").arg(prefix).arg(i, 2, 10, QLatin1Char('0')));
            video.seconds = seconds;
            video.audio = false;
            if (!video.make().isEmpty()) // made again each run: a clip left by an older run may differ
                return {};
            clips << video.path;
        }
        return clips;
    }

    // Clicks the first clip and shift-clicks the last: the coach's way to pick a run of clips.
    static bool selectClips(GuiSession &gui, const QString &first, const QString &last)
    {
        const QString list = QStringLiteral("Videos ready to upload");
        const std::optional<QJsonObject> from = gui.findItem(list, first);
        if (!from || !gui.click(*from))
            return false;
        const std::optional<QJsonObject> to = gui.findItem(list, last);
        return to && gui.clickWith(QStringLiteral("shift"), *to);
    }

    // Every job of the list in state `state`, and `count` of them.
    static bool allJobs(GuiSession &gui, int count, const QString &state)
    {
        const QStringList states = rowTexts(gui, QStringLiteral("Upload jobs"), 4);
        return states.size() == count && states.count(state) == count;
    }

private slots:
    void initTestCase()
    {
        for (int i = 1; i <= 3; ++i) {
            TestVideo video;
            video.path = TestVideo::scratchPath(QStringLiteral("swing-%1.mov").arg(i));
            video.seconds = 2;
            QVERIFY2(video.make().isEmpty(), "ffmpeg could not make a clip");
            m_clips << video.path;
        }
    }

    // Issue 14's first defect, as a coach met it: type "a" in Athlete, click
    // "Ava Lindqvist" in the popup that opens. The field must show her name,
    // and a new session group must be possible for her at once.
    void athleteChosenFromTheTypedList()
    {
        GuiSession gui(QStringLiteral("athlete-from-completer"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.start(m_clips), qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("started"));

        QVERIFY2(gui.click(QStringLiteral("Athlete"), QStringLiteral("QComboBox")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.type(QStringLiteral("a")));
        QVERIFY2(gui.waitUntil([&] { return !gui.items(QStringLiteral("popup")).isEmpty(); }, 10000,
                               QStringLiteral("the athletes' popup")),
                 qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("typed-a"));
        QVERIFY2(gui.clickItem(QStringLiteral("popup"), QStringLiteral("Ava Lindqvist")),
                 qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("picked-ava"));

        QVERIFY2(gui.waitUntil(
                     [&] {
                         return valueOf(gui.widget(QStringLiteral("Athlete"), QStringLiteral("QComboBox")))
                             == QLatin1String("Ava Lindqvist");
                     },
                     5000, QStringLiteral("the Athlete field to read \"Ava Lindqvist\"")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": it reads \"")
                            + valueOf(gui.widget(QStringLiteral("Athlete"), QStringLiteral("QComboBox")))
                            + QStringLiteral("\" ") + gui.lastProblem()));

        QVERIFY2(gui.click(QStringLiteral("New session group")), qPrintable(gui.lastProblem()));
        const std::optional<QJsonObject> dialog = gui.waitForWidget(QStringLiteral("New Session Group"), {}, 5000);
        gui.screenshot(QStringLiteral("new-session"));
        QVERIFY2(dialog.has_value(),
                 qPrintable(QStringLiteral("no New Session Group dialog; the status bar says: ")
                            + valueOf(gui.widgetByObjectName(QStringLiteral("statusBar")))));
    }

    // The whole describe-and-upload path without the mouse: Ctrl+A in the
    // ready list, arrows step the preview, Tab walks the choices in order,
    // type-to-complete in every box, Ctrl+Return uploads. Then the window's
    // accessibility tree is walked: no control without a name.
    void keyboardOnly()
    {
        GuiSession gui(QStringLiteral("keyboard-only"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        const QStringList clips = makeClips(QStringLiteral("keys"), 2, 3);
        QVERIFY2(gui.start(clips), qPrintable(gui.lastProblem()));
        const auto focused = [&gui] {
            const QJsonArray all = gui.widgets();
            for (const QJsonValue &w : all) {
                if (w.toObject().value(QStringLiteral("focus")).toBool())
                    return w.toObject();
            }
            return QJsonObject();
        };
        const auto focusIs = [&](const QString &name) {
            return gui.waitUntil([&] { return focused().value(QStringLiteral("name")).toString() == name; }, 5000,
                                 QStringLiteral("the keyboard in \"%1\"").arg(name));
        };
        QVERIFY2(focusIs(QStringLiteral("Videos ready to upload")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("ctrl+a")));
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return valueOf(gui.widgetByObjectName(QStringLiteral("heading")))
                             .contains(QStringLiteral("2 clips"));
                     },
                     5000, QStringLiteral("both clips selected")),
                 qPrintable(gui.lastProblem()));
        // Right arrow: the preview one frame on.
        const auto position = [&gui] { return valueOf(gui.widget(QStringLiteral("Position in the video"))).toInt(); };
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return gui.widget(QStringLiteral("Position in the video"))
                             ->value(QStringLiteral("enabled"))
                             .toBool();
                     },
                     10000, QStringLiteral("the preview ready")),
                 qPrintable(gui.lastProblem()));
        // Loaded (its length known) before stepping, as a coach sees it.
        QVERIFY2(
            gui.waitUntil(
                [&] { return valueOf(gui.widget(QStringLiteral("Playback time"))).endsWith(QStringLiteral("/ 0:03")); },
                10000, QStringLiteral("the clip's length shown")),
            qPrintable(gui.lastProblem()));
        const int before = position();
        bool stepped = false;
        for (int press = 0; press < 3 && !stepped; ++press) { // a loaded machine may still be seeking
            QVERIFY(gui.key(QStringLiteral("Right")));
            stepped = gui.waitUntil([&] { return position() != before; }, 3000, QStringLiteral("the preview to step"));
        }
        QVERIFY2(stepped, qPrintable(gui.lastProblem() + QStringLiteral(": at %1").arg(position())));
        gui.screenshot(QStringLiteral("stepped"));

        // Tab goes on as the window reads: the preview's controls, then the form.
        const QStringList toForm = tabWalk(gui, QStringLiteral("Tab"), 40, QStringLiteral("Athlete"));
        QVERIFY2(toForm.endsWith(QStringLiteral("Athlete")) && toForm.contains(QStringLiteral("Position in the video")),
                 qPrintable(toForm.join(QStringLiteral(" → "))));
        QVERIFY2(focusIs(QStringLiteral("Athlete")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.type(QStringLiteral("liam")));
        QVERIFY2(gui.waitUntil([&] { return !gui.items(QStringLiteral("popup")).isEmpty(); }, 5000,
                               QStringLiteral("the popup")),
                 qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("Down")));
        QVERIFY(gui.key(QStringLiteral("Return")));
        QVERIFY2(gui.waitUntil(
                     [&] {
                         return valueOf(gui.widget(QStringLiteral("Athlete"), QStringLiteral("QComboBox")))
                             == QLatin1String("Liam Brennan");
                     },
                     5000, QStringLiteral("Liam Brennan chosen")),
                 qPrintable(gui.lastProblem()));
        // The form top to bottom: each New… after its field, the team filter under the athlete.
        QCOMPARE(tabWalk(gui, QStringLiteral("Tab"), 4, QStringLiteral("New session group")),
                 (QStringList { QStringLiteral("New athlete"), QStringLiteral("Team filter"),
                                QStringLiteral("Session group"), QStringLiteral("New session group") }));
        QVERIFY(gui.key(QStringLiteral("Tab")));
        QVERIFY2(focusIs(QStringLiteral("Camera front-on")), qPrintable(gui.lastProblem()));
        // The two camera setups are one group: arrows move within it, Tab leaves it.
        QVERIFY(gui.key(QStringLiteral("Right")));
        QVERIFY2(focusIs(QStringLiteral("Camera down-the-line")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("space")));
        QVERIFY(gui.key(QStringLiteral("Tab")));
        QVERIFY2(focusIs(QStringLiteral("Camera orientation")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("Tab")));
        QVERIFY2(focusIs(QStringLiteral("Advanced camera settings")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.key(QStringLiteral("Tab")));
        QVERIFY2(focusIs(QStringLiteral("Activity")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.type(QStringLiteral("gol")));
        gui.screenshot(QStringLiteral("activity-typed"));
        QVERIFY(gui.key(QStringLiteral("Tab")));
        QVERIFY2(focusIs(QStringLiteral("Movement")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.type(QStringLiteral("full")));
        gui.screenshot(QStringLiteral("movement-typed"));
        QVERIFY(gui.key(QStringLiteral("Tab")));
        QVERIFY2(focusIs(QStringLiteral("Handedness")), qPrintable(gui.lastProblem()));
        QVERIFY(gui.type(QStringLiteral("r")));
        QVERIFY2(gui.waitUntil([&] { return uploadEnabled(gui); }, 5000, QStringLiteral("Upload enabled")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ")
                            + valueOf(gui.widgetByObjectName(QStringLiteral("uploadReason")))));
        QCOMPARE(valueOf(gui.widget(QStringLiteral("Activity"), QStringLiteral("QComboBox"))), QStringLiteral("Golf"));
        QCOMPARE(valueOf(gui.widget(QStringLiteral("Movement"), QStringLiteral("QComboBox"))),
                 QStringLiteral("Full swing"));
        QCOMPARE(valueOf(gui.widget(QStringLiteral("Handedness"), QStringLiteral("QComboBox"))),
                 QStringLiteral("Right"));
        QVERIFY(gui.widget(QStringLiteral("Camera down-the-line"))->value(QStringLiteral("checked")).toBool());
        gui.screenshot(QStringLiteral("described"));

        // No keyboard trap (issues 23/24: everything by keyboard alone; Tab circled inside the
        // form): Tab goes round the whole window, from Handedness through Upload, the job list's
        // filters (the list itself is hidden while empty) and back to the ready list, the preview
        // and the form, to Handedness again; Shift+Tab walks the same path back.
        const QStringList round = tabWalk(gui, QStringLiteral("Tab"), 80, QStringLiteral("Handedness"));
        const QString roundText = round.join(QStringLiteral(" → "));
        qInfo("Tab round the window in %lld presses: %s", qlonglong(round.size()), qPrintable(roundText));
        QVERIFY2(round.endsWith(QStringLiteral("Handedness")), qPrintable(QStringLiteral("never back: ") + roundText));
        QVERIFY2(!roundText.contains(QStringLiteral("(out of sight)")), qPrintable(roundText));
        const QStringList landmarks { QStringLiteral("Upload"),
                                      QStringLiteral("Show uploads in state"),
                                      QStringLiteral("Search uploads"),
                                      QStringLiteral("Videos ready to upload"),
                                      QStringLiteral("Position in the video"),
                                      QStringLiteral("Seconds before each impact"),
                                      QStringLiteral("Seconds after each impact"),
                                      QStringLiteral("Athlete"),
                                      QStringLiteral("Activity"),
                                      QStringLiteral("Handedness") };
        qsizetype previous = -1;
        for (const QString &landmark : landmarks) {
            const qsizetype at = round.indexOf(landmark);
            QVERIFY2(at > previous,
                     qPrintable(QStringLiteral("\"%1\" not after the one before it: %2").arg(landmark, roundText)));
            previous = at;
        }
        const QStringList back
            = tabWalk(gui, QStringLiteral("shift+Tab"), int(round.size()) + 10, QStringLiteral("Handedness"));
        QStringList expectedBack = withoutRepeats(round);
        expectedBack.removeLast();
        std::reverse(expectedBack.begin(), expectedBack.end());
        expectedBack << QStringLiteral("Handedness");
        QCOMPARE(withoutRepeats(back), expectedBack);
        gui.screenshot(QStringLiteral("round-the-window"));

        // No control a screen reader could not name, with the form filled in.
        const QJsonArray unnamed = gui.unnamedControls();
        QVERIFY2(unnamed.isEmpty(), QJsonDocument(unnamed).toJson().constData());

        QVERIFY(gui.key(QStringLiteral("ctrl+Return")));
        QVERIFY2(gui.waitUntil([&] { return allJobs(gui, 2, QStringLiteral("Done")); }, 60000,
                               QStringLiteral("both uploads Done")),
                 qPrintable(gui.lastProblem()));
        gui.screenshot(QStringLiteral("done"));
        QCOMPARE(rowTexts(gui, QStringLiteral("Upload jobs"), 1), QStringList(2, QStringLiteral("Liam Brennan")));
        // The job list, shown now, is on the way round, and one Tab leaves it (not cell by cell).
        const QStringList toJobs = tabWalk(gui, QStringLiteral("Tab"), 40, QStringLiteral("Upload jobs"));
        QVERIFY2(toJobs.endsWith(QStringLiteral("Upload jobs")), qPrintable(toJobs.join(QStringLiteral(" → "))));
        const QStringList fromJobs = tabWalk(gui, QStringLiteral("Tab"), 1);
        QVERIFY2(fromJobs.size() == 1 && fromJobs.first() != QStringLiteral("Upload jobs"),
                 qPrintable(fromJobs.join(QStringLiteral(" → "))));
        qInfo("keyboard only: %d key presses, no click", gui.events());
    }

    // A 1366×768 laptop, in English and in German (longer words): with the
    // form filled in and a movement dimension shown, Upload is in sight
    // without scrolling, whole, on the screen.
    void fitsALaptop_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("words"); // activity, movement, handedness as the coach reads them
        QTest::newRow("en") << QStringLiteral(
            "en") << QStringList { QStringLiteral("Golf"), QStringLiteral("Full swing"), QStringLiteral("Right") };
        QTest::newRow("de") << QStringLiteral(
            "de") << QStringList { QStringLiteral("Golf"), QStringLiteral("Voller Schwung"), QStringLiteral("Rechts") };
    }

    void fitsALaptop()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, words);
        const QSize screen(1366, 768);
        GuiSession gui(QStringLiteral("laptop-") + language, screen);
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        const QStringList environment = language == QLatin1String("de")
            ? QStringList { QStringLiteral("LANG=de_DE.UTF-8"), QStringLiteral("LANGUAGE=de") }
            : QStringList {};
        QVERIFY2(gui.start(makeClips(QStringLiteral("laptop"), 3), environment), qPrintable(gui.lastProblem()));
        const std::optional<QJsonObject> athlete = gui.widgetByObjectName(QStringLiteral("athleteBox"));
        QVERIFY(athlete);
        QVERIFY2(gui.clickAt(*athlete, 0.3) && gui.type(QStringLiteral("av"))
                     && gui.clickItem(QStringLiteral("popup"), QStringLiteral("Ava Lindqvist")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(chooseIn(gui, QStringLiteral("activityBox"), words.at(0)), qPrintable(gui.lastProblem()));
        QVERIFY2(chooseIn(gui, QStringLiteral("movementBox"), words.at(1)), qPrintable(gui.lastProblem()));
        QVERIFY2(chooseIn(gui, QStringLiteral("dimension_handedness"), words.at(2)), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(*gui.widgetByObjectName(QStringLiteral("downTheLineButton"))),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(gui.waitUntil([&] { return uploadEnabled(gui); }, 5000, QStringLiteral("Upload enabled")),
                 qPrintable(gui.lastProblem() + QStringLiteral(": ")
                            + valueOf(gui.widgetByObjectName(QStringLiteral("uploadReason")))));
        gui.screenshot(QStringLiteral("filled"));

        const QJsonObject upload = *gui.widgetByObjectName(QStringLiteral("uploadButton"));
        const QJsonObject rect = upload.value(QStringLiteral("rect")).toObject();
        const QJsonObject shown = upload.value(QStringLiteral("shown")).toObject();
        const QString where = QStringLiteral("Upload at %1,%2 %3×%4, shown %5×%6")
                                  .arg(rect.value(QStringLiteral("x")).toInt())
                                  .arg(rect.value(QStringLiteral("y")).toInt())
                                  .arg(rect.value(QStringLiteral("w")).toInt())
                                  .arg(rect.value(QStringLiteral("h")).toInt())
                                  .arg(shown.value(QStringLiteral("w")).toInt())
                                  .arg(shown.value(QStringLiteral("h")).toInt());
        QVERIFY2(shown == rect, qPrintable(where)); // not clipped by a scroll area
        QVERIFY2(rect.value(QStringLiteral("y")).toInt() + rect.value(QStringLiteral("h")).toInt() <= screen.height()
                     && rect.value(QStringLiteral("x")).toInt() + rect.value(QStringLiteral("w")).toInt()
                         <= screen.width(),
                 qPrintable(where));
        // The form's first field is in sight too: nothing was scrolled to get here.
        const QJsonObject athleteShown
            = gui.widgetByObjectName(QStringLiteral("athleteBox"))->value(QStringLiteral("shown")).toObject();
        QVERIFY(athleteShown.value(QStringLiteral("h")).toInt() > 0);
    }

    // The README's pictures, made by real input in the light and the dark
    // palette: a batch described (filled in), and the job list once the
    // clips are done, in the coach's words. UPLIFT_GUI_DOCS=<folder> also
    // copies them there as <scheme>-describing.png and <scheme>-uploaded.png.
    void readmePictures_data()
    {
        QTest::addColumn<QString>("scheme");
        QTest::newRow("light") << QStringLiteral("light");
        QTest::newRow("dark") << QStringLiteral("dark");
    }

    void readmePictures()
    {
        QFETCH(QString, scheme);
        GuiSession gui(QStringLiteral("readme-") + scheme);
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        QStringList clips;
        for (int i = 1; i <= 4; ++i) {
            TestVideo video;
            video.path = TestVideo::scratchPath(QStringLiteral("ava-swing-%1.mov").arg(i));
            video.seconds = 2;
            video.size = QSize(960, 540);
            video.creationTime = QStringLiteral("2026-12-03T09:4%1:00Z").arg(i);
            QVERIFY2(video.make().isEmpty(), "ffmpeg could not make a clip");
            clips << video.path;
        }
        QVERIFY2(gui.start(clips, { QStringLiteral("UPLIFT_COLOR_SCHEME=") + scheme }), qPrintable(gui.lastProblem()));
        QVERIFY2(chooseAthlete(gui, QStringLiteral("av"), QStringLiteral("Ava Lindqvist")),
                 qPrintable(gui.lastProblem()));
        QVERIFY2(gui.click(QStringLiteral("Camera down-the-line")), qPrintable(gui.lastProblem()));
        QVERIFY2(choose(gui, QStringLiteral("Activity"), QStringLiteral("Golf")), qPrintable(gui.lastProblem()));
        QVERIFY2(choose(gui, QStringLiteral("Movement"), QStringLiteral("Full swing")), qPrintable(gui.lastProblem()));
        QVERIFY2(choose(gui, QStringLiteral("Handedness"), QStringLiteral("Right")), qPrintable(gui.lastProblem()));
        QVERIFY2(gui.waitUntil([&] { return uploadEnabled(gui); }, 5000, QStringLiteral("Upload enabled")),
                 qPrintable(gui.lastProblem()));
        // The pointer away from the buttons, so that no hover shows.
        QVERIFY(gui.click(*gui.widgetByObjectName(QStringLiteral("previewHeading"))));
        QTest::qWait(500);
        const QString describing = gui.screenshot(QStringLiteral("describing"));
        QVERIFY(gui.key(QStringLiteral("ctrl+Return")));
        QVERIFY2(gui.waitUntil([&] { return allJobs(gui, 4, QStringLiteral("Done")); }, 60000,
                               QStringLiteral("four uploads Done")),
                 qPrintable(gui.lastProblem()));
        const QString uploaded = gui.screenshot(QStringLiteral("uploaded"));
        const QString docs = qEnvironmentVariable("UPLIFT_GUI_DOCS");
        if (!docs.isEmpty()) {
            for (const auto &[from, name] : { std::pair { describing, QStringLiteral("describing") },
                                              std::pair { uploaded, QStringLiteral("uploaded") } }) {
                const QString to = QDir(docs).filePath(QStringLiteral("%1-%2.png").arg(scheme, name));
                QFile::remove(to);
                QVERIFY(QFile::copy(from, to));
            }
        }
    }

    // Issue 14's measured flow: twelve clips for three athletes (four each,
    // golf full swing, down-the-line), every click and key press counted.
    // The first round teaches the app the athletes; the second, after a
    // restart, must ask only who is on which clips.
    void twelveClipsForThreeAthletes()
    {
        GuiSession gui(QStringLiteral("twelve-clips"));
        QVERIFY2(gui.ok(), qPrintable(gui.lastProblem()));
        const QList<QPair<QString, QString>> athletes { { QStringLiteral("av"), QStringLiteral("Ava Lindqvist") },
                                                        { QStringLiteral("li"), QStringLiteral("Liam Brennan") },
                                                        { QStringLiteral("so"), QStringLiteral("Sofia Marquez") } };
        int counts[2] = { 0, 0 };
        for (int round = 0; round < 2; ++round) {
            const QStringList clips = makeClips(QStringLiteral("round%1").arg(round + 1), 12);
            QCOMPARE(clips.size(), 12);
            QVERIFY2(gui.start(clips), qPrintable(gui.lastProblem()));
            QVERIFY2(gui.waitUntil([&] { return rowTexts(gui, QStringLiteral("Videos ready to upload")).size() == 12; },
                                   20000, QStringLiteral("12 clips in the ready list")),
                     qPrintable(gui.lastProblem()));
            gui.resetEvents();
            for (int a = 0; a < 3; ++a) {
                const QString step = QStringLiteral("round%1-%2").arg(round + 1).arg(a + 1);
                const QStringList names = rowTexts(gui, QStringLiteral("Videos ready to upload"));
                QCOMPARE(names.size(), 12 - 4 * a);
                if (a < 2) {
                    QVERIFY2(selectClips(gui, names.at(0), names.at(3)), qPrintable(gui.lastProblem()));
                } else {
                    QVERIFY(gui.key(QStringLiteral("ctrl+shift+a"))); // Edit ▸ Select All Ready
                }
                QString heading;
                const bool four = gui.waitUntil(
                    [&] {
                        heading = valueOf(gui.widgetByObjectName(QStringLiteral("heading")));
                        return heading.contains(QStringLiteral("4 clips"));
                    },
                    5000, QStringLiteral("four clips described"));
                if (!four)
                    gui.screenshot(step + QStringLiteral("-not-four"));
                QVERIFY2(four,
                         qPrintable(gui.lastProblem() + QStringLiteral(": the heading says \"") + heading
                                    + QStringLiteral("\"")));
                QVERIFY2(chooseAthlete(gui, athletes.at(a).first, athletes.at(a).second),
                         qPrintable(gui.lastProblem()));
                if (round == 0 && a == 0) {
                    QVERIFY2(gui.click(QStringLiteral("Camera down-the-line")), qPrintable(gui.lastProblem()));
                    QVERIFY2(choose(gui, QStringLiteral("Activity"), QStringLiteral("Golf")),
                             qPrintable(gui.lastProblem()));
                    QVERIFY2(choose(gui, QStringLiteral("Movement"), QStringLiteral("Full swing")),
                             qPrintable(gui.lastProblem()));
                }
                if (round == 0)
                    QVERIFY2(choose(gui, QStringLiteral("Handedness"),
                                    a == 1 ? QStringLiteral("Left") : QStringLiteral("Right")),
                             qPrintable(gui.lastProblem()));
                QVERIFY2(gui.waitUntil([&] { return uploadEnabled(gui); }, 5000, QStringLiteral("Upload enabled")),
                         qPrintable(gui.lastProblem() + QStringLiteral(": ")
                                    + valueOf(gui.widgetByObjectName(QStringLiteral("uploadReason")))));
                gui.screenshot(step + QStringLiteral("-described"));
                QVERIFY(gui.key(QStringLiteral("ctrl+Return")));
                QVERIFY2(
                    gui.waitUntil(
                        [&] { return rowTexts(gui, QStringLiteral("Videos ready to upload")).size() == 8 - 4 * a; },
                        10000, QStringLiteral("the queued clips to leave the ready list")),
                    qPrintable(gui.lastProblem()));
            }
            counts[round] = gui.events();
            QVERIFY2(gui.waitUntil([&] { return allJobs(gui, 12 * (round + 1), QStringLiteral("Done")); }, 120000,
                                   QStringLiteral("every upload Done")),
                     qPrintable(gui.lastProblem() + QStringLiteral(": ")
                                + rowTexts(gui, QStringLiteral("Upload jobs"), 4).join(QLatin1Char(','))));
            gui.screenshot(QStringLiteral("round%1-done").arg(round + 1));
            // Each clip went to its athlete, described in the coach's words.
            const QJsonArray jobs = gui.items(QStringLiteral("Upload jobs"));
            for (const QJsonValue &job : jobs) {
                const QJsonArray texts = job.toObject().value(QStringLiteral("texts")).toArray();
                QCOMPARE(texts.at(2).toString(), QStringLiteral("Golf · Full swing"));
                const int index = texts.at(0).toString().mid(7, 2).toInt(); // roundN-II.mov
                QCOMPARE(texts.at(1).toString(), athletes.at((index - 1) / 4).second);
            }
            gui.stop();
        }
        const QString summary
            = QStringLiteral("twelve clips for three athletes: %1 input events the first time, %2 the second")
                  .arg(counts[0])
                  .arg(counts[1]);
        qInfo("%s", qPrintable(summary));
        QFile out(QDir(gui.artifacts()).filePath(QStringLiteral("events.txt")));
        if (out.open(QIODevice::WriteOnly))
            out.write(summary.toUtf8() + '\n');
        QVERIFY2(counts[0] <= 45, qPrintable(summary));
        QVERIFY2(counts[1] <= 30, qPrintable(summary));
    }
};

QTEST_GUILESS_MAIN(TestGuiFlow)
#include "tst_guiflow.moc"
