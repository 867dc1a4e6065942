#include "impacttakes.h"

#include "testvideo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <numbers>
#include <random>

namespace {

constexpr int rate = 48000;
const QString csmash = QStringLiteral("/usr/share/games/csmash/wav/");
const QString freetennis = QStringLiteral("/usr/share/sounds/freetennis-common/sfx/");

QStringList strikeSounds()
{
    return { csmash + QStringLiteral("racket.wav"), freetennis + QStringLiteral("colpo.wav"),
             freetennis + QStringLiteral("battuta3.wav"), freetennis + QStringLiteral("palla pesante.wav"),
             freetennis + QStringLiteral("palla.wav") };
}
QStringList bounceSounds()
{
    return { csmash + QStringLiteral("table.wav"), freetennis + QStringLiteral("palla leggera.wav") };
}
QStringList distractorSounds()
{
    return { freetennis + QStringLiteral("fh.wav"), freetennis + QStringLiteral("fh2.wav"),
             freetennis + QStringLiteral("out.wav"), freetennis + QStringLiteral("pubblico.wav") };
}

using Sound = std::vector<float>;

QString decodeFile(const QString &path, int toRate, const QStringList &extra, Sound *out)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("ffmpeg"));
    if (program.isEmpty())
        return QStringLiteral("ffmpeg is not installed (scripts/setup-deps installs it)");
    QProcess process;
    process.start(program,
                  QStringList { QStringLiteral("-hide_banner"), QStringLiteral("-loglevel"), QStringLiteral("error"),
                                QStringLiteral("-nostdin"), QStringLiteral("-i"), path }
                      + extra
                      + QStringList { QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-ar"),
                                      QString::number(toRate), QStringLiteral("-f"), QStringLiteral("f32le"),
                                      QStringLiteral("-") });
    QByteArray bytes;
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        process.waitForReadyRead(1000);
        bytes += process.readAllStandardOutput();
        if (process.state() == QProcess::NotRunning && process.bytesAvailable() == 0)
            break;
    }
    process.waitForFinished(120000);
    bytes += process.readAllStandardOutput();
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return QStringLiteral("ffmpeg could not decode %1: %2")
            .arg(path, QString::fromLocal8Bit(process.readAllStandardError()));
    out->resize(size_t(bytes.size()) / sizeof(float));
    std::memcpy(out->data(), bytes.constData(), out->size() * sizeof(float));
    return {};
}

QString load(const QString &path, Sound *out)
{
    static QHash<QString, Sound> cache;
    if (auto it = cache.constFind(path); it != cache.constEnd()) {
        *out = *it;
        return {};
    }
    const QString problem = decodeFile(path, rate, {}, out);
    if (problem.isEmpty())
        cache.insert(path, *out);
    return problem;
}

// The strike's own onset: the first sample where its 1 ms RMS envelope (over
// the millisecond before it) reaches half its peak.
size_t onsetOf(const Sound &s)
{
    const size_t window = rate / 1000;
    std::vector<double> env(s.size(), 0.0);
    double sum = 0;
    for (size_t i = 0; i < s.size(); ++i) {
        sum += double(s[i]) * s[i];
        if (i >= window)
            sum -= double(s[i - window]) * s[i - window];
        env[i] = std::sqrt(std::max(0.0, sum) / double(window));
    }
    const double peak = *std::max_element(env.begin(), env.end());
    for (size_t i = 0; i < env.size(); ++i) {
        if (env[i] >= peak / 2)
            return i;
    }
    return 0;
}

double powerOver(const Sound &s, size_t from, size_t count)
{
    double sum = 0;
    size_t n = 0;
    for (size_t i = from; i < std::min(s.size(), from + count); ++i, ++n)
        sum += double(s[i]) * s[i];
    return n ? sum / double(n) : 0.0;
}

// The loudest 50 ms of a sound that is not a strike (a voice, a whistle, a crowd).
double loudest50ms(const Sound &s)
{
    double best = 0;
    for (size_t from = 0; from < s.size(); from += rate / 200)
        best = std::max(best, powerOver(s, from, rate / 20));
    return best;
}

void place(std::vector<float> &mix, const Sound &s, size_t at, double gain)
{
    for (size_t i = 0; i < s.size() && at + i < mix.size(); ++i)
        mix[at + i] += float(s[i] * gain);
}

// A referee's pea whistle: ~3.2 kHz trilled by the pea at ~25 Hz, 0.7 s.
Sound whistle(std::mt19937 &random)
{
    std::uniform_real_distribution<double> pitch(3000, 3400);
    const double f0 = pitch(random);
    const size_t n = size_t(rate * 0.7);
    Sound s(n);
    double phase = 0;
    for (size_t i = 0; i < n; ++i) {
        const double t = double(i) / rate;
        const double trill = std::sin(2 * std::numbers::pi * 25 * t);
        phase += 2 * std::numbers::pi * (f0 + 150 * trill) / rate;
        const double attack = std::min(1.0, t / 0.015);
        const double release = std::min(1.0, (0.7 - t) / 0.05);
        s[i] = float(attack * release * (1.0 - 0.3 * (0.5 + 0.5 * trill)) * std::sin(phase));
    }
    return s;
}

// 1.5 s of the crowd, swelling and fading over 300 ms (as a crowd does, not
// cut off: a cut would be a sudden fall no crowd makes).
Sound crowdExcerpt(const Sound &crowd, std::mt19937 &random)
{
    const size_t n = std::min(crowd.size(), size_t(rate * 1.5));
    std::uniform_int_distribution<size_t> from(0, crowd.size() - n);
    const size_t start = from(random);
    Sound s(crowd.begin() + qsizetype(start), crowd.begin() + qsizetype(start + n));
    const size_t fade = rate * 3 / 10;
    for (size_t i = 0; i < fade && i < n / 2; ++i) {
        s[i] *= float(i) / fade;
        s[n - 1 - i] *= float(i) / fade;
    }
    return s;
}

// Pink noise (Paul Kellet's filter) plus a wind-like rumble: brown noise
// below ~300 Hz in slow gusts, each at the same power.
std::vector<float> background(size_t n, std::mt19937 &random)
{
    std::normal_distribution<double> white(0.0, 1.0);
    std::vector<double> pink(n), wind(n);
    double b0 = 0, b1 = 0, b2 = 0, b3 = 0, b4 = 0, b5 = 0, b6 = 0;
    double brown = 0, low = 0, gust = 0, gustLow = 0;
    const double lowCoefficient = 1.0 - std::exp(-2 * std::numbers::pi * 300.0 / rate);
    const double gustCoefficient = 1.0 - std::exp(-2 * std::numbers::pi * 0.4 / rate);
    for (size_t i = 0; i < n; ++i) {
        const double w = white(random);
        b0 = 0.99886 * b0 + w * 0.0555179;
        b1 = 0.99332 * b1 + w * 0.0750759;
        b2 = 0.96900 * b2 + w * 0.1538520;
        b3 = 0.86650 * b3 + w * 0.3104856;
        b4 = 0.55000 * b4 + w * 0.5329522;
        b5 = -0.7616 * b5 - w * 0.0168980;
        pink[i] = b0 + b1 + b2 + b3 + b4 + b5 + b6 + w * 0.5362;
        b6 = w * 0.115926;
        brown = 0.998 * brown + white(random) * 0.05;
        low += lowCoefficient * (brown - low);
        gust += gustCoefficient * (white(random) * 40.0 - gust);
        gustLow += gustCoefficient * (gust - gustLow);
        wind[i] = low * std::clamp(1.0 + gustLow, 0.2, 2.5);
    }
    const auto rms = [](const std::vector<double> &v) {
        double sum = 0;
        for (double x : v)
            sum += x * x;
        return std::sqrt(sum / double(std::max<size_t>(1, v.size())));
    };
    const double pinkRms = rms(pink), windRms = rms(wind);
    std::vector<float> out(n);
    for (size_t i = 0; i < n; ++i)
        out[i] = float(0.05 * (pink[i] / pinkRms + wind[i] / windRms));
    return out;
}

QString missingOf(const QStringList &paths)
{
    QStringList missing;
    for (const QString &p : paths) {
        if (!QFileInfo::exists(p))
            missing << p;
    }
    return missing.join(QStringLiteral(", "));
}

} // namespace

QString ImpactTakes::missingSounds()
{
    const QString missing = missingOf(strikeSounds() + bounceSounds() + distractorSounds());
    if (missing.isEmpty())
        return {};
    return QStringLiteral("The recorded sounds the test takes are made of are missing (%1): run scripts/setup-deps, "
                          "which installs csmash-data and freetennis-common")
        .arg(missing);
}

QString ImpactTakes::make(const Recipe &recipe, Take *take)
{
    if (QString missing = missingSounds(); !missing.isEmpty())
        return missing;
    *take = Take();
    take->path = recipe.path;
    std::mt19937 random(recipe.seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const auto between = [&](double a, double b) { return a + (b - a) * unit(random); };

    // The mov-editlist take is cut 1.5 s into a longer one.
    const double hidden = recipe.container == QLatin1String("mov-editlist") ? 1.5 : 0.0;
    const double totalS = recipe.seconds + hidden;
    const size_t n = size_t(totalS * rate);
    std::vector<float> bg = background(n, random);
    std::vector<float> mix = bg;

    QList<Sound> strikes, bounces, distractors;
    const auto named = [](const QStringList &paths) {
        QStringList names;
        for (const QString &p : paths)
            names << QFileInfo(p).fileName();
        return names;
    };
    const QStringList strikeNames = named(strikeSounds()), bounceNames = named(bounceSounds()),
                      distractorNames = named(distractorSounds());
    const auto note = [&](double atS, const QString &what) { take->events.append({ atS - hidden, what }); };
    for (const QString &p : strikeSounds()) {
        Sound s;
        if (QString problem = load(p, &s); !problem.isEmpty())
            return problem;
        strikes << s;
    }
    for (const QString &p : bounceSounds()) {
        Sound s;
        if (QString problem = load(p, &s); !problem.isEmpty())
            return problem;
        bounces << s;
    }
    for (const QString &p : distractorSounds()) {
        Sound s;
        if (QString problem = load(p, &s); !problem.isEmpty())
            return problem;
        distractors << s;
    }

    const auto backgroundAround = [&](double atS) {
        const size_t from = size_t(std::max(0.0, atS - 1.0) * rate);
        return std::max(1e-12, powerOver(bg, from, size_t(2.0 * rate)));
    };
    // A strike-like sound with its onset at `atS`, its 50 ms after the onset `snr` dB over the background.
    const auto placeStrike = [&](const Sound &s, double atS, double snr) {
        const size_t onset = onsetOf(s);
        const double power = std::max(1e-12, powerOver(s, onset, rate / 20));
        const double gain = std::sqrt(backgroundAround(atS) * std::pow(10.0, snr / 10.0) / power);
        const double startS = atS - double(onset) / rate;
        if (startS < 0)
            return false;
        place(mix, s, size_t(std::llround(startS * rate)), gain);
        return true;
    };
    // A sound that is not a strike, its loudest 50 ms `snr` dB over the background.
    const auto placeOther = [&](const Sound &s, double atS, double snr) {
        const double power = std::max(1e-12, loudest50ms(s));
        const double gain = std::sqrt(backgroundAround(atS) * std::pow(10.0, snr / 10.0) / power);
        place(mix, s, size_t(std::llround(atS * rate)), gain);
    };

    // Before the first frame (hidden by the edit list): a strike that must not count.
    if (hidden > 0 && placeStrike(strikes[0], 0.6, recipe.snrDb))
        note(0.6, QStringLiteral("strike before the first frame ") + strikeNames[0]);

    QList<double> strikeTimes;
    for (double t = hidden + between(1.5, 2.5); t < totalS - 1.5; t += between(4.2, 5.0))
        strikeTimes << t;
    int kind = int(recipe.seed % 6);
    for (qsizetype i = 0; i < strikeTimes.size(); ++i) {
        const double t = strikeTimes[i];
        const Sound &s = strikes[i % strikes.size()];
        if (!placeStrike(s, t, recipe.snrDb))
            continue;
        // The truth is where its sample lands: the placement rounds to a sample.
        const double startS = std::llround((t - double(onsetOf(s)) / rate) * rate) / double(rate);
        take->strikesS << startS + double(onsetOf(s)) / rate - hidden;
        note(t, QStringLiteral("strike ") + strikeNames[i % strikes.size()]);
        if (unit(random) < 0.5) {
            const int b = int(unit(random) * bounces.size()) % bounces.size();
            const double at = t + between(0.3, 1.0);
            placeStrike(bounces[b], at, recipe.snrDb - between(3, 9));
            note(at, QStringLiteral("bounce ") + bounceNames[b]);
            ++take->bounces;
        }
        // Between this strike and the next: one distractor.
        const double next = i + 1 < strikeTimes.size() ? strikeTimes[i + 1] : totalS;
        const double at = (t + next) / 2 + between(-0.1, 0.1);
        if (at > totalS - 1.3 || unit(random) > 0.85)
            continue;
        const double loudness = recipe.snrDb + between(-3, 3);
        switch (kind++ % 6) {
        case 0:
        case 1:
        case 2:
            placeOther(distractors[(kind - 1) % 6], at, loudness);
            note(at, distractorNames[(kind - 1) % 6]);
            break;
        case 3:
            placeOther(crowdExcerpt(distractors[3], random), at - 0.6, loudness);
            note(at - 0.6, QStringLiteral("crowd ") + distractorNames[3]);
            break;
        case 4:
            placeOther(whistle(random), at, loudness);
            note(at, QStringLiteral("whistle"));
            break;
        default: { // the next bay's strike
            const int k = int(unit(random) * strikes.size()) % strikes.size();
            placeStrike(strikes[k], at, recipe.snrDb - between(25, 30));
            note(at, QStringLiteral("next bay ") + strikeNames[k]);
            break;
        }
        }
        ++take->distractors;
    }

    // As a phone's limiter leaves a take: its loudest sample at −0.5 dBFS.
    float peak = 1e-9f;
    for (float x : mix)
        peak = std::max(peak, std::abs(x));
    const double scale = std::pow(10.0, -0.5 / 20.0) / peak;
    for (float &x : mix)
        x = float(x * scale);
    take->backgroundDbfs = 10.0 * std::log10(powerOver(bg, 0, bg.size()) * scale * scale);

    const QString raw = recipe.path + QStringLiteral(".f32");
    {
        QFile f(raw);
        if (!f.open(QIODevice::WriteOnly))
            return QStringLiteral("cannot write %1").arg(raw);
        f.write(reinterpret_cast<const char *>(mix.data()), qint64(mix.size() * sizeof(float)));
    }
    const auto encode = [&](const QString &target, const QStringList &format) {
        return TestVideo::ffmpeg(QStringList { QStringLiteral("-f"),
                                               QStringLiteral("lavfi"),
                                               QStringLiteral("-i"),
                                               QStringLiteral("color=black:size=%1x%2:rate=%3:duration=%4")
                                                   .arg(recipe.size.width())
                                                   .arg(recipe.size.height())
                                                   .arg(recipe.fps)
                                                   .arg(totalS, 0, 'f', 3),
                                               QStringLiteral("-f"),
                                               QStringLiteral("f32le"),
                                               QStringLiteral("-ar"),
                                               QString::number(rate),
                                               QStringLiteral("-ac"),
                                               QStringLiteral("1"),
                                               QStringLiteral("-i"),
                                               raw,
                                               QStringLiteral("-c:v"),
                                               QStringLiteral("libx264"),
                                               QStringLiteral("-preset"),
                                               QStringLiteral("ultrafast"),
                                               QStringLiteral("-g"),
                                               QString::number(2 * recipe.fps),
                                               QStringLiteral("-pix_fmt"),
                                               QStringLiteral("yuv420p"),
                                               QStringLiteral("-c:a"),
                                               QStringLiteral("aac"),
                                               QStringLiteral("-b:a"),
                                               QStringLiteral("128k"),
                                               QStringLiteral("-shortest") }
                                 + format + QStringList { target });
    };
    QString problem;
    if (recipe.container == QLatin1String("mp4")) {
        problem = encode(recipe.path, { QStringLiteral("-f"), QStringLiteral("mp4") });
    } else if (recipe.container == QLatin1String("ts")) {
        problem = encode(recipe.path, { QStringLiteral("-f"), QStringLiteral("mpegts") });
    } else if (recipe.container == QLatin1String("mov-editlist")) {
        const QString whole = recipe.path + QStringLiteral(".whole.mp4");
        problem = encode(whole, { QStringLiteral("-f"), QStringLiteral("mp4") });
        if (problem.isEmpty())
            problem = TestVideo::ffmpeg({ QStringLiteral("-ss"), QString::number(hidden), QStringLiteral("-i"), whole,
                                          QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-f"),
                                          QStringLiteral("mov"), recipe.path });
        QFile::remove(whole);
    } else {
        problem = QStringLiteral("unknown container %1").arg(recipe.container);
    }
    QFile::remove(raw);
    return problem;
}

QString ImpactTakes::makeSession(const Session &session, QList<double> *strikesS)
{
    const QString racket = strikeSounds().first();
    if (!QFileInfo::exists(racket))
        return missingSounds();
    Sound strike;
    if (QString problem = load(racket, &strike); !problem.isEmpty())
        return problem;
    const double onsetS = double(onsetOf(strike)) / rate;
    const QString seed = session.path + QStringLiteral(".seed.mp4");
    const QString period = session.path + QStringLiteral(".strike.wav");
    const QString sound = session.path + QStringLiteral(".sound.m4a");
    const auto cleanUp = [&] {
        for (const QString &p : { seed, period, sound })
            QFile::remove(p);
    };
    const QString seconds = QString::number(session.seconds, 'f', 3);
    // 7 s of picture: the strikes (every 20 s) fall on different frames of it.
    QString problem
        = TestVideo::ffmpeg({ QStringLiteral("-f"), QStringLiteral("lavfi"), QStringLiteral("-i"),
                              QStringLiteral("testsrc2=size=%1x%2:rate=%3:duration=7")
                                  .arg(session.size.width())
                                  .arg(session.size.height())
                                  .arg(session.fps),
                              QStringLiteral("-c:v"), QStringLiteral("libx264"), QStringLiteral("-preset"),
                              QStringLiteral("ultrafast"), QStringLiteral("-g"), QString::number(2 * session.fps),
                              QStringLiteral("-pix_fmt"), QStringLiteral("yuv420p"), seed });
    if (problem.isEmpty())
        problem = TestVideo::ffmpeg({ QStringLiteral("-i"), racket, QStringLiteral("-af"),
                                      QStringLiteral("adelay=%1:all=1,apad=whole_dur=%2")
                                          .arg(qRound64(session.firstS * 1000))
                                          .arg(session.everyS),
                                      QStringLiteral("-ac"), QStringLiteral("1"), QStringLiteral("-ar"),
                                      QString::number(rate), period });
    if (problem.isEmpty())
        problem = TestVideo::ffmpeg(
            { QStringLiteral("-stream_loop"), QStringLiteral("-1"), QStringLiteral("-i"), period, QStringLiteral("-f"),
              QStringLiteral("lavfi"), QStringLiteral("-i"),
              QStringLiteral("anoisesrc=color=pink:amplitude=0.01:sample_rate=%1:duration=%2").arg(rate).arg(seconds),
              QStringLiteral("-filter_complex"),
              QStringLiteral("[0:a]atrim=duration=%1[s];[s][1:a]amix=inputs=2:normalize=0").arg(seconds),
              QStringLiteral("-c:a"), QStringLiteral("aac"), QStringLiteral("-b:a"), QStringLiteral("128k"), sound });
    if (problem.isEmpty())
        problem = TestVideo::ffmpeg({ QStringLiteral("-stream_loop"), QStringLiteral("-1"), QStringLiteral("-i"), seed,
                                      QStringLiteral("-i"), sound, QStringLiteral("-map"), QStringLiteral("0:v"),
                                      QStringLiteral("-map"), QStringLiteral("1:a"), QStringLiteral("-t"), seconds,
                                      QStringLiteral("-c"), QStringLiteral("copy"), QStringLiteral("-fflags"),
                                      QStringLiteral("+genpts"), session.path });
    cleanUp();
    if (!problem.isEmpty())
        return problem;
    strikesS->clear();
    for (double t = session.firstS; t + onsetS < session.seconds - 0.5; t += session.everyS)
        *strikesS << t + onsetS;
    return {};
}

QString ImpactTakes::startTimes(const QString &path, double *videoS, double *audioS)
{
    const QJsonObject probe = TestVideo::ffprobe(path);
    bool sawAudio = false, sawVideo = false;
    for (const QJsonValue &v : probe.value(QStringLiteral("streams")).toArray()) {
        const QJsonObject s = v.toObject();
        const double start = s.value(QStringLiteral("start_time")).toString().toDouble();
        if (s.value(QStringLiteral("codec_type")) == QLatin1String("video") && !sawVideo) {
            *videoS = start;
            sawVideo = true;
        } else if (s.value(QStringLiteral("codec_type")) == QLatin1String("audio") && !sawAudio) {
            *audioS = start;
            sawAudio = true;
        }
    }
    return sawAudio && sawVideo ? QString() : QStringLiteral("%1 has no audio or no video").arg(path);
}

QString ImpactTakes::decodeAudio(const QString &path, int toRate, std::vector<float> *samples, double *startS)
{
    double videoS = 0, audioS = 0;
    if (QString problem = startTimes(path, &videoS, &audioS); !problem.isEmpty())
        return problem;
    *startS = audioS - videoS;
    return decodeFile(path, toRate, { QStringLiteral("-map"), QStringLiteral("0:a:0") }, samples);
}

QString ImpactTakes::silenceEnds(const QString &path, double noiseDbfs, double shortestS, QList<double> *timesS)
{
    double videoS = 0, audioS = 0;
    if (QString problem = startTimes(path, &videoS, &audioS); !problem.isEmpty())
        return problem;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStandardPaths::findExecutable(QStringLiteral("ffmpeg")),
                  { QStringLiteral("-hide_banner"), QStringLiteral("-nostdin"), QStringLiteral("-i"), path,
                    QStringLiteral("-map"), QStringLiteral("0:a:0"), QStringLiteral("-af"),
                    QStringLiteral("silencedetect=noise=%1dB:duration=%2").arg(noiseDbfs).arg(shortestS),
                    QStringLiteral("-f"), QStringLiteral("null"), QStringLiteral("-") });
    if (!process.waitForFinished(120000) || process.exitCode() != 0)
        return QStringLiteral("ffmpeg silencedetect failed on %1").arg(path);
    timesS->clear();
    static const QRegularExpression end(QStringLiteral(R"(silence_end: (-?[0-9.]+))"));
    const QString output = QString::fromLocal8Bit(process.readAll());
    for (auto it = end.globalMatch(output); it.hasNext();)
        *timesS << it.next().captured(1).toDouble() - videoS;
    return {};
}

QString ImpactTakes::peakTriggers(const QString &path, double level, QList<double> *timesS)
{
    std::vector<float> samples;
    double startS = 0;
    if (QString problem = decodeAudio(path, rate, &samples, &startS); !problem.isEmpty())
        return problem;
    timesS->clear();
    for (size_t i = 0; i < samples.size(); ++i) {
        if (std::abs(samples[i]) >= level)
            *timesS << startS + double(i) / rate;
    }
    return {};
}

QString ImpactTakes::Take::nearest(double atS) const
{
    const Event *best = nullptr;
    for (const Event &e : events) {
        if (!best || std::abs(e.atS - atS) < std::abs(best->atS - atS))
            best = &e;
    }
    return best ? QStringLiteral("%1 at %2 s").arg(best->what).arg(best->atS, 0, 'f', 3) : QStringLiteral("nothing");
}

void ImpactTakes::Score::add(const QList<double> &truth, const QList<double> &foundS, double windowS)
{
    truths += int(truth.size());
    found += int(foundS.size());
    struct Pair
    {
        double error;
        qsizetype t, f;
    };
    std::vector<Pair> pairs;
    for (qsizetype i = 0; i < truth.size(); ++i) {
        for (qsizetype j = 0; j < foundS.size(); ++j) {
            const double e = std::abs(foundS[j] - truth[i]);
            if (e <= windowS)
                pairs.push_back({ e, i, j });
        }
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &a, const Pair &b) { return a.error < b.error; });
    std::vector<bool> usedT(size_t(truth.size())), usedF(size_t(foundS.size()));
    for (const Pair &p : pairs) {
        if (usedT[size_t(p.t)] || usedF[size_t(p.f)])
            continue;
        usedT[size_t(p.t)] = usedF[size_t(p.f)] = true;
        ++matched;
        errorsS.push_back(p.error);
    }
}

double ImpactTakes::Score::errorQuantileMs(double q) const
{
    if (errorsS.empty())
        return std::nan("");
    std::vector<double> e = errorsS;
    std::sort(e.begin(), e.end());
    const size_t rank = size_t(std::ceil(q * double(e.size())));
    return 1000.0 * e[std::clamp<size_t>(rank, 1, e.size()) - 1];
}

QList<double> ImpactTakes::merged(const QList<double> &timesS, double gapS)
{
    QList<double> out;
    for (double t : timesS) {
        if (out.isEmpty() || t - out.last() >= gapS)
            out << t;
    }
    return out;
}
