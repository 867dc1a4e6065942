// The POST /captures answer parser: anything the server sends is either a
// reservation that keeps the contract's promises or refused with a reason.
#include "api/reservation.h"
#include "common/secureurl.h"
#include "fuzztarget.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Reservation reservation;
    QString problem;
    if (Reservation::fromJson(fuzzInput(data, size), &reservation, &problem)) {
        if (!SecureUrl::isAllowed(reservation.uploadUrl) || !reservation.uploadExpiresAt.isValid())
            std::abort();
    } else if (problem.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    return 0;
}
