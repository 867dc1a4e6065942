// The POST /captures answer parser: anything the server sends is either a
// reservation that keeps the contract's promises or refused with a reason.
#include "api/messages/reservation.h"
#include "common/secureurl.h"
#include "fuzztarget.h"

#include <QSet>

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Reservation reservation;
    QString problem;
    if (Reservation::fromJson(fuzzInput(data, size), &reservation, &problem)) {
        if (!SecureUrl::isAllowed(reservation.uploadUrl) || !reservation.uploadExpiresAt.isValid())
            std::abort();
        if (reservation.sessionId.isEmpty() || reservation.sessionGroupId.isEmpty())
            std::abort();
        // The form goes to S3 exactly as returned: a name sent twice would
        // not match the signed policy.
        QSet<QString> names;
        for (const auto &field : std::as_const(reservation.uploadFields))
            names.insert(field.first);
        if (names.size() != reservation.uploadFields.size())
            std::abort();
    } else if (problem.isEmpty()) {
        std::abort(); // a refusal always says why
    }
    return 0;
}
