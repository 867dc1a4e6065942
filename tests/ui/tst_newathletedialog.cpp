#include "athletepicker.h"
#include "captureform.h"
#include "mainwindow.h"
#include "newathletedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

class TestNewAthleteDialog : public QObject
{
    Q_OBJECT

private slots:
    void createRulesAreCheckedAsTheCoachTypes()
    {
        NewAthleteDialog dialog;
        dialog.show();
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled()); // the first name is required
        dialog.findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Li"));
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("firstNameError"))->isVisible());

        dialog.findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Ada"));
        QVERIFY(ok->isEnabled());
        QVERIFY(!dialog.findChild<QLabel *>(QStringLiteral("firstNameError"))->isVisible());

        // The core's rules (e.g. date format) show next to their field.
        dialog.setValidator([](const QJsonObject &body) {
            QList<NewAthleteDialog::Problem> problems;
            const QString born = body.value(QStringLiteral("date_of_birth")).toString();
            if (!born.isEmpty() && !QDate::fromString(born, Qt::ISODate).isValid())
                problems.append({ QStringLiteral("date_of_birth"), QStringLiteral("Write the date as YYYY-MM-DD.") });
            return problems;
        });
        dialog.findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("13/05/2001"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("birthDateError"))->text(),
                 QStringLiteral("Write the date as YYYY-MM-DD."));
        dialog.findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("2001-05-13"));
        QVERIFY(ok->isEnabled());

        dialog.findChild<QSpinBox *>(QStringLiteral("heightSpin"))->setValue(70);
        dialog.findChild<QLineEdit *>(QStringLiteral("teamEdit"))->setText(QStringLiteral("Eagles"));
        QSignalSpy create(&dialog, &NewAthleteDialog::createRequested);
        ok->click();
        QCOMPARE(create.count(), 1);
        const QJsonObject body = create.at(0).at(0).toJsonObject();
        QCOMPARE(body,
                 (QJsonObject { { QStringLiteral("first_name"), QStringLiteral("Ada") },
                                { QStringLiteral("last_name"), QStringLiteral("Li") },
                                { QStringLiteral("date_of_birth"), QStringLiteral("2001-05-13") },
                                { QStringLiteral("height"), 70 },
                                { QStringLiteral("custom_attributes"),
                                  QJsonObject { { QStringLiteral("team"), QStringLiteral("Eagles") } } } }));
        QVERIFY(!ok->isEnabled()); // waiting for the API's answer
        dialog.showCreateResult(false, QStringLiteral("The API refused: e-mail already used."));
        QVERIFY(ok->isEnabled());
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("resultLabel"))->text(),
                 QStringLiteral("The API refused: e-mail already used."));
        dialog.showCreateResult(true, QString());
        QVERIFY(!dialog.isVisible());
    }

    void windowOpensItAndSelectsTheNewAthlete()
    {
        MainWindow window;
        window.show();
        QSignalSpy create(&window, &MainWindow::athleteCreateRequested);
        emit window.captureForm()->newAthleteRequested();
        NewAthleteDialog *dialog = window.findChild<NewAthleteDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QPointer<NewAthleteDialog> guard(dialog);
        dialog->findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Cy"));
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(create.count(), 1);
        window.captureForm()->athletePicker()->setAthletes(
            { { QStringLiteral("new-id"), QStringLiteral("Cy"), QString(), QString() } });
        window.showAthleteCreateResult(true, QString(), QStringLiteral("new-id"));
        QCOMPARE(window.captureForm()->athletePicker()->currentId(), QStringLiteral("new-id"));
        QTRY_VERIFY(!guard || !guard->isVisible()); // closes and deletes itself
    }

    void catalogueFillsActivitiesMovementsAndRequiredDimensions()
    {
        MainWindow window;
        MainWindow::Catalogue catalogue;
        catalogue.activities = [] {
            return QList<CaptureForm::Option> { QStringLiteral("golf"), QStringLiteral("jump") };
        };
        catalogue.movements = [](const QString &activity) {
            return activity == QLatin1String("golf")
                ? QList<CaptureForm::Option> { QStringLiteral("full_swing"), QStringLiteral("putt") }
                : QList<CaptureForm::Option> { QStringLiteral("countermovement") };
        };
        catalogue.dimensions = [](const QString &activity, const QString &movement) {
            QList<CaptureForm::Dimension> required;
            if (activity == QLatin1String("golf") && movement == QLatin1String("full_swing"))
                required.append({ QStringLiteral("handedness"),
                                  QStringLiteral("Handedness"),
                                  { QStringLiteral("left"), QStringLiteral("right") } });
            return required;
        };
        window.setCatalogue(catalogue);
        CaptureForm *form = window.captureForm();
        auto *activity = form->findChild<QComboBox *>(QStringLiteral("activityBox"));
        QCOMPARE(activity->count(), 2);
        form->setActivity(QStringLiteral("golf"));
        QCOMPARE(form->findChild<QComboBox *>(QStringLiteral("movementBox"))->count(), 2);
        form->setMovement(QStringLiteral("full_swing"));
        auto *handedness = form->findChild<QComboBox *>(QStringLiteral("dimension_handedness"));
        QVERIFY(handedness);
        QCOMPARE(handedness->count(), 3); // "Choose…", left, right
        form->setMovement(QStringLiteral("putt"));
        QTRY_VERIFY(!form->findChild<QComboBox *>(QStringLiteral("dimension_handedness")));
    }
};

QTEST_MAIN(TestNewAthleteDialog)
#include "tst_newathletedialog.moc"
