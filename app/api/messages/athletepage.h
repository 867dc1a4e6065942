#pragma once

#include "api/messages/athlete.h"

#include <QByteArray>
#include <QList>

// One page of GET /athletes. The response shape is not published: a bare
// array, or an object holding the array under "athletes" (or "data", "items",
// "results", or as its only array member), with an optional total under
// "total_count" (or "total", "count"). Anything else is refused.
struct AthletePage
{
    QList<Athlete> athletes;
    int totalCount = -1; // -1 when the page does not say

    static bool parse(const QByteArray &body, AthletePage *out, QString *problem);
};
