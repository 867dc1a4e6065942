#include "settings/athletedefaults.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

class TestAthleteDefaults : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniFile() const { return m_dir.filePath(QStringLiteral("defaults.ini")); }

    static AthleteDefaults::Values golf(const QString &hand)
    {
        return { QStringLiteral("single.down_the_line"),
                 QStringLiteral("portrait"),
                 QStringLiteral("golf"),
                 QStringLiteral("full_swing"),
                 { { QStringLiteral("handedness"), hand }, { QStringLiteral("club"), QStringLiteral("7 iron") } } };
    }

private slots:
    void init() { QFile::remove(iniFile()); }

    void eachAthleteKeepsTheirOwnAcrossInstances()
    {
        {
            AthleteDefaults defaults(iniFile());
            QVERIFY(!defaults.of(QStringLiteral("ava")));
            defaults.remember(QStringLiteral("ava"), golf(QStringLiteral("left")));
            defaults.remember(QStringLiteral("liam"), golf(QStringLiteral("right")));
        }
        AthleteDefaults again(iniFile());
        QCOMPARE(*again.of(QStringLiteral("ava")), golf(QStringLiteral("left")));
        QCOMPARE(*again.of(QStringLiteral("liam")), golf(QStringLiteral("right")));
        QVERIFY(!again.of(QStringLiteral("nobody")));
        QVERIFY(!again.of(QString()));
        // The last batch wins.
        AthleteDefaults::Values putt = golf(QStringLiteral("left"));
        putt.movement = QStringLiteral("putt");
        again.remember(QStringLiteral("ava"), putt);
        QCOMPARE(again.of(QStringLiteral("ava"))->movement, QStringLiteral("putt"));
    }

    void onlyTheMostRecentAthletesAreKept()
    {
        AthleteDefaults defaults(iniFile());
        const QDateTime start(QDate(2026, 1, 1), QTime(8, 0), Qt::UTC);
        for (int i = 0; i < AthleteDefaults::maxAthletes + 3; ++i)
            defaults.remember(QStringLiteral("a%1").arg(i), golf(QStringLiteral("left")), start.addSecs(i));
        QVERIFY(!defaults.of(QStringLiteral("a0")));
        QVERIFY(!defaults.of(QStringLiteral("a2")));
        QVERIFY(defaults.of(QStringLiteral("a3")));
        QVERIFY(defaults.of(QStringLiteral("a%1").arg(AthleteDefaults::maxAthletes + 2)));
    }

    // Issue 22: before, the orientation the form read from the video was kept
    // under "orientation" as if the coach had chosen it (and sent for the next
    // batch's phone clips). Such a value is not read back as a choice; the
    // coach's own choice is kept and read again.
    void anOrientationReadFromTheVideoBeforeIsNoChoice()
    {
        {
            QSettings settings(iniFile(), QSettings::IniFormat);
            settings.setValue(
                QStringLiteral("athleteDefaults/all"),
                QVariantMap { { QStringLiteral("ava"),
                                QVariantMap { { QStringLiteral("orientation"), QStringLiteral("landscape") },
                                              { QStringLiteral("movement"), QStringLiteral("full_swing") } } } });
        }
        AthleteDefaults defaults(iniFile());
        QVERIFY(defaults.of(QStringLiteral("ava")));
        QVERIFY(defaults.of(QStringLiteral("ava"))->orientation.isEmpty());
        QCOMPARE(defaults.of(QStringLiteral("ava"))->movement, QStringLiteral("full_swing"));
        AthleteDefaults::Values chosen = golf(QStringLiteral("left"));
        chosen.orientation = QStringLiteral("landscape");
        defaults.remember(QStringLiteral("ava"), chosen);
        QCOMPARE(AthleteDefaults(iniFile()).of(QStringLiteral("ava"))->orientation, QStringLiteral("landscape"));
        chosen.orientation = QStringLiteral("sideways"); // not an orientation
        defaults.remember(QStringLiteral("ava"), chosen);
        QVERIFY(AthleteDefaults(iniFile()).of(QStringLiteral("ava"))->orientation.isEmpty());
    }

    void aHandEditedFileGivesOnlyWellFormedValues()
    {
        {
            QSettings settings(iniFile(), QSettings::IniFormat);
            settings.setValue(
                QStringLiteral("athleteDefaults/all"),
                QVariantMap { { QStringLiteral("ava"),
                                QVariantMap { { QStringLiteral("activity"), QString(5000, QLatin1Char('g')) },
                                              { QStringLiteral("movement"), QStringLiteral("full_swing") },
                                              { QStringLiteral("dimensions"),
                                                QVariantList { QStringList { QStringLiteral("handedness") },
                                                               QStringList { QStringLiteral("handedness"),
                                                                             QStringLiteral("left") },
                                                               42 } } } },
                              { QStringLiteral("empty"), QStringLiteral("not a map") } });
        }
        AthleteDefaults defaults(iniFile());
        const auto ava = defaults.of(QStringLiteral("ava"));
        QVERIFY(ava);
        QVERIFY(ava->activity.isEmpty());
        QCOMPARE(ava->movement, QStringLiteral("full_swing"));
        QCOMPARE(ava->dimensions.size(), 1);
        QCOMPARE(ava->dimensions.first().second, QStringLiteral("left"));
        QVERIFY(!defaults.of(QStringLiteral("empty")));
    }
};

QTEST_GUILESS_MAIN(TestAthleteDefaults)
#include "tst_athletedefaults.moc"
