#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <functional>

// The fault soak: many small uploads with the real program, as a coach's shell
// would run it (`uplift-capture upload --wait`), through the headless sandbox
// (`uplift-capture sandbox --fault-rate R --fault-seed S`) that injects random
// faults, while the upload process is killed (SIGKILL) at random moments and
// started again with the files that are not finished yet. At the end it
// compares three independent records: the files it made, the job store
// (`uplift-capture jobs --json`) and the objects the sandbox's S3 side stored.
//
// Blocking waits are fine here: this is a driver for a benchmark program and
// a test, not library or GUI code.
struct SoakOptions
{
    QString program; // uplift-capture
    QString folder; // scratch: videos, the sandbox's data, the upload command's home
    int uploads = 200;
    int kills = 10;
    double faultRate = 0.1;
    quint32 seed = 1; // faults, kill moments and file contents
    int parallel = 4;
    int killWindowMs = 4000; // each kill lands at a random moment in [300 ms, this] after a start
    // Each POST /captures answered this much later (the sandbox's latency fault): a
    // floor under how fast a run can end, so that a kill window shorter than
    // uploads / parallel × this always lands while the first run still works.
    int reserveLatencyMs = 0;
    int finalRunSeconds = 600; // the last, unkilled run must end within this
    // After the soak, upload this many completed files once more on purpose
    // (the command warns and obeys): the detector's own check, each must count
    // as one duplicate and one file queued twice.
    int reuploadOnPurpose = 0;
    std::function<void(const QString &)> log; // progress lines; may be empty
};

struct SoakResult
{
    int attempted = 0; // files given to `upload`
    int faultsInjected = 0;
    QJsonObject faultKinds; // FaultPlan::injected()
    int restarts = 0; // upload processes killed and started again
    int completed = 0; // a Completed job and the file's bytes stored
    int failed = 0; // no Completed job, but a Failed one with a reason
    int duplicates = 0; // objects beyond the first with the same content as one file
    int lost = 0; // neither completed nor failed with a reason
    int strayObjects = 0; // stored objects that match no file (partial or corrupt)
    int jobsQueuedTwice = 0; // files with more than one job in the store
    qint64 milliseconds = 0;
    QStringList problems; // one line per lost/duplicated/stray file, for the report

    bool passed() const { return duplicates == 0 && lost == 0 && strayObjects == 0 && jobsQueuedTwice == 0; }
    QString report() const; // the lines bench/soak prints
};

class SoakRun
{
public:
    // Runs the whole soak. Returns false with *error when it could not run at
    // all (no ffmpeg, the sandbox did not start); the result's figures say
    // whether the program passed.
    static bool run(const SoakOptions &options, SoakResult *result, QString *error);
};
