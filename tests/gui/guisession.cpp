#include "guisession.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QThread>

namespace {

constexpr qint64 maxAnswer = 16 * 1024 * 1024;

QString scratchRoot()
{
    const QString tmp = qEnvironmentVariable("UPLIFT_TEST_TMP");
    return tmp.isEmpty() ? QDir::tempPath() : tmp;
}

QJsonObject rectOf(const QJsonObject &object)
{
    // A widget says which part of it is shown; an item view's row has its rect.
    const QJsonObject shown = object.value(QStringLiteral("shown")).toObject();
    return shown.isEmpty() ? object.value(QStringLiteral("rect")).toObject() : shown;
}

} // namespace

GuiSession::GuiSession(const QString &scenario, QSize screen)
    : m_scenario(scenario)
{
    m_root = QDir(scratchRoot()).filePath(QStringLiteral("gui-") + scenario);
    QDir(m_root).removeRecursively();
    const QString base = qEnvironmentVariable("UPLIFT_GUI_ARTIFACTS");
    m_artifacts
        = QDir(base.isEmpty() ? m_root : base).filePath(base.isEmpty() ? QStringLiteral("artifacts") : scenario);
    QDir(m_artifacts).removeRecursively();
    for (const QString &dir : { m_artifacts, home() + QStringLiteral("/config"), home() + QStringLiteral("/data"),
                                home() + QStringLiteral("/cache"), m_root + QStringLiteral("/runtime") })
        QDir().mkpath(dir);
    QFile::setPermissions(m_root + QStringLiteral("/runtime"), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);

    // Xvfb picks a free display itself and writes its number on the given descriptor.
    m_xvfb.setProgram(QStringLiteral("Xvfb"));
    m_xvfb.setArguments({ QStringLiteral("-displayfd"), QStringLiteral("1"), QStringLiteral("-screen"),
                          QStringLiteral("0"), QStringLiteral("%1x%2x24").arg(screen.width()).arg(screen.height()),
                          QStringLiteral("-nolisten"), QStringLiteral("tcp"), QStringLiteral("-noreset") });
    m_xvfb.setProcessChannelMode(QProcess::SeparateChannels);
    m_xvfb.start();
    if (!m_xvfb.waitForStarted(5000)) {
        m_problem = QStringLiteral("Xvfb did not start: %1").arg(m_xvfb.errorString());
        return;
    }
    QDeadlineTimer deadline(10000);
    QByteArray out;
    while (!out.contains('\n') && !deadline.hasExpired() && m_xvfb.state() == QProcess::Running) {
        m_xvfb.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        out += m_xvfb.readAllStandardOutput();
    }
    bool number = false;
    const int display = out.trimmed().toInt(&number);
    if (!number) {
        m_problem = QStringLiteral("Xvfb gave no display number: %1 %2")
                        .arg(QString::fromLocal8Bit(out), QString::fromLocal8Bit(m_xvfb.readAllStandardError()));
        return;
    }
    m_display = display;
}

GuiSession::~GuiSession()
{
    // How the screen looked at the end, passed or failed.
    if (m_app && m_app->state() == QProcess::Running)
        screenshot(QStringLiteral("last"));
    stop();
    if (m_xvfb.state() != QProcess::NotRunning) {
        m_xvfb.terminate();
        if (!m_xvfb.waitForFinished(5000))
            m_xvfb.kill();
        m_xvfb.waitForFinished(2000);
    }
}

QString GuiSession::home() const
{
    return m_root + QStringLiteral("/home");
}

QProcessEnvironment GuiSession::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(m_display));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
    env.insert(QStringLiteral("HOME"), home());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home() + QStringLiteral("/config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home() + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home() + QStringLiteral("/cache"));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root + QStringLiteral("/runtime"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_GB.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en_GB"));
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("UPLIFT_API_KEY"));
    // No session bus: the keychain is not what these scenarios are about.
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    return env;
}

bool GuiSession::launchAgain(const QStringList &arguments, int ms, int *exitCode, QString *errors)
{
    QProcess again;
    again.setProcessEnvironment(environment());
    again.start(QStringLiteral(UPLIFT_CAPTURE_EXE), arguments);
    if (!again.waitForStarted(10000)) {
        m_problem = QStringLiteral("the second start did not start: %1").arg(again.errorString());
        return false;
    }
    const bool ended = again.waitForFinished(ms);
    *errors = QString::fromLocal8Bit(again.readAllStandardError());
    if (!ended) {
        m_problem = QStringLiteral("the second start was still running after %1 ms (a second window?): %2")
                        .arg(ms)
                        .arg(*errors);
        again.kill();
        again.waitForFinished();
        return false;
    }
    *exitCode = again.exitStatus() == QProcess::NormalExit ? again.exitCode() : -1;
    return true;
}

bool GuiSession::start(const QStringList &arguments, const QStringList &environmentExtra)
{
    if (!ok())
        return false;
    stop();
    m_app = std::make_unique<QProcess>();
    QProcessEnvironment env = environment();
    m_probeName = m_root + QStringLiteral("/probe.sock");
    env.insert(QStringLiteral("UPLIFT_TEST_PROBE"), m_probeName);
    for (const QString &pair : environmentExtra) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        env.insert(pair.left(eq), pair.mid(eq + 1));
    }
    m_app->setProcessEnvironment(env);
    m_app->setProcessChannelMode(QProcess::MergedChannels);
    m_app->setStandardOutputFile(m_artifacts + QStringLiteral("/app.log"), QIODevice::Append);
    // UPLIFT_GUI_WRAPPER runs the window under a tool, e.g. "gdb -batch -ex run -ex bt --args"
    // (its output goes to app.log).
    QStringList command = QProcess::splitCommand(qEnvironmentVariable("UPLIFT_GUI_WRAPPER"));
    command << QStringLiteral(UPLIFT_CAPTURE_EXE) << QStringLiteral("--sandbox") << arguments;
    m_app->start(command.takeFirst(), command);
    if (!m_app->waitForStarted(10000)) {
        m_problem = QStringLiteral("the window did not start: %1").arg(m_app->errorString());
        return false;
    }
    // The probe listens once the window is shown.
    QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired()) {
        if (m_app->state() != QProcess::Running) {
            m_problem = QStringLiteral("the window ended at start (exit %1), see %2/app.log")
                            .arg(m_app->exitCode())
                            .arg(m_artifacts);
            return false;
        }
        auto socket = std::make_unique<QLocalSocket>();
        socket->connectToServer(m_probeName);
        if (socket->waitForConnected(500)) {
            m_probe = std::move(socket);
            break;
        }
        QThread::msleep(100);
    }
    if (!m_probe) {
        m_problem = QStringLiteral("the window's test probe never answered");
        return false;
    }
    // The ready pane: its list, or the drop area when no clip is there (a start without files).
    if (!waitUntil([this] { return widgetByObjectName(QStringLiteral("readyPane")).has_value(); }, 20000,
                   QStringLiteral("the main window on the screen")))
        return false;
    // Xvfb has no window manager: give the new window the keyboard the way one
    // would when it opens (not counted: no coach input).
    return xdotool({ QStringLiteral("search"), QStringLiteral("--sync"), QStringLiteral("--onlyvisible"),
                     QStringLiteral("--name"), QStringLiteral("^Uplift Capture"), QStringLiteral("windowfocus"),
                     QStringLiteral("--sync") });
}

void GuiSession::stop()
{
    m_probe.reset();
    if (!m_app || m_app->state() == QProcess::NotRunning) {
        m_app.reset();
        return;
    }
    m_app->terminate();
    if (!m_app->waitForFinished(10000)) {
        m_app->kill();
        m_app->waitForFinished(5000);
    }
    m_app.reset();
}

QJsonObject GuiSession::ask(const QJsonObject &request)
{
    if (!m_probe || m_probe->state() != QLocalSocket::ConnectedState) {
        m_problem = QStringLiteral("no connection to the window's probe");
        return {};
    }
    m_probe->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
    m_probe->flush();
    QDeadlineTimer deadline(10000);
    QByteArray answer;
    while (!answer.endsWith('\n')) {
        if (deadline.hasExpired() || answer.size() > maxAnswer) {
            m_problem = QStringLiteral("the probe did not answer %1 in time")
                            .arg(request.value(QStringLiteral("cmd")).toString());
            m_probe->abort();
            return {};
        }
        if (!m_probe->bytesAvailable())
            m_probe->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        answer += m_probe->readAll();
    }
    return QJsonDocument::fromJson(answer).object();
}

QJsonArray GuiSession::widgets()
{
    return ask({ { QStringLiteral("cmd"), QStringLiteral("widgets") } }).value(QStringLiteral("widgets")).toArray();
}

std::optional<QJsonObject> GuiSession::widget(const QString &name, const QString &className)
{
    const QJsonArray all = widgets();
    for (const QJsonValue &value : all) {
        const QJsonObject w = value.toObject();
        if (w.value(QStringLiteral("name")).toString() == name
            && (className.isEmpty() || w.value(QStringLiteral("class")).toString() == className))
            return w;
    }
    return std::nullopt;
}

std::optional<QJsonObject> GuiSession::widgetByObjectName(const QString &objectName)
{
    const QJsonArray all = widgets();
    for (const QJsonValue &value : all) {
        if (value.toObject().value(QStringLiteral("object")).toString() == objectName)
            return value.toObject();
    }
    return std::nullopt;
}

QJsonArray GuiSession::items(const QString &view)
{
    return ask({ { QStringLiteral("cmd"), QStringLiteral("items") }, { QStringLiteral("view"), view } })
        .value(QStringLiteral("items"))
        .toArray();
}

QJsonArray GuiSession::unnamedControls()
{
    return ask({ { QStringLiteral("cmd"), QStringLiteral("unnamed") } }).value(QStringLiteral("unnamed")).toArray();
}

bool GuiSession::waitUntil(const std::function<bool()> &condition, int ms, const QString &what)
{
    QDeadlineTimer deadline(ms);
    do {
        if (condition())
            return true;
        // QProcess learns of an ended child only when asked: ask without waiting.
        if (m_app && m_app->state() == QProcess::Running)
            m_app->waitForFinished(0);
        if (m_app && m_app->state() != QProcess::Running) {
            m_problem = QStringLiteral("the window ended (exit %1, %2) while waiting for %3")
                            .arg(m_app->exitCode())
                            .arg(m_app->exitStatus() == QProcess::CrashExit ? QStringLiteral("crashed")
                                                                            : QStringLiteral("exited"))
                            .arg(what);
            return false;
        }
        QThread::msleep(100);
    } while (!deadline.hasExpired());
    m_problem = QStringLiteral("waited %1 ms for %2").arg(ms).arg(what);
    return false;
}

std::optional<QJsonObject> GuiSession::waitForWidget(const QString &name, const QString &className, int ms)
{
    std::optional<QJsonObject> found;
    waitUntil([&] { return (found = widget(name, className)).has_value(); }, ms,
              QStringLiteral("a widget named \"%1\"").arg(name));
    return found;
}

bool GuiSession::xdotool(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DISPLAY"), QStringLiteral(":%1").arg(m_display));
    process.setProcessEnvironment(env);
    process.start(QStringLiteral("xdotool"), arguments);
    if (!process.waitForFinished(15000) || process.exitCode() != 0) {
        m_problem = QStringLiteral("xdotool %1 failed: %2")
                        .arg(arguments.join(QLatin1Char(' ')), QString::fromLocal8Bit(process.readAllStandardError()));
        process.kill();
        return false;
    }
    return true;
}

bool GuiSession::click(const QJsonObject &widgetOrItem)
{
    return clickAt(widgetOrItem, 0.5);
}

bool GuiSession::click(const QString &name, const QString &className)
{
    const std::optional<QJsonObject> found = waitForWidget(name, className);
    return found && click(*found);
}

std::optional<QJsonObject> GuiSession::findItem(const QString &view, const QString &text, int ms)
{
    // As a coach aims: at a row that stands still. A list whose rows are still
    // being read grows them as their facts come (and lays them out a moment
    // later, the ready list up to 200 ms): a click at where a row was hits
    // its neighbour. Found only once its place has not changed for 500 ms.
    QJsonObject item;
    QJsonObject placeSeen;
    QElapsedTimer stillFor;
    const bool found = waitUntil(
        [&] {
            const QJsonArray rows = items(view);
            for (const QJsonValue &row : rows) {
                if (row.toObject().value(QStringLiteral("texts")).toArray().first().toString() != text)
                    continue;
                item = row.toObject();
                const QJsonObject place = rectOf(item);
                if (place != placeSeen || !stillFor.isValid()) {
                    placeSeen = place;
                    stillFor.start();
                    return false;
                }
                return stillFor.elapsed() >= 500;
            }
            stillFor.invalidate();
            return false;
        },
        ms, QStringLiteral("\"%1\" in %2, standing still").arg(text, view));
    return found ? std::optional<QJsonObject>(item) : std::nullopt;
}

bool GuiSession::clickItem(const QString &view, const QString &text)
{
    const std::optional<QJsonObject> item = findItem(view, text);
    return item && click(*item);
}

bool GuiSession::clickAt(const QJsonObject &widget, double across)
{
    const QJsonObject rect = rectOf(widget);
    const int w = rect.value(QStringLiteral("w")).toInt();
    const int h = rect.value(QStringLiteral("h")).toInt();
    if (w <= 0 || h <= 0) {
        m_problem = QStringLiteral("\"%1\" is not on the screen").arg(widget.value(QStringLiteral("name")).toString());
        return false;
    }
    const int x = rect.value(QStringLiteral("x")).toInt() + qBound(1, int(w * across), w - 2);
    const int y = rect.value(QStringLiteral("y")).toInt() + h / 2;
    ++m_events;
    return xdotool({ QStringLiteral("mousemove"), QStringLiteral("--sync"), QString::number(x), QString::number(y) })
        && xdotool({ QStringLiteral("click"), QStringLiteral("1") });
}

bool GuiSession::clickWith(const QString &modifier, const QJsonObject &widgetOrItem)
{
    ++m_events; // the key held
    const bool down = xdotool({ QStringLiteral("keydown"), modifier });
    const bool clicked = down && click(widgetOrItem);
    const bool up = xdotool({ QStringLiteral("keyup"), modifier });
    return down && clicked && up;
}

bool GuiSession::key(const QString &keys)
{
    ++m_events;
    return xdotool({ QStringLiteral("key"), QStringLiteral("--delay"), QStringLiteral("60"), keys });
}

bool GuiSession::type(const QString &text)
{
    m_events += int(text.size());
    return xdotool({ QStringLiteral("type"), QStringLiteral("--delay"), QStringLiteral("80"), text });
}

QString GuiSession::screenshot(const QString &step)
{
    const QString path
        = QDir(m_artifacts).filePath(QStringLiteral("%1-%2.png").arg(++m_shots, 2, 10, QLatin1Char('0')).arg(step));
    QProcess process;
    process.start(QStringLiteral("import"),
                  { QStringLiteral("-display"), QStringLiteral(":%1").arg(m_display), QStringLiteral("-window"),
                    QStringLiteral("root"), path });
    if (!process.waitForFinished(15000))
        process.kill();
    // What the probe saw at that moment, beside the picture.
    QFile json(path.chopped(4) + QStringLiteral(".json"));
    if (json.open(QIODevice::WriteOnly))
        json.write(QJsonDocument(widgets()).toJson(QJsonDocument::Indented));
    return path;
}

namespace CoachSteps {

QString valueOf(const std::optional<QJsonObject> &widget)
{
    return widget ? widget->value(QStringLiteral("value")).toString() : QString();
}

QStringList rowTexts(GuiSession &gui, const QString &view, int column)
{
    QStringList texts;
    const QJsonArray rows = gui.items(view);
    for (const QJsonValue &row : rows)
        texts << row.toObject().value(QStringLiteral("texts")).toArray().at(column).toString();
    return texts;
}

bool chooseAthlete(GuiSession &gui, const QString &letters, const QString &name)
{
    const std::optional<QJsonObject> field = gui.waitForWidget(QStringLiteral("Athlete"), QStringLiteral("QComboBox"));
    if (!field || !gui.clickAt(*field, 0.3) || !gui.type(letters) || !gui.clickItem(QStringLiteral("popup"), name))
        return false;
    return gui.waitUntil(
        [&] { return valueOf(gui.widget(QStringLiteral("Athlete"), QStringLiteral("QComboBox"))) == name; }, 5000,
        QStringLiteral("Athlete to read %1").arg(name));
}

bool pick(GuiSession &gui, const std::function<std::optional<QJsonObject>()> &find, const QString &box,
          const QString &entry)
{
    std::optional<QJsonObject> field;
    gui.waitUntil([&] { return (field = find()).has_value(); }, 10000, box);
    return field && gui.clickAt(*field, 0.97) && gui.clickItem(QStringLiteral("popup"), entry)
        && gui.waitUntil([&] { return valueOf(find()) == entry; }, 5000,
                         QStringLiteral("%1 to read %2").arg(box, entry));
}

bool choose(GuiSession &gui, const QString &box, const QString &entry)
{
    return pick(
        gui, [&] { return gui.widget(box, QStringLiteral("QComboBox")); }, box, entry);
}

bool chooseIn(GuiSession &gui, const QString &objectName, const QString &entry)
{
    return pick(
        gui, [&] { return gui.widgetByObjectName(objectName); }, objectName, entry);
}

bool uploadEnabled(GuiSession &gui)
{
    const std::optional<QJsonObject> button = gui.widgetByObjectName(QStringLiteral("uploadButton"));
    return button && button->value(QStringLiteral("enabled")).toBool();
}

QString focusedName(GuiSession &gui)
{
    const QJsonArray all = gui.widgets();
    for (const QJsonValue &w : all) {
        const QJsonObject widget = w.toObject();
        if (!widget.value(QStringLiteral("focus")).toBool())
            continue;
        QString name = widget.value(QStringLiteral("name")).toString();
        if (name.isEmpty())
            name = widget.value(QStringLiteral("object")).toString();
        // Scrolled out of its scroll area: the coach does not see where the keyboard is.
        if (widget.value(QStringLiteral("shown")).toObject().value(QStringLiteral("h")).toInt() <= 0)
            name += QStringLiteral(" (out of sight)");
        return name;
    }
    return {};
}

QStringList tabWalk(GuiSession &gui, const QString &key, int presses, const QString &until)
{
    QStringList path;
    for (int press = 0; press < presses; ++press) {
        if (!until.isEmpty() && !path.isEmpty() && path.last() == until)
            break;
        const QString before = focusedName(gui);
        if (!gui.key(key))
            break;
        QString now = before;
        gui.waitUntil(
            [&] {
                now = focusedName(gui);
                return now != before;
            },
            2000, QStringLiteral("the keyboard to move on from \"%1\"").arg(before));
        path << now;
    }
    return path;
}

QStringList withoutRepeats(const QStringList &names)
{
    QStringList once;
    for (const QString &name : names) {
        if (once.isEmpty() || once.last() != name)
            once << name;
    }
    return once;
}

} // namespace CoachSteps
