// `uplift-capture impacts` and `upload --split-at-impacts` as separate processes, on takes
// made here by ffmpeg from real recorded strikes (Debian's csmash-data: a table-tennis
// racket hitting a ball) at known times over pink noise, against the sandbox running in
// this test: what is printed, what is queued and sent, what is refused, and a kill in the
// middle of a split.
#include "api/messages/capturespec.h"
#include "cli/exitcode.h"
#include "clirun.h"
#include "common/applicationidentity.h"
#include "impacttakes.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "testvideo.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <memory>

namespace {

// A real strike: csmash-data's racket.wav (44.1 kHz), its half-peak onset 1.4 ms in.
const QString kRacket = QStringLiteral("/usr/share/games/csmash/wav/racket.wav");
constexpr double kRacketOnsetS = 0.0014;
// How far a reported time may be from where the strike was placed (the finder's own
// accuracy is measured in tst_impactfinder; here: the right strike at the right place).
constexpr double kToleranceS = 0.03;

// The take every split test uses: 12 s, 30 fps with a keyframe every second, strikes at
// these seconds: golf's parts (2.5 s before, 1.5 s after) of the last three would overlap
// and meet halfway between them (6.95 s, 9.6 s); the first and the last are clamped to
// the take. No part starts within 0.2 s of a keyframe, so a few ms of the finder's
// timing cannot move a cut to another keyframe.
const QList<double> kStrikes { 1.0, 5.7, 8.2, 11.0 };
constexpr double kTakeSeconds = 12.0;

} // namespace

class tst_ImpactsCommand : public QObject
{
    Q_OBJECT

private:
    CliSandbox m_cli;

    using Run = CliRun;

    QProcessEnvironment environment() const { return m_cli.environment(); }

    // Runs the command while this thread's event loop serves the sandbox.
    Run run(const QStringList &arguments, int timeoutMs = 90000)
    {
        return runCli(QStringLiteral(UPLIFT_CLI_EXE), arguments, environment(), timeoutMs);
    }

    // A take of `seconds`, H.264 (a keyframe every second) with AAC sound: pink noise at
    // about -34 dBFS and racket.wav at each of `strikes` (seconds); no strikes: noise only.
    // videoLateS: the picture starts that much after the sound (an edit list in the .mp4).
    QString makeTake(const QString &name, const QList<double> &strikes, double seconds = kTakeSeconds,
                     double videoLateS = 0)
    {
        const QString path = m_cli.scratch() + QLatin1Char('/') + name;
        QStringList args;
        if (videoLateS > 0)
            args << QStringLiteral("-itsoffset") << QString::number(videoLateS);
        args << QStringList {
            QStringLiteral("-f"),
            QStringLiteral("lavfi"),
            QStringLiteral("-i"),
            QStringLiteral("testsrc2=size=320x240:rate=30:duration=%1").arg(seconds - videoLateS),
            QStringLiteral("-f"),
            QStringLiteral("lavfi"),
            QStringLiteral("-i"),
            QStringLiteral("anoisesrc=color=pink:amplitude=0.02:sample_rate=48000:seed=7:duration=%1").arg(seconds)
        };
        QString graph;
        QString mix = QStringLiteral("[1:a]");
        if (!strikes.isEmpty()) {
            args << QStringLiteral("-i") << kRacket;
            graph = QStringLiteral("[2:a]aresample=48000,aformat=channel_layouts=mono,asplit=%1").arg(strikes.size());
            for (qsizetype i = 0; i < strikes.size(); ++i)
                graph += QStringLiteral("[s%1]").arg(i);
            graph += QLatin1Char(';');
            for (qsizetype i = 0; i < strikes.size(); ++i) {
                graph += QStringLiteral("[s%1]adelay=%2:all=1[d%1];").arg(i).arg(qRound(strikes.at(i) * 1000));
                mix += QStringLiteral("[d%1]").arg(i);
            }
        }
        graph += mix + QStringLiteral("amix=inputs=%1:normalize=0:duration=first[a]").arg(strikes.size() + 1);
        args << QStringLiteral("-filter_complex") << graph << QStringLiteral("-map") << QStringLiteral("0:v")
             << QStringLiteral("-map") << QStringLiteral("[a]") << QStringLiteral("-c:v") << QStringLiteral("libx264")
             << QStringLiteral("-preset") << QStringLiteral("ultrafast") << QStringLiteral("-g") << QStringLiteral("30")
             << QStringLiteral("-pix_fmt") << QStringLiteral("yuv420p") << QStringLiteral("-c:a")
             << QStringLiteral("aac") << QStringLiteral("-b:a") << QStringLiteral("96k") << QStringLiteral("-fps_mode")
             << QStringLiteral("passthrough") << QStringLiteral("-metadata")
             << QStringLiteral("creation_time=2026-12-03T10:15:00Z") << path;
        const QString problem = TestVideo::ffmpeg(args);
        if (!problem.isEmpty()) {
            qWarning("ffmpeg: %s", qPrintable(problem));
            return {};
        }
        return path;
    }

    // The same picture without a sound track.
    QString makeSilentTake(const QString &name)
    {
        const QString path = m_cli.scratch() + QLatin1Char('/') + name;
        const QString problem = TestVideo::ffmpeg(
            { QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
              QStringLiteral("testsrc2=size=320x240:rate=30:duration=6"), QStringLiteral("-c:v"),
              QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"), QStringLiteral("-g"),
              QStringLiteral("30"), QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), path });
        if (!problem.isEmpty()) {
            qWarning("ffmpeg: %s", qPrintable(problem));
            return {};
        }
        return path;
    }

    QStringList uploadArguments(const QStringList &files) const
    {
        QStringList a { QStringLiteral("upload") };
        a << files;
        a << QStringLiteral("--athlete") << m_cli.athlete() << QStringLiteral("--setup")
          << QStringLiteral("down_the_line") << QStringLiteral("--activity") << QStringLiteral("golf")
          << QStringLiteral("--movement") << QStringLiteral("full_swing") << QStringLiteral("--attr")
          << QStringLiteral("handedness=right") << QStringLiteral("--json");
        return a;
    }

    // Captures the sandbox has received the file of (processing or done).
    int uploadedCaptures(const QString &fileName) const
    {
        int count = 0;
        for (const QJsonObject &c : m_cli.sandbox()->store()->captures()) {
            if (c.value(QStringLiteral("file_name")).toString() == fileName
                && c.value(QStringLiteral("status")).toString() != QLatin1String("awaiting_upload"))
                ++count;
        }
        return count;
    }

    int storedObjects() const
    {
        int count = 0;
        QDirIterator it(m_cli.sandbox()->objectsFolder(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            it.next();
            ++count;
        }
        return count;
    }

    QJsonArray jobs()
    {
        const Run r = run({ QStringLiteral("jobs"), QStringLiteral("--json") });
        return QJsonDocument::fromJson(r.out).array();
    }

    // The lines of `impacts --json`, each parsed.
    static QList<QJsonObject> jsonLines(const QByteArray &out)
    {
        QList<QJsonObject> lines;
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            if (error.error != QJsonParseError::NoError || !doc.isObject())
                return {};
            lines << doc.object();
        }
        return lines;
    }

    static QStringList sortedKeys(const QJsonObject &o)
    {
        QStringList keys = o.keys();
        keys.sort();
        return keys;
    }

    // Checks a take's impacts against kStrikes and golf's parts: 2.5 s before, 1.5 s after,
    // halfway between the two that are 2.5 s apart, clamped to the take.
    static void checkGolfParts(const QJsonArray &impacts)
    {
        QCOMPARE(impacts.size(), kStrikes.size());
        const QList<std::pair<double, double>> parts { { 0.0, 2.5 }, { 3.2, 6.95 }, { 6.95, 9.6 }, { 9.6, 12.0 } };
        double lastEnd = 0;
        for (qsizetype i = 0; i < impacts.size(); ++i) {
            const QJsonObject impact = impacts.at(i).toObject();
            QCOMPARE(sortedKeys(impact),
                     (QStringList { QStringLiteral("end"), QStringLiteral("start"), QStringLiteral("strength_db"),
                                    QStringLiteral("time") }));
            const double time = impact.value(QStringLiteral("time")).toDouble();
            const double start = impact.value(QStringLiteral("start")).toDouble();
            const double end = impact.value(QStringLiteral("end")).toDouble();
            const QByteArray shown = QJsonDocument(impact).toJson(QJsonDocument::Compact);
            QVERIFY2(std::abs(time - (kStrikes.at(i) + kRacketOnsetS)) <= kToleranceS, shown.constData());
            QVERIFY2(std::abs(start - parts.at(i).first) <= kToleranceS, shown.constData());
            QVERIFY2(std::abs(end - parts.at(i).second) <= kToleranceS, shown.constData());
            QVERIFY2(start >= lastEnd && start < time && time < end, shown.constData());
            // To the millisecond, and the strength a level in dB below full scale.
            QCOMPARE(std::round(time * 1000) / 1000, time);
            QVERIFY(impact.value(QStringLiteral("strength_db")).isDouble());
            QVERIFY2(impact.value(QStringLiteral("strength_db")).toDouble() < 0, shown.constData());
            lastEnd = end;
        }
    }

    // The durations of the objects the sandbox stored, shortest first.
    QList<double> storedDurations() const
    {
        QList<double> durations;
        QDirIterator it(m_cli.sandbox()->objectsFolder(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            durations << TestVideo::ffprobe(it.next())
                             .value(QStringLiteral("format"))
                             .toObject()
                             .value(QStringLiteral("duration"))
                             .toString()
                             .toDouble();
        std::sort(durations.begin(), durations.end());
        return durations;
    }

private slots:
    void initTestCase()
    {
        ApplicationIdentity::apply();
        if (!QFile::exists(kRacket))
            QFAIL("csmash-data is not installed (scripts/setup-deps installs it): its racket.wav is the strike");
    }

    void init()
    {
        // A fresh queue and sandbox for every test function.
        const QString problem = m_cli.start(QStringLiteral("takes"));
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void cleanup() { m_cli.stop(); }

    // One JSON object per file and line, with exactly the documented keys; the strikes at
    // their times, each with golf's part; a take without sound says so, exit 0.
    void jsonPrintsEachTakesImpactsWithTheirParts()
    {
        const QString take = makeTake(QStringLiteral("range session.mp4"), kStrikes);
        const QString silent = makeSilentTake(QStringLiteral("silent.mp4"));
        QVERIFY(!take.isEmpty() && !silent.isEmpty());
        const Run r
            = run({ QStringLiteral("impacts"), take, silent, QStringLiteral("--activity"), QStringLiteral("golf"),
                    QStringLiteral("--movement"), QStringLiteral("full_swing"), QStringLiteral("--json") });
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 2);
        // The keys in the documented order, as a reader of the line expects them.
        QVERIFY2(r.out.startsWith("{\"file\":") && r.out.contains(",\"audio\":true,\"impacts\":[{\"time\":"),
                 r.out.constData());
        QVERIFY2(r.out.contains(",\"audio\":false,\"impacts\":[]}\n"), r.out.constData());
        QCOMPARE(sortedKeys(lines.at(0)),
                 (QStringList { QStringLiteral("audio"), QStringLiteral("file"), QStringLiteral("impacts") }));
        QCOMPARE(lines.at(0).value(QStringLiteral("file")).toString(), take);
        QCOMPARE(lines.at(0).value(QStringLiteral("audio")), QJsonValue(true));
        checkGolfParts(lines.at(0).value(QStringLiteral("impacts")).toArray());

        QCOMPARE(sortedKeys(lines.at(1)), sortedKeys(lines.at(0)));
        QCOMPARE(lines.at(1).value(QStringLiteral("file")).toString(), silent);
        QCOMPARE(lines.at(1).value(QStringLiteral("audio")), QJsonValue(false));
        QCOMPARE(lines.at(1).value(QStringLiteral("impacts")), QJsonValue(QJsonArray()));
        // Nothing was sent or queued.
        QVERIFY(m_cli.sandbox()->store()->captures().isEmpty());
        QCOMPARE(jobs().size(), 0);
    }

    // The movement chooses the parts: without one, 2 s before and 2 s after.
    void withoutAMovementThePartsAreTwoSecondsEachSide()
    {
        const QString take = makeTake(QStringLiteral("two.mp4"), { 3.0, 9.0 });
        QVERIFY(!take.isEmpty());
        const Run r = run({ QStringLiteral("impacts"), take, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        const QJsonArray impacts = lines.first().value(QStringLiteral("impacts")).toArray();
        QCOMPARE(impacts.size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            const QJsonObject impact = impacts.at(i).toObject();
            const double time = impact.value(QStringLiteral("time")).toDouble();
            QVERIFY(std::abs(time - (i == 0 ? 3.0 : 9.0)) <= kToleranceS);
            QCOMPARE(impact.value(QStringLiteral("start")).toDouble(), std::round((time - 2) * 1000) / 1000);
            QCOMPARE(impact.value(QStringLiteral("end")).toDouble(), std::round((time + 2) * 1000) / 1000);
        }
    }

    // Times are on the picture's timeline: a strike heard before the first video frame has no
    // time and no part (no negative times), the next one counts from that frame.
    void soundBeforeTheFirstVideoFrameIsIgnored()
    {
        const QString take = makeTake(QStringLiteral("late picture.mp4"), { 0.5, 3.0 }, 7, 1.0);
        QVERIFY(!take.isEmpty());
        QCOMPARE(TestVideo::ffprobe(take)
                     .value(QStringLiteral("streams"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("start_time"))
                     .toString()
                     .toDouble(),
                 1.0);
        const Run r = run({ QStringLiteral("impacts"), take, QStringLiteral("--json") });
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        const QJsonArray impacts = lines.first().value(QStringLiteral("impacts")).toArray();
        QCOMPARE(impacts.size(), 1);
        const QJsonObject impact = impacts.first().toObject();
        QVERIFY2(std::abs(impact.value(QStringLiteral("time")).toDouble() - (2.0 + kRacketOnsetS)) <= kToleranceS,
                 r.out.constData());
        QVERIFY2(impact.value(QStringLiteral("start")).toDouble() >= 0, r.out.constData());
    }

    // Without --json: a line per impact, in seconds, and the take without sound said in words.
    void textNamesEachImpactAndATakeWithoutSound()
    {
        const QString take = makeTake(QStringLiteral("text.mp4"), kStrikes);
        const QString silent = makeSilentTake(QStringLiteral("no sound.mp4"));
        QVERIFY(!take.isEmpty() && !silent.isEmpty());
        const Run r = run({ QStringLiteral("impacts"), take, silent, QStringLiteral("--activity"),
                            QStringLiteral("golf"), QStringLiteral("--movement"), QStringLiteral("full_swing") });
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        const QString out = QString::fromLocal8Bit(r.out);
        QVERIFY2(out.contains(QStringLiteral("text.mp4: impacts heard: 4;")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("2.5 s before to 1.5 s after")), qPrintable(out));
        QVERIFY2(out.contains(QStringLiteral("no sound.mp4: no sound track")), qPrintable(out));
        QCOMPARE(out.count(QStringLiteral(" dB\n")), 4);
    }

    // A file that is not there or not a video: said with the file's name, exit 2; the
    // other takes of the command are still listed.
    void aBadFileIsAnErrorWithTheReason()
    {
        const QString take = makeTake(QStringLiteral("good.mp4"), { 2.0 }, 4);
        QVERIFY(!take.isEmpty());
        const QString text = m_cli.scratch() + QStringLiteral("/notes.mp4");
        {
            QFile file(text);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(64 * 1024, 'x'));
        }
        const Run r = run({ QStringLiteral("impacts"), m_cli.scratch() + QStringLiteral("/missing.mp4"), text, take,
                            QStringLiteral("--json") });
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QVERIFY2(r.err.contains("missing.mp4: the file is not there"), r.err.constData());
        QVERIFY2(r.err.contains("notes.mp4: "), r.err.constData());
        const QList<QJsonObject> lines = jsonLines(r.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().value(QStringLiteral("file")).toString(), take);
        QCOMPARE(lines.first().value(QStringLiteral("impacts")).toArray().size(), 1);
    }

    void usageErrorsExitWithTwo()
    {
        Run r = run({ QStringLiteral("impacts") });
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        r = run({ QStringLiteral("impacts"), QStringLiteral("x.mp4"), QStringLiteral("--activity"),
                  QStringLiteral("golf") });
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QVERIFY2(r.err.contains("--movement"), r.err.constData());
        r = run({ QStringLiteral("impacts"), QStringLiteral("--help") });
        QCOMPARE(r.exitCode, int(ExitCode::Ok));
        QVERIFY2(r.out.startsWith("Usage: uplift-capture impacts [options]"), r.out.constData());
        QVERIFY(r.out.contains("--json"));
        r = run({ QStringLiteral("upload"), QStringLiteral("--help") });
        QVERIFY2(r.out.contains("--split-at-impacts"), r.out.constData());
    }

    // One capture per impact, each prepared as a hand-marked part: <base>-N.mov, one session
    // group, its own capture time (the recording's start plus the part's start), its own part.
    void splitAtImpactsQueuesOneCapturePerImpact()
    {
        const QString take = makeTake(QStringLiteral("lesson.mp4"), kStrikes);
        QVERIFY(!take.isEmpty());
        const Run r
            = run(uploadArguments({ take }) << QStringLiteral("--split-at-impacts") << QStringLiteral("--wait"));
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        QVERIFY2(r.err.contains("impacts heard at 1.0 s, 5.7 s, 8.2 s, 11.0 s: one clip each"), r.err.constData());
        for (int n = 1; n <= 4; ++n)
            QCOMPARE(uploadedCaptures(QStringLiteral("lesson-%1.mov").arg(n)), 1);
        QCOMPARE(m_cli.sandbox()->store()->captures().size(), 4);
        QCOMPARE(storedObjects(), 4);
        QCOMPARE(jobs().size(), 4);
        QSet<QString> groups;
        QMap<QString, QDateTime> captureTimes;
        for (const QJsonObject &c : m_cli.sandbox()->store()->captures()) {
            groups.insert(c.value(QStringLiteral("session_group_id")).toString());
            captureTimes.insert(c.value(QStringLiteral("file_name")).toString(),
                                CaptureSpec::parseDateTime(c.value(QStringLiteral("capture_time")).toString()));
        }
        QCOMPARE(groups.size(), 1);
        // Golf's parts start at 0, 3.2, 6.95 and 9.6 s of a recording started at 10:15:00.
        const QDateTime recording(QDate(2026, 12, 3), QTime(10, 15), Qt::UTC);
        const QList<double> starts { 0.0, 3.2, 6.95, 9.6 };
        for (int n = 1; n <= 4; ++n) {
            const qint64 at = recording.msecsTo(captureTimes.value(QStringLiteral("lesson-%1.mov").arg(n)));
            QVERIFY2(std::abs(at - starts.at(n - 1) * 1000) <= kToleranceS * 1000, qPrintable(QString::number(at)));
        }
        // Each object holds its part, from the keyframe at or before its start (one a second):
        // 0–2.5 s, 3–6.95 s, 6–9.6 s and 9–12 s.
        const QList<double> durations = storedDurations();
        const QList<double> expected { 2.5, 3.0, 3.6, 3.95 };
        for (qsizetype i = 0; i < 4; ++i)
            QVERIFY2(std::abs(durations.at(i) - expected.at(i)) < 0.15,
                     qPrintable(QStringLiteral("%1 s, expected %2 s").arg(durations.at(i)).arg(expected.at(i))));
    }

    // --before and --after replace the movement's numbers.
    void beforeAndAfterSetTheParts()
    {
        const QString take = makeTake(QStringLiteral("short.mp4"), { 2.3, 7.3 }, 10);
        QVERIFY(!take.isEmpty());
        const Run r = run(uploadArguments({ take })
                          << QStringLiteral("--split-at-impacts") << QStringLiteral("--before") << QStringLiteral("1")
                          << QStringLiteral("--after") << QStringLiteral("0.5") << QStringLiteral("--wait"));
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        QVERIFY2(r.err.contains("1 s before to 0.5 s after"), r.err.constData());
        QCOMPARE(uploadedCaptures(QStringLiteral("short-1.mov")), 1);
        QCOMPARE(uploadedCaptures(QStringLiteral("short-2.mov")), 1);
        // 1.3–2.8 s and 6.3–7.8 s, each from its keyframe (1 s, 6 s).
        const QList<double> durations = storedDurations();
        QCOMPARE(durations.size(), 2);
        for (const double d : durations)
            QVERIFY2(std::abs(d - 1.8) < 0.15, qPrintable(QString::number(d)));
    }

    // Refused with exit 2 and nothing sent: a take without sound, a take where no strike is
    // heard, and bad numbers or options; each with its reason.
    void refusedSplitsSendNothing_data()
    {
        QTest::addColumn<QString>("take"); // "strikes", "silent", "noise"
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("reason");
        const QStringList split { QStringLiteral("--split-at-impacts") };
        QTest::newRow("no sound track") << QStringLiteral("silent") << split << QStringLiteral("no sound track");
        QTest::newRow("no impact heard") << QStringLiteral("noise") << split << QStringLiteral("no impact was heard");
        QTest::newRow("before not a number")
            << QStringLiteral("strikes") << (split + QStringList { QStringLiteral("--before"), QStringLiteral("x") })
            << QStringLiteral("--before needs seconds");
        QTest::newRow("after negative") << QStringLiteral("strikes")
                                        << (split + QStringList { QStringLiteral("--after"), QStringLiteral("-1") })
                                        << QStringLiteral("--after needs seconds");
        QTest::newRow("before too long") << QStringLiteral("strikes")
                                         << (split + QStringList { QStringLiteral("--before"), QStringLiteral("250") })
                                         << QStringLiteral("at most 30 s");
        QTest::newRow("no part left") << QStringLiteral("strikes")
                                      << (split
                                          + QStringList { QStringLiteral("--before"), QStringLiteral("0"),
                                                          QStringLiteral("--after"), QStringLiteral("0.2") })
                                      << QStringLiteral("together");
        QTest::newRow("before without split")
            << QStringLiteral("strikes") << QStringList { QStringLiteral("--before"), QStringLiteral("2") }
            << QStringLiteral("--before is for --split-at-impacts");
        QTest::newRow("split and trim") << QStringLiteral("strikes")
                                        << (split + QStringList { QStringLiteral("--trim"), QStringLiteral("1-3") })
                                        << QStringLiteral("cannot be used together");
    }

    void refusedSplitsSendNothing()
    {
        QFETCH(QString, take);
        QFETCH(QStringList, extra);
        QFETCH(QString, reason);
        const QString path = take == QLatin1String("silent") ? makeSilentTake(QStringLiteral("silent.mov"))
            : take == QLatin1String("noise")                 ? makeTake(QStringLiteral("noise.mp4"), {}, 6)
                                                             : makeTake(QStringLiteral("strikes.mp4"), { 2.0 }, 5);
        QVERIFY(!path.isEmpty());
        const Run r = run(uploadArguments({ path }) << extra);
        QCOMPARE(r.exitCode, int(ExitCode::Usage));
        QVERIFY2(r.err.contains(reason.toUtf8()), r.err.constData());
        QVERIFY(m_cli.sandbox()->store()->captures().isEmpty());
        QCOMPARE(jobs().size(), 0);
    }

    // A take as a lesson sounds (tests/support/impacttakes: racket, table-tennis and tennis
    // strikes of csmash-data and freetennis-common over noise and wind, with bounces, voices,
    // a whistle, a crowd and the next bay's strikes between them), a .mov whose edit lists
    // hide its first 1.5 s: one impact per strike, each within a frame at 60 fps of its
    // ground truth, and `upload --split-at-impacts` queues exactly one capture per strike.
    void aLessonTakeIsSplitIntoOneCapturePerStrike()
    {
        const QString missing = ImpactTakes::missingSounds();
        QVERIFY2(missing.isEmpty(), qPrintable(missing));
        ImpactTakes::Recipe recipe;
        recipe.container = QStringLiteral("mov-editlist");
        recipe.seconds = 30;
        recipe.snrDb = 20;
        recipe.seed = 23;
        recipe.path = m_cli.scratch() + QStringLiteral("/IMG_4107.MOV");
        ImpactTakes::Take take;
        const QString problem = ImpactTakes::make(recipe, &take);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(take.strikesS.size() >= 5);
        QVERIFY(take.distractors > 0);

        const Run found
            = run({ QStringLiteral("impacts"), take.path, QStringLiteral("--activity"), QStringLiteral("tennis"),
                    QStringLiteral("--movement"), QStringLiteral("overhand_serve"), QStringLiteral("--json") });
        QVERIFY2(found.exitCode == ExitCode::Ok, (found.out + found.err).constData());
        const QList<QJsonObject> lines = jsonLines(found.out);
        QCOMPARE(lines.size(), 1);
        const QJsonArray impacts = lines.first().value(QStringLiteral("impacts")).toArray();
        QList<double> times;
        for (const QJsonValue &impact : impacts)
            times << impact.toObject().value(QStringLiteral("time")).toDouble();
        QString heard;
        for (const double t : times)
            heard += QStringLiteral("%1 (%2); ").arg(t).arg(take.nearest(t));
        QVERIFY2(times.size() == take.strikesS.size(), qPrintable(heard));
        for (qsizetype i = 0; i < times.size(); ++i)
            QVERIFY2(std::abs(times.at(i) - take.strikesS.at(i)) <= 0.017, qPrintable(heard));

        const Run r = run(uploadArguments({ take.path }) << QStringLiteral("--split-at-impacts"));
        QVERIFY2(r.exitCode == ExitCode::Ok, (r.out + r.err).constData());
        for (int n = 1; n <= take.strikesS.size(); ++n)
            QTRY_COMPARE_WITH_TIMEOUT(uploadedCaptures(QStringLiteral("IMG_4107-%1.mov").arg(n)), 1, 10000);
        QCOMPARE(m_cli.sandbox()->store()->captures().size(), take.strikesS.size());
    }

    // Issue 23 item 7: parts queued from a split are jobs like any other. A run killed while
    // the first part uploads, started again, uploads each part exactly once.
    void partsOfAKilledSplitAreEachUploadedOnceAfterRestart()
    {
        QString problem;
        QVERIFY(m_cli.sandbox()->faults()->add(QStringLiteral("stall-upload:4000:1"), &problem));
        const QString take = makeTake(QStringLiteral("killed.mp4"), kStrikes);
        QVERIFY(!take.isEmpty());
        const QStringList arguments = uploadArguments({ take })
            << QStringLiteral("--split-at-impacts") << QStringLiteral("--parallel") << QStringLiteral("1");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("UPLIFT_STALL_TIMEOUT_MS"), QStringLiteral("60000"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UPLIFT_CLI_EXE), arguments);
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"state\":\"uploading\""),
                                  out.constData(), 30000);
        QTest::qWait(500);
        process.kill();
        QVERIFY(process.waitForFinished());
        QCOMPARE(storedObjects(), 0);
        QCOMPARE(jobs().size(), 4); // every part was queued before the kill

        const Run again = run(arguments);
        QVERIFY2(again.exitCode == ExitCode::Ok, (again.out + again.err).constData());
        QCOMPARE(again.err.count("already in the queue"), 4);
        QCOMPARE(jobs().size(), 4);
        for (int n = 1; n <= 4; ++n)
            QTRY_COMPARE_WITH_TIMEOUT(uploadedCaptures(QStringLiteral("killed-%1.mov").arg(n)), 1, 10000);
        QCOMPARE(storedObjects(), 4);
    }

    // Killed while the parts were being prepared (cut): prepared again, each uploaded once.
    void partsOfASplitKilledWhilePreparingAreEachUploadedOnce()
    {
        const QString take = makeTake(QStringLiteral("prep.mp4"), kStrikes);
        QVERIFY(!take.isEmpty());
        const QStringList arguments = uploadArguments({ take }) << QStringLiteral("--split-at-impacts");
        QProcessEnvironment env = environment();
        env.insert(QStringLiteral("UPLIFT_PREPARE_DELAY_MS"), QStringLiteral("60000"));
        QProcess process;
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(UPLIFT_CLI_EXE), arguments);
        QVERIFY(process.waitForStarted());
        QByteArray out;
        QTRY_VERIFY2_WITH_TIMEOUT((out += process.readAllStandardOutput()).contains("\"state\":\"preparing\""),
                                  out.constData(), 30000);
        process.kill();
        QVERIFY(process.waitForFinished());
        QVERIFY(m_cli.sandbox()->store()->captures().isEmpty());

        const Run again = run(arguments);
        QVERIFY2(again.exitCode == ExitCode::Ok, (again.out + again.err).constData());
        QCOMPARE(jobs().size(), 4);
        for (int n = 1; n <= 4; ++n)
            QTRY_COMPARE_WITH_TIMEOUT(uploadedCaptures(QStringLiteral("prep-%1.mov").arg(n)), 1, 10000);
        QCOMPARE(storedObjects(), 4);
    }
};

QTEST_GUILESS_MAIN(tst_ImpactsCommand)
#include "tst_impactscommand.moc"
