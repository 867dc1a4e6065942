// `uplift-capture sandbox ...` as a user or a script runs it: the real binary,
// its printed lines, the --fault flags, and a clean stop on SIGTERM.
#include "testvideo.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

class TestSandboxCommand : public QObject
{
    Q_OBJECT

private slots:
    void runsUntilTerminatedWithFaultsFromFlags()
    {
        QTemporaryDir dir(TestVideo::scratchPath(QStringLiteral("command-XXXXXX")));
        QProcess sandbox;
        sandbox.start(QStringLiteral(UPLIFT_CAPTURE_EXE),
                      {QStringLiteral("sandbox"), QStringLiteral("--data"), dir.path(), QStringLiteral("--api-key"),
                       QStringLiteral("sk_cli"), QStringLiteral("--fault"), QStringLiteral("fail:athletes.list:503:1"),
                       QStringLiteral("--fault"), QStringLiteral("latency:captures.list:300")});
        QVERIFY(sandbox.waitForStarted());
        QByteArray out;
        QVERIFY(QTest::qWaitFor([&] {
            out += sandbox.readAllStandardOutput();
            return out.contains("UPLIFT_ADMIN_URL=");
        }, 15000));
        QUrl base;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("UPLIFT_API_URL="))
                base = QUrl(QString::fromUtf8(line.mid(15)));
        }
        QCOMPARE(base.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(out.contains("UPLIFT_API_KEY=sk_cli\n"));

        QNetworkAccessManager network;
        auto get = [&](const QString &path) {
            QNetworkRequest request(QUrl(base.toString() + path));
            request.setRawHeader("Authorization", "Bearer sk_cli");
            QNetworkReply *reply = network.get(request);
            [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            reply->deleteLater();
            return status;
        };
        QCOMPARE(get(QStringLiteral("/athletes")), 503);
        QCOMPARE(get(QStringLiteral("/athletes")), 200);
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(get(QStringLiteral("/captures")), 200);
        QVERIFY(timer.elapsed() >= 300);

        ::kill(pid_t(sandbox.processId()), SIGTERM);
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitStatus(), QProcess::NormalExit);
        QCOMPARE(sandbox.exitCode(), 0);
        QVERIFY(sandbox.readAllStandardOutput().contains("Sandbox stopped."));
    }

    void refusesABadFault()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(UPLIFT_CAPTURE_EXE),
                      {QStringLiteral("sandbox"), QStringLiteral("--data"), TestVideo::scratchPath(QStringLiteral("bad")),
                       QStringLiteral("--fault"), QStringLiteral("latency:captures.list")});
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 1);
        QVERIFY(sandbox.readAllStandardError().contains("latency:ROUTE:MS"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
