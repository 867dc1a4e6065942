#include "sleepinhibitor.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

// A real freedesktop ScreenSaver service on a private session bus started by
// the test: the inhibitor must hold an inhibition while active and release it
// as soon as it is not.
class FakeScreenSaver : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.ScreenSaver")

public:
    QSet<uint> held;
    QStringList reasons;
    uint next = 41;

public slots:
    uint Inhibit(const QString &application, const QString &reason)
    {
        Q_UNUSED(application);
        reasons << reason;
        held.insert(++next);
        return next;
    }
    void UnInhibit(uint cookie) { held.remove(cookie); }
};

class TestSleepInhibitor : public QObject
{
    Q_OBJECT

private:
    QProcess m_bus;

private slots:
    void initTestCase()
    {
        const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
        if (daemon.isEmpty())
            QSKIP("dbus-daemon is not installed (scripts/setup-deps installs dbus)");
        m_bus.start(daemon,
                    { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address") });
        QVERIFY(m_bus.waitForReadyRead(5000));
        const QByteArray address = m_bus.readLine().trimmed();
        QVERIFY(address.startsWith("unix:"));
        // Both buses point at the private one: it has no logind, so the
        // inhibitor must fall back to the screen saver service.
        qputenv("DBUS_SESSION_BUS_ADDRESS", address);
        qputenv("DBUS_SYSTEM_BUS_ADDRESS", address);
    }

    void cleanupTestCase()
    {
        m_bus.kill();
        m_bus.waitForFinished();
    }

    void holdsWhileActiveAndReleasesWhenIdle()
    {
        FakeScreenSaver service;
        QDBusConnection bus = QDBusConnection::sessionBus();
        QVERIFY(bus.isConnected());
        QVERIFY(bus.registerService(QStringLiteral("org.freedesktop.ScreenSaver")));
        QVERIFY(bus.registerObject(QStringLiteral("/org/freedesktop/ScreenSaver"), &service,
                                   QDBusConnection::ExportAllSlots));

        SleepInhibitor inhibitor;
        QSignalSpy held(&inhibitor, &SleepInhibitor::heldChanged);
        inhibitor.setActive(true);
        QTRY_VERIFY_WITH_TIMEOUT(inhibitor.isHeld(), 5000);
        QCOMPARE(service.held.size(), 1);
        QCOMPARE(service.reasons, QStringList { QStringLiteral("Uploading videos to Uplift") });
        inhibitor.setActive(true); // idempotent
        QTest::qWait(100);
        QCOMPARE(service.held.size(), 1);

        inhibitor.setActive(false);
        QVERIFY(!inhibitor.isHeld());
        QTRY_VERIFY_WITH_TIMEOUT(service.held.isEmpty(), 5000);
        QCOMPARE(held.count(), 2);

        // Switched off before the service answered: nothing stays held.
        inhibitor.setActive(true);
        inhibitor.setActive(false);
        QTest::qWait(300);
        QVERIFY(!inhibitor.isHeld());
        QVERIFY(service.held.isEmpty());
    }
};

QTEST_MAIN(TestSleepInhibitor)
#include "tst_sleepinhibitor.moc"
