#include "common/apikey.h"

QString ApiKey::problem(const QString &key)
{
    if (key.isEmpty())
        return tr("The API key is empty.");
    for (qsizetype i = 0; i < key.size(); ++i) {
        const char16_t c = key.at(i).unicode();
        if (c < 0x20 || c == 0x7f || (c >= 0x80 && c <= 0x9f))
            return tr("The API key contains a line break or another control character (at position %1). "
                      "Copy it again from the Uplift dashboard, without line breaks.")
                .arg(i + 1);
        if (c == 0x20 || c > 0x7e)
            return tr("The API key contains a space or a character that is not part of any Uplift key "
                      "(at position %1). Copy it again from the Uplift dashboard.")
                .arg(i + 1);
    }
    return {};
}
