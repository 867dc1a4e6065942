#include "cli/uploadrequest.h"
#include "settings/impactwindows.h"
#include "testvideo.h"

#include <QCommandLineParser>
#include <QFile>
#include <QTemporaryDir>

#include <QTest>

class tst_UploadRequest : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_clip;
    const QString m_athlete = QStringLiteral("0b9d3b4e-58b2-4d55-9d3c-8b8f5d2f4a11");

    UploadRequest parse(const QStringList &arguments, QStringList *usage, QStringList *fields)
    {
        QCommandLineParser parser;
        UploadRequest::addOptions(&parser);
        QStringList all { QStringLiteral("uplift-capture") };
        all << arguments;
        if (!parser.parse(all))
            *usage << parser.errorText();
        return UploadRequest::fromParser(parser, usage, fields);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_clip = m_dir.filePath(QStringLiteral("jump one.mov"));
        QCOMPARE(TestVideo::makePaddedMov(m_clip, 4096), QString());
    }

    void limitRateIsReadInKibPerSecondOrWithASuffix()
    {
        QCOMPARE(UploadRequest::parseRate(QStringLiteral("500")), qint64(500 * 1024));
        QCOMPARE(UploadRequest::parseRate(QStringLiteral("500k")), qint64(500 * 1024));
        QCOMPARE(UploadRequest::parseRate(QStringLiteral("2M")), qint64(2 * 1024 * 1024));
        QCOMPARE(UploadRequest::parseRate(QStringLiteral(" 1.5M ")), qint64(1.5 * 1024 * 1024));
        for (const char *bad : { "0", "-5", "fast", "", "5G", "M" })
            QCOMPARE(UploadRequest::parseRate(QString::fromLatin1(bad)), qint64(0));

        QStringList usage, fields;
        const QStringList base { m_clip,
                                 QStringLiteral("--athlete"),
                                 m_athlete,
                                 QStringLiteral("--setup"),
                                 QStringLiteral("front_on"),
                                 QStringLiteral("--activity"),
                                 QStringLiteral("agility"),
                                 QStringLiteral("--movement"),
                                 QStringLiteral("5_0_5") };
        const UploadRequest capped
            = parse(base + QStringList { QStringLiteral("--limit-rate"), QStringLiteral("1M") }, &usage, &fields);
        QVERIFY2(usage.isEmpty(), qPrintable(usage.join(u'\n')));
        QCOMPARE(capped.limitBytesPerSecond, qint64(1024 * 1024));
        const UploadRequest plain = parse(base, &usage, &fields);
        QCOMPARE(plain.limitBytesPerSecond, qint64(0));
        parse(base + QStringList { QStringLiteral("--limit-rate"), QStringLiteral("lots") }, &usage, &fields);
        QCOMPARE(usage.size(), 1);
        QVERIFY2(usage.first().contains(QStringLiteral("--limit-rate")), qPrintable(usage.first()));
    }

    void aCompleteCommandMakesOneSpecPerFile()
    {
        QStringList usage, fields;
        const UploadRequest r
            = parse({ m_clip, QStringLiteral("--athlete"), m_athlete, QStringLiteral("--setup"),
                      QStringLiteral("front_on"), QStringLiteral("--activity"), QStringLiteral("agility"),
                      QStringLiteral("--movement"), QStringLiteral("5_0_5"), QStringLiteral("--attr"),
                      QStringLiteral("side=left"), QStringLiteral("--camera"), QStringLiteral("fps=240"),
                      QStringLiteral("--parallel"), QStringLiteral("3"), QStringLiteral("--wait") },
                    &usage, &fields);
        QVERIFY2(usage.isEmpty(), qPrintable(usage.join(u'\n')));
        QVERIFY2(fields.isEmpty(), qPrintable(fields.join(u'\n')));
        QCOMPARE(r.clips.size(), 1);
        const CaptureSpec &spec = r.clips.first().spec;
        QCOMPARE(spec.fileName, QStringLiteral("jump one.mov"));
        QCOMPARE(spec.cameraSetup, QStringLiteral("single.front_on"));
        QCOMPARE(spec.movementDimensions.value(QStringLiteral("side")), QStringLiteral("left"));
        QCOMPARE(spec.cameraExtras.value(QStringLiteral("fps")).toInt(), 240);
        QVERIFY(spec.cameraExtras.value(QStringLiteral("fps")).isDouble()); // a number, not "240"
        QVERIFY(CaptureSpec::isUuid(spec.sessionGroupId)); // "new" by default
        QCOMPARE(r.parallel, 3);
        QVERIFY(r.wait);
    }

    void everyFieldErrorIsListedAtOnce()
    {
        QStringList usage, fields;
        const QString missing = m_dir.filePath(QStringLiteral("gone.mov"));
        const QString notMov = m_dir.filePath(QStringLiteral("clip.mp4"));
        QFile(notMov).open(QIODevice::WriteOnly);
        parse({ missing, notMov, QStringLiteral("--athlete"), QStringLiteral("not-a-uuid"), QStringLiteral("--setup"),
                QStringLiteral("sideways"), QStringLiteral("--capture-time"), QStringLiteral("yesterday"),
                QStringLiteral("--attr"), QStringLiteral("novalue") },
              &usage, &fields);
        const QString all = fields.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("athlete_id")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("camera_setup_selection")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("movement_attributes.activity")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("movement_attributes.movement")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("capture_time")), qPrintable(all));
        QVERIFY2(all.contains(missing), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("clip.mp4: The file is empty")), qPrintable(all));
        QVERIFY2(usage.join(u'\n').contains(QLatin1String("--attr")), qPrintable(usage.join(u'\n')));
    }

    void usageMistakesAreNotFieldErrors()
    {
        QStringList usage, fields;
        parse({ QStringLiteral("--athlete"), m_athlete, QStringLiteral("--setup"), QStringLiteral("front_on"),
                QStringLiteral("--activity"), QStringLiteral("a"), QStringLiteral("--movement"), QStringLiteral("m"),
                QStringLiteral("--parallel"), QStringLiteral("0"), QStringLiteral("--api-url"), QStringLiteral("::") },
              &usage, &fields);
        QVERIFY(fields.isEmpty());
        QCOMPARE(usage.size(), 3); // --parallel, --api-url, no file
    }

    void trimSplitsARecordingIntoNamedClips()
    {
        const QString recording = m_dir.filePath(QStringLiteral("VID_20261203_101456.mp4"));
        QCOMPARE(TestVideo::makeCameraClip(recording, QStringLiteral("android"), 8), QString());
        QStringList usage, fields;
        const UploadRequest r
            = parse({ recording, QStringLiteral("--trim"), QStringLiteral("1.5-3"), QStringLiteral("--trim"),
                      QStringLiteral("0:04-0:06.250"), QStringLiteral("--athlete"), m_athlete,
                      QStringLiteral("--setup"), QStringLiteral("down_the_line"), QStringLiteral("--activity"),
                      QStringLiteral("golf"), QStringLiteral("--movement"), QStringLiteral("full_swing") },
                    &usage, &fields);
        QVERIFY2(usage.isEmpty() && fields.isEmpty(), qPrintable((usage + fields).join(u'\n')));
        QCOMPARE(r.clips.size(), 2);
        QCOMPARE(r.clips.at(0).spec.fileName, QStringLiteral("VID_20261203_101456-1.mov"));
        QCOMPARE(r.clips.at(1).spec.fileName, QStringLiteral("VID_20261203_101456-2.mov"));
        QCOMPARE(r.clips.at(0).startMs, qint64(1500));
        QCOMPARE(r.clips.at(0).endMs, qint64(3000));
        QCOMPARE(r.clips.at(1).startMs, qint64(4000));
        QCOMPARE(r.clips.at(1).endMs, qint64(6250));
        QCOMPARE(r.clips.at(0).spec.sessionGroupId, r.clips.at(1).spec.sessionGroupId);
        // Filmed when the recording started (Android stamps its stop: 10:15:00 - 8 s) plus the range's start.
        QCOMPARE(r.clips.at(0).spec.captureTime, QDateTime(QDate(2026, 12, 3), QTime(10, 14, 53, 500), Qt::UTC));
        QCOMPARE(r.clips.at(1).spec.captureTime, QDateTime(QDate(2026, 12, 3), QTime(10, 14, 56), Qt::UTC));

        // One range keeps the recording's name; no range on a .mp4 too.
        const UploadRequest one
            = parse({ recording, QStringLiteral("--trim"), QStringLiteral("2-3"), QStringLiteral("--athlete"),
                      m_athlete, QStringLiteral("--setup"), QStringLiteral("front_on"), QStringLiteral("--activity"),
                      QStringLiteral("a"), QStringLiteral("--movement"), QStringLiteral("m") },
                    &usage, &fields);
        QCOMPARE(one.clips.size(), 1);
        QCOMPARE(one.clips.at(0).spec.fileName, QStringLiteral("VID_20261203_101456.mov"));
    }

    void badRangesAreUsageErrors_data()
    {
        QTest::addColumn<QString>("trim");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no dash") << QStringLiteral("12") << QStringLiteral("is not a range");
        QTest::newRow("backwards") << QStringLiteral("5-2") << QStringLiteral("ends before it starts");
        QTest::newRow("words") << QStringLiteral("start-end") << QStringLiteral("each side is seconds");
        QTest::newRow("61 seconds on a clock") << QStringLiteral("0:61-1:10") << QStringLiteral("each side is seconds");
    }
    void badRangesAreUsageErrors()
    {
        QFETCH(QString, trim);
        QFETCH(QString, reason);
        QStringList usage, fields;
        parse({ m_clip, QStringLiteral("--trim"), trim, QStringLiteral("--athlete"), m_athlete,
                QStringLiteral("--setup"), QStringLiteral("front_on"), QStringLiteral("--activity"),
                QStringLiteral("a"), QStringLiteral("--movement"), QStringLiteral("m") },
              &usage, &fields);
        QVERIFY2(usage.join(u'\n').contains(reason), qPrintable(usage.join(u'\n')));
    }

    void rangesPastTheEndOrOverlappingAreRefused()
    {
        QStringList usage, fields;
        parse({ m_clip, QStringLiteral("--trim"), QStringLiteral("10-12"), QStringLiteral("--athlete"), m_athlete,
                QStringLiteral("--setup"), QStringLiteral("front_on"), QStringLiteral("--activity"),
                QStringLiteral("a"), QStringLiteral("--movement"), QStringLiteral("m") },
              &usage, &fields);
        QVERIFY2(fields.join(u'\n').contains(QLatin1String("starts after the end of the video")),
                 qPrintable(fields.join(u'\n')));
        usage.clear();
        fields.clear();
        parse({ m_clip, QStringLiteral("--trim"), QStringLiteral("0-0.3"), QStringLiteral("--trim"),
                QStringLiteral("0.2-0.4"), QStringLiteral("--athlete"), m_athlete, QStringLiteral("--setup"),
                QStringLiteral("front_on"), QStringLiteral("--activity"), QStringLiteral("a"),
                QStringLiteral("--movement"), QStringLiteral("m") },
              &usage, &fields);
        QVERIFY2(usage.join(u'\n').contains(QLatin1String("overlap")), qPrintable(usage.join(u'\n')));
    }

    void aVideoThatCannotBeAMovIsRefused()
    {
        const QString webm = m_dir.filePath(QStringLiteral("clip.webm"));
        QCOMPARE(TestVideo::makeCameraClip(webm, QStringLiteral("vp9"), 1), QString());
        QStringList usage, fields;
        parse({ webm, QStringLiteral("--athlete"), m_athlete, QStringLiteral("--setup"), QStringLiteral("front_on"),
                QStringLiteral("--activity"), QStringLiteral("a"), QStringLiteral("--movement"), QStringLiteral("m") },
              &usage, &fields);
        QVERIFY2(fields.join(u'\n').contains(QLatin1String("VP9 video cannot go into a .mov without re-encoding")),
                 qPrintable(fields.join(u'\n')));
    }

    void anExplicitGroupIsKept()
    {
        QStringList usage, fields;
        const QString group = QStringLiteral("5f0c2a1e-8a49-4a0e-9f65-0a4f3c1d2b7e");
        const UploadRequest r
            = parse({ m_clip, m_clip, QStringLiteral("--athlete"), m_athlete, QStringLiteral("--session-group"), group,
                      QStringLiteral("--setup"), QStringLiteral("down_the_line"), QStringLiteral("--activity"),
                      QStringLiteral("a"), QStringLiteral("--movement"), QStringLiteral("m") },
                    &usage, &fields);
        QVERIFY(usage.isEmpty() && fields.isEmpty());
        QCOMPARE(r.clips.size(), 2);
        QCOMPARE(r.clips.at(1).spec.sessionGroupId, group);
    }

    // --split-at-impacts takes the movement's numbers from the catalogue, the coach's own
    // choice for the movement in their place (kept by the window), and --before/--after over both.
    void splitAtImpactsTakesTheMovementsNumbersOrTheCoachsChoice()
    {
        const QStringList golf { m_clip,
                                 QStringLiteral("--athlete"),
                                 m_athlete,
                                 QStringLiteral("--setup"),
                                 QStringLiteral("front_on"),
                                 QStringLiteral("--activity"),
                                 QStringLiteral("golf"),
                                 QStringLiteral("--movement"),
                                 QStringLiteral("full_swing"),
                                 QStringLiteral("--attr"),
                                 QStringLiteral("handedness=left"),
                                 QStringLiteral("--split-at-impacts") };
        ImpactWindows().forget(QStringLiteral("golf"), QStringLiteral("full_swing"));
        QStringList usage, fields;
        UploadRequest request = parse(golf, &usage, &fields);
        QVERIFY2(usage.isEmpty(), qPrintable(usage.join(u'\n')));
        QCOMPARE(request.impactWindow, (ImpactWindow { 2500, 1500, 2000 }));
        // The padded movie has no sound: refused for this file, with the reason.
        QVERIFY2(fields.join(u'\n').contains(QStringLiteral("no sound track")), qPrintable(fields.join(u'\n')));

        QVERIFY(ImpactWindows()
                    .choose(QStringLiteral("golf"), QStringLiteral("full_swing"), 3000, 1500, request.impactWindow)
                    .isEmpty());
        usage.clear();
        fields.clear();
        request = parse(golf, &usage, &fields);
        QCOMPARE(request.impactWindow, (ImpactWindow { 3000, 1500, 2000 }));

        usage.clear();
        fields.clear();
        request = parse(golf + QStringList { QStringLiteral("--after"), QStringLiteral("0.75") }, &usage, &fields);
        QVERIFY2(usage.isEmpty(), qPrintable(usage.join(u'\n')));
        QCOMPARE(request.impactWindow, (ImpactWindow { 3000, 750, 2000 }));
        ImpactWindows().forget(QStringLiteral("golf"), QStringLiteral("full_swing"));

        // A movement without numbers: 2 s, 2 s and 2 s.
        QStringList other = golf;
        other[other.indexOf(QStringLiteral("golf"))] = QStringLiteral("other");
        other[other.indexOf(QStringLiteral("full_swing"))] = QStringLiteral("other");
        usage.clear();
        fields.clear();
        QCOMPARE(parse(other, &usage, &fields).impactWindow, ImpactWindow {});
    }
};

QTEST_GUILESS_MAIN(tst_UploadRequest)
#include "tst_uploadrequest.moc"
