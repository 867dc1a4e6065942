// The movement catalogue's file format (resources/movements.json, compiled in;
// the same parser would read a newer catalogue): whatever the file holds is
// either a catalogue that keeps the format's promises or refused with a reason.
// Above all the numbers of a split at impacts: within ImpactWindow's limits,
// each with its reason, so a typo can never cut four-minute parts.
#include "api/catalogue/movementcatalogue.h"
#include "fuzztarget.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QString problem;
    const MovementCatalogue catalogue = MovementCatalogue::fromJson(fuzzInput(data, size), &problem);
    if (!problem.isEmpty()) {
        if (!catalogue.isEmpty())
            std::abort(); // refused means refused
        return 0;
    }
    for (const MovementCatalogue::Activity &activity : catalogue.activities()) {
        if (activity.key.isEmpty() || activity.key != activity.key.trimmed().toLower())
            std::abort();
        for (const MovementCatalogue::Movement &movement : activity.movements) {
            if (movement.key.isEmpty() || movement.key != movement.key.trimmed().toLower())
                std::abort();
            for (const MovementCatalogue::Dimension &dimension : movement.dimensions) {
                if (dimension.values.isEmpty())
                    std::abort();
            }
            const ImpactWindow window = catalogue.impactWindow(activity.key, movement.key);
            if (!ImpactWindow::problemWithSides(window.beforeMs, window.afterMs).isEmpty()
                || !ImpactWindow::problemWithGap(window.minGapMs).isEmpty())
                std::abort();
            if (movement.impact && (movement.impactWhy.trimmed().isEmpty() || *movement.impact != window))
                std::abort();
            if (!movement.impact && window != ImpactWindow {})
                std::abort();
        }
    }
    return 0;
}
