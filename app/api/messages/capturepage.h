#pragma once

#include "api/messages/capture.h"

#include <QByteArray>
#include <QList>

// One page of GET /captures: {"captures": [...], "total_count": N}. Parsed
// whole or refused: a page with one capture this program cannot read is an
// error, not a shorter list.
struct CapturePage
{
    QList<Capture> captures;
    int totalCount = -1; // -1 when the page does not say

    static bool parse(const QByteArray &body, CapturePage *out, QString *problem);
};
