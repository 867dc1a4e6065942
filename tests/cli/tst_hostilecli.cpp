// `uplift-capture upload` as its own process against a server that fails the
// same way every time (tests/support HostileUplift on 127.0.0.1): the run
// ends with the reason in bounded requests, never loops.
#include "clirun.h"
#include "hostileuplift.h"
#include "testvideo.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <QTest>

#include <csignal>

using Answer = HostileHttpServer::Answer;
using Request = HostileHttpServer::Request;

class tst_HostileCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_file;
    std::unique_ptr<HostileUplift> m_server;

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // A store of its own per test function.
        const QString home = m_home.filePath(QString::fromLatin1(QTest::currentTestFunction()));
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
        env.insert(QStringLiteral("UPLIFT_API_KEY"), HostileUplift::apiKey());
        env.insert(QStringLiteral("UPLIFT_API_URL"), m_server->apiUrl().toString());
        env.insert(QStringLiteral("UPLIFT_RETRY_BASE_MS"), QStringLiteral("10"));
        env.insert(QStringLiteral("UPLIFT_RETRY_CAP_MS"), QStringLiteral("40"));
        env.insert(QStringLiteral("UPLIFT_STALL_TIMEOUT_MS"), QStringLiteral("2000"));
        env.insert(QStringLiteral("UPLIFT_API_DEADLINE_MS"), QStringLiteral("1500"));
        env.insert(QStringLiteral("UPLIFT_S3_DEADLINE_MS"), QStringLiteral("1500"));
        env.insert(QStringLiteral("UPLIFT_STATUS_FIRST_MS"), QStringLiteral("100"));
        env.insert(QStringLiteral("UPLIFT_STATUS_MAX_MS"), QStringLiteral("400"));
        return env;
    }

    QStringList uploadArguments() const
    {
        return { QStringLiteral("upload"),          m_file,
                 QStringLiteral("--athlete"),       QStringLiteral("aaaaaaaa-bbbb-cccc-dddd-eeeeeeeeeeee"),
                 QStringLiteral("--session-group"), QStringLiteral("11111111-2222-3333-4444-555555555555"),
                 QStringLiteral("--setup"),         QStringLiteral("down_the_line"),
                 QStringLiteral("--activity"),      QStringLiteral("golf"),
                 QStringLiteral("--movement"),      QStringLiteral("full_swing"),
                 QStringLiteral("--attr"),          QStringLiteral("handedness=left") };
    }

    using Run = CliRun;

    Run run(const QStringList &arguments, int timeoutMs)
    {
        return runCli(QStringLiteral(UPLIFT_CLI_EXE), arguments, environment(), timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        m_file = m_home.filePath(QStringLiteral("swing.mov"));
        QCOMPARE(TestVideo::makePaddedMov(m_file, 256 * 1024), QString());
    }

    void init()
    {
        m_server = std::make_unique<HostileUplift>();
        QVERIFY(m_server->listen());
    }

    void cleanup() { m_server.reset(); }

    // The figure: at most 10 reservations for one file in a run, when
    // every target comes back expired.
    void expiredTargetsEndTheRunInBoundedReservations()
    {
        m_server->setExpiresAt(QDateTime::currentDateTimeUtc().addSecs(-60));
        m_server->setUpload([](const Request &) {
            return Answer::xml("<Error><Code>AccessDenied</Code><Message>Policy expired</Message></Error>", 403);
        });
        const Run r = run(uploadArguments(), 60000);
        QVERIFY2(r.finished,
                 qPrintable(QStringLiteral("still running after %1 reservations").arg(m_server->reservations())));
        QCOMPARE(r.exitCode, 4); // kept failing until its retries ran out
        QVERIFY2(m_server->reservations() <= 10, qPrintable(QString::number(m_server->reservations())));
        QVERIFY2(r.out.contains("upload window closed") || r.err.contains("upload window closed"),
                 (r.out + r.err).constData());
    }

    void resetReservationsEndTheRun()
    {
        m_server->setReserve([](const Request &) { return Answer::reset(); });
        const Run r = run(uploadArguments(), 60000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(m_server->reservations() <= 10, qPrintable(QString::number(m_server->reservations())));
    }

    // An API that trickles every answer: each ends at the deadline, the run
    // ends with the reason instead of hanging.
    void trickledApiEndsTheRun()
    {
        m_server->setReserve([this](const Request &) {
            return Answer::trickled(Answer::json(m_server->reservationJson(QStringLiteral("s-1")), 201));
        });
        const Run r = run(uploadArguments(), 90000);
        QVERIFY2(r.finished, "the run hung on a trickled answer");
        QCOMPARE(r.exitCode, 4);
        QVERIFY2(m_server->reservations() <= 10, qPrintable(QString::number(m_server->reservations())));
    }

    // A 0-byte file and one too short to hold a movie header: exit 2 with the
    // reason, and no reservation is made for either.
    void emptyAndTooShortFilesSendNothing()
    {
        for (const int size : { 0, 50 }) {
            const QString path = m_home.filePath(QStringLiteral("short-%1.mov").arg(size));
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(size, 'v'));
            f.close();
            QStringList arguments = uploadArguments();
            arguments[1] = path;
            const Run r = run(arguments, 30000);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(size == 0 ? "empty" : "too short"), r.err.constData());
        }
        QCOMPARE(m_server->reservations(), 0);
        QCOMPARE(m_server->requests().size(), 0);
    }

    // The case: a key with CR LF and a header line. Refused with a
    // clear message before anything is sent.
    void keyWithALineBreakSendsNothing()
    {
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("UPLIFT_API_KEY"), QStringLiteral("abc\r\nX-Evil: 1"));
        for (const QStringList &arguments : { uploadArguments(), QStringList { QStringLiteral("athletes") } }) {
            QProcess process;
            process.setProcessEnvironment(env);
            process.start(QStringLiteral(UPLIFT_CLI_EXE), arguments);
            QVERIFY(process.waitForStarted(10000));
            QSignalSpy done(&process, &QProcess::finished);
            QVERIFY(done.wait(30000));
            QCOMPARE(process.exitCode(), 1);
            const QByteArray err = process.readAllStandardError();
            QVERIFY2(err.contains("UPLIFT_API_KEY") && err.contains("line break"), err.constData());
            QVERIFY(!err.contains("X-Evil"));
        }
        QCOMPARE(m_server->requests().size(), 0);
    }

    // Athlete names with ESC, CR, LF, BEL, NUL, DEL, C1 and a bidi override:
    // one line per athlete with its three columns, nothing a terminal would
    // act on; --json keeps the names exact.
    void athleteNamesCannotForgeOutput()
    {
        const QString forged = QStringLiteral("Eve\tforged-id\tForged Row\nmallory");
        const QStringList names { QStringLiteral("Ava\x1b[2J\x1b]0;owned\x07"),
                                  QStringLiteral("Bo\r\nb"),
                                  QString(QChar(0)) + QStringLiteral("Nul\x7f"),
                                  QStringLiteral("C1\u0085\u009b31m"),
                                  QStringLiteral("\u202Eevil.mov"),
                                  forged };
        QJsonArray athletes;
        for (int i = 0; i < names.size(); ++i)
            athletes.append(QJsonObject { { QStringLiteral("id"), QStringLiteral("a%1").arg(i) },
                                          { QStringLiteral("first_name"), names[i] } });
        const QByteArray body = QJsonDocument(QJsonObject { { QStringLiteral("athletes"), athletes } }).toJson();
        m_server->setHandler([body](const Request &request) {
            return request.path() == "/v1/athletes" ? Answer::json(body) : Answer::json("{}", 404);
        });
        const Run text = run({ QStringLiteral("athletes") }, 30000);
        QCOMPARE(text.exitCode, 0);
        const QList<QByteArray> lines = text.out.split('\n');
        QCOMPARE(lines.size(), names.size() + 1); // and the final newline
        QVERIFY(lines.last().isEmpty());
        for (int i = 0; i < names.size(); ++i) {
            QCOMPARE(lines[i].count('\t'), 2);
            QVERIFY2(lines[i].startsWith("a" + QByteArray::number(i) + '\t'), lines[i].constData());
            for (char c : lines[i])
                QVERIFY2(uchar(c) >= 0x20 || c == '\t', lines[i].constData());
            QVERIFY(!lines[i].contains("\xc2\x85") && !lines[i].contains("\xe2\x80\xae")); // no raw C1, no RLO
        }
        QVERIFY(text.out.contains("<U+202E>"));

        const Run json = run({ QStringLiteral("athletes"), QStringLiteral("--json") }, 30000);
        QCOMPARE(json.exitCode, 0);
        const QJsonArray exact = QJsonDocument::fromJson(json.out).array();
        QCOMPARE(exact.size(), names.size());
        for (int i = 0; i < names.size(); ++i)
            QCOMPARE(exact[i].toObject().value(QStringLiteral("first_name")).toString(), names[i]);
    }

    // --wait follows processing at a bounded rate: a capture that stays
    // "processing" is asked about with a relaxing backoff, never in a loop.
    void waitAsksAtABoundedRate()
    {
        m_server->setStatus([](const Request &request) {
            const QByteArray id = request.path().mid(qstrlen("/v1/captures/"));
            return Answer::json("{\"session_id\":\"" + id + "\",\"status\":\"processing\",\"error\":null}");
        });
        QStringList arguments = uploadArguments();
        arguments << QStringLiteral("--wait");
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(QStringLiteral(UPLIFT_CLI_EXE), arguments);
        QVERIFY(process.waitForStarted(10000));
        QVERIFY(QTest::qWaitFor([&] { return m_server->uploads() == 1; }, 20000));
        QTest::qWait(4000);
        int asked = 0;
        for (const Request &request : m_server->requests())
            asked += request.method == "GET" && request.path().startsWith("/v1/captures");
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        // 100 ms doubling to 400 ms: about a dozen looks in 4 s, never hundreds.
        QVERIFY2(asked >= 3 && asked <= 20, qPrintable(QString::number(asked)));
        QCOMPARE(process.exitCode(), 130);
    }
};

QTEST_GUILESS_MAIN(tst_HostileCli)
#include "tst_hostilecli.moc"
