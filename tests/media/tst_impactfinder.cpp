// The impact finder on real files made by ffmpeg: times on the movie's
// presentation timeline, a take without sound, a cancelled search.
#include "media/impactfinder.h"
#include "testvideo.h"

#include <QtTest>

class TestImpactFinder : public QObject
{
    Q_OBJECT

private slots:
    void clickAtKnownTime();
    void takeWithoutSound();
    void cancelled();
};

namespace {

// A 6 s black take, 30 fps, whose sound is two decaying 3 kHz clicks at 2.5 s and 5 s.
QString twoClicks(const QString &name)
{
    const QString path = TestVideo::scratchPath(name);
    const QString problem = TestVideo::ffmpeg(
        { QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
          QStringLiteral("color=black:size=320x180:rate=30:duration=6"), QStringLiteral("-f"), QStringLiteral("lavfi"),
          QStringLiteral("-i"),
          QStringLiteral("aevalsrc='0.8*sin(2*PI*3000*t)*exp(-(t-2.5)*60)*gte(t,2.5)"
                         "+0.8*sin(2*PI*3000*t)*exp(-(t-5)*60)*gte(t,5)':s=48000:d=6"),
          QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"), QStringLiteral("ultrafast"),
          QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-shortest"), path });
    return problem.isEmpty() ? path : QString();
}

} // namespace

void TestImpactFinder::clickAtKnownTime()
{
    const QString path = twoClicks(QStringLiteral("clicks.mp4"));
    QVERIFY(!path.isEmpty());
    const std::atomic<bool> never { false };
    QList<int> percents;
    const ImpactSearch search
        = ImpactFinder::find(path, ImpactRules { 2000 }, never, [&](int percent) { percents << percent; });
    QVERIFY2(search.problem.isEmpty(), qPrintable(search.problem));
    QVERIFY(search.hasAudio);
    QVERIFY(!search.cancelled);
    QCOMPARE(search.durationUs / 1000, 6000);
    QCOMPARE(search.impacts.size(), 2);
    QVERIFY2(std::abs(search.impacts[0].timeUs - 2'500'000) <= 3000,
             qPrintable(QString::number(search.impacts[0].timeUs)));
    QVERIFY2(std::abs(search.impacts[1].timeUs - 5'000'000) <= 3000,
             qPrintable(QString::number(search.impacts[1].timeUs)));
    QVERIFY(search.impacts[0].strengthDb < 0 && search.impacts[0].strengthDb > -30);
    QVERIFY(!percents.isEmpty());
    QCOMPARE(percents.last(), 100);
}

void TestImpactFinder::takeWithoutSound()
{
    const QString path = TestVideo::scratchPath(QStringLiteral("silent.mov"));
    TestVideo video;
    video.path = path;
    video.audio = false;
    video.seconds = 2;
    QCOMPARE(video.make(), QString());
    const std::atomic<bool> never { false };
    const ImpactSearch search = ImpactFinder::find(path, ImpactRules {}, never);
    QVERIFY2(search.problem.isEmpty(), qPrintable(search.problem));
    QVERIFY(!search.hasAudio);
    QVERIFY(search.impacts.isEmpty());
    QCOMPARE(search.durationUs / 1000, 2000);
}

void TestImpactFinder::cancelled()
{
    const QString path = twoClicks(QStringLiteral("clicks-cancelled.mp4"));
    QVERIFY(!path.isEmpty());
    const std::atomic<bool> cancel { true };
    const ImpactSearch search = ImpactFinder::find(path, ImpactRules {}, cancel);
    QVERIFY(search.cancelled);
    QVERIFY(search.impacts.isEmpty());
    QVERIFY(!search.problem.isEmpty());
}

QTEST_GUILESS_MAIN(TestImpactFinder)
#include "tst_impactfinder.moc"
