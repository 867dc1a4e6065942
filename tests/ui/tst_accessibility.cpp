#include "mainwindow.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>

// Every control a coach can reach has a name a screen reader can say, and
// every menu action has a keyboard shortcut.
class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    static bool isQtInternal(const QWidget *widget)
    {
        // Parts Qt builds inside its own widgets (scroll bars, a combo box's
        // line edit, header sections) take their name from their owner.
        if (qobject_cast<const QScrollBar *>(widget))
            return true;
        for (const QObject *o = widget; o; o = o->parent()) {
            if (o->objectName().startsWith(QLatin1String("qt_")))
                return true;
        }
        if (auto *edit = qobject_cast<const QLineEdit *>(widget))
            return qobject_cast<const QComboBox *>(edit->parentWidget())
                || qobject_cast<const QAbstractSpinBox *>(edit->parentWidget());
        return widget->inherits("QHeaderView") || widget->inherits("QTableCornerButton")
            || widget->inherits("QLineEditIconButton") || widget->inherits("QCalendarWidget")
            || widget->parentWidget()->inherits("QCalendarWidget");
    }

    static QStringList unnamedControls(QWidget *root)
    {
        QStringList unnamed;
        for (QWidget *widget : root->findChildren<QWidget *>()) {
            const bool control = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget)
                || qobject_cast<QLineEdit *>(widget) || qobject_cast<QAbstractItemView *>(widget)
                || qobject_cast<QAbstractSlider *>(widget) || qobject_cast<QAbstractSpinBox *>(widget);
            if (!control || isQtInternal(widget))
                continue;
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed << QStringLiteral("%1 \"%2\" in %3")
                               .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
                                    widget->parentWidget()->objectName());
        }
        return unnamed;
    }

private slots:
    void everyControlHasAnAccessibleName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QStringList unnamed = unnamedControls(&window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("\n"))));

        SettingsDialog settings;
        const QStringList unnamedInSettings = unnamedControls(&settings);
        QVERIFY2(unnamedInSettings.isEmpty(), qPrintable(unnamedInSettings.join(QStringLiteral("\n"))));
    }

    void everyMenuActionHasAShortcutAndATooltip()
    {
        MainWindow window;
        QStringList missing;
        for (QAction *menu : window.menuBar()->actions()) {
            for (QAction *action : menu->menu()->actions()) {
                // A submenu (File ▸ Open Recent) opens through its accelerator; its entries are files.
                if (action->isSeparator() || action->menu() || action->menuRole() == QAction::AboutRole)
                    continue;
                if (action->shortcut().isEmpty())
                    missing << action->text() + QStringLiteral(": no shortcut");
                if (action->toolTip().isEmpty())
                    missing << action->text() + QStringLiteral(": no tooltip");
            }
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral("\n"))));
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
