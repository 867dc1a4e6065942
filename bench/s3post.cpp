// uplift-bench-s3post URL FILE NAME=VALUE...
// Uploads FILE to URL with S3PostUpload (fields in the given order, file
// last) and prints one line: bytes, seconds, MB/s, outcome.
#include "upload/s3postupload.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QNetworkAccessManager>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3) {
        std::fprintf(stderr, "usage: uplift-bench-s3post URL FILE [NAME=VALUE]...\n");
        return 2;
    }
    FormFields fields;
    for (qsizetype i = 3; i < args.size(); ++i) {
        const qsizetype eq = args.at(i).indexOf(QLatin1Char('='));
        if (eq <= 0) {
            std::fprintf(stderr, "not NAME=VALUE: %s\n", qPrintable(args.at(i)));
            return 2;
        }
        fields << std::pair{args.at(i).left(eq), args.at(i).mid(eq + 1)};
    }
    QNetworkAccessManager network;
    S3PostUpload upload(&network);
    QElapsedTimer clock;
    int exitCode = 1;
    QObject::connect(&upload, &S3PostUpload::finished, &app, [&](const S3PostResult &result) {
        const double seconds = double(clock.nsecsElapsed()) / 1e9;
        const qint64 bytes = QFileInfo(args.at(2)).size();
        std::printf("bytes=%lld seconds=%.3f MBps=%.1f outcome=%s\n", static_cast<long long>(bytes), seconds,
                    double(bytes) / 1e6 / seconds, result.succeeded() ? "ok" : qPrintable(result.technicalSummary()));
        exitCode = result.succeeded() ? 0 : 1;
        app.quit();
    });
    clock.start();
    upload.start(QUrl(args.at(1)), fields, args.at(2));
    app.exec();
    return exitCode;
}
