#pragma once

// The exit codes of the headless commands, documented in `--help` and the
// README. Scripts branch on them, so they never change meaning.
namespace ExitCode {

constexpr int Ok = 0; // every file uploaded (with --wait: processed)
constexpr int Failure = 1; // anything else: no API key, unreadable queue, cancelled, ...
constexpr int Usage = 2; // bad command line or a field error; nothing was sent
constexpr int Rejected = 3; // the API or S3 refused a clip for good (4xx, policy condition)
constexpr int RetriesExhausted = 4; // a clip kept failing with retryable errors until retries ran out
constexpr int ProcessingFailed = 5; // --wait: uploaded, but Uplift's processing ended in "error"
constexpr int Duplicate = 6; // a clip uploaded (or failed) before was left out: not asked again without
                             // a terminal and without --again, or the coach answered no
// `import` (cli/devicecommands.h): 0 new clips came, 1 a copy failed, 2 a bad source, and
constexpr int NothingNew = 3; // every clip on the source was imported before: nothing was copied
constexpr int Interrupted = 130; // stopped by Ctrl-C or SIGTERM (128 + SIGINT); unfinished jobs stay queued

} // namespace ExitCode
