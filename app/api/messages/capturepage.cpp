#include "api/messages/capturepage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

bool CapturePage::parse(const QByteArray &body, CapturePage *out, QString *problem)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    const QJsonValue list = document.object().value(QStringLiteral("captures"));
    if (!document.isObject() || !list.isArray()) {
        *problem = QCoreApplication::translate("UpliftClient", "the capture list has no captures array.");
        return false;
    }
    CapturePage page;
    const QJsonArray array = list.toArray();
    page.captures.reserve(array.size());
    for (const QJsonValue &value : array) {
        Capture capture;
        *problem = QCoreApplication::translate("UpliftClient", "a capture is not a JSON object.");
        if (!value.isObject() || !Capture::fromJson(value.toObject(), &capture, problem))
            return false;
        page.captures.append(capture);
    }
    problem->clear();
    // toInt(-1) also gives -1 for a count that is not an integer in range; a
    // negative count (found by fuzz_capturepage) is no count either.
    page.totalCount = std::max(-1, document.object().value(QStringLiteral("total_count")).toInt(-1));
    *out = page;
    return true;
}
