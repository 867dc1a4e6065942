#pragma once

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QLocalSocket;

// One coach at one screen: a real X server (Xvfb, started here with the size
// asked for), the real `uplift-capture --sandbox` window on it, and real input
// through xdotool, each event counted. Widgets are found by their accessible
// names through the window's test probe (ui/probes/testprobe.h), never by fixed pixel
// positions. After each step a screenshot of the whole screen is saved under
// the artifacts folder ($UPLIFT_GUI_ARTIFACTS/<scenario>/NN-step.png).
//
// Every wait has a deadline; a failure explains itself (what was awaited, and
// the last answer seen) through lastProblem().
class GuiSession
{
public:
    GuiSession(const QString &scenario, QSize screen = QSize(1360, 840));
    ~GuiSession();
    GuiSession(const GuiSession &) = delete;
    GuiSession &operator=(const GuiSession &) = delete;

    // Xvfb is up (false with the reason in lastProblem()).
    bool ok() const { return m_display >= 0; }
    // The X display's number (":N"), for a tool that talks to the same server.
    int display() const { return m_display; }
    QString lastProblem() const { return m_problem; }

    // The coach's home (settings, job store, sandbox) for this session; a second
    // start() with the same session keeps it, the way a second day at the same
    // computer does.
    QString home() const;

    // Starts the window with these arguments after --sandbox, extra environment
    // (e.g. LANGUAGE=de; DBUS_SESSION_BUS_ADDRESS gives it a session bus, which
    // it has none of otherwise), and waits until the probe answers and the window shows.
    bool start(const QStringList &arguments = {}, const QStringList &environment = {});
    // Closes the window (SIGTERM, then kill after a deadline).
    void stop();
    // Starts the program once more as a coach's desktop does ("Open with" on a video) while the
    // window runs: these arguments only (no --sandbox), the session's home and screen. Waits
    // at most ms for it to end; false (and killed) when it did not, else its exit code and stderr.
    bool launchAgain(const QStringList &arguments, int ms, int *exitCode, QString *errors);

    // --- what is on the screen (through the probe) ---
    QJsonArray widgets();
    // The first visible widget with that accessible name (and class, when given).
    std::optional<QJsonObject> widget(const QString &name, const QString &className = {});
    std::optional<QJsonObject> widgetByObjectName(const QString &objectName);
    QJsonArray items(const QString &view);
    QJsonArray unnamedControls();
    // Waits until `condition` holds, asking again every 100 ms, for at most `ms`.
    bool waitUntil(const std::function<bool()> &condition, int ms, const QString &what);
    std::optional<QJsonObject> waitForWidget(const QString &name, const QString &className = {}, int ms = 10000);

    // --- real input, counted ---
    bool click(const QJsonObject &widgetOrItem); // the centre of what is shown of it
    bool click(const QString &name, const QString &className = {});
    // A click this far across the widget (0 left edge, 1 right edge): an
    // editable combo box opens its list from the arrow at its right end.
    bool clickAt(const QJsonObject &widget, double across);
    // A click with a key held (e.g. "shift"): two events, the key and the click.
    bool clickWith(const QString &modifier, const QJsonObject &widgetOrItem);
    bool clickItem(const QString &view, const QString &text); // a row whose first column is `text`
    std::optional<QJsonObject> findItem(const QString &view, const QString &text, int ms = 10000);
    bool key(const QString &keys); // one press, e.g. "Tab", "ctrl+Return"
    bool type(const QString &text); // one press per character
    int events() const { return m_events; }
    void resetEvents() { m_events = 0; }

    // Saves the screen as NN-step.png; returns its path.
    QString screenshot(const QString &step);
    QString artifacts() const { return m_artifacts; }

private:
    bool xdotool(const QStringList &arguments);
    QJsonObject ask(const QJsonObject &request);
    QProcessEnvironment environment() const;

    QString m_scenario;
    QString m_artifacts;
    QString m_root;
    QProcess m_xvfb;
    int m_display = -1;
    std::unique_ptr<QProcess> m_app;
    std::unique_ptr<QLocalSocket> m_probe;
    QString m_probeName;
    QString m_problem;
    int m_events = 0;
    int m_shots = 0;
};

// What a coach does again and again, the same way in every scenario: read a
// widget's value, read a view's rows, type an athlete's first letters and
// click them in the popup, open a drop-down by its arrow and click an entry.
namespace CoachSteps {
QString valueOf(const std::optional<QJsonObject> &widget);
// The rows of a view, each as the text of one column.
QStringList rowTexts(GuiSession &gui, const QString &view, int column = 0);
// Types the first letters in Athlete and clicks the athlete in the popup.
bool chooseAthlete(GuiSession &gui, const QString &letters, const QString &name);
// Opens a drop-down by its arrow and clicks an entry; `find` finds the box.
bool pick(GuiSession &gui, const std::function<std::optional<QJsonObject>()> &find, const QString &box,
          const QString &entry);
// By accessible name (English scenarios).
bool choose(GuiSession &gui, const QString &box, const QString &entry);
// By object name, in any language.
bool chooseIn(GuiSession &gui, const QString &objectName, const QString &entry);
bool uploadEnabled(GuiSession &gui);
// The widget the keyboard is in: its accessible name, else its object name, followed by
// " (out of sight)" when it is scrolled out of view; empty when none.
QString focusedName(GuiSession &gui);
// Presses `key` ("Tab" or "shift+Tab") at most `presses` times, after each waiting (at most
// 2 s) for the keyboard to move on; the widgets it was in after each press, in order. Stops
// once it is in `until` (when given). A field with parts (a date's day, month, year) keeps
// the keyboard for a few presses: it is then named once per press.
QStringList tabWalk(GuiSession &gui, const QString &key, int presses, const QString &until = {});
// The same names once each where they follow one another ("a, a, b" is "a, b").
QStringList withoutRepeats(const QStringList &names);
} // namespace CoachSteps
