#include "settings/sessiongroups.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestSessionGroups : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniFile() const { return m_dir.filePath(QStringLiteral("groups.ini")); }

private slots:
    void init() { QFile::remove(iniFile()); }

    void createdGroupsSurviveANewInstanceNewestFirst()
    {
        const QDateTime monday(QDate(2026, 5, 11), QTime(9, 0), Qt::UTC);
        {
            SessionGroups groups(iniFile());
            const auto older = groups.create(QStringLiteral("ath-1"), QStringLiteral("  Monday range  "), monday);
            QVERIFY(older);
            QVERIFY(!QUuid::fromString(older->id).isNull());
            QCOMPARE(older->name, QStringLiteral("Monday range"));
            QVERIFY(groups.create(QStringLiteral("ath-1"), QStringLiteral("Tuesday range"), monday.addDays(1)));
            QVERIFY(groups.create(QStringLiteral("ath-2"), QStringLiteral("Someone else's"), monday.addDays(2)));
        }
        SessionGroups again(iniFile());
        const QList<SessionGroups::Group> mine = again.of(QStringLiteral("ath-1"));
        QCOMPARE(mine.size(), 2);
        QCOMPARE(mine.at(0).name, QStringLiteral("Tuesday range"));
        QCOMPARE(mine.at(1).name, QStringLiteral("Monday range"));
        QCOMPARE(mine.at(1).created, monday);
        QCOMPARE(mine.at(1).athleteId, QStringLiteral("ath-1"));
        QCOMPARE(again.of(QStringLiteral("ath-2")).size(), 1);
        QVERIFY(again.of(QStringLiteral("nobody")).isEmpty());
        QCOMPARE(again.group(mine.at(0).id)->name, QStringLiteral("Tuesday range"));
    }

    void aGroupOfferedBeforeItExistsKeepsItsId()
    {
        SessionGroups groups(iniFile());
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const auto kept = groups.createWithId(id, QStringLiteral("ath-1"), QStringLiteral("Friday 4 Dec"));
        QVERIFY(kept);
        QCOMPARE(kept->id, id);
        QCOMPARE(groups.group(id)->name, QStringLiteral("Friday 4 Dec"));
        // Once only; and never with an id that is not a UUID.
        QVERIFY(!groups.createWithId(id, QStringLiteral("ath-1"), QStringLiteral("Again")));
        QVERIFY(!groups.createWithId(QStringLiteral("../../etc"), QStringLiteral("ath-1"), QStringLiteral("x")));
        QVERIFY(!groups.createWithId(QStringLiteral("{") + QUuid::createUuid().toString(QUuid::WithoutBraces)
                                         + QStringLiteral("}"),
                                     QStringLiteral("ath-1"), QStringLiteral("braces")));
        QCOMPARE(groups.of(QStringLiteral("ath-1")).size(), 1);
    }

    void idsAreFreshEachTime()
    {
        SessionGroups groups(iniFile());
        const auto a = groups.create(QStringLiteral("ath-1"), QStringLiteral("A"));
        const auto b = groups.create(QStringLiteral("ath-1"), QStringLiteral("A"));
        QVERIFY(a && b);
        QVERIFY(a->id != b->id);
    }

    void noAthleteNoGroupAndEmptyNameGetsOne()
    {
        SessionGroups groups(iniFile());
        QVERIFY(!groups.create(QStringLiteral("  "), QStringLiteral("Lost")));
        const auto unnamed = groups.create(QStringLiteral("ath-1"), QString());
        QVERIFY(unnamed);
        QCOMPARE(unnamed->name, QStringLiteral("Session"));
    }

    void renameAndRemove()
    {
        SessionGroups groups(iniFile());
        const auto group = groups.create(QStringLiteral("ath-1"), QStringLiteral("Old"));
        QVERIFY(group);
        QVERIFY(groups.rename(group->id, QStringLiteral("New")));
        QVERIFY(!groups.rename(group->id, QStringLiteral("   ")));
        QVERIFY(!groups.rename(QStringLiteral("missing"), QStringLiteral("X")));
        QCOMPARE(SessionGroups(iniFile()).group(group->id)->name, QStringLiteral("New"));
        QVERIFY(groups.remove(group->id));
        QVERIFY(!groups.remove(group->id));
        QVERIFY(!SessionGroups(iniFile()).group(group->id));
    }

    void entriesWrittenByEarlierVersionsAreRead()
    {
        {
            QSettings settings(iniFile(), QSettings::IniFormat);
            settings.setValue(
                QStringLiteral("sessionGroups/all"),
                QVariantList { QVariantMap { { QStringLiteral("id"), QStringLiteral("g-1") },
                                             { QStringLiteral("athleteId"), QStringLiteral("ath-9") },
                                             { QStringLiteral("name"), QStringLiteral("Range") },
                                             { QStringLiteral("created"), QDateTime::currentDateTimeUtc() } },
                               // Unusable (no athlete): skipped, not shown as a group of nobody.
                               QVariantMap { { QStringLiteral("id"), QStringLiteral("g-2") } } });
        }
        SessionGroups groups(iniFile());
        QCOMPARE(groups.of(QStringLiteral("ath-9")).size(), 1);
        QVERIFY(!groups.group(QStringLiteral("g-2")));
    }
};

QTEST_GUILESS_MAIN(TestSessionGroups)
#include "tst_sessiongroups.moc"
