// The impact finder's signal part on sounds made here, sample by sample: what
// is a strike and what is not (and why), where its time is, how onsets are
// grouped and the quiet ones dropped, and that the blocks it is fed in change
// nothing.
#include "media/impactsignal.h"

#include <QtTest>

#include <cmath>
#include <numbers>
#include <random>
#include <vector>

namespace {

constexpr int rate = ImpactTuning::sampleRate;

// Steady noise at `db` dBFS RMS, white (the high band holds half of it).
std::vector<float> noise(double seconds, double db, unsigned seed = 1)
{
    std::mt19937 random(seed);
    std::normal_distribution<float> white(0.0f, float(std::pow(10.0, db / 20.0)));
    std::vector<float> s(size_t(seconds * rate));
    for (float &x : s)
        x = white(random);
    return s;
}

// A strike: 3 kHz decaying with a 15 ms time constant, starting at `atS`.
void addStrike(std::vector<float> &s, double atS, double amplitude)
{
    const size_t from = size_t(atS * rate);
    for (size_t i = 0; i < size_t(0.3 * rate) && from + i < s.size(); ++i) {
        const double t = double(i) / rate;
        s[from + i] += float(amplitude * std::exp(-t / 0.015) * std::sin(2 * std::numbers::pi * 3000 * t));
    }
}

// A sound that swells and holds: 3 kHz rising over `riseS`, held for `holdS`.
void addSwell(std::vector<float> &s, double atS, double amplitude, double riseS, double holdS)
{
    const size_t from = size_t(atS * rate);
    for (size_t i = 0; i < size_t((riseS + holdS) * rate) && from + i < s.size(); ++i) {
        const double t = double(i) / rate;
        s[from + i] += float(amplitude * std::min(1.0, t / riseS) * std::sin(2 * std::numbers::pi * 3000 * t));
    }
}

struct Heard
{
    QList<ImpactSignal::Strike> strikes;
    QList<ImpactSignal::Onset> onsets;
};

Heard hear(const std::vector<float> &s, qint64 minGapMs = 2000, qsizetype block = 1024)
{
    ImpactSignal signal(rate, minGapMs);
    Heard heard;
    signal.setListener([&](const ImpactSignal::Onset &o) { heard.onsets << o; });
    for (qsizetype at = 0; at < qsizetype(s.size()); at += block)
        signal.feed(s.data() + at, std::min<qsizetype>(block, qsizetype(s.size()) - at));
    heard.strikes = signal.finish();
    return heard;
}

QList<double> timesOf(const QList<ImpactSignal::Strike> &strikes)
{
    QList<double> t;
    for (const ImpactSignal::Strike &s : strikes)
        t << double(s.sample) / rate;
    return t;
}

} // namespace

class TestImpactSignal : public QObject
{
    Q_OBJECT

private slots:
    void strikesAtTheirTime();
    void swellsAreNoStrikes();
    void consonantOfAHeldVowelIsNoStrike();
    void bounceIsPartOfItsStrike();
    void nextBayIsDropped();
    void quietTakeHasNone();
    void blocksChangeNothing();
};

// Three strikes in noise 30 dB below them: each found within 2 ms of its start.
void TestImpactSignal::strikesAtTheirTime()
{
    std::vector<float> s = noise(12, -50);
    for (double t : { 2.0, 5.5, 9.25 })
        addStrike(s, t, 0.5);
    const Heard heard = hear(s);
    const QList<double> t = timesOf(heard.strikes);
    QCOMPARE(t.size(), 3);
    QVERIFY2(std::abs(t[0] - 2.0) < 0.002, qPrintable(QString::number(t[0])));
    QVERIFY2(std::abs(t[1] - 5.5) < 0.002, qPrintable(QString::number(t[1])));
    QVERIFY2(std::abs(t[2] - 9.25) < 0.002, qPrintable(QString::number(t[2])));
    for (const ImpactSignal::Strike &k : heard.strikes)
        QVERIFY2(k.strengthDb > -15 && k.strengthDb < 0, qPrintable(QString::number(k.strengthDb)));
}

// A whistle (sudden, held) and a whoosh (swelling over 80 ms, held) as loud as
// a strike: heard as onsets, and told apart as what they are.
void TestImpactSignal::swellsAreNoStrikes()
{
    std::vector<float> s = noise(10, -50);
    addSwell(s, 2.0, 0.3, 0.005, 0.6); // a whistle
    addSwell(s, 5.0, 0.3, 0.08, 0.3); // a whoosh
    addStrike(s, 8.0, 0.5);
    const Heard heard = hear(s);
    QCOMPARE(timesOf(heard.strikes).size(), 1);
    QVERIFY(std::abs(timesOf(heard.strikes)[0] - 8.0) < 0.002);
    bool whistle = false, whoosh = false;
    for (const ImpactSignal::Onset &o : heard.onsets) {
        const double t = double(o.sample) / rate;
        if (std::abs(t - 2.0) < 0.05) {
            QVERIFY(o.verdict != ImpactSignal::Onset::Verdict::Strike);
            whistle = true;
        }
        if (t > 4.9 && t < 5.2) {
            QVERIFY(o.verdict != ImpactSignal::Onset::Verdict::Strike);
            whoosh = true;
        }
    }
    QVERIFY(whistle);
    QVERIFY(whoosh);
}

// A voice's "t" or "k": a click as sudden and short as a strike in the high band, but within
// a vowel that holds below it (500 Hz, 40 ms before the click to 300 ms after). Heard, and
// told apart by its whole sound not falling back (SoundHeld); the same click without its
// vowel is a strike.
void TestImpactSignal::consonantOfAHeldVowelIsNoStrike()
{
    std::vector<float> s = noise(8, -50);
    const auto addVowel = [&s](double fromS, double seconds, double amplitude) {
        const size_t from = size_t(fromS * rate);
        for (size_t i = 0; i < size_t(seconds * rate) && from + i < s.size(); ++i) {
            const double t = double(i) / rate;
            const double swell = std::min({ 1.0, t / 0.02, (seconds - t) / 0.03 }); // a voice swells and fades
            s[from + i] += float(amplitude * swell * std::sin(2 * std::numbers::pi * 500 * t));
        }
    };
    addVowel(1.96, 0.34, 0.5);
    addStrike(s, 2.0, 0.2);
    addStrike(s, 5.0, 0.2);
    const Heard heard = hear(s);
    QCOMPARE(timesOf(heard.strikes).size(), 1);
    QVERIFY(std::abs(timesOf(heard.strikes)[0] - 5.0) < 0.002);
    bool held = false;
    for (const ImpactSignal::Onset &o : heard.onsets) {
        const double t = double(o.sample) / rate;
        if (std::abs(t - 2.0) < 0.05) {
            QVERIFY2(o.decayDb >= ImpactTuning::decayDb,
                     qPrintable(QString::number(o.decayDb))); // decays in the high band
            QVERIFY2(o.wideDecayDb < ImpactTuning::wideDecayDb, qPrintable(QString::number(o.wideDecayDb)));
            QCOMPARE(o.verdict, ImpactSignal::Onset::Verdict::SoundHeld);
            held = true;
        }
    }
    QVERIFY(held);
}

// A strike and its bounce 0.6 s later (louder in the high band, as a table's
// ping after a dull strike): one strike, at the first. A third sound 2.5 s
// after is a strike of its own.
void TestImpactSignal::bounceIsPartOfItsStrike()
{
    std::vector<float> s = noise(10, -50);
    addStrike(s, 2.0, 0.2);
    addStrike(s, 2.6, 0.5);
    addStrike(s, 5.1, 0.3);
    const QList<double> t = timesOf(hear(s).strikes);
    QCOMPARE(t.size(), 2);
    QVERIFY(std::abs(t[0] - 2.0) < 0.002);
    QVERIFY(std::abs(t[1] - 5.1) < 0.002);
    // With a minimum gap of 500 ms the bounce is a strike of its own.
    QCOMPARE(timesOf(hear(s, 500).strikes).size(), 3);
}

// The next bay's strikes, 27 dB below ours, between ours: heard, dropped.
void TestImpactSignal::nextBayIsDropped()
{
    std::vector<float> s = noise(20, -70);
    for (double t : { 1.0, 5.0, 9.0, 13.0, 17.0 }) {
        addStrike(s, t, 0.5);
        addStrike(s, t + 2.2, 0.5 * std::pow(10.0, -27.0 / 20.0));
    }
    const Heard heard = hear(s);
    QCOMPARE(timesOf(heard.strikes), QList<double>({ 1.0, 5.0, 9.0, 13.0, 17.0 }));
    int quietOnes = 0;
    for (const ImpactSignal::Onset &o : heard.onsets) {
        if (o.verdict == ImpactSignal::Onset::Verdict::Strike && o.levelDb < -25)
            ++quietOnes;
    }
    QVERIFY2(quietOnes >= 5, "the next bay's strikes were heard as strikes, then dropped");
}

// Silence, and noise alone: nothing.
void TestImpactSignal::quietTakeHasNone()
{
    QVERIFY(hear(std::vector<float>(size_t(5 * rate), 0.0f)).strikes.isEmpty());
    QVERIFY(hear(noise(10, -30)).strikes.isEmpty());
    QVERIFY(hear({}).strikes.isEmpty());
}

void TestImpactSignal::blocksChangeNothing()
{
    std::vector<float> s = noise(8, -45, 3);
    addStrike(s, 1.3, 0.4);
    addStrike(s, 4.05, 0.1);
    const QList<double> whole = timesOf(hear(s, 2000, qsizetype(s.size())).strikes);
    QCOMPARE(whole.size(), 2);
    for (qsizetype block : { 1, 7, 480, 100000 })
        QCOMPARE(timesOf(hear(s, 2000, block).strikes), whole);
}

QTEST_GUILESS_MAIN(TestImpactSignal)
#include "tst_impactsignal.moc"
