// One page of GET /captures on any bytes: parsed whole or refused with a reason.
#include "api/messages/capturepage.h"
#include "fuzztarget.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    CapturePage page;
    QString problem;
    if (CapturePage::parse(fuzzInput(data, size), &page, &problem)) {
        for (const Capture &capture : std::as_const(page.captures)) {
            if (capture.sessionId.isEmpty())
                std::abort(); // a capture always has its id
        }
        // Paging reads any total below 0 as "not said"; only -1 means that
        // (a negative total came through as sent: corpus/negative-total.json).
        if (page.totalCount < -1)
            std::abort();
    } else if (problem.isEmpty()) {
        std::abort();
    }
    return 0;
}
