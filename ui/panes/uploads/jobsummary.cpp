#include "jobsummary.h"

#include <QStringList>

QString JobSummary::text() const
{
    QStringList parts;
    if (uploading)
        parts << tr("%n uploading", nullptr, uploading);
    if (queued)
        parts << tr("%n queued", nullptr, queued);
    if (processing)
        parts << tr("%n processing", nullptr, processing);
    if (done)
        parts << tr("%n done", nullptr, done);
    if (failed)
        parts << tr("%n failed", nullptr, failed);
    if (parts.isEmpty() && !paused)
        return tr("No uploads");
    if (paused)
        parts.prepend(tr("Paused"));
    return parts.join(QStringLiteral(" · "));
}

int JobSummary::percent() const
{
    if (bytesTotal <= 0)
        return -1;
    return int(qBound(qint64(0), bytesSent * 100 / bytesTotal, qint64(100)));
}
