#include "cli/uploadrequest.h"

#include "api/messages/capturespec.h"
#include "cli/impactsplit.h"
#include "common/cliprange.h"
#include "common/moviefile.h"
#include "media/moviefacts.h"

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonValue>
#include <QUuid>

#include <algorithm>

namespace {

const QString kAthlete = QStringLiteral("athlete");
const QString kSessionGroup = QStringLiteral("session-group");
const QString kSetup = QStringLiteral("setup");
const QString kOrientation = QStringLiteral("orientation");
const QString kActivity = QStringLiteral("activity");
const QString kMovement = QStringLiteral("movement");
const QString kAttr = QStringLiteral("attr");
const QString kCamera = QStringLiteral("camera");
const QString kCaptureTime = QStringLiteral("capture-time");
const QString kParallel = QStringLiteral("parallel");
const QString kLimitRate = QStringLiteral("limit-rate");
const QString kWait = QStringLiteral("wait");
const QString kJson = QStringLiteral("json");
const QString kApiUrl = QStringLiteral("api-url");
const QString kTrim = QStringLiteral("trim");
const QString kSandbox = QStringLiteral("sandbox");
const QString kAgain = QStringLiteral("again");
const QString kSplitAtImpacts = QStringLiteral("split-at-impacts");
const QString kBefore = QStringLiteral("before");
const QString kAfter = QStringLiteral("after");

// KEY=VALUE; false when there is no '=' or the key is empty.
bool splitPair(const QString &text, QString *key, QString *value)
{
    const qsizetype eq = text.indexOf(QLatin1Char('='));
    if (eq <= 0)
        return false;
    *key = text.left(eq);
    *value = text.mid(eq + 1);
    return true;
}

// Camera extras keep their JSON type where the text is plainly a number or a
// boolean ("fps=240" is a number to the server, "model=iPhone 15" a string).
QJsonValue cameraValue(const QString &text)
{
    if (text == QLatin1String("true"))
        return true;
    if (text == QLatin1String("false"))
        return false;
    bool isInt = false;
    const qlonglong i = text.toLongLong(&isInt);
    if (isInt)
        return i;
    bool isDouble = false;
    const double d = text.toDouble(&isDouble);
    if (isDouble)
        return d;
    return text;
}

} // namespace

qint64 UploadRequest::parseRate(const QString &text)
{
    QString number = text.trimmed().toUpper();
    double unit = 1024; // KiB/s without a suffix, like curl's --limit-rate K
    if (number.endsWith(QLatin1Char('K'))) {
        number.chop(1);
    } else if (number.endsWith(QLatin1Char('M'))) {
        number.chop(1);
        unit = 1024.0 * 1024.0;
    }
    bool ok = false;
    const double value = number.toDouble(&ok);
    if (!ok || !(value > 0) || value * unit > 1e15)
        return 0;
    return qint64(value * unit);
}

void UploadRequest::addOptions(QCommandLineParser *parser)
{
    parser->addPositionalArgument(
        QStringLiteral("FILE"),
        tr("The videos to upload: .mov, .mp4, .m4v, .mts or .m2ts (H.264, HEVC or ProRes); anything but a whole "
           ".mov is made into one first, without re-encoding."),
        QStringLiteral("FILE..."));
    parser->addOptions({
        { kAthlete, tr("The athlete's id (UUID). Required."), QStringLiteral("UUID") },
        { kSessionGroup,
          tr("The session group's id (UUID), or \"new\" for a new group shared by these files "
             "(the default)."),
          QStringLiteral("UUID|new") },
        { kSetup, tr("How the camera stood: front_on or down_the_line. Required."), QStringLiteral("SETUP") },
        { kOrientation, tr("portrait or landscape."), QStringLiteral("ORIENTATION") },
        { kActivity, tr("The activity. Required."), QStringLiteral("A") },
        { kMovement, tr("The movement. Required."), QStringLiteral("M") },
        { kAttr, tr("A movement dimension, repeatable."), QStringLiteral("KEY=VALUE") },
        { kCamera, tr("A camera detail, repeatable."), QStringLiteral("KEY=VALUE") },
        { kCaptureTime,
          tr("When the recording started, RFC 3339 with an offset (default: what the file says, else its date)."),
          QStringLiteral("ISO") },
        { kTrim,
          tr("Upload only this part of each file, cut at the keyframe at or before START; repeat to split a "
             "recording into several clips (<name>-1.mov, <name>-2.mov, ...). Seconds or [hh:]mm:ss[.fff]."),
          QStringLiteral("START-END") },
        { kSplitAtImpacts,
          tr("Split each file at every impact heard in its sound (a ball struck, a landing): one clip per impact, "
             "from --before to --after around it (<name>-1.mov, <name>-2.mov, ...). Refused for a file without "
             "sound or without an impact heard. `uplift-capture impacts FILE` shows the parts first.") },
        { kBefore,
          tr("With --split-at-impacts: seconds before each impact (default: the movement's, as last set in the "
             "window; golf full swing 2.5)."),
          QStringLiteral("S") },
        { kAfter,
          tr("With --split-at-impacts: seconds after each impact (default: the movement's, as last set in the "
             "window; golf full swing 1.5)."),
          QStringLiteral("S") },
        { kParallel, tr("How many files upload at the same time."), QStringLiteral("N") },
        { kLimitRate, tr("Cap the upload bandwidth, shared by all files: KiB/s, or with K or M (500, 500K, 2M)."),
          QStringLiteral("RATE") },
        { kWait, tr("Wait until Uplift has processed every file.") },
        { kJson, tr("Print one JSON object per line instead of text.") },
        { kApiUrl, tr("The Uplift API's base URL."), QStringLiteral("URL") },
        { kSandbox,
          tr("Upload to the sandbox on this computer, through the sandbox's own queue (as `uplift-capture "
             "--sandbox` does), not to your Uplift account. While the sandbox window is open it owns that "
             "queue: add the videos there, or close it first.") },
        { kAgain,
          tr("Upload a clip again although it was uploaded (or failed) before for the same athlete, movement and "
             "part. Without it the command asks on a terminal and otherwise leaves such a clip out (exit code 6). "
             "A clip still in the queue is followed, never queued twice.") },
    });
}

UploadRequest UploadRequest::fromParser(const QCommandLineParser &parser, QStringList *usage, QStringList *fields,
                                        const QDateTime &now)
{
    UploadRequest request;
    request.wait = parser.isSet(kWait);
    request.json = parser.isSet(kJson);
    request.sandbox = parser.isSet(kSandbox);
    request.again = parser.isSet(kAgain);

    if (parser.isSet(kParallel)) {
        bool ok = false;
        request.parallel = parser.value(kParallel).toInt(&ok);
        if (!ok || request.parallel < 1)
            *usage << tr("--parallel needs a whole number of 1 or more, not \"%1\".").arg(parser.value(kParallel));
    }
    if (parser.isSet(kLimitRate)) {
        request.limitBytesPerSecond = parseRate(parser.value(kLimitRate));
        if (request.limitBytesPerSecond <= 0)
            *usage << tr("--limit-rate needs a rate above zero such as 500 (KiB/s), 500K or 2M, not \"%1\".")
                          .arg(parser.value(kLimitRate));
    }
    if (parser.isSet(kApiUrl)) {
        request.apiUrl = QUrl(parser.value(kApiUrl), QUrl::StrictMode);
        if (!request.apiUrl.isValid() || request.apiUrl.scheme().isEmpty())
            *usage << tr("--api-url is not a URL: \"%1\".").arg(parser.value(kApiUrl));
        else if (request.sandbox)
            *usage << tr("--sandbox and --api-url cannot be used together: the sandbox runs on this computer.");
    }

    CaptureSpec base;
    base.athleteId = parser.value(kAthlete);
    const QString group = parser.isSet(kSessionGroup) ? parser.value(kSessionGroup) : QStringLiteral("new");
    // One new group for every file of this command: they were filmed together.
    base.sessionGroupId = group == QLatin1String("new") ? QUuid::createUuid().toString(QUuid::WithoutBraces) : group;
    if (parser.isSet(kSetup)) {
        const QString setup = parser.value(kSetup);
        base.cameraSetup = setup.startsWith(QLatin1String("single.")) ? setup : QStringLiteral("single.") + setup;
    }
    base.cameraOrientation = parser.value(kOrientation);
    base.activity = parser.value(kActivity);
    base.movement = parser.value(kMovement);
    for (const QString &pair : parser.values(kAttr)) {
        QString key, value;
        if (!splitPair(pair, &key, &value))
            *usage << tr("--attr needs KEY=VALUE, not \"%1\".").arg(pair);
        else
            base.movementDimensions.insert(key, value);
    }
    for (const QString &pair : parser.values(kCamera)) {
        QString key, value;
        if (!splitPair(pair, &key, &value))
            *usage << tr("--camera needs KEY=VALUE, not \"%1\".").arg(pair);
        else
            base.cameraExtras.insert(key, cameraValue(value));
    }
    if (parser.isSet(kCaptureTime)) {
        base.captureTime = CaptureSpec::parseDateTime(parser.value(kCaptureTime));
        if (!base.captureTime.isValid())
            *fields << tr("capture_time: \"%1\" is not an RFC 3339 date and time with an offset, "
                          "e.g. 2026-05-13T12:00:00Z.")
                           .arg(parser.value(kCaptureTime));
    }

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        *usage << tr("Name at least one video file to upload.");
    QList<ClipRange> ranges;
    for (const QString &text : parser.values(kTrim)) {
        QString error;
        const ClipRange range = ClipRange::parse(text, &error);
        if (!error.isEmpty())
            *usage << tr("--trim: %1.").arg(error);
        else
            ranges << range;
    }
    if (const QString overlap = ClipRange::problemWith(ranges, 0); !overlap.isEmpty())
        *usage << tr("--trim: %1.").arg(overlap);

    // --split-at-impacts: the movement's numbers, as the coach set them, or --before/--after.
    request.splitAtImpacts = parser.isSet(kSplitAtImpacts);
    ImpactWindow window = ImpactSplit::windowFor(base.activity, base.movement);
    if (request.splitAtImpacts && !ranges.isEmpty())
        *usage << tr("--split-at-impacts and --trim cannot be used together: the impacts mark the parts.");
    bool sidesGiven = true;
    for (const auto &[option, side] :
         { std::pair { kBefore, &window.beforeMs }, std::pair { kAfter, &window.afterMs } }) {
        if (!parser.isSet(option))
            continue;
        if (!request.splitAtImpacts) {
            *usage << tr("--%1 is for --split-at-impacts.").arg(option);
            sidesGiven = false;
            continue;
        }
        *side = ImpactSplit::parseSeconds(parser.value(option));
        if (*side < 0) {
            *usage << tr("--%1 needs seconds such as 2.5, not \"%2\".").arg(option, parser.value(option));
            sidesGiven = false;
        }
    }
    if (request.splitAtImpacts && sidesGiven) {
        if (const QString bad = ImpactWindow::problemWithSides(window.beforeMs, window.afterMs); !bad.isEmpty())
            *usage << tr("--before/--after: %1").arg(bad);
    }
    request.impactWindow = window;

    // The spec's own rules, once for what all files share and then per file.
    QList<FieldError> shared = base.validate(now);
    if (!base.captureTime.isValid() && parser.isSet(kCaptureTime))
        shared.erase(std::remove_if(shared.begin(), shared.end(),
                                    [](const FieldError &e) { return e.field == QLatin1String("capture_time"); }),
                     shared.end());
    for (const FieldError &e : std::as_const(shared)) {
        if (e.field != QLatin1String("file_name"))
            *fields << tr("%1: %2").arg(e.field, e.message);
    }
    for (const QString &file : files) {
        const QFileInfo info(file);
        MovieFacts facts;
        bool readable = false;
        if (!info.exists()) {
            *fields << tr("%1: the file is not there.").arg(file);
        } else if (!info.isFile() || !info.isReadable()) {
            *fields << tr("%1: the file cannot be read.").arg(file);
        } else if (const QString tooSmall = MovieFile::sizeProblem(info.size()); !tooSmall.isEmpty()) {
            *fields << tr("%1: %2.").arg(file, tooSmall); // nothing is reserved for it
        } else {
            facts = MovieFacts::read(info.absoluteFilePath());
            if (!facts.canBeCapture())
                *fields << tr("%1: %2.").arg(file, facts.problem);
            else if (const QString bad = ClipRange::problemWith(ranges, facts.durationMs); !bad.isEmpty())
                *fields << tr("%1: --trim: %2.").arg(file, bad);
            else
                readable = true;
        }
        // The parts of this file: the --trim ranges, or one around each impact heard in it.
        QList<ClipRange> fileRanges = ranges;
        QList<qint64> impacts;
        if (readable && request.splitAtImpacts && usage->isEmpty()) {
            const std::atomic<bool> never { false };
            const ImpactSearch search
                = ImpactFinder::find(info.absoluteFilePath(), ImpactRules { window.minGapMs }, never);
            const QList<ImpactSplit::Found> found = ImpactSplit::partsOf(search, window, facts.durationMs);
            if (!search.problem.isEmpty())
                *fields << tr("%1: %2").arg(file, search.problem);
            else if (!search.hasAudio)
                *fields << tr("%1: has no sound track, so there are no impacts to split it at; mark the parts with "
                              "--trim instead.")
                               .arg(file);
            else if (found.isEmpty())
                *fields << tr("%1: no impact was heard in it, so it is not split; mark the parts with --trim instead.")
                               .arg(file);
            else if (const QString bad = ClipRange::problemWith(ImpactSplit::rangesOf(found), facts.durationMs);
                     !bad.isEmpty())
                *fields << tr("%1: %2.").arg(file, bad); // ImpactParts::around rules it out
            else {
                fileRanges = ImpactSplit::rangesOf(found);
                QStringList times;
                for (const ImpactSplit::Found &f : found) {
                    impacts << f.part.impactMs;
                    times << tr("%1 s").arg(QLocale::c().toString(f.part.impactMs / 1000.0, 'f', 1));
                }
                request.notes << tr("%1: impacts heard at %2: one clip each, %3 s before to %4 s after.")
                                     .arg(file, times.join(QStringLiteral(", ")),
                                          QLocale::c().toString(window.beforeMs / 1000.0),
                                          QLocale::c().toString(window.afterMs / 1000.0));
            }
            if (fileRanges.isEmpty())
                readable = false;
        }
        // When filming started: --capture-time, else what the file says, else its date.
        const QDateTime recordingStart = base.captureTime.isValid() ? base.captureTime
            : facts.recordingStart.isValid()                        ? facts.recordingStart
            : readable                                              ? info.lastModified().toUTC()
                                                                    : QDateTime();
        const QList<ClipRange> parts = fileRanges.isEmpty() ? QList<ClipRange> { ClipRange { -1, -1 } } : fileRanges;
        for (int i = 0; i < parts.size(); ++i) {
            Clip clip;
            clip.filePath = info.absoluteFilePath();
            clip.spec = base;
            clip.startMs = parts.at(i).startMs;
            clip.endMs = parts.at(i).endMs;
            clip.impactMs = impacts.value(i, -1);
            // A .mov sent whole keeps its name; anything made into one is named after it.
            const bool asItIs = fileRanges.isEmpty() && MovieFacts::uploadsAsItIs(info.fileName(), facts);
            clip.spec.fileName = asItIs || !readable ? info.fileName()
                                                     : ClipRange::clipFileName(info.fileName(), i, int(parts.size()));
            if (recordingStart.isValid()) {
                const QDateTime at = recordingStart.addMSecs(std::max<qint64>(0, clip.startMs));
                clip.spec.captureTime = std::min(at, now);
            }
            if (readable) {
                for (const FieldError &e : clip.spec.validate(now)) {
                    if (e.field == QLatin1String("file_name"))
                        *fields << tr("%1: %2: %3").arg(file, e.field, e.message);
                }
            }
            request.clips << clip;
        }
    }
    return request;
}
