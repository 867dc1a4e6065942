#include "mainwindow.h"
#include "newathletedialog.h"
#include "settingsdialog.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QGlyphRun>
#include <QLabel>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

// The longer German and French strings (and Japanese glyphs) must fit: every
// single-line label and button of the dialogs and the window, shown at their
// own size in each language, is at least as wide as its text needs. A grab of
// each is left in UPLIFT_TEST_TMP to look at.
namespace {

QStringList clipped(QWidget *top)
{
    QStringList found;
    const auto labels = top->findChildren<QLabel *>();
    for (const QLabel *label : labels) {
        if (!label->isVisibleTo(top) || label->wordWrap() || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        if (label->width() + 1 < label->sizeHint().width())
            found << QStringLiteral("label \"%1\" is %2 px wide, needs %3")
                         .arg(label->text())
                         .arg(label->width())
                         .arg(label->sizeHint().width());
    }
    const auto buttons = top->findChildren<QAbstractButton *>();
    for (const QAbstractButton *button : buttons) {
        if (!button->isVisibleTo(top) || button->text().isEmpty())
            continue;
        if (button->width() + 1 < button->sizeHint().width())
            found << QStringLiteral("button \"%1\" is %2 px wide, needs %3")
                         .arg(button->text())
                         .arg(button->width())
                         .arg(button->sizeHint().width());
    }
    return found;
}

void keepGrab(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("UPLIFT_TEST_TMP", QDir::tempPath());
    QDir().mkpath(folder);
    widget->grab().save(folder + QLatin1Char('/') + name + QStringLiteral(".png"));
}

} // namespace

class TestTranslatedLayouts : public QObject
{
    Q_OBJECT

private slots:
    void dialogs_data()
    {
        QTest::addColumn<QString>("language");
        for (const char *language : { "en", "de", "es", "fr", "ja" })
            QTest::newRow(language) << QString::fromLatin1(language);
    }

    void dialogs()
    {
        QFETCH(QString, language);
        UiLanguage ui;
        QVERIFY(ui.apply(QLocale(language)));

        SettingsDialog settings;
        settings.show();
        QVERIFY(QTest::qWaitForWindowExposed(&settings));
        keepGrab(&settings, QStringLiteral("settings-") + language);
        QStringList problems = clipped(&settings);

        NewAthleteDialog athlete;
        athlete.show();
        QVERIFY(QTest::qWaitForWindowExposed(&athlete));
        keepGrab(&athlete, QStringLiteral("newathlete-") + language);
        problems += clipped(&athlete);

        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void mainWindow_data() { dialogs_data(); }

    // The window at its default size (1360×840, what the screenshots show).
    void mainWindow()
    {
        QFETCH(QString, language);
        UiLanguage ui;
        QVERIFY(ui.apply(QLocale(language)));
        MainWindow window;
        window.resize(1360, 840);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        keepGrab(&window, QStringLiteral("mainwindow-") + language);
        const QStringList problems = clipped(&window);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // Under tests/i18n/fonts.conf (FONTCONFIG_FILE, as for the screenshots)
    // Japanese is set in the proportional IPA P Gothic, not IPA Gothic, whose
    // Latin letters and digits all have one width.
    void japaneseUsesAProportionalFont()
    {
        if (!qEnvironmentVariable("FONTCONFIG_FILE").endsWith(QStringLiteral("fonts.conf")))
            QSKIP("Run through ctest, which sets FONTCONFIG_FILE");
        QTextLayout layout(QStringLiteral("アップロード中 Uplift 1234"), QApplication::font());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        QStringList families;
        const QList<QGlyphRun> runs = layout.glyphRuns();
        for (const QGlyphRun &run : runs)
            families << run.rawFont().familyName();
        QVERIFY2(families.contains(QStringLiteral("IPAPGothic")) || families.contains(QStringLiteral("IPA Pゴシック")),
                 qPrintable(families.join(QLatin1Char(','))));
        QVERIFY2(!families.contains(QStringLiteral("IPAGothic")), qPrintable(families.join(QLatin1Char(','))));
    }
};

QTEST_MAIN(TestTranslatedLayouts)
#include "tst_translatedlayouts.moc"
