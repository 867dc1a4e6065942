#include "guisession.h"
#include "testvideo.h"

#include <QJsonArray>
#include <QTest>

// The coach's flow driven through a real X server with real mouse and keyboard
// events (xdotool), against the real `uplift-capture --sandbox` window. Each
// step leaves a screenshot under the scenario's artifacts folder.
class TestGuiFlow : public QObject
{
    Q_OBJECT

    QStringList m_clips;

    static QString valueOf(const std::optional<QJsonObject> &widget)
    {
        return widget ? widget->value(QStringLiteral("value")).toString() : QString();
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
};

QTEST_GUILESS_MAIN(TestGuiFlow)
#include "tst_guiflow.moc"
