// One page of GET /athletes, in any of the shapes accepted, on any bytes.
#include "api/athletepage.h"
#include "fuzztarget.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    AthletePage page;
    QString problem;
    if (!AthletePage::parse(fuzzInput(data, size), &page, &problem) && problem.isEmpty())
        std::abort();
    return 0;
}
