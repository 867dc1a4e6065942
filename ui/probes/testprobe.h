#pragma once

#include <QObject>

class QLocalServer;
class QLocalSocket;

// The hook the real-input tests (tests/gui) ask where things are, inert unless
// UPLIFT_TEST_PROBE names a local socket to listen on (nothing a coach sets).
// The tests press keys and click with real X events (xdotool); the probe only
// answers questions, one JSON object per line, never acts on the window:
//   {"cmd":"widgets"}                 every visible widget of every visible window: its accessible
//                                     name and role, class, object name, rectangle on the screen,
//                                     the part of it not clipped by a scroll area, enabled, focus,
//                                     and its value (text, current choice, checked); a label's
//                                     "fits": whether all its text shows (no line cut off)
//   {"cmd":"items","view":NAME}       the rows of the item view with that accessible name ("popup":
//                                     the open popup's list, e.g. a completer's): each row's texts
//                                     (all columns) and the screen rectangle of its first cell
//   {"cmd":"unnamed"}                 walks the accessibility tree of every visible window and lists
//                                     the controls a screen reader could not name
// Requests longer than 4 KiB close the connection.
class TestProbe : public QObject
{
    Q_OBJECT

public:
    static void installFromEnvironment(QObject *parent);

private:
    explicit TestProbe(QObject *parent);
    bool listen(const QString &name);
    void serve(QLocalSocket *socket);
    QByteArray answer(const QByteArray &request) const;

    QLocalServer *m_server;
};
