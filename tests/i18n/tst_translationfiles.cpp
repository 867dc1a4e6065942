#include "uilanguage.h"

#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

// The compiled translations as the program ships them: every language's .qm
// embedded under :/i18n and Qt's own qtbase_<lang>.qm next to Qt, so standard
// dialogs speak the same language as the window.
class TestTranslationFiles : public QObject
{
    Q_OBJECT

private slots:
    void languages_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("fileMenu");
        QTest::addColumn<QString>("upload");
        QTest::addColumn<QString>("queuedThree"); // the plural form, before tr() fills in %n
        QTest::addColumn<QString>("qtCancel");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral("&Datei") << QStringLiteral("&Hochladen")
                            << QStringLiteral("%n Clips zum Hochladen eingereiht.") << QStringLiteral("Abbrechen");
        QTest::newRow("es") << QStringLiteral("es") << QStringLiteral("&Archivo") << QStringLiteral("&Subir")
                            << QStringLiteral("%n clips en cola para subir.") << QStringLiteral("Cancelar");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("&Fichier") << QStringLiteral("&Envoyer")
                            << QStringLiteral("%n clips mis en file d’attente pour l’envoi.")
                            << QStringLiteral("Annuler");
        QTest::newRow("ja") << QStringLiteral("ja") << QStringLiteral("ファイル(&F)")
                            << QStringLiteral("アップロード(&U)")
                            << QStringLiteral("%n 本のクリップをアップロード待ちに追加しました。")
                            << QStringLiteral("キャンセル");
    }

    void languages()
    {
        QFETCH(QString, language);
        QFETCH(QString, fileMenu);
        QFETCH(QString, upload);
        QFETCH(QString, queuedThree);
        QFETCH(QString, qtCancel);

        QVERIFY2(UiLanguage::available().contains(language),
                 qPrintable(UiLanguage::available().join(QLatin1Char(','))));

        QTranslator program;
        const QString embedded = QStringLiteral(":/i18n/uplift-capture_%1.qm").arg(language);
        QVERIFY2(program.load(embedded), qPrintable(embedded));
        QCOMPARE(program.language().section(QLatin1Char('_'), 0, 0), language);
        QCOMPARE(program.translate("MainWindow", "&File"), fileMenu);
        QCOMPARE(program.translate("MainWindow", "&Upload"), upload);
        QCOMPARE(program.translate("MainWindow", "%n clips queued for upload.", nullptr, 3), queuedThree);
        // lrelease -removeidentical leaves out translations equal to their
        // source; a message missing for any other reason would come back empty.
        QVERIFY(!program.translate("MainWindow", "Welcome to Uplift Capture").isEmpty());

        QTranslator qt;
        const QString qtDir = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
        QVERIFY2(qt.load(QStringLiteral("qtbase_") + language, qtDir),
                 qPrintable(QStringLiteral("qtbase_%1.qm in %2 (Debian: qt6-translations-l10n)").arg(language, qtDir)));
        QCOMPARE(qt.translate("QPlatformTheme", "Cancel"), qtCancel);
    }

    // What the window does: UiLanguage installs both, and tr() answers in the language.
    void installedThroughUiLanguage()
    {
        UiLanguage language;
        QVERIFY(language.apply(QLocale(QLocale::Japanese, QLocale::Japan)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("ファイル(&F)"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("キャンセル"));
        QVERIFY(language.apply(QLocale(QLocale::French, QLocale::France)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&Fichier"));
        // French counts 0 and 1 as singular.
        QCOMPARE(QCoreApplication::translate("JobSummary", "%n failed", nullptr, 0), QStringLiteral("0 échec"));
        QCOMPARE(QCoreApplication::translate("JobSummary", "%n failed", nullptr, 2), QStringLiteral("2 échecs"));
    }
};

QTEST_MAIN(TestTranslationFiles)
#include "tst_translationfiles.moc"
