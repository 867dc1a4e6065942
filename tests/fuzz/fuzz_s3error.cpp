// S3's XML answer parser (<Error>, <PostResponse>) on any bytes.
#include "fuzztarget.h"
#include "upload/s3error.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const S3Error error = S3Error::parse(fuzzInput(data, size));
    (void)error.isEmpty();
    return 0;
}
