#include "accountsettings.h"
#include "athletepicker.h"
#include "captureform.h"
#include "coachaccount.h"
#include "mainwindow.h"
#include "newathletedialog.h"
#include "settingsdialog.h"

#include "api/client/upliftclient.h"
#include "sandbox/sandboxserver.h"
#include "testvideo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

// The window against a real sandbox on 127.0.0.1: the roster arrives in the
// athlete picker, "New athlete…" creates one through the API and selects it,
// and "Test connection" tells a good key from a bad one.
class TestCoachAccount : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SandboxServer> m_sandbox;
    QNetworkAccessManager m_network;

private slots:
    void initTestCase()
    {
        SandboxOptions options;
        options.dataFolder = TestVideo::scratchPath(QStringLiteral("sandbox"));
        QDir(options.dataFolder).removeRecursively();
        m_sandbox = std::make_unique<SandboxServer>(options);
        QString problem;
        QVERIFY2(m_sandbox->start(&problem), qPrintable(problem));
        QCOMPARE(m_sandbox->baseUrl().host(), QStringLiteral("127.0.0.1"));
    }

    void rosterNewAthleteAndConnectionTest()
    {
        MainWindow window;
        window.show();
        QString problem;
        QVERIFY(!window.useServer(QUrl(QStringLiteral("http://example.com/v1")), QStringLiteral("k"), &problem));
        QVERIFY(!problem.isEmpty()); // plain http only for the sandbox on this computer
        QVERIFY2(window.useServer(m_sandbox->baseUrl(), m_sandbox->apiKey(), &problem), qPrintable(problem));

        AthletePicker *picker = window.captureForm()->athletePicker();
        QTRY_COMPARE_WITH_TIMEOUT(picker->athleteCount(), 12, 10000);
        QVERIFY(picker->teams().contains(QStringLiteral("Hawks")));
        picker->setTeamFilter(QStringLiteral("Hawks"));
        QCOMPARE(picker->comboBox()->count(), 3);
        picker->setTeamFilter(QString());

        // New athlete through the dialog; the API's rules show before sending.
        emit window.captureForm()->newAthleteRequested();
        auto *dialog = window.findChild<NewAthleteDialog *>();
        QVERIFY(dialog);
        QPointer<NewAthleteDialog> guard(dialog);
        QPushButton *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        dialog->findChild<QLineEdit *>(QStringLiteral("firstNameEdit"))->setText(QStringLiteral("Ada"));
        dialog->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("13/05/2001"));
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("birthDateError"))->text().isEmpty());
        dialog->findChild<QLineEdit *>(QStringLiteral("birthDateEdit"))->setText(QStringLiteral("2001-05-13"));
        dialog->findChild<QLineEdit *>(QStringLiteral("lastNameEdit"))->setText(QStringLiteral("Li"));
        dialog->findChild<QLineEdit *>(QStringLiteral("teamEdit"))->setText(QStringLiteral("Eagles"));
        QVERIFY(ok->isEnabled());
        ok->click();
        QTRY_VERIFY_WITH_TIMEOUT(!guard || !guard->isVisible(), 10000); // closes and deletes itself
        QTRY_COMPARE_WITH_TIMEOUT(picker->athleteCount(), 13, 10000);
        QTRY_COMPARE(picker->currentName(), QStringLiteral("Ada Li"));
        QVERIFY(CaptureSpec::isUuid(picker->currentId()));

        // Test connection from the settings dialog: the sandbox's key works, another does not.
        AccountSettings account(&window, QStringLiteral("uplift-capture-tests"),
                                TestVideo::scratchPath(QStringLiteral("settings.ini")));
        window.openSettings();
        auto *settings = window.findChild<SettingsDialog *>();
        QVERIFY(settings);
        settings->setValues({ m_sandbox->baseUrl().toString(), m_sandbox->apiKey(), false, 2, QString() });
        settings->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        auto *result = settings->findChild<QLabel *>(QStringLiteral("testResult"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✓")), 10000);
        settings->setValues({ m_sandbox->baseUrl().toString(), QStringLiteral("sk-wrong"), false, 2, QString() });
        settings->findChild<QPushButton *>(QStringLiteral("testButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✗")), 10000);
        QVERIFY(!result->text().contains(QStringLiteral("sk-wrong"))); // the key is never echoed
        // In the coach's words, not the HTTP status alone.
        QVERIFY2(result->text().contains(QStringLiteral("refused this API key")), qPrintable(result->text()));
    }
};

QTEST_MAIN(TestCoachAccount)
#include "tst_coachaccount.moc"
