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
                      { QStringLiteral("sandbox"), QStringLiteral("--data"), dir.path(), QStringLiteral("--api-key"),
                        QStringLiteral("sk_cli"), QStringLiteral("--fault"), QStringLiteral("fail:athletes.list:503:1"),
                        QStringLiteral("--fault"), QStringLiteral("latency:captures.list:300") });
        QVERIFY(sandbox.waitForStarted());
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += sandbox.readAllStandardOutput();
                return out.contains("UPLIFT_ADMIN_URL=");
            },
            15000));
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

    // --fault-rate/--fault-seed: every API request meets a 429 or a 503 at rate 1,
    // /admin/faults shows the seed, /admin/injected counts; a rate above 1 is refused.
    void randomFaultsFromFlags()
    {
        QTemporaryDir dir(TestVideo::scratchPath(QStringLiteral("random-XXXXXX")));
        QProcess sandbox;
        sandbox.start(QStringLiteral(UPLIFT_CAPTURE_EXE),
                      { QStringLiteral("sandbox"), QStringLiteral("--data"), dir.path(), QStringLiteral("--api-key"),
                        QStringLiteral("sk_cli"), QStringLiteral("--fault-rate"), QStringLiteral("1"),
                        QStringLiteral("--fault-seed"), QStringLiteral("77") });
        QVERIFY(sandbox.waitForStarted());
        QByteArray out;
        QVERIFY(QTest::qWaitFor(
            [&] {
                out += sandbox.readAllStandardOutput();
                return out.contains("UPLIFT_ADMIN_URL=");
            },
            15000));
        QUrl base, admin;
        for (const QByteArray &line : out.split('\n')) {
            if (line.startsWith("UPLIFT_API_URL="))
                base = QUrl(QString::fromUtf8(line.mid(15)));
            if (line.startsWith("UPLIFT_ADMIN_URL="))
                admin = QUrl(QString::fromUtf8(line.mid(17)));
        }
        QNetworkAccessManager network;
        auto get = [&](const QUrl &url, QByteArray *body = nullptr) {
            QNetworkRequest request(url);
            request.setRawHeader("Authorization", "Bearer sk_cli");
            QNetworkReply *reply = network.get(request);
            [[maybe_unused]] const bool done = QTest::qWaitFor([&] { return reply->isFinished(); }, 10000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (body)
                *body = reply->readAll();
            reply->deleteLater();
            return status;
        };
        for (int i = 0; i < 6; ++i) {
            const int status = get(QUrl(base.toString() + QStringLiteral("/athletes")));
            QVERIFY2(status == 429 || status == 503, qPrintable(QString::number(status)));
        }
        QByteArray body;
        QCOMPARE(get(admin, &body), 200);
        QVERIFY2(body.contains("random:1:77"), body.constData());
        QUrl injected = admin;
        injected.setPath(QStringLiteral("/admin/injected"));
        QCOMPARE(get(injected, &body), 200);
        QCOMPARE(QJsonDocument::fromJson(body)
                     .object()
                     .value(QStringLiteral("injected"))
                     .toObject()
                     .value(QStringLiteral("total"))
                     .toInt(),
                 6);
        ::kill(pid_t(sandbox.processId()), SIGTERM);
        QVERIFY(sandbox.waitForFinished(10000));

        QProcess wrong;
        wrong.start(QStringLiteral(UPLIFT_CAPTURE_EXE),
                    { QStringLiteral("sandbox"), QStringLiteral("--data"), dir.filePath(QStringLiteral("wrong")),
                      QStringLiteral("--fault-rate"), QStringLiteral("2") });
        QVERIFY(wrong.waitForFinished(10000));
        QCOMPARE(wrong.exitCode(), 1);
        QVERIFY(wrong.readAllStandardError().contains("random:RATE"));
    }

    void refusesABadFault()
    {
        QProcess sandbox;
        sandbox.start(QStringLiteral(UPLIFT_CAPTURE_EXE),
                      { QStringLiteral("sandbox"), QStringLiteral("--data"),
                        TestVideo::scratchPath(QStringLiteral("bad")), QStringLiteral("--fault"),
                        QStringLiteral("latency:captures.list") });
        QVERIFY(sandbox.waitForFinished(10000));
        QCOMPARE(sandbox.exitCode(), 1);
        QVERIFY(sandbox.readAllStandardError().contains("latency:ROUTE:MS"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxCommand)
#include "tst_sandboxcommand.moc"
