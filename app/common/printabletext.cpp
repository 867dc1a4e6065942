#include "common/printabletext.h"

namespace {

enum class Kind { Plain, Picture, Codepoint };

Kind kindOf(char16_t c)
{
    if (c < 0x20 || c == 0x7f)
        return Kind::Picture;
    if ((c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069) || c == 0x200e
        || c == 0x200f || c == 0x061c || c == 0x2028 || c == 0x2029)
        return Kind::Codepoint;
    return Kind::Plain;
}

} // namespace

QString PrintableText::line(const QString &text)
{
    if (isPrintable(text))
        return text;
    QString out;
    out.reserve(text.size() + 16);
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        switch (kindOf(c)) {
        case Kind::Plain:
            out += ch;
            break;
        case Kind::Picture:
            // U+2400 + c for C0; U+2421 SYMBOL FOR DELETE for DEL.
            out += QChar(c == 0x7f ? char16_t(0x2421) : char16_t(0x2400 + c));
            break;
        case Kind::Codepoint:
            out += QStringLiteral("<U+%1>").arg(
                QString::number(uint(c), 16).toUpper().rightJustified(4, QLatin1Char('0')));
            break;
        }
    }
    return out;
}

bool PrintableText::isPrintable(const QString &text)
{
    for (const QChar ch : text) {
        if (kindOf(ch.unicode()) != Kind::Plain)
            return false;
    }
    return true;
}
