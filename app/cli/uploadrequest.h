#pragma once

#include "api/messages/capturespec.h"
#include "api/messages/fielderror.h"
#include "common/impactparts.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

class QCommandLineParser;

// `uplift-capture upload FILE... --athlete UUID ...` read and checked before
// anything is sent: every usage mistake and every field error of every file
// is collected, so the coach fixes the command once (exit code 2).
class UploadRequest
{
    Q_DECLARE_TR_FUNCTIONS(UploadRequest)

public:
    struct Clip
    {
        QString filePath; // absolute
        CaptureSpec spec;
        // The part of the recording to upload (--trim, or around an impact with
        // --split-at-impacts), from its first frame; -1: all.
        qint64 startMs = -1;
        qint64 endMs = -1;
        qint64 impactMs = -1; // --split-at-impacts: the impact this part is cut around
    };

    QList<Clip> clips;
    int parallel = 0; // 0: the settings' value
    qint64 limitBytesPerSecond = 0; // --limit-rate; 0: no cap
    bool wait = false;
    bool json = false;
    QUrl apiUrl; // invalid: settings / environment
    bool sandbox = false; // --sandbox: the sandbox's queue and server, as the window's --sandbox
    bool again = false; // --again: a clip uploaded before is uploaded again without asking
    bool splitAtImpacts = false; // --split-at-impacts: one clip per impact heard in each file
    // The numbers of the split: the movement's, the coach's choice for it, or --before/--after.
    ImpactWindow impactWindow;
    // What the command found out on its way that the coach should read (the
    // impacts heard in each file), for stderr.
    QStringList notes;

    // Adds the upload options to a parser (also used for --help).
    static void addOptions(QCommandLineParser *parser);
    // Reads a parser that has parsed `upload ...`. Problems with the command
    // itself go to *usage, rules of the capture spec (per file, field named)
    // to *fields; the request is usable only when both stay empty.
    // "500" (KiB/s), "500K", "2M", "1.5M" → bytes per second; 0 when not a rate above zero.
    static qint64 parseRate(const QString &text);
    static UploadRequest fromParser(const QCommandLineParser &parser, QStringList *usage, QStringList *fields,
                                    const QDateTime &now = QDateTime::currentDateTimeUtc());
};
