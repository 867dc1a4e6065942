#include "media/impactsignal.h"

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace ImpactTuning;

namespace {

constexpr float clampLimit = 8.0f; // decoders overshoot full scale a little; anything beyond is damage
constexpr double tinyEnergy = 1e-20; // keeps log10 finite over digital silence

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
    , m_decayHops(hopsOf(decayWithinMs))
    , m_minGapHops(hopsOf(int(std::clamp<qint64>(minGapMs, minGapFloorMs, minGapCeilingMs))))
{
    // A 4th order Butterworth high-pass: two biquads with the Qs of its pole pairs.
    const double cutoff = std::min(highPassHz, m_rate * 0.45);
    m_highPass[0] = highPass<Biquad>(m_rate, cutoff, 0.54119610);
    m_highPass[1] = highPass<Biquad>(m_rate, cutoff, 1.30656296);
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
        x = std::isfinite(x) ? std::clamp(x, -clampLimit, clampLimit) : 0.0f;
        double y = m_highPass[1].run(m_highPass[0].run(x));
        if (!std::isfinite(y)) { // cannot happen with clamped input; never let it spread
            for (Biquad &f : m_highPass)
                f.z1 = f.z2 = 0;
            y = 0;
        }
        m_hopSum += y * y;
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
    m_hopSum = 0;
    m_inHop = 0;
    double sum = hop.energy1;
    int counted = 1;
    for (qint64 k = n - 1; k > n - m_envelopeHops && k >= 0; --k, ++counted)
        sum += at(k).energy1;
    hop.level = float(10.0 * std::log10(sum / counted + tinyEnergy));
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
    bool decays = false;
    for (qint64 k = peak + 1; k <= std::min(peak + m_decayHops, last) && !decays; ++k)
        decays = at(k).level <= peakDb - decayDb;
    if (!decays)
        return;

    // Its time: where the 1 ms envelope first reaches half its peak (a quarter of its energy).
    const qint64 earliest = std::max<qint64>({ 0, m - 2 * m_envelopeHops, m_hopsDone - qint64(m_hops.size()) + 1 });
    qint64 strongest = std::max(earliest, m - m_envelopeHops);
    for (qint64 k = strongest + 1; k <= peak; ++k) {
        if (at(k).energy1 > at(strongest).energy1)
            strongest = k;
    }
    const float half = at(strongest).energy1 / 4.0f;
    qint64 start = strongest;
    while (start - 1 >= earliest && at(start - 1).energy1 >= half)
        --start;
    accept({ start * m_hopSamples, peakDb });
}

void ImpactSignal::accept(const Candidate &candidate)
{
    if (!m_group.empty() && candidate.sample - m_group.front().sample >= m_minGapHops * m_hopSamples)
        closeGroup();
    m_group.push_back(candidate);
}

void ImpactSignal::closeGroup()
{
    if (m_group.empty())
        return;
    double loudest = m_group.front().strengthDb;
    for (const Candidate &c : m_group)
        loudest = std::max(loudest, c.strengthDb);
    for (const Candidate &c : m_group) {
        if (c.strengthDb >= loudest - sameStrikeDb) {
            m_strikes.append({ c.sample, c.strengthDb });
            break;
        }
    }
    m_group.clear();
}

QList<ImpactSignal::Strike> ImpactSignal::finish()
{
    if (m_finished)
        return m_strikes;
    m_finished = true;
    while (m_evaluated < m_hopsDone)
        evaluate(m_evaluated++);
    closeGroup();
    if (m_strikes.isEmpty())
        return m_strikes;
    std::vector<double> levels;
    levels.reserve(size_t(m_strikes.size()));
    for (const Strike &s : std::as_const(m_strikes))
        levels.push_back(s.strengthDb);
    std::sort(levels.begin(), levels.end());
    const size_t rank = size_t(std::ceil(typicalQuantile * double(levels.size())));
    const double typical = levels[std::clamp<size_t>(rank, 1, levels.size()) - 1];
    m_strikes.removeIf([typical](const Strike &s) { return s.strengthDb < typical - quietDropDb; });
    return m_strikes;
}
