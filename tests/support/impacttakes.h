#pragma once

#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <vector>

// Takes of strikes made at test time, with ffmpeg, from real recorded
// strikes, voices and a crowd shipped in Debian packages (csmash-data,
// freetennis-common: GPL data, installed by scripts/setup-deps, never
// committed), for the impact finder's measured tests and benchmarks.
//
// A take's sound is mixed here at 48 kHz mono: pink noise and a wind-like
// rumble (brown noise below ~300 Hz in slow gusts) as the background; a
// strike every 4.2–5.0 s (racket.wav, table.wav, colpo.wav, battuta3.wav,
// palla*.wav in turn) at the take's signal-to-noise ratio; after some strikes
// a bounce 0.3–1 s later; between strikes the distractors that must not
// count: the whoosh and grunt fh.wav and fh2.wav, the voice out.wav, the
// crowd pubblico.wav (1.5 s of it), a referee's whistle, a strike of the next bay 25–30 dB
// quieter. Then it is scaled so that its loudest sample is at −0.5 dBFS (as
// a phone's limiter leaves a take) and put with a black picture into an
// H.264 + AAC file by ffmpeg.
//
// Signal-to-noise (the definition): a strike's power over the 50 ms
// after its onset against the background alone (noise and rumble) within
// ±1 s of it. Ground truth: the first sample where the strike's own 1 ms
// envelope (RMS over the millisecond before) reaches half its peak.
namespace ImpactTakes {

struct Recipe
{
    // "mp4": H.264 + AAC .mp4 (AAC priming trimmed by its edit list);
    // "mov-editlist": a .mov cut by ffmpeg with -ss 1.5 -c copy from a longer
    //   take, whose edit lists hide the first 1.5 s of picture and sound;
    // "ts": MPEG-TS (starts at 1.4 s, the AAC priming not trimmed).
    QString container = QStringLiteral("mp4");
    double seconds = 60; // on the video's timeline
    double snrDb = 20;
    unsigned seed = 1;
    int fps = 30;
    QSize size = QSize(160, 90);
    QString path; // where the take is written (the extension is the caller's)
};

struct Take
{
    QString path;
    QList<double> strikesS; // the ground truth, seconds from the first video frame, in order
    double backgroundDbfs = 0; // the background's RMS level in the take, dBFS (1.0 = 0 dB)
    int distractors = 0; // how many were placed
    int bounces = 0;
    // Every sound placed, for telling what a finder heard: its onset (seconds
    // from the first video frame) and what it is ("strike racket.wav",
    // "bounce table.wav", "voice out.wav", "whistle", "next bay colpo.wav", ...).
    struct Event
    {
        double atS = 0;
        QString what;
    };
    QList<Event> events;
    // The event nearest to a time, as "what at 12.345 s".
    QString nearest(double atS) const;
};

// Where the Debian sounds are; empty when all are there, else the coach-free
// sentence naming what is missing and scripts/setup-deps.
QString missingSounds();

// Mixes and encodes one take. Empty string on success, else what went wrong.
QString make(const Recipe &recipe, Take *take);

// A long session as a coach films it, quick to make at any length (as bench/run makes its
// 10-minute take): a few seconds of moving test picture repeated by stream copy, and pink
// noise with csmash-data's racket.wav every `everyS` seconds from `firstS` on (a strike at
// 10 s, 30 s, … 590 s: 30 in 10 minutes), H.264 + AAC .mp4. The strikes' times (as make()
// defines them, seconds from the first video frame) in *strikesS.
struct Session
{
    double seconds = 600;
    double firstS = 10;
    double everyS = 20;
    QSize size = QSize(320, 180);
    int fps = 30;
    QString path;
};
QString makeSession(const Session &session, QList<double> *strikesS);

// The first audio track of a file as mono float samples at `rate` (ffmpeg),
// and where the first of them is presented, seconds from the first video
// frame (ffprobe's start times). Empty string on success.
QString decodeAudio(const QString &path, int rate, std::vector<float> *samples, double *startS);

// Where a file's first video frame and first audio sample are presented, seconds (ffprobe).
QString startTimes(const QString &path, double *videoS, double *audioS);

// Baselines, on the video's timeline: where FFmpeg's silencedetect (noise
// level in dBFS, shortest silence in seconds) says each silence ends; the
// times where a Kinovea-style trigger fires (a sample at or over `level` of
// full scale).
QString silenceEnds(const QString &path, double noiseDbfs, double shortestS, QList<double> *timesS);
QString peakTriggers(const QString &path, double level, QList<double> *timesS);

// Matches found times to the truth one to one within `windowS` (nearest
// first); how many matched and their absolute errors, seconds.
struct Score
{
    int truths = 0;
    int found = 0;
    int matched = 0;
    std::vector<double> errorsS;
    void add(const QList<double> &truth, const QList<double> &foundS, double windowS);
    double recall() const { return truths ? double(matched) / truths : 0; }
    double precision() const { return found ? double(matched) / found : 0; }
    double errorQuantileMs(double q) const; // NaN when nothing matched
};

// Times closer than `gapS` to the previous kept one are one (as the finder merges).
QList<double> merged(const QList<double> &timesS, double gapS);

} // namespace ImpactTakes
