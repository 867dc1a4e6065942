#include "athletepicker.h"
#include "captureform.h"
#include "mainwindow.h"
#include "settingsdialog.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScrollBar>
#include <QTest>
#include <QToolButton>

// Every control a coach can reach has a name a screen reader can say, every
// field is linked to its label, either/or choices are radio buttons, a choice
// in a combo box can be made through its list, and every menu action has a
// keyboard shortcut, named once in its tooltip. (tests/gui tst_assistive
// checks the same over AT-SPI, in the running window.)
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

    // A window with every field a coach meets shown: a movement with a
    // dimension, athletes in teams (the team filter), the preview's controls.
    static void fillIn(MainWindow &window)
    {
        CaptureForm *form = window.captureForm();
        form->athletePicker()->setAthletes(
            { { QStringLiteral("a1"), QStringLiteral("Ava Lindqvist"), QString(), QStringLiteral("Juniors") },
              { QStringLiteral("a2"), QStringLiteral("Liam Brennan"), QString(), QStringLiteral("Seniors") } });
        form->setDimensions({ { QStringLiteral("handedness"),
                                QStringLiteral("Handedness"),
                                { { QStringLiteral("left"), QStringLiteral("Left") },
                                  { QStringLiteral("right"), QStringLiteral("Right") } } } });
    }

    static QStringList labelsOf(QWidget *widget)
    {
        QStringList labels;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        const auto relations = accessible->relations(QAccessible::Label);
        for (const auto &relation : relations)
            labels << relation.first->text(QAccessible::Name);
        return labels;
    }

private slots:
    // On Linux Qt names a combo box by its value and leaves what it is for to
    // the label relation (AT-SPI's LABELLED_BY): Handedness, the session, the
    // job filter ("All uploads"), the team filter ("All teams") and the
    // preview's speed had none, so a screen reader never said what they were.
    void everyComboBoxIsLinkedToItsLabel()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillIn(window);
        QStringList unlabelled;
        int boxes = 0;
        for (QComboBox *box : window.findChildren<QComboBox *>()) {
            if (!box->isVisibleTo(&window))
                continue;
            ++boxes;
            const QStringList labels = labelsOf(box);
            if (labels.isEmpty() || labels.first().trimmed().isEmpty())
                unlabelled << QStringLiteral("%1 (%2)").arg(box->objectName(), box->currentText());
        }
        QVERIFY2(unlabelled.isEmpty(), qPrintable(unlabelled.join(QStringLiteral(", "))));
        QVERIFY(boxes >= 8); // athlete, team, session, orientation, activity, movement, handedness, filter, speed
        QCOMPARE(labelsOf(window.findChild<QComboBox *>(QStringLiteral("dimension_handedness"))),
                 QStringList { QStringLiteral("Handedness:") });
        QCOMPARE(labelsOf(window.findChild<QComboBox *>(QStringLiteral("teamBox"))),
                 QStringList { QStringLiteral("Team:") });
        QCOMPARE(labelsOf(window.findChild<QComboBox *>(QStringLiteral("athleteBox"))),
                 QStringList { QStringLiteral("Athlete") });
    }

    // Handedness could only be chosen with Tab then Down: selecting its row
    // through the list (AT-SPI's Table, the only selection Qt 6.4's bridge
    // offers, or the row's Toggle action) only marked the row.
    void aChoiceIsMadeBySelectingInTheList()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        fillIn(window);
        QComboBox *box = window.findChild<QComboBox *>(QStringLiteral("dimension_handedness"));
        QVERIFY(box);
        QCOMPARE(box->currentData().toString(), QString());
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(box)->child(0);
        QVERIFY(list && list->tableInterface());
        const int right = box->findText(QStringLiteral("Right"));
        QVERIFY(list->tableInterface()->selectRow(right));
        QCOMPARE(box->currentData().toString(), QStringLiteral("right"));
        QCOMPARE(window.captureForm()->choices().dimensions.value(0).second, QStringLiteral("right"));
        // The row's own action, as an assistive tool presses it.
        QAccessibleInterface *left = list->tableInterface()->cellAt(box->findText(QStringLiteral("Left")), 0);
        QVERIFY(left && left->actionInterface());
        left->actionInterface()->doAction(QAccessibleActionInterface::toggleAction());
        QCOMPARE(box->currentData().toString(), QStringLiteral("left"));
        QVERIFY(!box->view()->isVisible());
    }

    // Front-on or down-the-line: one of them, so radio buttons, not check boxes.
    void theCameraSetupsAreRadioButtons()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (const char *name : { "frontOnButton", "downTheLineButton" }) {
            auto *button = window.findChild<QAbstractButton *>(QLatin1String(name));
            QVERIFY(button);
            QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(button);
            QCOMPARE(accessible->role(), QAccessible::RadioButton);
            QVERIFY(!accessible->text(QAccessible::Name).isEmpty());
            QVERIFY(accessible->state().checkable);
            QVERIFY(!accessible->state().checked);
            QVERIFY(accessible->actionInterface());
            accessible->actionInterface()->doAction(QAccessibleActionInterface::pressAction());
            QVERIFY(button->isChecked());
            QVERIFY(accessible->state().checked);
        }
        QVERIFY(!window.findChild<QAbstractButton *>(QStringLiteral("frontOnButton"))->isChecked());
    }

    // The search field's clear button said only "button".
    void theSearchClearButtonHasAName()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *search = window.findChild<QLineEdit *>(QStringLiteral("jobSearch"));
        QVERIFY(search);
        search->setText(QStringLiteral("swing"));
        const QList<QToolButton *> buttons = search->findChildren<QToolButton *>();
        QVERIFY(!buttons.isEmpty());
        for (QToolButton *button : buttons) {
            if (!button->isVisibleTo(&window))
                continue;
            const QString name = QAccessible::queryAccessibleInterface(button)->text(QAccessible::Name);
            QVERIFY2(!name.trimmed().isEmpty(), "the clear button has no name");
        }
    }

    // "Play (Space) (Space)", "Mark In (I) (I)": the preview and the window
    // both added the shortcut. And Play that turned into Pause kept "Play".
    void tooltipsNameTheShortcutOnce()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QStringList wrong;
        QAction *play = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->toolTip().isEmpty())
                continue;
            const QString shortcut = QStringLiteral("(%1)").arg(action->shortcut().toString(QKeySequence::NativeText));
            if (action->toolTip().count(shortcut) != 1 || !action->toolTip().endsWith(shortcut))
                wrong << action->toolTip();
            if (action->text() == QLatin1String("Play"))
                play = action;
        }
        QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(QStringLiteral(", "))));
        QVERIFY(play);
        QCOMPARE(play->toolTip(), QStringLiteral("Play (Space)"));
        auto *markIn = window.findChild<QToolButton *>(QStringLiteral("markInButton"));
        QVERIFY(markIn);
        QCOMPARE(markIn->toolTip(), QStringLiteral("Mark In (I)"));
        play->setText(QStringLiteral("Pause")); // as the preview does while the clip plays
        QCOMPARE(play->toolTip(), QStringLiteral("Pause (Space)"));
        QCOMPARE(window.findChild<QToolButton *>(QStringLiteral("playButton"))->toolTip(),
                 QStringLiteral("Pause (Space)"));
    }

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
