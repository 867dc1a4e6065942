#include "settings/impactwindows.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

// The time before and after an impact, remembered per movement: only what the
// coach changed, never the movement's own numbers.
class TestImpactWindows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniFile() const { return m_dir.filePath(QStringLiteral("impacts.ini")); }
    // What the catalogue gives golf's full swing and the default.
    const ImpactWindow golf { 2500, 1500, 2000 };
    const ImpactWindow plain {};

private slots:
    void init() { QFile::remove(iniFile()); }

    void withoutAChoiceTheMovementsOwnNumbersAreUsed()
    {
        ImpactWindows windows(iniFile());
        QCOMPARE(windows.of(QStringLiteral("golf"), QStringLiteral("full_swing"), golf), golf);
        QCOMPARE(windows.of(QStringLiteral("other"), QStringLiteral("other"), plain), plain);
        QCOMPARE(windows.chosen(QStringLiteral("golf"), QStringLiteral("full_swing")), ImpactWindows::Chosen {});
    }

    void aChoiceIsKeptPerMovementAcrossInstances()
    {
        {
            ImpactWindows windows(iniFile());
            QVERIFY(windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 3000, 2000, golf).isEmpty());
            QVERIFY(windows.choose(QStringLiteral("tennis"), QStringLiteral("overhand_serve"), 1000, 1000, plain)
                        .isEmpty());
        }
        ImpactWindows again(iniFile());
        QCOMPARE(again.of(QStringLiteral("golf"), QStringLiteral("full_swing"), golf),
                 (ImpactWindow { 3000, 2000, 2000 }));
        // Compared as the server compares keys.
        QCOMPARE(again.of(QStringLiteral(" Golf"), QStringLiteral("FULL_SWING "), golf).beforeMs, 3000);
        QCOMPARE(again.of(QStringLiteral("tennis"), QStringLiteral("overhand_serve"), plain).afterMs, 1000);
        // Another movement of the same activity keeps its own numbers.
        QCOMPARE(again.of(QStringLiteral("golf"), QStringLiteral("chip"), plain), plain);
    }

    void theMinimumGapIsAlwaysTheMovements()
    {
        ImpactWindows windows(iniFile());
        windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 3000, 2000, golf);
        const ImpactWindow wider { 2500, 1500, 4000 };
        QCOMPARE(windows.of(QStringLiteral("golf"), QStringLiteral("full_swing"), wider).minGapMs, 4000);
    }

    void theMovementsOwnNumbersAreNotStored()
    {
        ImpactWindows windows(iniFile());
        QVERIFY(windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 2500, 1500, golf).isEmpty());
        QVERIFY(
            !QSettings(iniFile(), QSettings::IniFormat).contains(QStringLiteral("impactWindows/all"))
            || QSettings(iniFile(), QSettings::IniFormat).value(QStringLiteral("impactWindows/all")).toMap().isEmpty());

        // Only the side the coach changed is a choice: a better catalogue number for the other still arrives.
        windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 3000, 1500, golf);
        QCOMPARE(windows.chosen(QStringLiteral("golf"), QStringLiteral("full_swing")),
                 (ImpactWindows::Chosen { 3000, std::nullopt }));
        const ImpactWindow newerCatalogue { 2000, 1800, 2000 };
        QCOMPARE(windows.of(QStringLiteral("golf"), QStringLiteral("full_swing"), newerCatalogue),
                 (ImpactWindow { 3000, 1800, 2000 }));

        // Set back to the movement's numbers: forgotten.
        windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 2500, 1500, golf);
        QCOMPARE(windows.chosen(QStringLiteral("golf"), QStringLiteral("full_swing")), ImpactWindows::Chosen {});
        QCOMPARE(windows.of(QStringLiteral("golf"), QStringLiteral("full_swing"), newerCatalogue), newerCatalogue);
    }

    void forgetGoesBackToTheMovementsNumbers()
    {
        ImpactWindows windows(iniFile());
        windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 3000, 2000, golf);
        windows.forget(QStringLiteral("GOLF"), QStringLiteral("full_swing"));
        QCOMPARE(windows.of(QStringLiteral("golf"), QStringLiteral("full_swing"), golf), golf);
    }

    void unusableSidesAreRefusedAndNotStored()
    {
        ImpactWindows windows(iniFile());
        QVERIFY(!windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), -1, 1500, golf).isEmpty());
        QVERIFY(!windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 31000, 1500, golf).isEmpty());
        QVERIFY(!windows.choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 100, 100, golf).isEmpty());
        QCOMPARE(windows.chosen(QStringLiteral("golf"), QStringLiteral("full_swing")), ImpactWindows::Chosen {});
    }

    void aHandEditedFileCannotGiveUnusableSides()
    {
        {
            QSettings raw(iniFile(), QSettings::IniFormat);
            raw.setValue(QStringLiteral("impactWindows/all"),
                         QVariantMap {
                             { QStringLiteral("golf\nfull_swing"),
                               QVariantMap { { QStringLiteral("beforeMs"), QStringLiteral("lots") },
                                             { QStringLiteral("afterMs"), 999999 } } },
                             { QStringLiteral("tennis\noverhand_serve"),
                               QVariantMap { { QStringLiteral("beforeMs"), 0 }, { QStringLiteral("afterMs"), 0 } } } });
        }
        ImpactWindows windows(iniFile());
        QCOMPARE(windows.of(QStringLiteral("golf"), QStringLiteral("full_swing"), golf), golf);
        // Each side valid alone, together no part at all: the movement's own numbers.
        QCOMPARE(windows.of(QStringLiteral("tennis"), QStringLiteral("overhand_serve"), plain), plain);
    }

    void onlyABoundedNumberOfMovementsIsKept()
    {
        ImpactWindows windows(iniFile());
        for (int i = 0; i < ImpactWindows::maxMovements + 5; ++i)
            windows.choose(QStringLiteral("typed"), QStringLiteral("m%1").arg(i), 1000, 1000, plain);
        QCOMPARE(windows.of(QStringLiteral("typed"), QStringLiteral("m0"), plain).beforeMs, 1000);
        QCOMPARE(windows.of(QStringLiteral("typed"), QStringLiteral("m%1").arg(ImpactWindows::maxMovements), plain),
                 plain);
        // A movement already kept can still be changed.
        windows.choose(QStringLiteral("typed"), QStringLiteral("m0"), 1200, 1000, plain);
        QCOMPARE(windows.of(QStringLiteral("typed"), QStringLiteral("m0"), plain).beforeMs, 1200);
        // Without an activity and a movement there is nothing to keep it for.
        QVERIFY(windows.choose(QString(), QStringLiteral("m"), 1000, 1000, plain).isEmpty());
        QCOMPARE(windows.of(QString(), QStringLiteral("m"), plain), plain);
    }
};

QTEST_GUILESS_MAIN(TestImpactWindows)
#include "tst_impactwindows.moc"
