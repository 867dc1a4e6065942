#include "mainwindow.h"
#include "uilanguage.h"

#include <QMenuBar>
#include <QTest>

// The translation pipeline end to end: .ts compiled by lrelease at build
// time, embedded, found, installed, and picked up by a live window.
class TestUiLanguage : public QObject
{
    Q_OBJECT

private slots:
    void germanIsEmbedded()
    {
        QVERIFY2(UiLanguage::available().contains(QStringLiteral("de")),
                 qPrintable(UiLanguage::available().join(QLatin1Char(','))));
    }

    void windowSwitchesLanguageWithoutRestart()
    {
        MainWindow window;
        auto *fileMenu = window.menuBar()->actions().value(0);
        QVERIFY(fileMenu);
        QCOMPARE(fileMenu->text(), QStringLiteral("&File"));

        UiLanguage language;
        QVERIFY(language.apply(QLocale(QLocale::German, QLocale::Germany)));
        // LanguageChange reaches windows as a posted event.
        QTRY_COMPARE(fileMenu->text(), QStringLiteral("&Datei"));

        QVERIFY(language.apply(QLocale(QLocale::English, QLocale::UnitedStates)));
        QTRY_COMPARE(fileMenu->text(), QStringLiteral("&File"));
    }

    void unknownLanguageFallsBackToEnglish()
    {
        UiLanguage language;
        QVERIFY(!language.apply(QLocale(QLocale::Zulu)));
        QCOMPARE(QCoreApplication::translate("MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_MAIN(TestUiLanguage)
#include "tst_uilanguage.moc"
