#include "api/messages/athletepage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

bool AthletePage::parse(const QByteArray &body, AthletePage *out, QString *problem)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    QJsonArray array;
    AthletePage page;
    if (document.isArray()) {
        array = document.array();
    } else if (document.isObject()) {
        const QJsonObject object = document.object();
        bool found = false;
        for (const char *key : { "athletes", "data", "items", "results" }) {
            if (object.value(QLatin1String(key)).isArray()) {
                array = object.value(QLatin1String(key)).toArray();
                found = true;
                break;
            }
        }
        if (!found) {
            int arrays = 0;
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (it.value().isArray()) {
                    array = it.value().toArray();
                    ++arrays;
                }
            }
            found = arrays == 1;
        }
        if (!found) {
            *problem = QCoreApplication::translate("UpliftClient", "the athlete list holds no list of athletes.");
            return false;
        }
        for (const char *key : { "total_count", "total", "count" }) {
            if (object.value(QLatin1String(key)).isDouble()) {
                // Not an integer in range, or negative: no count.
                page.totalCount = std::max(-1, object.value(QLatin1String(key)).toInt(-1));
                break;
            }
        }
    } else {
        *problem = QCoreApplication::translate("UpliftClient", "the athlete list is not JSON.");
        return false;
    }
    page.athletes.reserve(array.size());
    for (const QJsonValue &value : std::as_const(array)) {
        Athlete athlete;
        *problem = QCoreApplication::translate("UpliftClient", "an athlete is not a JSON object.");
        if (!value.isObject() || !Athlete::fromJson(value.toObject(), &athlete, problem))
            return false;
        page.athletes.append(athlete);
    }
    problem->clear();
    *out = page;
    return true;
}
