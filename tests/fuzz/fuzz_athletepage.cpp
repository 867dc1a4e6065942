// One page of GET /athletes, in any of the shapes accepted, on any bytes:
// parsed whole or refused with a reason.
#include "api/messages/athletepage.h"
#include "fuzztarget.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AthletePage page;
    QString problem;
    if (AthletePage::parse(fuzzInput(data, size), &page, &problem)) {
        for (const Athlete &athlete : std::as_const(page.athletes)) {
            if (athlete.id.isEmpty())
                std::abort(); // paging deduplicates by id
        }
        if (page.totalCount < -1)
            std::abort(); // -1 is "not said"; no other negative count
    } else if (problem.isEmpty()) {
        std::abort();
    }
    return 0;
}
