#include "uploadnotifier.h"

#include <QAction>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QStatusBar>
#include <QStringList>
#include <QSystemTrayIcon>

UploadNotifier::UploadNotifier(QWidget *window)
    : QObject(window)
    , m_window(window)
    , m_tray(new QSystemTrayIcon(window->windowIcon(), this))
    , m_menu(new QMenu(window))
{
    QAction *show = m_menu->addAction(QString());
    m_show = show;
    connect(show, &QAction::triggered, m_window, [this] {
        m_window->showNormal();
        m_window->raise();
        m_window->activateWindow();
    });
    m_quit = m_menu->addAction(QString());
    connect(m_quit, &QAction::triggered, this, &UploadNotifier::quitRequested);
    retranslate();
    // The menu is a widget of its own: it hears of a language switch, this QObject does not.
    m_menu->installEventFilter(this);
    m_tray->setContextMenu(m_menu);
    connect(m_tray, &QSystemTrayIcon::activated, this, [show](QSystemTrayIcon::ActivationReason reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            show->trigger();
    });
}

bool UploadNotifier::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_menu && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void UploadNotifier::retranslate()
{
    m_show->setText(tr("Show Uplift Capture"));
    m_quit->setText(tr("Stop Uploads and Quit"));
}

QMenu *UploadNotifier::menu() const
{
    return m_menu;
}

bool UploadNotifier::available() const
{
    return QSystemTrayIcon::isSystemTrayAvailable();
}

void UploadNotifier::setVisible(bool visible)
{
    m_tray->setVisible(visible && available());
}

bool UploadNotifier::isVisible() const
{
    return m_tray->isVisible();
}

void UploadNotifier::setToolTip(const QString &text)
{
    m_tray->setToolTip(text);
}

void UploadNotifier::batchFinished(int completed, int failed)
{
    if (failed == 0)
        announce(tr("Uploads finished"),
                 completed == 1 ? tr("1 video was uploaded.") : tr("%n videos were uploaded.", nullptr, completed),
                 false);
    else
        announce(tr("Uploads finished with problems"),
                 tr("%1 uploaded, %2 failed. Open the window to see why.").arg(completed).arg(failed), true);
}

void UploadNotifier::failedForGood(const QString &fileName, const QString &reason)
{
    announce(tr("%1 was not uploaded").arg(fileName), reason, true);
}

void UploadNotifier::clipsFailed(const QStringList &clips, const QString &reason)
{
    if (clips.size() == 1) {
        failedForGood(clips.first(), reason);
        return;
    }
    const int shown = 3;
    QString names = clips.mid(0, shown).join(QStringLiteral(", "));
    if (clips.size() > shown)
        names = tr("%1 and %2 more").arg(names).arg(clips.size() - shown);
    announce(tr("%1 clips were not uploaded").arg(clips.size()),
             reason.isEmpty() ? names : tr("%1: %2").arg(names, reason), true);
}

void UploadNotifier::announce(const QString &title, const QString &message, bool warning)
{
    m_lastTitle = title;
    m_lastMessage = message;
    if (available() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray->isVisible())
            m_tray->show();
        m_tray->showMessage(title, message, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    } else if (auto *main = qobject_cast<QMainWindow *>(m_window)) {
        main->statusBar()->showMessage(tr("%1: %2").arg(title, message), 15000);
    }
}
