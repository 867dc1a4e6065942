#pragma once

#include <QObject>

class QAction;
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
    // Several clips failed at once: named (the first few), with the first one's reason.
    void clipsFailed(const QStringList &clips, const QString &reason);

    // What was last announced (for tests and the status bar when there is no tray).
    QString lastTitle() const { return m_lastTitle; }
    QString lastMessage() const { return m_lastMessage; }
    // The tray icon's menu (show the window, stop and quit).
    QMenu *menu() const;

signals:
    void quitRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void announce(const QString &title, const QString &message, bool warning);

    QWidget *m_window;
    QSystemTrayIcon *m_tray;
    QMenu *m_menu;
    QAction *m_show = nullptr;
    QAction *m_quit = nullptr;
    QString m_lastTitle;
    QString m_lastMessage;
};
