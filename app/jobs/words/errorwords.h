#pragma once

#include "jobs/store/uploadjob.h"

#include <QCoreApplication>
#include <QNetworkReply>
#include <QString>

// What went wrong with an upload, in a coach's words and with what to do, made
// in one place from the facts (a QNetworkReply error, an HTTP status, an S3
// code). The technical line stays in the job (UploadJob::lastError as the queue
// wrote it) for the job's details; the row, the status line and the
// notification show these words.
class ErrorWords
{
    Q_DECLARE_TR_FUNCTIONS(ErrorWords)

public:
    // No HTTP answer from the upload server (S3): what happened.
    static QString network(QNetworkReply::NetworkError error);
    // The upload server answered `status` (with its S3 <Code>, may be empty).
    static QString httpStatus(int status, const QString &code);
    // What to do next, by where the job stands ("It is tried again by itself.").
    static QString advice(UploadJob::State state, bool networkProblem);
    // The job's last error as the coach reads it: the upload's technical line
    // (S3PostResult::technicalSummary) in words, with advice; a text that already
    // is a sentence for the coach (the API's, a file's problem) as it is.
    static QString forJob(const UploadJob &job);
};
