#pragma once

#include <QObject>

class QMenu;
class QSystemTrayIcon;
class QWidget;

// The app's tray icon: tells the coach when a batch is done or an upload
// failed for good (the window may be hidden while uploads continue), and
// brings the window back when clicked.
class UploadNotifier : public QObject
{
    Q_OBJECT

public:
    explicit UploadNotifier(QWidget *window);

    bool available() const;
    void setVisible(bool visible);
    bool isVisible() const;
    void setToolTip(const QString &text);

    void batchFinished(int completed, int failed);
    void failedForGood(const QString &fileName, const QString &reason);

    // What was last announced (for tests and the status bar when there is no tray).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }

signals:
    void quitRequested();

private:
    void announce(const QString &title, const QString &message, bool warning);

    QWidget *m_window;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QString m_lastTitle;
    QString m_lastMessage;
};
