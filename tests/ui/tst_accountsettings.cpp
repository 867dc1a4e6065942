#include "accountsettings.h"
#include "athletepicker.h"
#include "captureform.h"
#include "coachaccount.h"
#include "mainwindow.h"
#include "sessiongrouppicker.h"
#include "settingsdialog.h"
#include "uilanguage.h"

#include "api/roster/athletecache.h"
#include "sandbox/sandboxserver.h"
#include "settings/credentials.h"
#include "settings/sessiongroups.h"
#include "settings/settings.h"

#include "../settings/credentialsprobe.h"
#include "../settings/keyringsession.h"
#include "testvideo.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStatusBar>
#include <QTcpServer>
#include <QTest>
#include <QUuid>

// The Settings dialog through AccountSettings with the real core behind it:
// QSettings in a file of the test's own, a real keychain (gnome-keyring on a
// private D-Bus), a real sandbox on 127.0.0.1 for the connection test and the
// roster, and the AthleteCache on disk for working offline.
class TestAccountSettings : public QObject
{
    Q_OBJECT

private:
    KeyringSession m_keyring;
    std::unique_ptr<SandboxServer> m_sandbox;
    QString m_service;
    QString m_ini;

    static SettingsDialog *openDialog(MainWindow &window)
    {
        window.openSettings();
        SettingsDialog *dialog = window.findChild<SettingsDialog *>();
        return dialog && dialog->isVisible() ? dialog : nullptr;
    }
    static void pressOk(SettingsDialog *dialog)
    {
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    }
    static QUrl closedPortUrl()
    {
        // A port that was free a moment ago and has nobody listening now.
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost))
            return {};
        const quint16 port = server.serverPort();
        server.close();
        return QUrl(QStringLiteral("http://127.0.0.1:%1/v1").arg(port));
    }

private slots:
    void initTestCase()
    {
        qunsetenv("UPLIFT_API_KEY");
        qunsetenv("UPLIFT_API_URL");
        const QString problem = m_keyring.start();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        SandboxOptions options;
        options.dataFolder = TestVideo::scratchPath(QStringLiteral("sandbox"));
        QDir(options.dataFolder).removeRecursively();
        m_sandbox = std::make_unique<SandboxServer>(options);
        QString sandboxProblem;
        QVERIFY2(m_sandbox->start(&sandboxProblem), qPrintable(sandboxProblem));
    }

    void init()
    {
        // A keychain entry and a settings file of each test's own.
        m_service = QStringLiteral("uplift-capture-test-") + QUuid::createUuid().toString(QUuid::Id128);
        m_ini = TestVideo::scratchPath(QStringLiteral("settings-%1.ini").arg(m_service));
    }

    void cleanupTestCase()
    {
        m_sandbox.reset();
        m_keyring.stop();
    }

    void firstStartThenOkSavesEverythingTheKeyInTheKeychainOnly()
    {
        MainWindow window;
        window.show();
        AccountSettings account(&window, m_service, m_ini);
        QSignalSpy missing(&account, &AccountSettings::keyMissing);
        QSignalSpy connected(&account, &AccountSettings::connected);
        account.start();
        // The lookup is asynchronous: nothing answered yet, the window says what it does.
        QCOMPARE(missing.count(), 0);
        QCOMPARE(window.statusBar()->currentMessage(), QStringLiteral("Connecting…"));
        QTRY_COMPARE_WITH_TIMEOUT(missing.count(), 1, 15000);
        QTRY_VERIFY(window.findChild<QMessageBox *>(QStringLiteral("firstStartBox")));
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("API key")));

        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        dialog->findChild<QLineEdit *>(QStringLiteral("apiUrlEdit"))->setText(m_sandbox->baseUrl().toString());
        key->setText(m_sandbox->apiKey());
        dialog->findChild<QSpinBox *>(QStringLiteral("parallelSpin"))->setValue(4);
        QSignalSpy saved(&account, &AccountSettings::saved);
        QSignalSpy parallel(&account, &AccountSettings::parallelUploadsChanged);
        pressOk(dialog);

        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QCOMPARE(connected.at(0).at(0).toUrl(), m_sandbox->baseUrl());
        QCOMPARE(connected.at(0).at(1).toString(), m_sandbox->apiKey());
        QCOMPARE(parallel.count(), 1);
        QCOMPARE(parallel.at(0).at(0).toInt(), 4);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 15000);
        QVERIFY2(saved.at(0).at(0).toString().contains(QStringLiteral("saved in the keychain")),
                 qPrintable(saved.at(0).at(0).toString()));

        // The preferences in the settings file, the key nowhere in it...
        Settings settings(m_ini);
        QCOMPARE(settings.apiUrl(), m_sandbox->baseUrl());
        QCOMPARE(settings.parallelUploads(), 4);
        QFile file(m_ini);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(m_sandbox->apiKey().toUtf8()));
        // ...but in the keychain, where a fresh lookup finds it.
        Credentials reader(m_service);
        QCOMPARE(CredentialsProbe::load(reader).apiKey, m_sandbox->apiKey());

        // The window now talks to the server with that key: the roster arrives.
        QTRY_COMPARE_WITH_TIMEOUT(window.captureForm()->athletePicker()->athleteCount(), 12, 10000);
        Credentials cleanup(m_service);
        CredentialsProbe::forget(cleanup);
    }

    void uploadSpeedLimitIsSavedAndShownAgain()
    {
        MainWindow window;
        window.show();
        AccountSettings account(&window, m_service, m_ini);
        // The sandbox: no keychain lookup and no first-start question in the way.
        account.useSandbox(m_sandbox->baseUrl(), m_sandbox->apiKey(),
                           TestVideo::scratchPath(QStringLiteral("roster-%1").arg(m_service)));
        account.start();
        QSignalSpy limit(&account, &AccountSettings::uploadRateLimitChanged);

        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *check = dialog->findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"));
        auto *speed = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateLimitSpin"));
        QVERIFY(check && speed);
        QVERIFY(!check->isChecked()); // no limit unless the coach sets one
        QVERIFY(!speed->isEnabled());
        check->setChecked(true);
        QVERIFY(speed->isEnabled());
        speed->setValue(1.5);
        pressOk(dialog);

        const qint64 expected = 3 * 512 * 1024; // 1.5 MB/s
        QCOMPARE(limit.count(), 1);
        QCOMPARE(limit.at(0).at(0).toLongLong(), expected);
        QCOMPARE(Settings(m_ini).uploadRateLimit(), expected);
        QCOMPARE(account.values().uploadRateLimit, expected);

        // Opened again, the dialog shows the limit in force.
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        dialog = openDialog(window);
        QVERIFY(dialog);
        check = dialog->findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"));
        speed = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateLimitSpin"));
        QVERIFY(check->isChecked());
        QCOMPARE(speed->value(), 1.5);

        // OK without a change sends nothing; unticking removes the limit.
        pressOk(dialog);
        QCOMPARE(limit.count(), 1);
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        dialog = openDialog(window);
        QVERIFY(dialog);
        dialog->findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->setChecked(false);
        pressOk(dialog);
        QCOMPARE(limit.count(), 2);
        QCOMPARE(limit.at(1).at(0).toLongLong(), qint64(0));
        QCOMPARE(Settings(m_ini).uploadRateLimit(), qint64(0));
    }

    // Issue 24: the library folder chosen in Settings is saved, shown again, and
    // the status line says where imports go from now on.
    void libraryFolderIsSavedAndShownAgain()
    {
        MainWindow window;
        window.show();
        AccountSettings account(&window, m_service, m_ini);
        account.useSandbox(m_sandbox->baseUrl(), m_sandbox->apiKey(),
                           TestVideo::scratchPath(QStringLiteral("roster-%1").arg(m_service)));
        account.start();
        QCOMPARE(account.values().libraryFolder, Settings::defaultLibraryFolder());
        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        const QString chosen = TestVideo::scratchPath(QStringLiteral("library-%1").arg(m_service));
        dialog->findChild<QLineEdit *>(QStringLiteral("libraryEdit"))->setText(chosen);
        pressOk(dialog);
        QCOMPARE(Settings(m_ini).libraryFolder(), chosen);
        QCOMPARE(account.values().libraryFolder, chosen);
        QVERIFY2(window.statusBar()->currentMessage().contains(chosen),
                 qPrintable(window.statusBar()->currentMessage()));
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        dialog = openDialog(window);
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("libraryEdit"))->text(), chosen);
        // Emptied, the default is used again and the file forgets the choice.
        dialog->findChild<QLineEdit *>(QStringLiteral("libraryEdit"))->clear();
        pressOk(dialog);
        QCOMPARE(Settings(m_ini).libraryFolder(), Settings::defaultLibraryFolder());
    }

    // Issue 22, item 6: a window started with --sandbox (Settings does not say
    // sandbox) showed "Use the sandbox" unticked, and OK after changing only the
    // speed answered "Your Uplift account is used the next time Uplift Capture starts."
    void aSandboxWindowShowsTheSandboxAndOkSaysOnlyWhatChanged()
    {
        QVERIFY(!Settings(m_ini).useSandbox());
        MainWindow window;
        window.show();
        AccountSettings account(&window, m_service, m_ini);
        account.useSandbox(m_sandbox->baseUrl(), m_sandbox->apiKey(),
                           TestVideo::scratchPath(QStringLiteral("roster-%1").arg(m_service)));
        account.start();

        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *sandbox = dialog->findChild<QCheckBox *>(QStringLiteral("sandboxCheck"));
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("sandboxNote"));
        QVERIFY2(sandbox->isChecked(), "the window runs the sandbox: the box says so");
        // What unticking would mean is said before it is done.
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QStringLiteral("Untick")) && note->text().contains(QStringLiteral("--sandbox")),
                 qPrintable(note->text()));

        window.statusBar()->clearMessage();
        dialog->findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"))->setChecked(true);
        dialog->findChild<QDoubleSpinBox *>(QStringLiteral("rateLimitSpin"))->setValue(2.5);
        pressOk(dialog);
        const QString answer = window.statusBar()->currentMessage();
        QVERIFY2(!answer.contains(QStringLiteral("account")) && !answer.contains(QStringLiteral("next time")),
                 qPrintable(answer));
        QVERIFY2(answer.contains(QLocale().toString(2.5, 'f', 1)), qPrintable(answer));
        // Settings keep what they said: the next start without --sandbox uses the account.
        QVERIFY(!Settings(m_ini).useSandbox());

        // Opened again: still ticked. Unticked: now the answer is about the account, and only that.
        QTRY_VERIFY(!window.findChild<SettingsDialog *>());
        dialog = openDialog(window);
        QVERIFY(dialog);
        sandbox = dialog->findChild<QCheckBox *>(QStringLiteral("sandboxCheck"));
        QVERIFY(sandbox->isChecked());
        sandbox->setChecked(false);
        note = dialog->findChild<QLabel *>(QStringLiteral("sandboxNote"));
        QVERIFY2(note->text().contains(QStringLiteral("account")), qPrintable(note->text()));
        window.statusBar()->clearMessage();
        pressOk(dialog);
        const QString unticked = window.statusBar()->currentMessage();
        QVERIFY2(unticked.contains(QStringLiteral("Your Uplift account is used the next time")), qPrintable(unticked));
        QVERIFY2(!unticked.contains(QStringLiteral("MB/s")), qPrintable(unticked));
        QVERIFY(!Settings(m_ini).useSandbox());
    }

    void aSavedKeyConnectsWithoutWaitingAndStaysMasked()
    {
        Credentials writer(m_service);
        QVERIFY(CredentialsProbe::store(writer, m_sandbox->apiKey()).first);
        Settings(m_ini).setApiUrl(m_sandbox->baseUrl());

        MainWindow window;
        window.show();
        AccountSettings account(&window, m_service, m_ini);
        QSignalSpy connected(&account, &AccountSettings::connected);
        account.start();
        QCOMPARE(connected.count(), 0); // start() never waits for the keychain
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QVERIFY(!window.findChild<QMessageBox *>(QStringLiteral("firstStartBox")));
        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QCOMPARE(key->text(), m_sandbox->apiKey());
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("keyNote"))->text().contains(QStringLiteral("keychain")));
        CredentialsProbe::forget(writer);
    }

    void theEnvironmentVariableWinsAndTheDialogSaysSo()
    {
        qputenv("UPLIFT_API_KEY", m_sandbox->apiKey().toUtf8());
        Settings(m_ini).setApiUrl(m_sandbox->baseUrl());
        MainWindow window;
        AccountSettings account(&window, m_service, m_ini);
        QSignalSpy connected(&account, &AccountSettings::connected);
        account.start();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 15000);
        QCOMPARE(connected.at(0).at(1).toString(), m_sandbox->apiKey());
        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        QVERIFY(
            dialog->findChild<QLabel *>(QStringLiteral("keyNote"))->text().contains(QStringLiteral("UPLIFT_API_KEY")));
        qunsetenv("UPLIFT_API_KEY");
    }

    void testConnectionAnswersInTheCoachsWords()
    {
        MainWindow window;
        window.show();
        AccountSettings account(&window, m_service, m_ini);
        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *result = dialog->findChild<QLabel *>(QStringLiteral("testResult"));
        auto *test = dialog->findChild<QPushButton *>(QStringLiteral("testButton"));
        const auto tryWith = [&](const QString &url, const QString &key) {
            SettingsDialog::Values values = dialog->values();
            values.apiUrl = url;
            values.apiKey = key;
            values.useSandbox = false;
            dialog->setValues(values);
            result->clear();
            test->click();
        };

        tryWith(m_sandbox->baseUrl().toString(), m_sandbox->apiKey());
        QTRY_VERIFY_WITH_TIMEOUT(!result->text().isEmpty() && result->text() != QStringLiteral("Testing…"), 10000);
        QVERIFY2(result->text().startsWith(QStringLiteral("✓")), qPrintable(result->text()));

        tryWith(m_sandbox->baseUrl().toString(), QStringLiteral("sk-not-this-one"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✗")), 10000);
        QVERIFY2(result->text().contains(QStringLiteral("refused this API key")), qPrintable(result->text()));
        QVERIFY(!result->text().contains(QStringLiteral("sk-not-this-one")));

        const QUrl closed = closedPortUrl();
        QVERIFY(closed.isValid());
        tryWith(closed.toString(), QStringLiteral("sk-any"));
        QTRY_VERIFY_WITH_TIMEOUT(result->text().startsWith(QStringLiteral("✗")), 10000);
        QVERIFY2(result->text().contains(QStringLiteral("cannot be reached")), qPrintable(result->text()));

        // The sandbox is not running in this window: it says when it would.
        dialog->findChild<QCheckBox *>(QStringLiteral("sandboxCheck"))->setChecked(true);
        result->clear();
        test->click();
        QTRY_VERIFY(result->text().contains(QStringLiteral("next time")));
    }

    void sandboxSwitchTakesEffectAtTheNextStartAndSaysSo()
    {
        MainWindow window;
        window.show();
        AccountSettings account(&window, m_service, m_ini);
        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *note = dialog->findChild<QLabel *>(QStringLiteral("sandboxNote"));
        QVERIFY(!note->isVisible());
        dialog->findChild<QCheckBox *>(QStringLiteral("sandboxCheck"))->setChecked(true);
        QVERIFY(note->isVisible());
        QVERIFY(note->text().contains(QStringLiteral("next time")));
        pressOk(dialog);
        QVERIFY(Settings(m_ini).useSandbox());
        QVERIFY(window.statusBar()->currentMessage().contains(QStringLiteral("next time")));

        // "Try the sandbox" at first start asks for a restart in sandbox mode.
        Settings(m_ini).setUseSandbox(false);
        AccountSettings again(&window, m_service, m_ini);
        QSignalSpy restart(&again, &AccountSettings::restartRequested);
        emit window.sandboxRequested();
        QVERIFY(restart.count() >= 1);
        QVERIFY(Settings(m_ini).useSandbox());
    }

    void languageIsStoredAndSwitchedAtOnce()
    {
        UiLanguage language;
        language.applyChoice(QString());
        MainWindow window;
        AccountSettings account(&window, m_service, m_ini);
        SettingsDialog *dialog = openDialog(window);
        QVERIFY(dialog);
        auto *box = dialog->findChild<QComboBox *>(QStringLiteral("languageBox"));
        const int german = box->findData(QStringLiteral("de"));
        QVERIFY(german >= 0);
        box->setCurrentIndex(german);
        pressOk(dialog);
        QCOMPARE(Settings(m_ini).language(), QStringLiteral("de"));
        QCOMPARE(language.locale().language(), QLocale::German);
        QTRY_COMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Datei"));
        language.applyChoice(QStringLiteral("en"));
    }

    void rosterComesFromTheCacheWhenTheServerCannotBeReached()
    {
        const QString folder = TestVideo::scratchPath(QStringLiteral("offline-") + m_service);
        QDir().mkpath(folder);
        {
            AthleteCache cache(QDir(folder).filePath(QStringLiteral("athletes.sqlite")));
            QVERIFY(cache.open());
            Athlete ada;
            ada.id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000001");
            ada.firstName = QStringLiteral("Ada");
            ada.lastName = QStringLiteral("Li");
            Athlete bo;
            bo.id = QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002");
            bo.firstName = QStringLiteral("Bo");
            bo.lastName = QStringLiteral("Nakamura");
            bo.customAttributes.insert(QStringLiteral("team"), QStringLiteral("Hawks"));
            QVERIFY(cache.replaceAll({ ada, bo }));
        }
        MainWindow window;
        window.show();
        AccountSettings account(&window, m_service, m_ini);
        account.useSandbox(closedPortUrl(), QStringLiteral("sk-offline"), folder);
        account.start();
        AthletePicker *picker = window.captureForm()->athletePicker();
        QCOMPARE(picker->athleteCount(), 2); // at once, before any answer
        QTRY_VERIFY_WITH_TIMEOUT(
            window.statusBar()->currentMessage().contains(QStringLiteral("saved on this computer")), 10000);
        QCOMPARE(picker->athleteCount(), 2); // the failed refresh kept them
        QVERIFY(picker->setCurrentId(QStringLiteral("aaaaaaaa-0000-4000-8000-000000000002")));
        QVERIFY(picker->teams().contains(QStringLiteral("Hawks")));
    }

    void rosterRefreshReplacesTheCacheWhenOnline()
    {
        const QString folder = TestVideo::scratchPath(QStringLiteral("online-") + m_service);
        MainWindow window;
        AccountSettings account(&window, m_service, m_ini);
        account.useSandbox(m_sandbox->baseUrl(), m_sandbox->apiKey(), folder);
        account.start();
        QTRY_COMPARE_WITH_TIMEOUT(window.captureForm()->athletePicker()->athleteCount(), 12, 10000);
        QTRY_COMPARE(account.athletes()->athletes().size(), 12);
        QVERIFY(account.athletes()->lastRefreshed().isValid());
    }

    void describePaneFitsA1360ScreenWithTheRoster_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "en", "de", "fr" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    // With a roster that has teams (the sandbox's), the team filter must not
    // push the Describe pane past the right edge of a 1360 px wide window.
    void describePaneFitsA1360ScreenWithTheRoster()
    {
        QFETCH(QString, language);
        UiLanguage ui;
        QVERIFY(ui.apply(QLocale(language)));
        const QString folder = TestVideo::scratchPath(QStringLiteral("fit-") + language + m_service);
        MainWindow window;
        window.resize(1360, 840);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        AccountSettings account(&window, m_service, m_ini);
        account.useSandbox(m_sandbox->baseUrl(), m_sandbox->apiKey(), folder);
        account.start();
        AthletePicker *picker = window.captureForm()->athletePicker();
        QTRY_COMPARE_WITH_TIMEOUT(picker->athleteCount(), 12, 10000);
        QVERIFY(picker->teamBox()->isVisible());
        // A batch selected: the form shows its per-clip hints too.
        QStringList clips;
        for (const QString &name : { QStringLiteral("fit-a.mov"), QStringLiteral("fit-b.mov") }) {
            TestVideo video;
            video.path = QDir(TestVideo::scratchPath(QString())).filePath(language + name);
            video.seconds = 0.3;
            const QString made = video.make();
            QVERIFY2(made.isEmpty(), qPrintable(made));
            clips << video.path;
        }
        QCOMPARE(window.addPaths(clips), 2);
        QTRY_COMPARE(window.captureForm()->videoCount(), 2);
        QVERIFY2(window.width() <= 1360, qPrintable(QString::number(window.width())));
        auto *area = window.findChild<QScrollArea *>(QStringLiteral("describeArea"));
        QVERIFY(area && area->widget());
        QTRY_VERIFY2(area->geometry().right() < window.centralWidget()->width(),
                     qPrintable(QStringLiteral("%1 of %2").arg(area->geometry().right()).arg(window.width())));
        // Nothing of the form is hidden behind the pane's right edge (its
        // vertical scroll bar included): the content is no wider than the viewport.
        QTRY_VERIFY2(area->widget()->width() <= area->viewport()->width(),
                     qPrintable(QStringLiteral("content %1 px, viewport %2 px")
                                    .arg(area->widget()->width())
                                    .arg(area->viewport()->width())));
    }

    void catalogueFillsActivityMovementAndRequiredDimensions()
    {
        MainWindow window;
        CaptureForm *form = window.captureForm();
        // The coach reads the catalogue's words; the keys are what is sent.
        auto *activity = form->findChild<QComboBox *>(QStringLiteral("activityBox"));
        QCOMPARE(activity->itemText(activity->findData(QStringLiteral("track_and_field"))),
                 QStringLiteral("Track and field"));
        QVERIFY(activity->findText(QStringLiteral("track_and_field")) < 0);
        form->setActivity(QStringLiteral("golf"));
        QCOMPARE(activity->currentText(), QStringLiteral("Golf"));
        auto *movement = form->findChild<QComboBox *>(QStringLiteral("movementBox"));
        QCOMPARE(movement->itemText(movement->findData(QStringLiteral("full_swing"))), QStringLiteral("Full swing"));
        form->setMovement(QStringLiteral("full_swing"));
        QCOMPARE(form->choices().activity, QStringLiteral("golf"));
        QCOMPARE(form->choices().movement, QStringLiteral("full_swing"));
        // Typed in the coach's words (any case), or as the key, it is the same choice.
        activity->setEditText(QStringLiteral("golf"));
        QCOMPARE(form->choices().activity, QStringLiteral("golf"));
        movement->setEditText(QStringLiteral("full SWING"));
        QCOMPARE(form->choices().movement, QStringLiteral("full_swing"));
        movement->setEditText(QStringLiteral("Full swing"));
        QComboBox *handedness = nullptr;
        QTRY_VERIFY((handedness = form->findChild<QComboBox *>(QStringLiteral("dimension_handedness"))));
        QVERIFY(handedness->findData(QStringLiteral("left")) >= 0);
        QVERIFY(handedness->findData(QStringLiteral("right")) >= 0);
    }

    void sessionGroupsOutliveTheWindow()
    {
        const QString athlete
            = QStringLiteral("aaaaaaaa-0000-4000-8000-00000000000") + QString::number(QTime::currentTime().msec() % 10);
        QString id;
        {
            MainWindow window;
            SessionGroupPicker *picker = window.captureForm()->sessionGroupPicker();
            picker->setAthlete(athlete);
            id = picker->createGroup(QStringLiteral("Tuesday range session"));
            QVERIFY(!id.isEmpty());
        }
        QCOMPARE(SessionGroups().group(id)->name, QStringLiteral("Tuesday range session"));
        QCOMPARE(SessionGroups().group(id)->athleteId, athlete);
        MainWindow again;
        SessionGroupPicker *picker = again.captureForm()->sessionGroupPicker();
        picker->setAthlete(athlete);
        QVERIFY(picker->setCurrentId(id));
        QCOMPARE(picker->currentName(), QStringLiteral("Tuesday range session"));
    }
};

QTEST_MAIN(TestAccountSettings)
#include "tst_accountsettings.moc"
