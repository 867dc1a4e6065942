#include "mainwindow.h"
#include "settingsdialog.h"

#include "settings/settings.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

Q_DECLARE_METATYPE(SettingsDialog::Values)

class TestSettingsDialog : public QObject
{
    Q_OBJECT

private:
    static QAbstractButton *buttonNamed(QMessageBox *box, const QString &text)
    {
        for (QAbstractButton *button : box->buttons()) {
            if (button->text() == text)
                return button;
        }
        return nullptr;
    }

private slots:
    void keyIsMaskedAndTestAsksTheCaller()
    {
        SettingsDialog dialog;
        dialog.setValues(
            { QStringLiteral("https://api.uplift.ai/v1"), QStringLiteral("sk-secret"), false, 3, QString() });
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        QCOMPARE(key->echoMode(), QLineEdit::Password);
        dialog.findChild<QToolButton *>(QStringLiteral("showKeyButton"))->click();
        QCOMPARE(key->echoMode(), QLineEdit::Normal);

        QSignalSpy test(&dialog, &SettingsDialog::testRequested);
        auto *testButton = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
        testButton->click();
        QCOMPARE(test.count(), 1);
        QCOMPARE(test.at(0).at(1).toString(), QStringLiteral("sk-secret"));
        QVERIFY(!testButton->isEnabled()); // until the answer comes
        dialog.showTestResult(false, QStringLiteral("The API key was refused (401)."));
        QVERIFY(testButton->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("testResult"))->text().contains(QStringLiteral("refused")));

        dialog.findChild<QCheckBox *>(QStringLiteral("sandboxCheck"))->setChecked(true);
        QVERIFY(!key->isEnabled());
        const SettingsDialog::Values values = dialog.values();
        QVERIFY(values.useSandbox);
        QCOMPARE(values.parallelUploads, 3);
        QCOMPARE(values.apiKey, QStringLiteral("sk-secret"));
    }

    // A key with a line break (pasted with the next line, or forged) is
    // refused next to the field: it cannot be tested, saved or used.
    void keyWithControlCharactersIsRefusedNextToTheField()
    {
        SettingsDialog dialog;
        dialog.setValues({ QStringLiteral("https://api.uplift.ai/v1"), QString(), false, 3, QString() });
        auto *key = dialog.findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("keyNote"));
        auto *test = dialog.findChild<QPushButton *>(QStringLiteral("testButton"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        key->setText(QStringLiteral("sk-good-key"));
        QVERIFY(test->isEnabled());
        QVERIFY(ok->isEnabled());
        QVERIFY(!note->text().contains(QStringLiteral("✗")));

        key->setText(QStringLiteral("sk-good\r\nX-Evil: 1"));
        QVERIFY(!test->isEnabled());
        QVERIFY(!ok->isEnabled());
        QVERIFY2(note->text().contains(QStringLiteral("line break")), qPrintable(note->text()));
        QVERIFY(!note->text().contains(QStringLiteral("X-Evil")));

        key->setText(QStringLiteral("sk-good-key"));
        QVERIFY(ok->isEnabled());
        QVERIFY(test->isEnabled());
    }

    void uploadSpeedLimitRoundTripsInMegabytesPerSecond()
    {
        SettingsDialog dialog;
        SettingsDialog::Values values;
        values.uploadRateLimit = 512 * 1024; // 0.5 MB/s, the smallest the box offers
        dialog.setValues(values);
        auto *check = dialog.findChild<QCheckBox *>(QStringLiteral("rateLimitCheck"));
        auto *speed = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("rateLimitSpin"));
        QVERIFY(check->isChecked());
        QVERIFY(speed->isEnabled());
        QCOMPARE(speed->value(), 0.5);
        QCOMPARE(dialog.values().uploadRateLimit, qint64(512 * 1024));
        speed->setValue(10);
        QCOMPARE(dialog.values().uploadRateLimit, qint64(10) * 1024 * 1024);
        check->setChecked(false);
        QVERIFY(!speed->isEnabled());
        QCOMPARE(dialog.values().uploadRateLimit, qint64(0));
        values.uploadRateLimit = 0;
        dialog.setValues(values);
        QVERIFY(!check->isChecked());
    }

    // Issue 24: the library folder is shown, typed or chosen with Browse…; a
    // relative path is refused next to the field; empty follows the default.
    void libraryFolderIsChosenWithBrowseAndRoundTrips()
    {
        SettingsDialog dialog;
        SettingsDialog::Values values;
        values.libraryFolder = Settings::defaultLibraryFolder();
        dialog.setValues(values);
        auto *edit = dialog.findChild<QLineEdit *>(QStringLiteral("libraryEdit"));
        auto *note = dialog.findChild<QLabel *>(QStringLiteral("libraryNote"));
        QPushButton *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(edit);
        QVERIFY(edit->text().isEmpty()); // the default is the placeholder
        QCOMPARE(edit->placeholderText(), QDir::toNativeSeparators(Settings::defaultLibraryFolder()));
        QCOMPARE(dialog.values().libraryFolder, Settings::defaultLibraryFolder());
        const QString today = QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"));
        QVERIFY2(note->text().contains(QStringLiteral("Uplift Capture/") + today), qPrintable(note->text()));

        edit->setText(QStringLiteral("clips"));
        QVERIFY(!ok->isEnabled());
        QVERIFY2(note->text().startsWith(QStringLiteral("✗")), qPrintable(note->text()));

        const QString chosen = qEnvironmentVariable("UPLIFT_TEST_TMP") + QStringLiteral("/Library");
        QVERIFY(QDir().mkpath(chosen));
        dialog.show();
        dialog.findChild<QPushButton *>(QStringLiteral("libraryBrowseButton"))->click();
        QFileDialog *browse = nullptr;
        QTRY_VERIFY((browse = dialog.findChild<QFileDialog *>(QStringLiteral("libraryFolderDialog")))
                    && browse->isVisible());
        QVERIFY(!browse->isModal() || browse->windowModality() != Qt::ApplicationModal);
        browse->selectFile(chosen);
        emit browse->fileSelected(chosen);
        browse->close();
        QCOMPARE(edit->text(), chosen);
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.values().libraryFolder, chosen);
        QVERIFY2(note->text().contains(chosen + QLatin1Char('/') + today), qPrintable(note->text()));

        values.libraryFolder = chosen;
        SettingsDialog again;
        again.setValues(values);
        QCOMPARE(again.findChild<QLineEdit *>(QStringLiteral("libraryEdit"))->text(), chosen);
        QCOMPARE(again.values().libraryFolder, chosen);
    }

    void firstStartOffersAKeyOrTheSandbox()
    {
        qRegisterMetaType<SettingsDialog::Values>();
        MainWindow window;
        window.show();
        QSignalSpy sandbox(&window, &MainWindow::sandboxRequested);
        window.offerFirstStart();
        auto *box = window.findChild<QMessageBox *>(QStringLiteral("firstStartBox"));
        QVERIFY(box);
        buttonNamed(box, QStringLiteral("Try the Sandbox"))->click();
        QCOMPARE(sandbox.count(), 1);

        window.offerFirstStart();
        QTRY_VERIFY((box = window.findChild<QMessageBox *>(QStringLiteral("firstStartBox"))));
        buttonNamed(box, QStringLiteral("Enter API Key…"))->click();
        SettingsDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<SettingsDialog *>()) && dialog->isVisible());
        QSignalSpy changed(&window, &MainWindow::settingsChanged);
        dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"))->setText(QStringLiteral("sk-new"));
        dialog->accept();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).value<SettingsDialog::Values>().apiKey, QStringLiteral("sk-new"));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
