#include "media/impactsignal.h"

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace ImpactTuning;

namespace {

// A high-pass biquad (Robert Bristow-Johnson's cookbook), normalised.
template<typename Biquad> Biquad highPass(double rate, double hz, double q)
{
    const double w0 = 2.0 * std::numbers::pi * hz / rate;
    const double c = std::cos(w0);
    const double alpha = std::sin(w0) / (2.0 * q);
    const double a0 = 1.0 + alpha;
    Biquad f;
    f.b0 = (1.0 + c) / 2.0 / a0;
    f.b1 = -(1.0 + c) / a0;
    f.b2 = (1.0 + c) / 2.0 / a0;
    f.a1 = -2.0 * c / a0;
    f.a2 = (1.0 - alpha) / a0;
    return f;
}

int hopsOf(int ms)
{
    return std::max(1, ms / hopMs);
}

} // namespace

ImpactSignal::ImpactSignal(int sampleRate, qint64 minGapMs)
    : m_rate(std::clamp(sampleRate, 8000, 192000))
    , m_hopSamples(std::max(1, m_rate * hopMs / 1000))
    , m_envelopeHops(hopsOf(envelopeMs))
    , m_halfWindowHops(hopsOf(backgroundHalfWindowMs))
    , m_everyHops(hopsOf(backgroundEveryMs))
    , m_peakHops(hopsOf(peakSearchMs))
    , m_decayFromHops(hopsOf(decayFromMs))
    , m_decayHops(hopsOf(decayWithinMs))
    , m_attackHops(hopsOf(attackWithinMs))
    , m_minGapHops(hopsOf(int(std::clamp<qint64>(minGapMs, minGapFloorMs, minGapCeilingMs))))
{
    // A 4th order Butterworth high-pass: two biquads with the Qs of its pole pairs.
    const double cutoff = std::min(highPassHz, m_rate * 0.45);
    m_highPass[0] = highPass<Biquad>(m_rate, cutoff, 0.54119610);
    m_highPass[1] = highPass<Biquad>(m_rate, cutoff, 1.30656296);
    m_timingPass = highPass<Biquad>(m_rate, timingHighPassHz, std::numbers::sqrt2 / 2);
    // The window either side of the hop evaluated, what is looked back at
    // before an onset, and room to spare.
    m_hops.resize(size_t(2 * m_halfWindowHops + 4 * (m_envelopeHops + m_peakHops + m_decayHops) + 64));
    m_background.reserve(size_t(2 * m_halfWindowHops / m_everyHops + 2));
    m_scratch.reserve(m_background.capacity());
}

void ImpactSignal::feed(const float *samples, qsizetype count)
{
    if (m_finished || !samples)
        return;
    for (qsizetype i = 0; i < count; ++i) {
        float x = samples[i];
        x = std::isfinite(x) ? std::clamp(x, -sampleLimit, sampleLimit) : 0.0f;
        double y = m_highPass[1].run(m_highPass[0].run(x));
        double wide = m_timingPass.run(x);
        if (!std::isfinite(y) || !std::isfinite(wide)) { // cannot happen with clamped input; never let it spread
            for (Biquad &f : m_highPass)
                f.z1 = f.z2 = 0;
            m_timingPass.z1 = m_timingPass.z2 = 0;
            y = wide = 0;
        }
        m_hopSum += y * y;
        m_wideSum += wide * wide;
        ++m_samples;
        if (++m_inHop == m_hopSamples)
            endHop();
    }
}

void ImpactSignal::endHop()
{
    const qint64 n = m_hopsDone;
    Hop &hop = m_hops[size_t(n % qint64(m_hops.size()))];
    hop.energy1 = float(m_hopSum / m_hopSamples);
    hop.wide1 = float(m_wideSum / m_hopSamples);
    m_hopSum = m_wideSum = 0;
    m_inHop = 0;
    double sum = hop.energy1, wide = hop.wide1;
    int counted = 1;
    for (qint64 k = n - 1; k > n - m_envelopeHops && k >= 0; --k, ++counted) {
        sum += at(k).energy1;
        wide += at(k).wide1;
    }
    hop.level = float(10.0 * std::log10(sum / counted + tinyEnergy));
    hop.wide = float(10.0 * std::log10(wide / counted + tinyEnergy));
    ++m_hopsDone;
    if (n % m_everyHops == 0)
        addBackground(hop.level);
    while (m_evaluated + m_halfWindowHops < m_hopsDone)
        evaluate(m_evaluated++);
}

void ImpactSignal::addBackground(float level)
{
    m_background.insert(std::upper_bound(m_background.begin(), m_background.end(), level), level);
    m_thresholdStale = true;
}

void ImpactSignal::removeBackground(float level)
{
    const auto it = std::lower_bound(m_background.begin(), m_background.end(), level);
    if (it != m_background.end() && *it == level)
        m_background.erase(it);
    m_thresholdStale = true;
}

double ImpactSignal::threshold()
{
    if (!m_thresholdStale)
        return m_threshold;
    m_thresholdStale = false;
    if (m_background.empty()) {
        m_threshold = levelFloorDb;
        return m_threshold;
    }
    const size_t n = m_background.size();
    const double median = n % 2 ? m_background[n / 2] : (double(m_background[n / 2 - 1]) + m_background[n / 2]) / 2.0;
    m_scratch.clear();
    for (float v : m_background)
        m_scratch.push_back(float(std::abs(v - median)));
    const auto middle = m_scratch.begin() + qsizetype(n / 2);
    std::nth_element(m_scratch.begin(), middle, m_scratch.end());
    const double mad = *middle;
    m_threshold = std::max(median + std::max(thresholdMads * mad, minimumRiseDb), levelFloorDb);
    return m_threshold;
}

// How far below `peakDb` the level (`level`: of the high band or of the
// whole sound) is decayFromMs..decayWithinMs after the peak: the median
// there, as a strike rings and its sound bounces once or twice.
double ImpactSignal::decayBelow(qint64 peak, double peakDb, float Hop::*level)
{
    m_decayLevels.clear();
    for (qint64 k = peak + m_decayFromHops; k <= peak + m_decayHops; ++k)
        m_decayLevels.push_back(at(k).*level);
    const auto middle = m_decayLevels.begin() + qsizetype(m_decayLevels.size() / 2);
    std::nth_element(m_decayLevels.begin(), middle, m_decayLevels.end());
    return peakDb - *middle;
}

void ImpactSignal::evaluate(qint64 m)
{
    // The background window is [m - half, m + half]: the hop that left it goes.
    const qint64 gone = m - m_halfWindowHops - 1;
    if (gone >= 0 && gone % m_everyHops == 0)
        removeBackground(at(gone).level);

    const double level = at(m).level;
    const bool above = level >= threshold();
    const bool onset = above && !m_above;
    m_above = above;
    if (!onset)
        return;

    // Its peak, then whether it decays.
    const qint64 last = m_hopsDone - 1;
    qint64 peak = m;
    for (qint64 k = m + 1; k <= std::min(m + m_peakHops, last); ++k) {
        if (at(k).level > at(peak).level)
            peak = k;
    }
    const double peakDb = at(peak).level;
    Onset heard;
    heard.sample = m * m_hopSamples;
    heard.levelDb = peakDb;
    heard.thresholdDb = threshold();
    const auto tell = [&](Onset::Verdict verdict) {
        heard.verdict = verdict;
        if (m_listener)
            m_listener(heard);
        return verdict == Onset::Verdict::Strike;
    };
    const qint64 before = peak - m_attackHops;
    if (before >= 0 && before > m_hopsDone - qint64(m_hops.size()))
        heard.attackDb = peakDb - at(before).level;
    else
        heard.attackDb = peakDb - heard.thresholdDb; // from the start of the sound
    if (peak + m_decayHops > last) {
        tell(Onset::Verdict::SoundEnded); // the sound ends before it could tell
        return;
    }
    heard.decayDb = decayBelow(peak, peakDb, &Hop::level);
    // The whole sound's peak: around the high band's (a dull strike's lower
    // sound can come a few milliseconds before or after its brightest).
    const qint64 oldest = m_hopsDone - qint64(m_hops.size()) + 1;
    float widePeak = at(peak).wide;
    for (qint64 k = std::max({ qint64(0), peak - m_attackHops, oldest }); k <= peak + m_envelopeHops; ++k)
        widePeak = std::max(widePeak, at(k).wide);
    heard.wideDecayDb = decayBelow(peak, widePeak, &Hop::wide);
    if (!tell(heard.attackDb < attackDb             ? Onset::Verdict::NotSudden
                  : heard.decayDb < decayDb         ? Onset::Verdict::NoDecay
                  : heard.wideDecayDb < wideDecayDb ? Onset::Verdict::SoundHeld
                                                    : Onset::Verdict::Strike))
        return;

    // Its time: where its wide-band 1 ms envelope first reaches half its peak
    // (a quarter of its energy), from a little before the onset (a dull
    // strike's first sound is below the high band) to its peak.
    const qint64 earliest = std::max<qint64>({ 0, m - m_peakHops, m_hopsDone - qint64(m_hops.size()) + 1 });
    float strongest = 0;
    double wideSum = 0, widest = 0;
    for (qint64 k = earliest; k <= std::min(peak + m_envelopeHops, last); ++k) {
        strongest = std::max(strongest, at(k).wide1);
        wideSum += at(k).wide1;
        if (k - m_envelopeHops >= earliest)
            wideSum -= at(k - m_envelopeHops).wide1;
        widest = std::max(widest, wideSum / m_envelopeHops);
    }
    qint64 start = earliest;
    while (start < peak && at(start).wide1 < strongest / 4.0f)
        ++start;
    if (m_onsets.size() < size_t(maxOnsets))
        m_onsets.push_back({ start * m_hopSamples, peakDb, 10.0 * std::log10(widest + tinyEnergy) });
}

// Onsets closer than the minimum gap (to the first of them) are one strike:
// the loudest, or the first up to bounceWithinMs before it and at most
// sameStrikeDb below it.
QList<ImpactSignal::Strike> ImpactSignal::grouped(const std::vector<Candidate> &onsets) const
{
    QList<Strike> strikes;
    const qint64 gap = m_minGapHops * m_hopSamples;
    const qint64 bounce = qint64(bounceWithinMs) * m_rate / 1000;
    for (size_t first = 0; first < onsets.size();) {
        size_t end = first + 1;
        while (end < onsets.size() && onsets[end].sample - onsets[first].sample < gap)
            ++end;
        size_t loudest = first;
        for (size_t k = first + 1; k < end; ++k) {
            if (onsets[k].strengthDb > onsets[loudest].strengthDb)
                loudest = k;
        }
        size_t chosen = loudest;
        for (size_t k = first; k < loudest; ++k) {
            if (onsets[loudest].sample - onsets[k].sample <= bounce
                && onsets[k].strengthDb >= onsets[loudest].strengthDb - sameStrikeDb) {
                chosen = k;
                break;
            }
        }
        strikes.append({ onsets[chosen].sample, onsets[chosen].strengthDb });
        first = end;
    }
    return strikes;
}

QList<ImpactSignal::Strike> ImpactSignal::finish()
{
    if (m_finished)
        return m_strikes;
    m_finished = true;
    while (m_evaluated < m_hopsDone)
        evaluate(m_evaluated++);
    if (m_onsets.empty())
        return m_strikes;
    // The typical strike, from the strikes as grouped with every onset; then
    // the quiet onsets go, and the rest are grouped again.
    std::vector<double> levels;
    const QList<Strike> first = grouped(m_onsets);
    for (const Strike &s : first) {
        const auto it
            = std::find_if(m_onsets.begin(), m_onsets.end(), [&](const Candidate &c) { return c.sample == s.sample; });
        levels.push_back(it->wideDb);
    }
    std::sort(levels.begin(), levels.end());
    const size_t rank = size_t(std::ceil(typicalQuantile * double(levels.size())));
    const double typical = levels[std::clamp<size_t>(rank, 1, levels.size()) - 1];
    std::erase_if(m_onsets, [typical](const Candidate &c) { return c.wideDb < typical - quietDropDb; });
    m_strikes = grouped(m_onsets);
    // A group's strike can be late in it and the next group's early: of two
    // strikes closer than the minimum gap, the louder one stays.
    const qint64 gap = m_minGapHops * m_hopSamples;
    for (qsizetype k = 1; k < m_strikes.size();) {
        if (m_strikes[k].sample - m_strikes[k - 1].sample >= gap) {
            ++k;
            continue;
        }
        m_strikes.removeAt(m_strikes[k].strengthDb > m_strikes[k - 1].strengthDb ? k - 1 : k);
    }
    m_onsets.clear();
    m_onsets.shrink_to_fit();
    return m_strikes;
}
