#pragma once

#include <QList>
#include <QtGlobal>

#include <array>
#include <functional>
#include <vector>

// Finds the strikes (a club or racket on a ball) in a take's sound: the
// signal part of the impact finder, free of FFmpeg so that it can be tested
// and fuzzed on its own. Fed mono float samples in blocks of any size,
// streamed: it keeps a few seconds of a 1 ms envelope, never the sound
// itself, so its memory does not grow with the take.
//
// What it does, each step's numbers in ImpactTuning below:
//  1. high-pass (a ball strike's energy sits above ~1.5 kHz; wind, a voice's
//     vowels, traffic and handling noise mostly below);
//  2. a 5 ms energy envelope in dB, every 1 ms;
//  3. an onset where the envelope rises above an adaptive threshold: the
//     running median of the level over ±1.5 s plus k·MAD, at least a few dB
//     above it, never below an absolute floor;
//  4. kept only when its level climbed 5.5 dB within the 10 ms before its
//     peak and is back 5 dB below it 50–100 ms after it, and the whole sound
//     (above 300 Hz) back 10 dB below its own peak (a strike is sudden and
//     decays; a whistle, a whoosh or a crowd swells and holds, and a voice's
//     consonant is sudden in the high band but its vowel holds);
//  5. at the end, onsets far quieter than the take's typical strike (the
//     next bay, 25–30 dB down) are dropped;
//  6. onsets closer than the movement's minimum gap are one strike (its
//     bounce, the net, a voice after it): the loudest, or an onset up to a
//     second before it (a dull strike before its bright bounce).
// Memory: a few seconds of 1 ms envelope, and the onsets (a few per strike).
// Its time is where the strike's 1 ms envelope (above 300 Hz) first reaches
// half its peak, as the test's ground truth is defined.
namespace ImpactTuning {

// The rate the sound is analysed at: a ball strike's energy is within
// 1.5–10 kHz, which 24 kHz keeps (up to 12 kHz) at half the work of 48 kHz.
inline constexpr int sampleRate = 24000;
// The high-pass: a ball strike's energy sits here; wind rumble, footsteps
// and a voice's vowels (below ~1 kHz) mostly fall away. 4th order
// Butterworth (two biquads): −24 dB per octave below.
inline constexpr double highPassHz = 1500.0;
// The strike's time is read on a wider band than it is found on: a dull
// strike (a heavy ball, a wooden bat) makes its first sound below 1.5 kHz and
// its brightest a few milliseconds later. A 2nd order high-pass at 300 Hz
// still takes away wind rumble and handling noise.
inline constexpr double timingHighPassHz = 300.0;
// The envelope's step: a strike's time is known to the millisecond, well
// within a frame at 60 fps (16.7 ms).
inline constexpr int hopMs = 1;
// The short window the level is measured over: long enough to smooth a
// strike's first oscillations, short enough that a strike's attack is one
// step, not a ramp.
inline constexpr int envelopeMs = 5;
// The adaptive threshold's window, either side of the onset: longer than
// any strike and its ringing, short enough to follow a wind gust or a
// crowd that grows.
inline constexpr int backgroundHalfWindowMs = 1500;
// The background's statistics are taken from the level every 10 ms (300
// values over the 3 s window): a median needs no more, and it costs a tenth.
inline constexpr int backgroundEveryMs = 10;
// How far above the background's median (in its MADs) a rise must go.
inline constexpr double thresholdMads = 6.0;
// ... and at least this many dB: in steady noise the MAD of a 5 ms level is
// under 1 dB (6 MADs are less than this), and noise alone never rises 5 dB
// (3 times its power) for 5 ms. A dull strike (a heavy ball: little of its
// sound above 1.5 kHz) at 10 dB over the background peaks only 6–7 dB over
// it in the high band: 6 dB here missed one in ten of them.
inline constexpr double minimumRiseDb = 5.0;
// Nothing quieter than this (dB below a full-scale square wave) is a
// strike: digital silence, dither, a muted microphone.
inline constexpr double levelFloorDb = -75.0;
// Where a strike's peak is sought after its onset: its attack is a few
// milliseconds.
inline constexpr int peakSearchMs = 30;
// A strike's attack is sudden: its level climbs at least this much (a dull
// strike at 10 dB: 6.2 dB and more, measured; a whoosh's slow swell with a
// rustle in it: at most 5.2 dB) ...
inline constexpr double attackDb = 5.5;
// ... within this time before its peak (the 5 ms level's own ramp and a
// strike's first bounces of sound; a swing's whoosh, a voice or a crowd
// swells over 50 ms and more).
inline constexpr int attackWithinMs = 10;
// A strike decays: from this time after its peak ...
inline constexpr int decayFromMs = 50;
// ... to this one, its level (the median of it: a strike rings, and bounces
// once or twice in a racket's frame or a club's head) ...
inline constexpr int decayWithinMs = 100;
// ... is this much below its peak. A whistle or a whoosh holds its level for
// far longer; a dull strike at 10 dB, only 6–7 dB over the background in
// the high band, falls back by 5.9 dB and more (measured).
inline constexpr double decayDb = 5.0;
// ... and its whole sound (above timingHighPassHz) is this much below its
// peak too: a voice's consonant or a crowd's clap is sudden and short in the
// high band, but the vowel or the crowd around it holds (measured on the
// test takes: a voice's "out!" 1–5 dB, a crowd 2–7 dB, the next bay's strike
// 6–9 dB; our strikes 13 dB and more at 10 dB over the background, even a dull
// one, whose whole sound is far louder than its high band).
inline constexpr double wideDecayDb = 10.0;
// Within one strike's group (onsets closer than the minimum gap), the strike
// is the loudest onset, or the first one up to this long before it ...
inline constexpr int bounceWithinMs = 1000;
// ... at most this far below it: the ball's bounce or the net follows its
// strike within a second, and after a dull strike (a heavy ball) a table's
// or a floor's ping can be ~15 dB louder in the high band; an onset further
// below is the next bay's strike (25–30 dB down) just before ours.
inline constexpr double sameStrikeDb = 20.0;
// The take's typical strike: its strikes' level at this fraction (the upper
// quartile: robust to a few loud ones and to many quiet ones from the next
// bay), measured above timingHighPassHz, where strikes of every kind (a
// bright racket, a dull heavy ball) are about as loud as they sound.
inline constexpr double typicalQuantile = 0.75;
// Onsets this far below the typical strike are someone else's (the next bay,
// 25–30 dB down); a coach's own strikes vary by far less (a chip and a
// drive: ~10 dB). They are left out before the groups are made, so that the
// next bay's strike never stands for ours.
inline constexpr double quietDropDb = 15.0;
// The onsets kept until the end (where the quiet ones are told apart), at
// most: a strike makes two to five, so this is hours of strikes every second.
inline constexpr int maxOnsets = 200000;
// The movement's minimum gap is kept within these bounds: shorter than the
// decay check it would split one strike; a minute is longer than any movement.
inline constexpr int minGapFloorMs = 150;
inline constexpr int minGapCeilingMs = 60000;

// Guards against what a damaged file decodes to: samples beyond this are
// clamped (a decoder overshoots full scale a little; far beyond is damage),
// and this energy is added before a logarithm (digital silence stays finite).
inline constexpr float sampleLimit = 8.0f;
inline constexpr double tinyEnergy = 1e-20;

// Reading the take (media/ffmpeg/impactdetector.cpp). The first video packets
// whose timestamps say where the first frame is presented (B-frames come out
// of order; the first frame is the earliest of the first group of pictures);
// after them a QuickTime file's video is not read at all.
inline constexpr int videoPacketsForStart = 64;
// Audio timestamps that jump ahead by more than this are a gap in the sound (a
// damaged stretch, a pause in recording), filled with silence so that what
// follows keeps its time; less is the container's rounding.
inline constexpr qint64 gapToleranceUs = 40'000;
// ... a jump longer than this is not filled (a broken timestamp, not a pause).
inline constexpr qint64 longestGapUs = 30LL * 60 * 1'000'000;

} // namespace ImpactTuning

class ImpactSignal
{
public:
    struct Strike
    {
        qint64 sample = 0; // where its 1 ms envelope first reaches half its peak, from the first sample fed
                           // (to the millisecond)
        double strengthDb = 0; // its 5 ms high-passed level at the peak, dB (0: a full-scale square wave)
    };

    // What each onset was found to be, for telling why a sound was or was not
    // a strike (tests, tuning).
    struct Onset
    {
        enum class Verdict { Strike, NotSudden, NoDecay, SoundHeld, SoundEnded };
        qint64 sample = 0; // where it crossed the threshold
        double levelDb = 0; // its peak level
        double thresholdDb = 0; // the threshold it crossed
        double attackDb = 0; // how much it climbed within attackWithinMs before its peak
        double decayDb = 0; // how far below its peak it was decayFromMs..decayWithinMs after it
        double wideDecayDb = 0; // the same above timingHighPassHz (its whole sound, not only its high band)
        Verdict verdict = Verdict::Strike;
    };
    using Listener = std::function<void(const Onset &)>;
    void setListener(Listener listener) { m_listener = std::move(listener); }

    // Samples at ImpactTuning::sampleRate (any other rate from 8 kHz to 192 kHz works too).
    explicit ImpactSignal(int sampleRate = ImpactTuning::sampleRate, qint64 minGapMs = 2000);

    // Any number of samples; values beyond ±8 or not finite are taken as 0 or clamped.
    void feed(const float *samples, qsizetype count);
    // The sound ended: evaluates what is left, merges and drops, and returns the
    // strikes in time order. Nothing may be fed after.
    QList<Strike> finish();

    qint64 samplesFed() const { return m_samples; }
    int sampleRate() const { return m_rate; }

private:
    struct Biquad
    {
        double b0 = 0, b1 = 0, b2 = 0, a1 = 0, a2 = 0;
        double z1 = 0, z2 = 0;
        double run(double x)
        {
            const double y = b0 * x + z1;
            z1 = b1 * x - a1 * y + z2;
            z2 = b2 * x - a2 * y;
            return y;
        }
    };
    struct Hop
    {
        float energy1 = 0; // mean square over the 1 ms hop
        float wide1 = 0; // the same above timingHighPassHz
        float level = -200; // dB of the mean square over the last envelopeMs
        float wide = -200; // the same above timingHighPassHz
    };
    struct Candidate
    {
        qint64 sample = 0;
        double strengthDb = 0;
        double wideDb = 0; // its peak level above timingHighPassHz
    };

    void endHop();
    void evaluate(qint64 hop); // hop: the one the background window is centred on
    void addBackground(float level);
    void removeBackground(float level);
    double threshold();
    double decayBelow(qint64 peak, double peakDb, float Hop::*level);
    QList<Strike> grouped(const std::vector<Candidate> &onsets) const;
    const Hop &at(qint64 hop) const { return m_hops[size_t(hop % qint64(m_hops.size()))]; }

    int m_rate;
    int m_hopSamples;
    int m_envelopeHops;
    int m_halfWindowHops;
    int m_everyHops;
    int m_peakHops;
    int m_decayFromHops;
    int m_decayHops;
    int m_attackHops;
    qint64 m_minGapHops;

    std::array<Biquad, 2> m_highPass;
    Biquad m_timingPass;
    double m_wideSum = 0;
    qint64 m_samples = 0;
    double m_hopSum = 0;
    int m_inHop = 0;
    qint64 m_hopsDone = 0; // hops ended
    qint64 m_evaluated = 0; // hops evaluated
    std::vector<Hop> m_hops; // a ring of the last hops
    std::vector<float> m_background; // sorted levels of the window
    std::vector<float> m_scratch;
    std::vector<float> m_decayLevels;
    bool m_thresholdStale = true;
    double m_threshold = 0;
    bool m_above = false;

    Listener m_listener;
    std::vector<Candidate> m_onsets;
    QList<Strike> m_strikes;
    bool m_finished = false;
};
