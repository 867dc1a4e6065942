#include "cli/uploadrequest.h"

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
        QStringList all{ QStringLiteral("uplift-capture") };
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
        QFile f(m_clip);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'v')); // not really a movie, but long enough to hold one
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
        const QStringList base{ m_clip, QStringLiteral("--athlete"), m_athlete, QStringLiteral("--setup"),
                                QStringLiteral("front_on"), QStringLiteral("--activity"), QStringLiteral("agility"),
                                QStringLiteral("--movement"), QStringLiteral("5_0_5") };
        const UploadRequest capped = parse(base + QStringList{ QStringLiteral("--limit-rate"), QStringLiteral("1M") },
                                           &usage, &fields);
        QVERIFY2(usage.isEmpty(), qPrintable(usage.join(u'\n')));
        QCOMPARE(capped.limitBytesPerSecond, qint64(1024 * 1024));
        const UploadRequest plain = parse(base, &usage, &fields);
        QCOMPARE(plain.limitBytesPerSecond, qint64(0));
        parse(base + QStringList{ QStringLiteral("--limit-rate"), QStringLiteral("lots") }, &usage, &fields);
        QCOMPARE(usage.size(), 1);
        QVERIFY2(usage.first().contains(QStringLiteral("--limit-rate")), qPrintable(usage.first()));
    }

    void aCompleteCommandMakesOneSpecPerFile()
    {
        QStringList usage, fields;
        const UploadRequest r = parse({ m_clip, QStringLiteral("--athlete"), m_athlete, QStringLiteral("--setup"),
                                        QStringLiteral("front_on"), QStringLiteral("--activity"),
                                        QStringLiteral("agility"), QStringLiteral("--movement"),
                                        QStringLiteral("5_0_5"), QStringLiteral("--attr"), QStringLiteral("side=left"),
                                        QStringLiteral("--camera"), QStringLiteral("fps=240"),
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
        QVERIFY2(all.contains(QLatin1String("clip.mp4: file_name")), qPrintable(all));
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

    void anExplicitGroupIsKept()
    {
        QStringList usage, fields;
        const QString group = QStringLiteral("5f0c2a1e-8a49-4a0e-9f65-0a4f3c1d2b7e");
        const UploadRequest r = parse({ m_clip, m_clip, QStringLiteral("--athlete"), m_athlete,
                                        QStringLiteral("--session-group"), group, QStringLiteral("--setup"),
                                        QStringLiteral("down_the_line"), QStringLiteral("--activity"),
                                        QStringLiteral("a"), QStringLiteral("--movement"), QStringLiteral("m") },
                                      &usage, &fields);
        QVERIFY(usage.isEmpty() && fields.isEmpty());
        QCOMPARE(r.clips.size(), 2);
        QCOMPARE(r.clips.at(1).spec.sessionGroupId, group);
    }
};

QTEST_GUILESS_MAIN(tst_UploadRequest)
#include "tst_uploadrequest.moc"
